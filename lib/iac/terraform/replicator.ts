// Terraform for Amazon MSK Replicator: role, network, cluster policies, replicators and alarms.
import { replicatorsPerDirection } from "@/lib/estimates";
import { attr, blank, block, comment, raw, tpl, type HclItem, type Raw } from "../hcl";
import { replicatorAlarms } from "../model/alarms";
import { dashboardFor } from "../model/dashboard";
import { clusterAuth } from "../model/context";
import { clusterArn, replicatorClusterPolicy, secretReadStatements, type Statement } from "../model/iam";
import { input, resourceRef } from "../model/expr";
import {
  needsSourceClusterPolicy,
  needsTargetClusterPolicy,
  replicatorPlans,
  type ReplicatorPlan,
} from "../model/placement";
import { FAILBACK_TOGGLE, REVERSE_STACK_TOGGLE, ROLLBACK_SECRET } from "../model/toggles";
import { code, targetArnIn, targetArnRaw, type TerraformBuilder } from "./builder";
import { targetClusterResources } from "./target-cluster";

export function replicator(tf: TerraformBuilder): void {
  const ctx = tf.ctx;
  const reps = replicatorPlans(ctx);
  const srr = !ctx.arch.crossRegion;
  const targetSg = ctx.createTarget
    ? raw("aws_security_group.target_cluster.id")
    : raw("var.target_cluster_security_group_id");
  const external = ctx.external;
  const reverse = reps.find((r) => r.tf === "reverse");
  const reverseInSource = reverse?.placement === "source";
  // A permanent reverse replicator in the primary's own root waits for its toggle, as the
  // CloudFormation source stack does: the standby root attaches the target policy it reads through.
  const toggleOf = (r: ReplicatorPlan) =>
    r.toggled ? FAILBACK_TOGGLE : tf.split && r.placement === "source" ? REVERSE_STACK_TOGGLE : undefined;
  const count = (r: ReplicatorPlan) => {
    const t = toggleOf(r);
    return !!t && attr("count", raw(`var.${t.key} ? 1 : 0`));
  };
  const idx = (r: ReplicatorPlan) => (toggleOf(r) ? "[0]" : "");

  // One role per direction: replicators that share a role share its Kafka quotas (AWS), and each
  // role reads only the secret its replicator uses.
  tf.section("Service execution roles");
  const secretsFor = (ids: Raw[]) =>
    external
      ? secretReadStatements(
          [...ids, raw("var.source_root_ca_secret_arn")].map((r) => resourceRef(r.code, null)),
          "ExternalCluster",
        )
      : [];
  if (external)
    tf.data("aws_secretsmanager_secret", "source_credentials", [attr("arn", raw("var.source_credentials_secret_arn"))]);
  // Listed among the cluster permissions a replicator needs (msk-replicator-iam-ref) but not in the managed policy.
  const dynamicConfig = (placement: ReplicatorPlan["placement"]): Statement => ({
    sid: "DescribeClusterDynamicConfiguration",
    actions: ["kafka-cluster:DescribeClusterDynamicConfiguration"],
    resources: [...(external ? [] : [input("source_cluster_arn")]), targetArnIn(tf, placement)],
  });
  tf.role(
    "replicator",
    "-replicator",
    "kafka.amazonaws.com",
    "MSK Replicator service execution role (source to target)",
    ["service-role/AWSMSKReplicatorExecutionRole"],
    [...secretsFor([raw("data.aws_secretsmanager_secret.source_credentials.arn")]), dynamicConfig("main")],
  );
  // The reverse replicator's role lives with it: in the primary Region's root when the code is split.
  if (reverse)
    tf.within(reverse.placement, () =>
      tf.role(
        "reverse_replicator",
        "-reverse-replicator",
        "kafka.amazonaws.com",
        "MSK Replicator service execution role (target back to source)",
        ["service-role/AWSMSKReplicatorExecutionRole"],
        [...secretsFor([raw(`var.${ROLLBACK_SECRET.key}`)]), dynamicConfig(reverse.placement)],
      ),
    );

  tf.section("Network: the replicator's network interfaces reach the brokers on port 9098 (IAM)");
  tf.securityGroup(
    "replicator",
    "-replicator",
    "MSK Replicator network interfaces in the target VPC",
    raw("var.target_vpc_id"),
  );
  tf.rule(
    "egress",
    "replicator_to_target",
    raw("aws_security_group.replicator.id"),
    9098,
    { sg: targetSg },
    "Replicator to the target brokers (IAM)",
  );
  if (!ctx.createTarget)
    tf.rule(
      "ingress",
      "target_from_replicator",
      targetSg,
      9098,
      { sg: raw("aws_security_group.replicator.id") },
      "Replicator to the target brokers (IAM)",
    );
  if (external) {
    tf.rule(
      "egress",
      "replicator_to_source_network",
      raw("aws_security_group.replicator.id"),
      raw("var.source_broker_port"),
      { cidr: raw("var.source_network_cidr") },
      "Replicator to the self-managed brokers (TLS)",
    );
    tf.rule(
      "egress",
      "replicator_https",
      raw("aws_security_group.replicator.id"),
      443,
      { cidr: "0.0.0.0/0" },
      "Secrets Manager and KMS endpoints (or a NAT gateway)",
    );
  } else if (srr) {
    tf.securityGroup(
      "replicator_source",
      "-replicator-source",
      "MSK Replicator network interfaces in the source VPC",
      raw("var.source_vpc_id"),
    );
    tf.rule(
      "egress",
      "replicator_to_source",
      raw("aws_security_group.replicator_source.id"),
      9098,
      { sg: raw("var.source_cluster_security_group_id") },
      "Replicator to the source brokers (IAM)",
    );
    tf.rule(
      "ingress",
      "source_from_replicator",
      raw("var.source_cluster_security_group_id"),
      9098,
      { sg: raw("aws_security_group.replicator_source.id") },
      "Replicator to the source brokers (IAM)",
    );
  }
  if (reverseInSource) {
    tf.securityGroup(
      "reverse_replicator",
      "-reverse-replicator",
      "Reverse replicator network interfaces in the source VPC",
      raw("var.source_vpc_id"),
      "source",
    );
    tf.rule(
      "egress",
      "reverse_replicator_to_source",
      raw("aws_security_group.reverse_replicator.id"),
      9098,
      { sg: raw("var.source_cluster_security_group_id") },
      "Reverse replicator to the source brokers (IAM)",
      { placement: "source" },
    );
    tf.rule(
      "ingress",
      "source_from_reverse_replicator",
      raw("var.source_cluster_security_group_id"),
      9098,
      { sg: raw("aws_security_group.reverse_replicator.id") },
      "Reverse replicator to the source brokers (IAM)",
      { placement: "source" },
    );
  }

  if (ctx.createTarget)
    targetClusterResources(tf, raw("var.target_subnet_ids"), raw("var.target_vpc_id"), [
      { name: "replicator", sg: raw("aws_security_group.replicator.id") },
    ]);

  // The section heads each root that holds a policy (one head when the code is one root).
  const policyIn = {
    source: needsSourceClusterPolicy(ctx.arch),
    main: needsTargetClusterPolicy(ctx.arch) && !!reverse,
  };
  const headed = tf.split
    ? (["source", "main"] as const).filter((p) => policyIn[p])
    : policyIn.source || policyIn.main
      ? (["main"] as const)
      : [];
  for (const p of headed)
    tf.within(p, () => {
      tf.section(
        "Cluster policies: MSK Replicator reaches a cluster in another Region through multi-VPC private connectivity",
      );
      tf.push(comment("Multi-VPC private connectivity with IAM must be turned on for these clusters (see README)."));
    });
  if (needsSourceClusterPolicy(ctx.arch))
    tf.within("source", () => {
      const doc = tf.policy(
        "source_cluster_policy",
        replicatorClusterPolicy(input("source_cluster_arn")),
        raw("var.source_cluster_existing_policy_json"),
      );
      tf.resource("aws_msk_cluster_policy", "source", [
        attr("cluster_arn", raw("var.source_cluster_arn")),
        attr("policy", doc),
      ]);
    });
  if (needsTargetClusterPolicy(ctx.arch) && reverse) {
    const doc = tf.policy(
      "target_cluster_policy",
      replicatorClusterPolicy(clusterArn(ctx, "target")),
      ctx.createTarget ? undefined : raw("var.target_cluster_existing_policy_json"),
    );
    // Behind the failback toggle only: a permanent reverse replicator's toggle lives in the primary's root.
    tf.resource("aws_msk_cluster_policy", "target", [
      reverse.toggled && attr("count", raw(`var.${FAILBACK_TOGGLE.key} ? 1 : 0`)),
      attr("cluster_arn", targetArnRaw(ctx)),
      attr("policy", doc),
    ]);
  }

  const perDirection = replicatorsPerDirection(ctx.plan.answers);
  for (const r of reps) tf.within(r.placement, () => replicatorResources(r));
  function replicatorResources(r: ReplicatorPlan): void {
    const forward = r.tf === "forward";
    const logName = forward ? "replicator" : "reverse_replicator";
    tf.section(
      forward
        ? "Forward replicator: source → target"
        : `Reverse replicator: target → source (${r.spec.purpose}${r.toggled ? `, created only when ${FAILBACK_TOGGLE.key} = true` : ""})`,
    );
    tf.resource(
      "aws_cloudwatch_log_group",
      logName,
      [
        count(r),
        attr("name", tpl("/aws/msk-replicator/", raw("var.name"), `-${r.spec.id}`)),
        attr("retention_in_days", 30),
      ],
      r.placement,
    );

    const srcSide = forward ? "source" : "target";
    const tgtSide = forward ? "target" : "source";
    const local = (side: "source" | "target") =>
      r.placement === "main" ? side === "target" || srr : side === "source";
    const sgFor = (side: "source" | "target"): Raw | undefined => {
      if (!local(side)) return undefined;
      if (side === "target") return raw("aws_security_group.replicator.id");
      return r.placement === "source"
        ? raw("aws_security_group.reverse_replicator.id")
        : raw("aws_security_group.replicator_source.id");
    };
    const targetArn = raw(code(targetArnIn(tf, r.placement)));
    const mskEntry = (side: "source" | "target"): HclItem => {
      const sg = sgFor(side);
      return block(
        "kafka_cluster",
        [],
        [
          block(
            "amazon_msk_cluster",
            [],
            [attr("msk_cluster_arn", side === "source" ? raw("var.source_cluster_arn") : targetArn)],
          ),
          block(
            "vpc_config",
            [],
            [attr("subnet_ids", raw(`var.${side}_subnet_ids`)), sg && attr("security_groups_ids", [sg])],
          ),
        ],
      );
    };
    // The reverse replicator writes into the self-managed cluster: its own principal, with write rights.
    const secretArn = raw(
      forward ? "data.aws_secretsmanager_secret.source_credentials.arn" : `var.${ROLLBACK_SECRET.key}`,
    );
    const apacheEntry = (): HclItem =>
      block(
        "kafka_cluster",
        [],
        [
          block(
            "apache_kafka_cluster",
            [],
            [
              attr("apache_kafka_cluster_id", raw("var.source_kafka_cluster_id")),
              attr("bootstrap_broker_string", raw("var.source_bootstrap_brokers")),
            ],
          ),
          block(
            "client_authentication",
            [],
            [
              clusterAuth(ctx.source) === "mtls"
                ? block("mtls", [], [attr("secret_arn", secretArn)])
                : block("sasl_scram", [], [attr("mechanism", "SHA512"), attr("secret_arn", secretArn)]),
            ],
          ),
          block("encryption_in_transit", [], [attr("root_ca_certificate", raw("var.source_root_ca_secret_arn"))]),
          // AWS's CreateReplicator example for a self-managed source gives this entry the VPC that
          // reaches it (the target VPC, over VPN or Direct Connect) and the replicator's security group.
          block(
            "vpc_config",
            [],
            [
              attr("subnet_ids", raw("var.target_subnet_ids")),
              attr("security_groups_ids", [raw("aws_security_group.replicator.id")]),
            ],
          ),
        ],
      );
    const entry = (side: "source" | "target") => (side === "source" && external ? apacheEntry() : mskEntry(side));
    const idRef = (side: "source" | "target", which: "source" | "target"): HclItem =>
      side === "source" && external
        ? attr(`${which}_kafka_cluster_id`, raw("var.source_kafka_cluster_id"))
        : attr(`${which}_kafka_cluster_arn`, side === "source" ? raw("var.source_cluster_arn") : targetArn);
    const s = r.spec;
    const roleName = forward ? "replicator" : "reverse_replicator";
    const dependsOn: Raw[] = [
      raw(`aws_iam_role_policy_attachment.${roleName}_managed`),
      raw(`aws_iam_role_policy.${roleName}`),
    ];
    // A policy in another root is applied before this one (README order), not referred to.
    if (forward && needsSourceClusterPolicy(ctx.arch) && !tf.split)
      dependsOn.push(raw("aws_msk_cluster_policy.source"));
    if (!forward && needsTargetClusterPolicy(ctx.arch) && !tf.split)
      dependsOn.push(raw("aws_msk_cluster_policy.target"));
    tf.resource(
      "aws_msk_replicator",
      r.tf,
      [
        count(r),
        attr("replicator_name", tpl(raw("var.name"), s.name.slice(ctx.arch.name.length))),
        attr(
          "description",
          forward
            ? "Replicates the source cluster to the target cluster."
            : `Replicates the target cluster back to the source (${s.purpose}).`,
        ),
        attr("service_execution_role_arn", raw(`aws_iam_role.${roleName}.arn`)),
        blank,
        entry(srcSide),
        entry(tgtSide),
        blank,
        block(
          "replication_info_list",
          [],
          [
            idRef(srcSide, "source"),
            idRef(tgtSide, "target"),
            attr("target_compression_type", s.targetCompressionType),
            block(
              "topic_replication",
              [],
              [
                perDirection > 1 &&
                  comment(
                    `One replicator carries 1 GB/s: split these topics between ${perDirection} copies of this replicator (README.md).`,
                  ),
                attr("topics_to_replicate", s.topicsToReplicate),
                attr("topics_to_exclude", s.topicsToExclude),
                attr("detect_and_copy_new_topics", s.detectAndCopyNewTopics),
                attr("copy_topic_configurations", s.copyTopicConfigurations),
                attr("copy_access_control_lists_for_topics", s.copyAccessControlListsForTopics),
                block("starting_position", [], [attr("type", s.startingPosition)]),
                block("topic_name_configuration", [], [attr("type", s.topicNameConfiguration)]),
              ],
            ),
            block(
              "consumer_group_replication",
              [],
              [
                attr("consumer_groups_to_replicate", s.consumerGroupsToReplicate),
                attr("consumer_groups_to_exclude", s.consumerGroupsToExclude),
                attr("detect_and_copy_new_consumer_groups", s.detectAndCopyNewConsumerGroups),
                attr("synchronise_consumer_group_offsets", s.synchroniseConsumerGroupOffsets),
                attr("consumer_group_offset_sync_mode", s.consumerGroupOffsetSyncMode),
              ],
            ),
          ],
        ),
        blank,
        block(
          "log_delivery",
          [],
          [
            block(
              "replicator_log_delivery",
              [],
              [
                block(
                  "cloudwatch_logs",
                  [],
                  [attr("enabled", true), attr("log_group", raw(`aws_cloudwatch_log_group.${logName}${idx(r)}.name`))],
                ),
              ],
            ),
          ],
        ),
        blank,
        comment(
          "Creating a replicator can take about 30 minutes. These are the provider's defaults, written out so they are easy to raise.",
        ),
        block("timeouts", [], [attr("create", "60m"), attr("update", "180m"), attr("delete", "90m")]),
        blank,
        attr("depends_on", dependsOn),
      ],
      r.placement,
    );
    for (const a of replicatorAlarms(ctx, r, resourceRef(`aws_msk_replicator.${r.tf}${idx(r)}.replicator_name`, null)))
      tf.alarm(a);
  }
  tf.dashboard(dashboardFor(ctx));

  tf.output("forward_replicator_arn", "ARN of the forward replicator.", raw("aws_msk_replicator.forward.arn"));
  if (reverse)
    tf.within(reverse.placement, () =>
      tf.output(
        "reverse_replicator_arn",
        toggleOf(reverse)
          ? `ARN of the reverse replicator (null until ${toggleOf(reverse)!.key} = true).`
          : "ARN of the reverse replicator.",
        raw(toggleOf(reverse) ? "one(aws_msk_replicator.reverse[*].arn)" : "aws_msk_replicator.reverse.arn"),
      ),
    );
  tf.output(
    "replicator_role_arn",
    "ARN of the replicator's service execution role.",
    raw("aws_iam_role.replicator.arn"),
  );
  tf.output(
    "replicator_log_group",
    "CloudWatch Logs group of the forward replicator.",
    raw("aws_cloudwatch_log_group.replicator.name"),
  );
  if (ctx.createTarget) tf.output("target_cluster_arn", "ARN of the new target cluster.", targetArnRaw(ctx));

  // What a failover needs at hand: where clients connect on the target, and the topic prefix.
  if (ctx.createTarget)
    tf.output(
      "target_bootstrap_brokers_iam",
      "Bootstrap brokers of the target cluster for IAM clients (port 9098).",
      raw(
        ctx.target.type === "msk-serverless"
          ? "aws_msk_serverless_cluster.target.bootstrap_brokers_sasl_iam"
          : "aws_msk_cluster.target.bootstrap_brokers_sasl_iam",
      ),
    );
  else {
    tf.data("aws_msk_bootstrap_brokers", "target", [attr("cluster_arn", raw("var.target_cluster_arn"))]);
    tf.output(
      "target_bootstrap_brokers_iam",
      "Bootstrap brokers of the target cluster for IAM clients (port 9098).",
      raw("data.aws_msk_bootstrap_brokers.target.bootstrap_brokers_sasl_iam"),
    );
  }
  if (ctx.external || !ctx.arch.crossRegion)
    tf.output(
      "source_bootstrap_brokers",
      ctx.external
        ? "Bootstrap brokers of the self-managed source cluster (as given)."
        : "Bootstrap brokers of the source cluster for IAM clients (port 9098).",
      ctx.external
        ? raw("var.source_bootstrap_brokers")
        : raw("data.aws_msk_bootstrap_brokers.source.bootstrap_brokers_sasl_iam"),
    );
  if (!ctx.external && !ctx.arch.crossRegion)
    tf.data("aws_msk_bootstrap_brokers", "source", [attr("cluster_arn", raw("var.source_cluster_arn"))]);
  for (const r of reps)
    if (r.spec.topicNameConfiguration === "PREFIXED_WITH_SOURCE_CLUSTER_ALIAS")
      tf.within(r.placement, () =>
        tf.output(
          r.tf === "forward" ? "forward_topic_prefix" : "reverse_topic_prefix",
          `Prefix of the replicated topic names on the ${r.tf === "forward" ? "target" : "source"} cluster: consumers there subscribe to "<prefix>.<topic>".`,
          raw(
            toggleOf(r)
              ? `one(aws_msk_replicator.${r.tf}[*].replication_info_list[0].source_kafka_cluster_alias)`
              : `aws_msk_replicator.${r.tf}.replication_info_list[0].source_kafka_cluster_alias`,
          ),
        ),
      );
}
