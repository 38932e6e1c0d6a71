// The overlay JSON, not validation/terraform.ts: that module pulls the HCL parser (WebAssembly) and
// the whole provider schema into the browser bundle. Both read the same field.
import overlay from "./validation/terraform-aws-schema-overlay.json";
import { attr, blank, block, comment, printHcl, raw, tpl, Raw, type HclItem, type HclValue } from "./hcl";
import { inputsFor } from "./inputs";
import { replicatorsPerDirection } from "@/lib/estimates";
import { MM2_REST_PORT, mm2Environment, mm2IamClusters, usesSourceAccountRole } from "./mirrormaker2";
import {
  ALARM_TOPIC,
  CLUSTER_TOGGLE,
  FAILBACK_TOGGLE,
  cat,
  clusterArn,
  clusterAuth,
  durabilityDescription,
  durabilityProperties,
  headerLines,
  input,
  lit,
  mm2Alarms,
  mm2ClusterStatements,
  needsSourceClusterPolicy,
  needsTargetClusterPolicy,
  pseudo,
  replicatorAlarms,
  replicatorClusterPolicy,
  replicatorPlans,
  res,
  s3SinkUsesIam,
  secretReadStatements,
  type AlarmDef,
  type BundleFile,
  type Ctx,
  type Expr,
  type InputDef,
  type Placement,
  type ReplicatorPlan,
  type Statement,
} from "./shared";

/**
 * Terraform: a small root module (versions.tf, variables.tf, main.tf, outputs.tf) for one option of
 * the architecture. Every name the architecture's nodes list (IAC_NAMES) is declared here.
 */

/** The provider constraint: the first release with every argument used, below the next major. */
export const AWS_PROVIDER_CONSTRAINT = `>= ${overlay.minimumProviderVersion}, < 7.0.0`;

// ── Expressions ────────────────────────────────────────────────────────────

function code(e: Expr): string {
  const v = val(e);
  return v instanceof Raw ? v.code : tpl(v).code;
}

function val(e: Expr): Raw | string {
  switch (e.k) {
    case "lit":
      return e.v;
    case "in":
      return raw(`var.${e.key}`);
    case "res":
      return raw(e.tf);
    case "pseudo":
      return raw({ region: "data.aws_region.current.region", account: "data.aws_caller_identity.current.account_id", partition: "data.aws_partition.current.partition" }[e.v]);
    case "cat":
      return tpl(...e.parts.map((p) => val(p)));
    case "arnAs":
      return tpl(raw(`replace(${code(e.cluster)}, ":cluster/", ":${e.as}/")`), e.suffix);
  }
}

const providerFor = (p: Placement): HclItem | false => p !== "main" && attr("provider", raw(`aws.${p}`));

// ── Builders ───────────────────────────────────────────────────────────────

class Tf {
  readonly main: HclItem[] = [];
  readonly outputs: HclItem[] = [];
  readonly regions = new Set<Placement>(["main"]);
  constructor(readonly ctx: Ctx) {}

  section(title: string): void {
    this.main.push(comment(`── ${title} ${"─".repeat(Math.max(3, 72 - title.length))}`));
  }

  resource(type: string, name: string, body: (HclItem | false | undefined)[], placement: Placement = "main"): void {
    if (placement !== "main") this.regions.add(placement);
    // Meta-arguments first, as terraform fmt users expect: count / for_each, then provider.
    const items = body.filter((b): b is HclItem => !!b);
    const meta = items.filter((b) => b.kind === "attr" && (b.name === "count" || b.name === "for_each"));
    this.main.push(block("resource", [type, name], [...meta, providerFor(placement), ...items.filter((b) => !meta.includes(b))]));
  }

  data(type: string, name: string, body: (HclItem | false | undefined)[]): void {
    this.main.push(block("data", [type, name], body));
  }

  output(name: string, description: string, value: HclValue, sensitive = false): void {
    this.outputs.push(block("output", [name], [attr("description", description), attr("value", value), sensitive && attr("sensitive", true)]));
  }

  /** A policy document from neutral statements; returns the expression of its JSON. */
  policy(name: string, statements: Statement[]): Raw {
    this.data(
      "aws_iam_policy_document",
      name,
      statements.map((s) =>
        block("statement", [], [
          attr("sid", s.sid),
          s.effect === "Deny" && attr("effect", "Deny"),
          attr("actions", s.actions),
          s.resources && attr("resources", s.resources.map((r) => val(r))),
          ...(s.principals ?? []).map((p) => block("principals", [], [attr("type", p.type), attr("identifiers", p.ids.map((i) => val(i)))])),
          ...(s.conditions ?? []).map((c) => block("condition", [], [attr("test", c.test), attr("variable", c.variable), attr("values", c.values.map((v) => val(v)))])),
        ]),
      ),
    );
    return raw(`data.aws_iam_policy_document.${name}.json`);
  }

  /** An IAM role for a service, with AWS managed policies and one inline policy. */
  role(name: string, nameSuffix: string, service: string, description: string, managed: string[], statements: Statement[]): void {
    const trust = this.policy(`${name}_trust`, [{ sid: "TrustService", actions: ["sts:AssumeRole"], principals: [{ type: "Service", ids: [lit(service)] }] }]);
    this.resource("aws_iam_role", name, [attr("name", tpl(raw("var.name"), nameSuffix)), attr("description", description), attr("assume_role_policy", trust)]);
    managed.forEach((arn, i) =>
      this.resource("aws_iam_role_policy_attachment", managed.length > 1 ? `${name}_managed_${i + 1}` : `${name}_managed`, [attr("role", raw(`aws_iam_role.${name}.name`)), attr("policy_arn", tpl("arn:", raw("data.aws_partition.current.partition"), `:iam::aws:policy/${arn}`))]),
    );
    if (statements.length > 0) {
      const doc = this.policy(name, statements);
      this.resource("aws_iam_role_policy", name, [attr("name", tpl(raw("var.name"), `${nameSuffix}-inline`)), attr("role", raw(`aws_iam_role.${name}.id`)), attr("policy", doc)]);
    }
  }

