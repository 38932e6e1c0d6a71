// Terraform for Multi-AZ: the durability configuration and an optional new cluster across three AZs.
import { attr, block, comment, raw, tpl } from "../hcl";
import { durabilityDescription, durabilityProperties } from "../model/durability";
import { multiAzAlarms } from "../model/alarms";
import { dashboardFor } from "../model/dashboard";
import { resourceRef } from "../model/expr";
import { CLUSTER_TOGGLE, MONITORED_CLUSTER } from "../model/toggles";
import type { TerraformBuilder } from "./builder";
import { protectFromDestroy } from "./target-cluster";

export function multiAz(tf: TerraformBuilder): void {
  const ctx = tf.ctx;
  const toggle = attr("count", raw(`var.${CLUSTER_TOGGLE.key} ? 1 : 0`));
  tf.section("Durability settings (apply to an existing cluster, or to the new one below)");
  tf.resource("aws_msk_configuration", "durability", [
    attr("name", tpl(raw("var.name"), "-durability")),
    attr("description", durabilityDescription(ctx)),
    attr("kafka_versions", [raw("var.kafka_version")]),
    attr(
      "server_properties",
      raw(
        `<<-EOT\n${durabilityProperties(ctx)
          .trimEnd()
          .split("\n")
          .map((l) => `  ${l}`)
          .join("\n")}\nEOT`,
      ),
    ),
  ]);
  tf.section(`Optional new cluster across three Availability Zones (${CLUSTER_TOGGLE.key} = true)`);
  tf.resource("aws_security_group", "cluster", [
    toggle,
    attr("name", tpl(raw("var.name"), "-cluster")),
    attr("description", "Brokers of the Multi-AZ MSK cluster"),
    attr("vpc_id", raw("var.vpc_id")),
  ]);
  tf.resource("aws_vpc_security_group_ingress_rule", "cluster_clients", [
    toggle,
    attr("security_group_id", raw("aws_security_group.cluster[0].id")),
    attr("description", "Clients (IAM) to the brokers"),
    attr("ip_protocol", "tcp"),
    attr("from_port", 9098),
    attr("to_port", 9098),
    attr("cidr_ipv4", raw("var.client_cidr")),
  ]);
  tf.resource("aws_msk_cluster", "multi_az", [
    toggle,
    attr("cluster_name", tpl(raw("var.name"), "-multi-az")),
    attr("kafka_version", raw("var.kafka_version")),
    attr("number_of_broker_nodes", 3),
    attr("enhanced_monitoring", "PER_TOPIC_PER_BROKER"),
    block(
      "broker_node_group_info",
      [],
      [
        attr("instance_type", raw("var.broker_instance_type")),
        attr("client_subnets", raw("var.subnet_ids")),
        attr("security_groups", [raw("aws_security_group.cluster[0].id")]),
        ctx.source.type !== "msk-express" &&
          block("storage_info", [], [block("ebs_storage_info", [], [attr("volume_size", 1000)])]),
      ],
    ),
    block(
      "configuration_info",
      [],
      [
        attr("arn", raw("aws_msk_configuration.durability.arn")),
        attr("revision", raw("aws_msk_configuration.durability.latest_revision")),
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
  tf.section("Alarms and dashboard on the new cluster, or on the existing one you name");
  tf.main.push(
    block(
      "locals",
      [],
      [
        attr(
          MONITORED_CLUSTER.local.replace(/^local\./, ""),
          raw(`var.${CLUSTER_TOGGLE.key} ? "\${var.name}-multi-az" : var.${MONITORED_CLUSTER.key}`),
        ),
      ],
    ),
  );
  const monitored = resourceRef(MONITORED_CLUSTER.local, null);
  for (const a of multiAzAlarms(monitored)) tf.alarm(a);
  tf.dashboard(dashboardFor(ctx, monitored));
  tf.output(
    "configuration_arn",
    "ARN of the durability configuration (aws kafka update-cluster-configuration).",
    raw("aws_msk_configuration.durability.arn"),
  );
  tf.output(
    "configuration_revision",
    "Latest revision of the durability configuration.",
    raw("aws_msk_configuration.durability.latest_revision"),
  );
  tf.output(
    "cluster_arn",
    `ARN of the new cluster (null unless ${CLUSTER_TOGGLE.key} = true).`,
    raw("one(aws_msk_cluster.multi_az[*].arn)"),
  );
}
