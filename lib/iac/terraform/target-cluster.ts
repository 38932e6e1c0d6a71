// The target cluster, created when the user asks for it (replicator and MirrorMaker 2 options).
import { attr, blank, block, comment, raw, tpl, type HclItem, type Raw } from "../hcl";
import { needsTargetClusterPolicy } from "../model/placement";
import type { TerraformBuilder } from "./builder";

export function targetClusterResources(
  tf: TerraformBuilder,
  subnets: Raw,
  vpc: Raw,
  clientSgs: { name: string; sg: Raw }[],
): void {
  const ctx = tf.ctx;
  tf.section("Target cluster (created because you asked for it)");
  tf.securityGroup("target_cluster", "-target-cluster", "Brokers of the target MSK cluster", vpc);
  for (const c of clientSgs)
    tf.rule(
      "ingress",
      `target_cluster_from_${c.name}`,
      raw("aws_security_group.target_cluster.id"),
      9098,
      { sg: c.sg },
      `IAM clients (${c.name.replace(/_/g, " ")}) to the brokers`,
    );
  if (ctx.target.type === "msk-serverless") {
    tf.resource("aws_msk_serverless_cluster", "target", [
      attr("cluster_name", tpl(raw("var.name"), "-target")),
      block(
        "vpc_config",
        [],
        [attr("subnet_ids", subnets), attr("security_group_ids", [raw("aws_security_group.target_cluster.id")])],
      ),
      block("client_authentication", [], [block("sasl", [], [block("iam", [], [attr("enabled", true)])])]),
      ...protectFromDestroy(),
    ]);
    return;
  }
  const multiVpc = needsTargetClusterPolicy(ctx.arch);
  tf.resource("aws_msk_cluster", "target", [
    attr("cluster_name", tpl(raw("var.name"), "-target")),
    attr("kafka_version", raw("var.target_kafka_version")),
    attr("number_of_broker_nodes", 3),
    attr("enhanced_monitoring", "PER_TOPIC_PER_BROKER"),
    block(
      "broker_node_group_info",
      [],
      [
        attr("instance_type", raw("var.target_broker_instance_type")),
        attr("client_subnets", subnets),
        attr("security_groups", [raw("aws_security_group.target_cluster.id")]),
        ctx.target.type !== "msk-express" &&
          block("storage_info", [], [block("ebs_storage_info", [], [attr("volume_size", 1000)])]),
        multiVpc &&
          comment(
            "Multi-VPC private connectivity (IAM) lets the reverse replicator reach this cluster from the source Region.",
          ),
        multiVpc &&
          block(
            "connectivity_info",
            [],
            [
              block(
                "vpc_connectivity",
                [],
                [block("client_authentication", [], [block("sasl", [], [attr("iam", true)])])],
              ),
            ],
          ),
      ],
    ),
    block("client_authentication", [], [attr("unauthenticated", false), block("sasl", [], [attr("iam", true)])]),
    comment("Encryption at rest is always on for MSK (AWS managed key unless you set encryption_at_rest_kms_key_arn)."),
    block(
      "encryption_info",
      [],
      [block("encryption_in_transit", [], [attr("client_broker", "TLS"), attr("in_cluster", true)])],
    ),
    ...protectFromDestroy(),
  ]);
}

/**
 * A cluster this code creates holds the data (a migration's new production cluster): `terraform
 * destroy` must not delete it, as CloudFormation retains it (DeletionPolicy: Retain).
 */
export function protectFromDestroy(): HclItem[] {
  return [
    blank,
    comment(
      "The cluster holds your data: destroy refuses to delete it. Remove this block first to delete it on purpose.",
    ),
    block("lifecycle", [], [attr("prevent_destroy", true)]),
  ];
}