  alarm(a: AlarmDef): void {
    const toggled = a.toggle === "failback";
    this.resource(
      "aws_cloudwatch_metric_alarm",
      a.tf,
      [
        toggled && attr("count", raw(`var.${FAILBACK_TOGGLE.key} ? 1 : 0`)),
        attr("alarm_name", tpl(raw("var.name"), `-${a.nameSuffix}`)),
        attr("alarm_description", a.description),
        attr("namespace", a.namespace),
        attr("metric_name", a.metric),
        attr("statistic", a.statistic),
        attr("period", a.period),
        attr("evaluation_periods", a.evaluationPeriods),
        attr("threshold", a.threshold),
        attr("comparison_operator", a.comparison),
        attr("treat_missing_data", a.treatMissingData),
        attr("dimensions", Object.fromEntries(a.dimensions.map((d) => [d.name, val(d.value)]))),
        attr("alarm_actions", raw(`var.${ALARM_TOPIC.key} == "" ? [] : [var.${ALARM_TOPIC.key}]`)),
        attr("ok_actions", raw(`var.${ALARM_TOPIC.key} == "" ? [] : [var.${ALARM_TOPIC.key}]`)),
      ],
      a.placement,
    );
  }

  /** Security group with no inline rules (rules are separate resources). */
  securityGroup(name: string, nameSuffix: string, description: string, vpc: Raw, placement: Placement = "main"): void {
    this.resource("aws_security_group", name, [attr("name", tpl(raw("var.name"), nameSuffix)), attr("description", description), attr("vpc_id", vpc)], placement);
  }

  rule(kind: "ingress" | "egress", name: string, sg: Raw, port: number | [number, number] | Raw, peer: { sg: Raw } | { cidr: HclValue }, description: string, placement: Placement = "main"): void {
    const [from, to] = Array.isArray(port) ? port : [port, port];
    this.resource(
      `aws_vpc_security_group_${kind}_rule`,
      name,
      [
        attr("security_group_id", sg),
        attr("description", description),
        attr("ip_protocol", "tcp"),
        attr("from_port", from as HclValue),
        attr("to_port", to as HclValue),
        "sg" in peer ? attr("referenced_security_group_id", peer.sg) : attr("cidr_ipv4", peer.cidr),
      ],
      placement,
    );
  }
}

// ── Target cluster (created on request) ───────────────────────────────────

function targetClusterResources(tf: Tf, subnets: Raw, vpc: Raw, clientSgs: { name: string; sg: Raw }[]): void {
  const ctx = tf.ctx;
  tf.section("Target cluster (created because you asked for it)");
  tf.securityGroup("target_cluster", "-target-cluster", "Brokers of the target MSK cluster", vpc);
  for (const c of clientSgs) tf.rule("ingress", `target_cluster_from_${c.name}`, raw("aws_security_group.target_cluster.id"), 9098, { sg: c.sg }, `IAM clients (${c.name.replace(/_/g, " ")}) to the brokers`);
  if (ctx.target.type === "msk-serverless") {
    tf.resource("aws_msk_serverless_cluster", "target", [
      attr("cluster_name", tpl(raw("var.name"), "-target")),
      block("vpc_config", [], [attr("subnet_ids", subnets), attr("security_group_ids", [raw("aws_security_group.target_cluster.id")])]),
      block("client_authentication", [], [block("sasl", [], [block("iam", [], [attr("enabled", true)])])]),
    ]);
    return;
  }
  const multiVpc = needsTargetClusterPolicy(ctx);
  tf.resource("aws_msk_cluster", "target", [
    attr("cluster_name", tpl(raw("var.name"), "-target")),
    attr("kafka_version", raw("var.target_kafka_version")),
    attr("number_of_broker_nodes", 3),
    attr("enhanced_monitoring", "PER_TOPIC_PER_BROKER"),
    block("broker_node_group_info", [], [
      attr("instance_type", raw("var.target_broker_instance_type")),
      attr("client_subnets", subnets),
      attr("security_groups", [raw("aws_security_group.target_cluster.id")]),
      ctx.target.type !== "msk-express" && block("storage_info", [], [block("ebs_storage_info", [], [attr("volume_size", 1000)])]),
      multiVpc && comment("Multi-VPC private connectivity (IAM) lets the reverse replicator reach this cluster from the source Region."),
      multiVpc && block("connectivity_info", [], [block("vpc_connectivity", [], [block("client_authentication", [], [block("sasl", [], [attr("iam", true)])])])]),
    ]),
    block("client_authentication", [], [attr("unauthenticated", false), block("sasl", [], [attr("iam", true)])]),
    comment("Encryption at rest is always on for MSK (AWS managed key unless you set encryption_at_rest_kms_key_arn)."),
    block("encryption_info", [], [block("encryption_in_transit", [], [attr("client_broker", "TLS"), attr("in_cluster", true)])]),
  ]);
}

function targetArnRaw(ctx: Ctx): Raw {
  return raw(code(clusterArn(ctx, "target")));
}

// ── MSK Replicator ─────────────────────────────────────────────────────────

function replicator(tf: Tf): void {
  const ctx = tf.ctx;
  const reps = replicatorPlans(ctx);
  const srr = !ctx.arch.crossRegion;
  const targetSg = ctx.createTarget ? raw("aws_security_group.target_cluster.id") : raw("var.target_cluster_security_group_id");
  const external = ctx.external;
  const reverse = reps.find((r) => r.tf === "reverse");
  const reverseInSource = reverse?.placement === "source";
  const count = (r: ReplicatorPlan) => r.toggled && attr("count", raw(`var.${FAILBACK_TOGGLE.key} ? 1 : 0`));
  const idx = (r: ReplicatorPlan) => (r.toggled ? "[0]" : "");

  tf.section("Service execution role");
  const secrets = external ? secretReadStatements([raw("data.aws_secretsmanager_secret.source_credentials.arn"), raw("var.source_root_ca_secret_arn")].map((r) => res(r.code, null)), "ExternalCluster") : [];
  if (external) tf.data("aws_secretsmanager_secret", "source_credentials", [attr("arn", raw("var.source_credentials_secret_arn"))]);
  tf.role("replicator", "-replicator", "kafka.amazonaws.com", "MSK Replicator service execution role", ["service-role/AWSMSKReplicatorExecutionRole"], secrets);

  tf.section("Network: the replicator's network interfaces reach the brokers on port 9098 (IAM)");
  tf.securityGroup("replicator", "-replicator", "MSK Replicator network interfaces in the target VPC", raw("var.target_vpc_id"));
  tf.rule("egress", "replicator_to_target", raw("aws_security_group.replicator.id"), 9098, { sg: targetSg }, "Replicator to the target brokers (IAM)");
  if (!ctx.createTarget) tf.rule("ingress", "target_from_replicator", targetSg, 9098, { sg: raw("aws_security_group.replicator.id") }, "Replicator to the target brokers (IAM)");
  if (external) {
    tf.rule("egress", "replicator_to_source_network", raw("aws_security_group.replicator.id"), raw("var.source_broker_port"), { cidr: raw("var.source_network_cidr") }, "Replicator to the self-managed brokers (TLS)");
    tf.rule("egress", "replicator_https", raw("aws_security_group.replicator.id"), 443, { cidr: "0.0.0.0/0" }, "Secrets Manager and KMS endpoints (or a NAT gateway)");
  } else if (srr) {
    tf.securityGroup("replicator_source", "-replicator-source", "MSK Replicator network interfaces in the source VPC", raw("var.source_vpc_id"));
    tf.rule("egress", "replicator_to_source", raw("aws_security_group.replicator_source.id"), 9098, { sg: raw("var.source_cluster_security_group_id") }, "Replicator to the source brokers (IAM)");
    tf.rule("ingress", "source_from_replicator", raw("var.source_cluster_security_group_id"), 9098, { sg: raw("aws_security_group.replicator_source.id") }, "Replicator to the source brokers (IAM)");
  }
  if (reverseInSource) {
    tf.securityGroup("reverse_replicator", "-reverse-replicator", "Reverse replicator network interfaces in the source VPC", raw("var.source_vpc_id"), "source");
    tf.rule("egress", "reverse_replicator_to_source", raw("aws_security_group.reverse_replicator.id"), 9098, { sg: raw("var.source_cluster_security_group_id") }, "Reverse replicator to the source brokers (IAM)", "source");
    tf.rule("ingress", "source_from_reverse_replicator", raw("var.source_cluster_security_group_id"), 9098, { sg: raw("aws_security_group.reverse_replicator.id") }, "Reverse replicator to the source brokers (IAM)", "source");
  }

  if (ctx.createTarget) targetClusterResources(tf, raw("var.target_subnet_ids"), raw("var.target_vpc_id"), [{ name: "replicator", sg: raw("aws_security_group.replicator.id") }]);

  if (needsSourceClusterPolicy(ctx) || needsTargetClusterPolicy(ctx)) {
    tf.section("Cluster policies: MSK Replicator reaches a cluster in another Region through multi-VPC private connectivity");
    tf.main.push(comment("Multi-VPC private connectivity with IAM must be turned on for these clusters (see README)."));
  }
  if (needsSourceClusterPolicy(ctx)) {
    const doc = tf.policy("source_cluster_policy", replicatorClusterPolicy(input("source_cluster_arn")));
    tf.resource("aws_msk_cluster_policy", "source", [attr("cluster_arn", raw("var.source_cluster_arn")), attr("policy", doc)], "source");
  }
  if (needsTargetClusterPolicy(ctx) && reverse) {
    const doc = tf.policy("target_cluster_policy", replicatorClusterPolicy(clusterArn(ctx, "target")));
    tf.resource("aws_msk_cluster_policy", "target", [count(reverse), attr("cluster_arn", targetArnRaw(ctx)), attr("policy", doc)]);
  }

  const perDirection = replicatorsPerDirection(ctx.plan.answers);
  for (const r of reps) {
    const forward = r.tf === "forward";
    const logName = forward ? "replicator" : "reverse_replicator";
    tf.section(forward ? "Forward replicator: source → target" : `Reverse replicator: target → source (${r.spec.purpose}${r.toggled ? `, created only when ${FAILBACK_TOGGLE.key} = true` : ""})`);
    tf.resource("aws_cloudwatch_log_group", logName, [count(r), attr("name", tpl("/aws/msk-replicator/", raw("var.name"), `-${r.spec.id}`)), attr("retention_in_days", 30)], r.placement);

    const srcSide = forward ? "source" : "target";
    const tgtSide = forward ? "target" : "source";
    const local = (side: "source" | "target") => (r.placement === "main" ? side === "target" || srr : side === "source");
    const sgFor = (side: "source" | "target"): Raw | undefined => {
      if (!local(side)) return undefined;
      if (side === "target") return raw("aws_security_group.replicator.id");
      return r.placement === "source" ? raw("aws_security_group.reverse_replicator.id") : raw("aws_security_group.replicator_source.id");
    };
    const mskEntry = (side: "source" | "target"): HclItem => {
      const sg = sgFor(side);
      return block("kafka_cluster", [], [
        block("amazon_msk_cluster", [], [attr("msk_cluster_arn", side === "source" ? raw("var.source_cluster_arn") : targetArnRaw(ctx))]),
        block("vpc_config", [], [attr("subnet_ids", raw(`var.${side}_subnet_ids`)), sg && attr("security_groups_ids", [sg])]),
      ]);
    };
    const apacheEntry = (): HclItem =>
      block("kafka_cluster", [], [
        block("apache_kafka_cluster", [], [attr("apache_kafka_cluster_id", raw("var.source_kafka_cluster_id")), attr("bootstrap_broker_string", raw("var.source_bootstrap_brokers"))]),
        block("client_authentication", [], [
          clusterAuth(ctx.source) === "mtls"
            ? block("mtls", [], [attr("secret_arn", raw("data.aws_secretsmanager_secret.source_credentials.arn"))])
            : block("sasl_scram", [], [attr("mechanism", "SHA512"), attr("secret_arn", raw("data.aws_secretsmanager_secret.source_credentials.arn"))]),
        ]),
        block("encryption_in_transit", [], [attr("root_ca_certificate", raw("var.source_root_ca_secret_arn"))]),
      ]);
    const entry = (side: "source" | "target") => (side === "source" && external ? apacheEntry() : mskEntry(side));
    const idRef = (side: "source" | "target", which: "source" | "target"): HclItem =>
      side === "source" && external ? attr(`${which}_kafka_cluster_id`, raw("var.source_kafka_cluster_id")) : attr(`${which}_kafka_cluster_arn`, side === "source" ? raw("var.source_cluster_arn") : targetArnRaw(ctx));
    const s = r.spec;
    const dependsOn: Raw[] = [raw("aws_iam_role_policy_attachment.replicator_managed")];
    if (forward && needsSourceClusterPolicy(ctx)) dependsOn.push(raw("aws_msk_cluster_policy.source"));
    if (!forward && needsTargetClusterPolicy(ctx)) dependsOn.push(raw("aws_msk_cluster_policy.target"));
    if (external) dependsOn.push(raw("aws_iam_role_policy.replicator"));
    tf.resource(
      "aws_msk_replicator",
      r.tf,
      [
        count(r),
        attr("replicator_name", tpl(raw("var.name"), s.name.slice(ctx.arch.name.length))),
        attr("description", forward ? "Replicates the source cluster to the target cluster." : `Replicates the target cluster back to the source (${s.purpose}).`),
        attr("service_execution_role_arn", raw("aws_iam_role.replicator.arn")),
        blank,
        entry(srcSide),
        entry(tgtSide),
        blank,
        block("replication_info_list", [], [
          idRef(srcSide, "source"),
          idRef(tgtSide, "target"),
          attr("target_compression_type", s.targetCompressionType),
          block("topic_replication", [], [
            perDirection > 1 && comment(`One replicator carries 1 GB/s: split these topics between ${perDirection} copies of this replicator (README.md).`),
            attr("topics_to_replicate", s.topicsToReplicate),
            attr("topics_to_exclude", s.topicsToExclude),
            attr("detect_and_copy_new_topics", s.detectAndCopyNewTopics),
            attr("copy_topic_configurations", s.copyTopicConfigurations),
            attr("copy_access_control_lists_for_topics", s.copyAccessControlListsForTopics),
            block("starting_position", [], [attr("type", s.startingPosition)]),
            block("topic_name_configuration", [], [attr("type", s.topicNameConfiguration)]),
          ]),
          block("consumer_group_replication", [], [
            attr("consumer_groups_to_replicate", s.consumerGroupsToReplicate),
            attr("consumer_groups_to_exclude", s.consumerGroupsToExclude),
            attr("detect_and_copy_new_consumer_groups", s.detectAndCopyNewConsumerGroups),
            attr("synchronise_consumer_group_offsets", s.synchroniseConsumerGroupOffsets),
            attr("consumer_group_offset_sync_mode", s.consumerGroupOffsetSyncMode),
          ]),
        ]),
        blank,
        block("log_delivery", [], [block("replicator_log_delivery", [], [block("cloudwatch_logs", [], [attr("enabled", true), attr("log_group", raw(`aws_cloudwatch_log_group.${logName}${idx(r)}.name`))])])]),
        blank,
        comment("Creating a replicator can take about 30 minutes. These are the provider's defaults, written out so they are easy to raise."),
        block("timeouts", [], [attr("create", "60m"), attr("update", "180m"), attr("delete", "90m")]),
        blank,
        attr("depends_on", dependsOn),
      ],
      r.placement,
    );
    for (const a of replicatorAlarms(ctx, r, res(`aws_msk_replicator.${r.tf}${idx(r)}.replicator_name`, null))) tf.alarm(a);
  }

  tf.output("forward_replicator_arn", "ARN of the forward replicator.", raw("aws_msk_replicator.forward.arn"));
  if (reverse) tf.output("reverse_replicator_arn", reverse.toggled ? `ARN of the reverse replicator (null until ${FAILBACK_TOGGLE.key} = true).` : "ARN of the reverse replicator.", raw(reverse.toggled ? "one(aws_msk_replicator.reverse[*].arn)" : "aws_msk_replicator.reverse.arn"));
  tf.output("replicator_role_arn", "ARN of the replicator's service execution role.", raw("aws_iam_role.replicator.arn"));
  tf.output("replicator_log_group", "CloudWatch Logs group of the forward replicator.", raw("aws_cloudwatch_log_group.replicator.name"));
  if (ctx.createTarget) tf.output("target_cluster_arn", "ARN of the new target cluster.", targetArnRaw(ctx));
}

// ── MirrorMaker 2 ──────────────────────────────────────────────────────────

function mirrorMaker2(tf: Tf): void {
  const ctx = tf.ctx;
  const m = ctx.arch.mirrorMaker2!;
  const envVars = mm2Environment(ctx);
  const secretKeys = [...new Set(envVars.flatMap((e) => ("secret" in e.from ? [e.from.secret] : [])))];

  if (ctx.external) tf.data("aws_secretsmanager_secret", "source_credentials", [attr("arn", raw("var.source_credentials_secret_arn"))]);
  const secretArn = (key: string): Raw => (key === "source_credentials_secret_arn" && ctx.external ? raw("data.aws_secretsmanager_secret.source_credentials.arn") : raw(`var.${key}`));

  tf.section("Logs and ECS cluster");
  tf.resource("aws_cloudwatch_log_group", "mm2", [attr("name", tpl("/ecs/", raw("var.name"), "-mm2")), attr("retention_in_days", 30)]);
  tf.resource("aws_ecs_cluster", "mm2", [attr("name", tpl(raw("var.name"), "-mm2")), block("setting", [], [attr("name", "containerInsights"), attr("value", "enabled")])]);

  tf.section("Roles: the execution role pulls the image and reads the secrets; the task role talks to Kafka");
  tf.role("mm2_execution", "-mm2-execution", "ecs-tasks.amazonaws.com", "MirrorMaker 2 task execution role", ["service-role/AmazonECSTaskExecutionRolePolicy"], secretReadStatements(secretKeys.map((k) => res(secretArn(k).code, null)), "Mm2"));
  const taskStatements: Statement[] = [];
  for (const side of mm2IamClusters(ctx)) taskStatements.push(...mm2ClusterStatements(ctx, side, side === "source" ? "SourceCluster" : "TargetCluster"));
  if (usesSourceAccountRole(ctx)) taskStatements.push({ sid: "AssumeSourceAccountRole", actions: ["sts:AssumeRole"], resources: [input("source_account_role_arn")] });
  tf.role("mm2_task", "-mm2-task", "ecs-tasks.amazonaws.com", "MirrorMaker 2 task role (Kafka access)", [], taskStatements);

  tf.section("Network: private subnets, no public IP");
  tf.securityGroup("mm2", "-mm2", "MirrorMaker 2 tasks", raw("var.vpc_id"));
  tf.rule("egress", "mm2_kafka", raw("aws_security_group.mm2.id"), [9092, 9098], { cidr: raw("var.kafka_cidr") }, "Kafka brokers of both clusters");
  tf.rule("egress", "mm2_https", raw("aws_security_group.mm2.id"), 443, { cidr: "0.0.0.0/0" }, "ECR, Secrets Manager, CloudWatch Logs and STS endpoints (or a NAT gateway)");
  if (m.exactlyOnce) {
    tf.rule("ingress", "mm2_rest", raw("aws_security_group.mm2.id"), MM2_REST_PORT, { sg: raw("aws_security_group.mm2.id") }, "Internal REST between MirrorMaker 2 nodes (exactly-once)");
    tf.rule("egress", "mm2_rest", raw("aws_security_group.mm2.id"), MM2_REST_PORT, { sg: raw("aws_security_group.mm2.id") }, "Internal REST between MirrorMaker 2 nodes (exactly-once)");
  }
  if (ctx.createTarget) targetClusterResources(tf, raw("var.target_subnet_ids"), raw("var.vpc_id"), [{ name: "mm2", sg: raw("aws_security_group.mm2.id") }]);

  tf.section("Task definition and service");
  tf.main.push(block("locals", [], [comment("Writes the properties file, adds this node's address for the internal REST listener, and starts MirrorMaker 2."), attr("mm2_command", MM2_COMMAND)]));
  const environment: HclValue[] = [{ name: "MM2_PROPERTIES", value: raw('file("${path.module}/mirrormaker2.properties")') }];
  const secrets: HclValue[] = [];
  for (const e of envVars) {
    if ("value" in e.from) environment.push({ name: e.name, value: val(e.from.value) });
    else secrets.push({ name: e.name, valueFrom: e.from.jsonKey ? tpl(secretArn(e.from.secret), `:${e.from.jsonKey}::`) : secretArn(e.from.secret) });
  }
  const container: HclValue = {
    name: "mirrormaker2",
    image: raw("var.mm2_image"),
    essential: true,
    entryPoint: ["/bin/sh", "-c"],
    command: [raw("local.mm2_command")],
    environment,
    ...(secrets.length ? { secrets } : {}),
    portMappings: [{ containerPort: MM2_REST_PORT, protocol: "tcp" }],
    logConfiguration: { logDriver: "awslogs", options: { "awslogs-group": raw("aws_cloudwatch_log_group.mm2.name"), "awslogs-region": raw("var.region"), "awslogs-stream-prefix": "mm2" } },
  };
  tf.resource("aws_ecs_task_definition", "mm2", [
    attr("family", tpl(raw("var.name"), "-mm2")),
    attr("requires_compatibilities", ["FARGATE"]),
    attr("network_mode", "awsvpc"),
    attr("cpu", String(m.taskCpu)),
    attr("memory", String(m.taskMemory)),
    attr("execution_role_arn", raw("aws_iam_role.mm2_execution.arn")),
    attr("task_role_arn", raw("aws_iam_role.mm2_task.arn")),
    block("runtime_platform", [], [attr("operating_system_family", "LINUX"), attr("cpu_architecture", "X86_64")]),
    attr("container_definitions", raw(`jsonencode([${printValue(container)}])`)),
  ]);
  tf.resource("aws_ecs_service", "mm2", [
    attr("name", tpl(raw("var.name"), "-mm2")),
    attr("cluster", raw("aws_ecs_cluster.mm2.id")),
    attr("task_definition", raw("aws_ecs_task_definition.mm2.arn")),
    attr("desired_count", raw("var.desired_count")),
    attr("launch_type", "FARGATE"),
    attr("enable_execute_command", false),
    attr("propagate_tags", "SERVICE"),
    block("deployment_circuit_breaker", [], [attr("enable", true), attr("rollback", true)]),
    block("network_configuration", [], [attr("subnets", raw("var.private_subnet_ids")), attr("security_groups", [raw("aws_security_group.mm2.id")]), attr("assign_public_ip", false)]),
  ]);

  tf.section("Alarms");
  for (const a of mm2Alarms(ctx, res("aws_ecs_cluster.mm2.name", null), res("aws_ecs_service.mm2.name", null))) tf.alarm(a);

  tf.output("ecs_cluster_name", "ECS cluster running MirrorMaker 2.", raw("aws_ecs_cluster.mm2.name"));
  tf.output("ecs_service_name", "ECS service of the MirrorMaker 2 nodes.", raw("aws_ecs_service.mm2.name"));
  tf.output("mm2_task_role_arn", "Role the MirrorMaker 2 tasks use to reach Kafka.", raw("aws_iam_role.mm2_task.arn"));
  tf.output("mm2_security_group_id", "Security group of the MirrorMaker 2 tasks: allow it on the brokers' port in each existing cluster's security group.", raw("aws_security_group.mm2.id"));
  tf.output("log_group", "CloudWatch Logs group of MirrorMaker 2.", raw("aws_cloudwatch_log_group.mm2.name"));
  if (ctx.source.isMsk && !mm2IamClusters(ctx).includes("source")) tf.output("source_cluster_arn", "Source cluster MirrorMaker 2 reads.", raw("var.source_cluster_arn"));
  if (!ctx.createTarget && !mm2IamClusters(ctx).includes("target")) tf.output("target_cluster_arn", "Target cluster MirrorMaker 2 writes to.", raw("var.target_cluster_arn"));
  if (ctx.createTarget) tf.output("target_cluster_arn", "ARN of the new target cluster.", targetArnRaw(ctx));
  if (ctx.arch.crossAccount && ctx.source.isMsk) crossAccountOutputs(tf);
}

const MM2_COMMAND = "printf '%s\\n' \"$MM2_PROPERTIES\" > /tmp/mm2.properties && printf 'rest.advertised.host.name=%s\\n' \"$(hostname -i | cut -d ' ' -f 1)\" >> /tmp/mm2.properties && exec /opt/kafka/bin/connect-mirror-maker.sh /tmp/mm2.properties";
export { MM2_COMMAND };

/** Policies to apply in the source cluster's account, as outputs. */
function crossAccountOutputs(tf: Tf): void {
  const ctx = tf.ctx;
  const taskRole = res("aws_iam_role.mm2_task.arn", null);
  const account = pseudo("account");
  const clusterPolicy: Statement[] = [
    {
      sid: "AllowTargetAccountVpcConnection",
      actions: ["kafka:CreateVpcConnection", "kafka:GetBootstrapBrokers", "kafka:DescribeClusterV2"],
      principals: [{ type: "AWS", ids: [cat("arn:", pseudo("partition"), ":iam::", account, ":root")] }],
      resources: [input("source_cluster_arn")],
    },
  ];
  if (!usesSourceAccountRole(ctx) && clusterAuth(ctx.source) === "iam") {
    clusterPolicy.push(...mm2ClusterStatements(ctx, "source", "MirrorMaker").map((s) => ({ ...s, principals: [{ type: "AWS" as const, ids: [taskRole] }] })));
  }
  tf.output("source_cluster_policy_json", "Cluster policy to attach to the source cluster in the source account (aws kafka put-cluster-policy), for multi-VPC connectivity from this account.", tf.policy("source_cluster_policy", clusterPolicy));
  if (usesSourceAccountRole(ctx)) {
    tf.output("source_account_role_trust_policy_json", "Trust policy of the role to create in the source account (its ARN goes in source_account_role_arn).", tf.policy("source_account_role_trust", [{ sid: "TrustMirrorMaker2Task", actions: ["sts:AssumeRole"], principals: [{ type: "AWS", ids: [taskRole] }] }]));
    tf.output("source_account_role_policy_json", "Permissions policy of that role: read the source cluster.", tf.policy("source_account_role_permissions", mm2ClusterStatements(ctx, "source", "SourceCluster")));
  }
}

// ── S3 backup ──────────────────────────────────────────────────────────────

function s3Backup(tf: Tf): void {
  const ctx = tf.ctx;
  const s = ctx.arch.s3Backup!;
  const bucketPlacement: Placement = s.bucketRegion !== s.connectorRegion ? "backup" : "main";
  const bucket = raw("aws_s3_bucket.backup.id");
  const bucketArn = res("aws_s3_bucket.backup.arn", null);

  tf.section("Backup bucket: versioned, SSE-KMS, no public access, TLS only, expires after the retention period");
  tf.resource("aws_s3_bucket", "backup", [attr("bucket", raw("var.bucket_name")), attr("force_destroy", false)], bucketPlacement);
  tf.resource("aws_s3_bucket_versioning", "backup", [attr("bucket", bucket), block("versioning_configuration", [], [attr("status", "Enabled")])], bucketPlacement);
  tf.resource("aws_s3_bucket_server_side_encryption_configuration", "backup", [attr("bucket", bucket), block("rule", [], [attr("bucket_key_enabled", true), block("apply_server_side_encryption_by_default", [], [attr("sse_algorithm", "aws:kms")])])], bucketPlacement);
  tf.resource(
    "aws_s3_bucket_lifecycle_configuration",
    "backup",
    [
      attr("bucket", bucket),
      block("rule", [], [
        attr("id", "expire-backups"),
        attr("status", "Enabled"),
        block("filter", [], []),
        block("expiration", [], [attr("days", s.retentionDays)]),
        block("noncurrent_version_expiration", [], [attr("noncurrent_days", 7)]),
        block("abort_incomplete_multipart_upload", [], [attr("days_after_initiation", 7)]),
      ]),
    ],
    bucketPlacement,
  );
  tf.resource("aws_s3_bucket_public_access_block", "backup", [attr("bucket", bucket), attr("block_public_acls", true), attr("block_public_policy", true), attr("ignore_public_acls", true), attr("restrict_public_buckets", true)], bucketPlacement);
  const bucketPolicy = tf.policy("backup_bucket", [
    {
      sid: "DenyInsecureTransport",
      effect: "Deny",
      actions: ["s3:*"],
      principals: [{ type: "AWS", ids: [lit("*")] }],
      resources: [bucketArn, cat(bucketArn, "/*")],
      conditions: [{ test: "Bool", variable: "aws:SecureTransport", values: [lit("false")] }],
    },
  ]);
  tf.resource("aws_s3_bucket_policy", "backup", [attr("bucket", bucket), attr("policy", bucketPolicy), attr("depends_on", [raw("aws_s3_bucket_public_access_block.backup")])], bucketPlacement);

  tf.section("Connector plugin, role and network");
  tf.resource("aws_mskconnect_custom_plugin", "s3", [
    attr("name", tpl(raw("var.name"), "-s3-sink")),
    attr("description", "S3 sink connector plugin (Lenses Stream Reactor AWS S3)"),
    attr("content_type", "ZIP"),
    block("location", [], [block("s3", [], [attr("bucket_arn", raw("var.plugin_bucket_arn")), attr("file_key", raw("var.plugin_file_key"))])]),
  ]);
  if (ctx.external) tf.data("aws_secretsmanager_secret", "source_credentials", [attr("arn", raw("var.source_credentials_secret_arn"))]);
  const statements: Statement[] = [
    { sid: "BackupBucket", actions: ["s3:ListBucket", "s3:GetBucketLocation", "s3:ListBucketMultipartUploads"], resources: [bucketArn] },
    { sid: "BackupObjects", actions: ["s3:PutObject", "s3:GetObject", "s3:AbortMultipartUpload", "s3:ListMultipartUploadParts"], resources: [cat(bucketArn, "/*")] },
  ];
  if (ctx.source.isMsk) {
    const arn = input("source_cluster_arn");
    statements.push(
      { sid: "SourceCluster", actions: ["kafka-cluster:Connect", "kafka-cluster:DescribeCluster"], resources: [arn] },
      { sid: "SourceTopicsRead", actions: ["kafka-cluster:DescribeTopic", "kafka-cluster:ReadData"], resources: [{ k: "arnAs", cluster: arn, as: "topic", suffix: "/*" }] },
      { sid: "ConnectInternalTopics", actions: ["kafka-cluster:CreateTopic", "kafka-cluster:WriteData"], resources: [{ k: "arnAs", cluster: arn, as: "topic", suffix: "/__amazon_msk_connect_*" }] },
      { sid: "SourceGroups", actions: ["kafka-cluster:DescribeGroup", "kafka-cluster:AlterGroup"], resources: [{ k: "arnAs", cluster: arn, as: "group", suffix: "/*" }] },
    );
  } else {
    statements.push(...secretReadStatements([res("data.aws_secretsmanager_secret.source_credentials.arn", null)], "SourceCluster"));
  }
  tf.role("s3_sink", "-s3-sink", "kafkaconnect.amazonaws.com", "MSK Connect S3 sink connector role", [], statements);
  tf.resource("aws_cloudwatch_log_group", "s3_sink", [attr("name", tpl("/aws/mskconnect/", raw("var.name"), "-s3-sink")), attr("retention_in_days", 30)]);
  tf.securityGroup("s3_sink", "-s3-sink", "MSK Connect S3 sink workers", raw("var.vpc_id"));
  tf.rule("egress", "s3_sink_kafka", raw("aws_security_group.s3_sink.id"), [9092, 9098], { cidr: raw("var.source_cidr") }, "Source cluster brokers");
  tf.rule("egress", "s3_sink_https", raw("aws_security_group.s3_sink.id"), 443, { cidr: "0.0.0.0/0" }, "Amazon S3 (gateway endpoint or NAT gateway)");

  tf.section("Connector");
  const iam = s3SinkUsesIam(ctx);
  tf.resource("aws_mskconnect_connector", "s3_sink", [
    attr("name", tpl(raw("var.name"), "-s3-sink")),
    attr("description", "Backs up every topic to S3 with keys, headers and original offsets (envelope)."),
    attr("kafkaconnect_version", s.kafkaConnectVersion),
    attr("service_execution_role_arn", raw("aws_iam_role.s3_sink.arn")),
    block("capacity", [], [block("provisioned_capacity", [], [attr("worker_count", s.workerCount), attr("mcu_count", s.mcuCountPerWorker)])]),
    attr("connector_configuration", s3ConnectorConfig(ctx, (b) => tpl(...b.map((p) => (p === BUCKET ? raw("var.bucket_name") : p)))) as HclValue),
    block("kafka_cluster", [], [block("apache_kafka_cluster", [], [attr("bootstrap_servers", raw("var.source_bootstrap_brokers")), block("vpc", [], [attr("security_groups", [raw("aws_security_group.s3_sink.id")]), attr("subnets", raw("var.subnet_ids"))])])]),
    block("kafka_cluster_client_authentication", [], [attr("authentication_type", iam ? "IAM" : "NONE")]),
    block("kafka_cluster_encryption_in_transit", [], [attr("encryption_type", "TLS")]),
    block("plugin", [], [block("custom_plugin", [], [attr("arn", raw("aws_mskconnect_custom_plugin.s3.arn")), attr("revision", raw("aws_mskconnect_custom_plugin.s3.latest_revision"))])]),
    block("log_delivery", [], [block("worker_log_delivery", [], [block("cloudwatch_logs", [], [attr("enabled", true), attr("log_group", raw("aws_cloudwatch_log_group.s3_sink.name"))])])]),
    attr("depends_on", [raw("aws_iam_role_policy.s3_sink"), raw("aws_s3_bucket_policy.backup")]),
  ]);
  tf.output("backup_bucket", "Name of the backup bucket.", raw("aws_s3_bucket.backup.id"));
  tf.output("connector_arn", "ARN of the S3 sink connector.", raw("aws_mskconnect_connector.s3_sink.arn"));
  if (ctx.source.isMsk) tf.output("source_cluster_arn", "Cluster being backed up.", raw("var.source_cluster_arn"));
  tf.output("restore_target_cluster_arn", "Cluster a restore writes to (see README).", raw("var.target_cluster_arn"));
}

/** Marker for the bucket name inside the connector's KCQL statement. */
export const BUCKET = "\u0000bucket\u0000";

/** Connector configuration (Lenses Stream Reactor S3 sink, envelope mode); `bucketExpr` renders parts with the bucket name. */
export function s3ConnectorConfig<T>(ctx: Ctx, bucketExpr: (parts: string[]) => T): Record<string, string | T> {
  const s = ctx.arch.s3Backup!;
  const tasks = s.workerCount * s.mcuCountPerWorker;
  return {
    "connector.class": s.connectorClass,
    "tasks.max": String(tasks),
    "topics.regex": s.topics,
    "connect.s3.kcql": bucketExpr([
      "INSERT INTO ",
      BUCKET,
      `:kafka SELECT * FROM \`*\` STOREAS \`AVRO\` PROPERTIES('store.envelope'=true, 'flush.interval'=${s.rotateIntervalMs / 1000}, 'flush.count'=50000)`,
    ]),
    "connect.s3.aws.region": s.bucketRegion,
    "connect.s3.aws.auth.mode": "Default",
    "key.converter": "org.apache.kafka.connect.converters.ByteArrayConverter",
    "value.converter": "org.apache.kafka.connect.converters.ByteArrayConverter",
    "errors.tolerance": "none",
  };
}

// ── Multi-AZ ───────────────────────────────────────────────────────────────

function multiAz(tf: Tf): void {
  const ctx = tf.ctx;
  const toggle = attr("count", raw(`var.${CLUSTER_TOGGLE.key} ? 1 : 0`));
  tf.section("Durability settings (apply to an existing cluster, or to the new one below)");
  tf.resource("aws_msk_configuration", "durability", [
    attr("name", tpl(raw("var.name"), "-durability")),
    attr("description", durabilityDescription(ctx)),
    attr("kafka_versions", [raw("var.kafka_version")]),
    attr("server_properties", raw(`<<-EOT\n${durabilityProperties(ctx)
      .trimEnd()
      .split("\n")
      .map((l) => `  ${l}`)
      .join("\n")}\nEOT`)),
  ]);
  tf.section(`Optional new cluster across three Availability Zones (${CLUSTER_TOGGLE.key} = true)`);
  tf.resource("aws_security_group", "cluster", [toggle, attr("name", tpl(raw("var.name"), "-cluster")), attr("description", "Brokers of the Multi-AZ MSK cluster"), attr("vpc_id", raw("var.vpc_id"))]);
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
    block("broker_node_group_info", [], [
      attr("instance_type", raw("var.broker_instance_type")),
      attr("client_subnets", raw("var.subnet_ids")),
      attr("security_groups", [raw("aws_security_group.cluster[0].id")]),
      ctx.source.type !== "msk-express" && block("storage_info", [], [block("ebs_storage_info", [], [attr("volume_size", 1000)])]),
    ]),
    block("configuration_info", [], [attr("arn", raw("aws_msk_configuration.durability.arn")), attr("revision", raw("aws_msk_configuration.durability.latest_revision"))]),
    block("client_authentication", [], [attr("unauthenticated", false), block("sasl", [], [attr("iam", true)])]),
    comment("Encryption at rest is always on for MSK (AWS managed key unless you set encryption_at_rest_kms_key_arn)."),
    block("encryption_info", [], [block("encryption_in_transit", [], [attr("client_broker", "TLS"), attr("in_cluster", true)])]),
  ]);
  tf.output("configuration_arn", "ARN of the durability configuration (aws kafka update-cluster-configuration).", raw("aws_msk_configuration.durability.arn"));
  tf.output("configuration_revision", "Latest revision of the durability configuration.", raw("aws_msk_configuration.durability.latest_revision"));
  tf.output("cluster_arn", `ARN of the new cluster (null unless ${CLUSTER_TOGGLE.key} = true).`, raw("one(aws_msk_cluster.multi_az[*].arn)"));
}

// ── Printing a value for jsonencode ───────────────────────────────────────

function printValue(v: HclValue): string {
  // Reuse the HCL printer through a throwaway attribute and strip the "x = " prefix.
  const text = printHcl([attr("x", v)]).trimEnd();
  return text.replace(/^x = /, "");
}

// ── Files ──────────────────────────────────────────────────────────────────

function variables(ctx: Ctx, defs: InputDef[]): HclItem[] {
  return defs.map((d) => {
    const type = d.type === "list" ? raw("list(string)") : raw(d.type === "bool" ? "bool" : d.type);
    const validations: HclItem[] = [];
    const v = raw(`var.${d.key}`);
    if (d.pattern && d.type === "string") {
      validations.push(block("validation", [], [attr("condition", raw(`can(regex(${tpl(d.pattern).code}, var.${d.key}))`)), attr("error_message", `${d.key} must be ${d.patternHint ?? `a value matching ${d.pattern}`}.`)]));
    }
    if (d.type === "list") {
      const bounds = [d.minItems !== undefined ? `length(var.${d.key}) >= ${d.minItems}` : "", d.maxItems !== undefined ? `length(var.${d.key}) <= ${d.maxItems}` : ""].filter(Boolean);
      const each = d.pattern ? `alltrue([for v in var.${d.key} : can(regex(${tpl(d.pattern).code}, v))])` : "";
      const cond = [...bounds, each].filter(Boolean).join(" && ");
      if (cond) {
        const count = d.minItems === d.maxItems ? `${d.minItems}` : `${d.minItems ?? 0}–${d.maxItems ?? "any number of"}`;
        validations.push(block("validation", [], [attr("condition", raw(cond)), attr("error_message", `${d.key} must hold ${count} ${d.patternHint ?? "values"}.`)]));
      }
    }
    if (d.type === "number" && d.min !== undefined) {
      validations.push(block("validation", [], [attr("condition", raw(`${v.code} >= ${d.min} && floor(${v.code}) == ${v.code}`)), attr("error_message", `${d.key} must be a whole number of at least ${d.min}.`)]));
    }
    void ctx;
    return block("variable", [d.key], [attr("description", d.description), attr("type", type), d.default !== undefined && attr("default", d.default as HclValue), ...validations]);
  });
}

/** Renders the Terraform module files (without the MirrorMaker 2 properties or the README). */
export function renderTerraform(ctx: Ctx): BundleFile[] {
  const tf = new Tf(ctx);
  tf.data("aws_partition", "current", []);
  tf.data("aws_caller_identity", "current", []);
  tf.data("aws_region", "current", []);
  if (ctx.arch.option === "msk-replicator") replicator(tf);
  else if (ctx.arch.option === "mirrormaker2") mirrorMaker2(tf);
  else if (ctx.arch.option === "s3-backup") s3Backup(tf);
  else multiAz(tf);

  const defs = inputsFor(ctx).filter((d) => d.key !== "backup_region" || tf.regions.has("backup"));
  const header = (what: string) => headerLines(ctx, what).map((l) => comment(l));
  const tags: HclValue = Object.fromEntries(Object.entries(ctx.arch.tags).map(([k, v]) => [k, k === "Application" ? raw("var.name") : v]));
  const providers: HclItem[] = [
    block("provider", ["aws"], [attr("region", raw("var.region")), block("default_tags", [], [attr("tags", raw("local.tags"))])]),
  ];
  if (tf.regions.has("source")) providers.push(block("provider", ["aws"], [attr("alias", "source"), attr("region", raw("var.source_region")), block("default_tags", [], [attr("tags", raw("local.tags"))])]));
  if (tf.regions.has("backup")) providers.push(block("provider", ["aws"], [attr("alias", "backup"), attr("region", raw("var.backup_region")), block("default_tags", [], [attr("tags", raw("local.tags"))])]));

  const versions = printHcl([
    ...header("Terraform and provider versions"),
    block("terraform", [], [
      attr("required_version", ">= 1.6.0"),
      block("required_providers", [], [attr("aws", { source: "hashicorp/aws", version: AWS_PROVIDER_CONSTRAINT })]),
    ]),
    ...providers,
    block("locals", [], [comment("Every resource carries these tags (provider default_tags)."), attr("tags", raw(`merge(${printValue(tags)}, var.tags)`))]),
  ]);
  const variablesTf = printHcl([
    ...header("Inputs"),
    ...variables(ctx, defs),
    block("variable", ["tags"], [attr("description", "Extra tags for every resource."), attr("type", raw("map(string)")), attr("default", {})]),
  ]);
  const mainTf = printHcl([...header("Resources"), ...tf.main]);
  const outputsTf = printHcl([...header("Outputs"), ...tf.outputs]);
  return [
    { path: "versions.tf", content: versions, language: "hcl" },
    { path: "variables.tf", content: variablesTf, language: "hcl" },
    { path: "main.tf", content: mainTf, language: "hcl" },
    { path: "outputs.tf", content: outputsTf, language: "hcl" },
  ];
}
