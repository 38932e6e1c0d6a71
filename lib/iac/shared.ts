import type { Architecture, ClusterSpec, ReplicatorSpec } from "@/lib/architecture";
import type { RegionCode } from "@/lib/answers";
import type { Plan } from "@/lib/scoring";

/**
 * What the Terraform and CloudFormation generators share: the decisions taken from the
 * architecture (which Region each part runs in, which inputs it needs, which IAM statements and
 * alarms it gets), in a neutral form each generator renders in its own syntax. Keeping them here
 * means the two formats cannot drift apart.
 */

export type IacFormat = "terraform" | "cloudformation";

export interface GenerateOptions {
  format: IacFormat;
  /** Create the target cluster (IAM auth, TLS, encryption at rest, three AZs) instead of referencing it by ARN. Default false. */
  createTargetCluster?: boolean;
}

/** Where a resource is created: the deployment Region, the source cluster's Region, or the backup bucket's Region. */
export type Placement = "main" | "source" | "backup";

// ── Neutral expressions ────────────────────────────────────────────────────

export type Expr =
  | { k: "lit"; v: string }
  | { k: "in"; key: string }
  | { k: "res"; tf: string; cfn: unknown }
  | { k: "pseudo"; v: "region" | "account" | "partition" }
  | { k: "cat"; parts: Expr[] }
  /** A cluster ARN rewritten to its topic, group or transactional-id ARN prefix, plus a suffix. */
  | { k: "arnAs"; cluster: Expr; as: "topic" | "group" | "transactional-id"; suffix: string };

export const lit = (v: string): Expr => ({ k: "lit", v });
export const input = (key: string): Expr => ({ k: "in", key });
export const res = (tf: string, cfn: unknown): Expr => ({ k: "res", tf, cfn });
export const cat = (...parts: (Expr | string)[]): Expr => ({ k: "cat", parts: parts.map((p) => (typeof p === "string" ? lit(p) : p)) });
export const pseudo = (v: "region" | "account" | "partition"): Expr => ({ k: "pseudo", v });
export const arnAs = (cluster: Expr, as: "topic" | "group" | "transactional-id", suffix: string): Expr => ({ k: "arnAs", cluster, as, suffix });

// ── Inputs (Terraform variables, CloudFormation parameters) ───────────────

export interface InputDef {
  /** Terraform variable name (snake_case). */
  key: string;
  /** CloudFormation parameter name (PascalCase). */
  cfn: string;
  description: string;
  type: "string" | "bool" | "number" | "list";
  default?: string | boolean | number;
  /** Anchored regular expression every value (each element of a list) must match; RE2- and Java-compatible. */
  pattern?: string;
  patternHint?: string;
  /** CloudFormation AWS-specific parameter type, e.g. List<AWS::EC2::Subnet::Id>. */
  cfnType?: string;
  minItems?: number;
  maxItems?: number;
  min?: number;
  /** Which templates need it (CloudFormation splits per Region). Default: main. */
  placements?: Placement[];
}

export const PATTERNS = {
  name: "^[a-z][a-z0-9-]{0,30}$",
  region: "^[a-z]{2}(-[a-z]+)+-[0-9]$",
  mskClusterArn: "^arn:aws[a-z-]*:kafka:[a-z0-9-]+:[0-9]{12}:cluster/[A-Za-z0-9_-]+/[A-Za-z0-9_-]+$",
  secretArn: "^arn:aws[a-z-]*:secretsmanager:[a-z0-9-]+:[0-9]{12}:secret:[A-Za-z0-9/_+=.@-]+$",
  roleArn: "^arn:aws[a-z-]*:iam::[0-9]{12}:role/[A-Za-z0-9/_+=,.@-]+$",
  snsTopicArnOrEmpty: "^(|arn:aws[a-z-]*:sns:[a-z0-9-]+:[0-9]{12}:[A-Za-z0-9_-]+)$",
  bootstrap: "^[A-Za-z0-9.-]+:[0-9]{1,5}(,[A-Za-z0-9.-]+:[0-9]{1,5})*$",
  kafkaClusterId: "^[A-Za-z0-9_-]{1,64}$",
  subnet: "^subnet-[0-9a-f]{8,17}$",
  securityGroup: "^sg-[0-9a-f]{8,17}$",
  vpc: "^vpc-[0-9a-f]{8,17}$",
  cidr: "^[0-9]{1,3}([.][0-9]{1,3}){3}/[0-9]{1,2}$",
  s3BucketArn: "^arn:aws[a-z-]*:s3:::[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$",
  s3BucketName: "^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$",
  s3Key: "^[A-Za-z0-9!_.*'()/-]+[.](zip|jar)$",
  image: "^[A-Za-z0-9][A-Za-z0-9._/:@-]{0,254}$",
  kafkaVersion: "^[0-9]+[.][0-9]+[.]([0-9]+|x)$",
  instanceType: "^(kafka|express)[.][a-z0-9]+[.][a-z0-9]+$",
  port: "^[0-9]{1,5}$",
} as const;

// ── Context ────────────────────────────────────────────────────────────────

export interface Ctx {
  plan: Plan;
  arch: Architecture;
  opts: Required<GenerateOptions>;
  source: ClusterSpec;
  target: ClusterSpec;
  /** Source outside Amazon MSK (self-managed, on-premises, other cloud). */
  external: boolean;
  /** The Region of the main template / default provider (read from the architecture). */
  region: RegionCode;
  /** The Region of the "source" placement (second template / aws.source provider): the source cluster's, when it is in AWS. */
  sourceRegion?: RegionCode;
  /** Whether the target cluster is created by this code. */
  createTarget: boolean;
}

export function makeCtx(plan: Plan, arch: Architecture, opts: GenerateOptions): Ctx {
  const source = arch.clusters.find((c) => c.id === "source")!;
  const target = arch.clusters.find((c) => c.id === "target")!;
  // Every Region comes from the architecture: the generators never work one out from the answers.
  const region =
    arch.option === "mirrormaker2"
      ? arch.mirrorMaker2!.region
      : arch.option === "s3-backup"
        ? arch.s3Backup!.connectorRegion
        : arch.option === "multi-az"
          ? arch.multiAz!.region
          : arch.replicators.find((r) => r.id === "forward")!.region;
  const createTarget = (opts.createTargetCluster ?? false) && arch.option !== "multi-az" && arch.option !== "s3-backup";
  return {
    plan,
    arch,
    opts: { format: opts.format, createTargetCluster: opts.createTargetCluster ?? false },
    source,
    // A target this code creates always has IAM on, and the replication reaches it with IAM.
    target: createTarget ? { ...target, auth: "iam" } : target,
    external: !source.isMsk,
    region,
    ...(source.region ? { sourceRegion: source.region } : {}),
    createTarget,
  };
}

/**
 * How MSK Connect (the S3 sink) authenticates to an MSK source: it knows only IAM and none, so a
 * cluster that uses SASL/SCRAM or mTLS must also have IAM on (MSK allows several methods at once).
 */
export function s3SinkUsesIam(ctx: Ctx): boolean {
  return ctx.source.isMsk && clusterAuth(ctx.source) !== "none";
}

/**
 * Effective client authentication towards one cluster: IAM only exists on Amazon MSK, MSK Serverless
 * has nothing else, and Amazon MSK offers no SASL/PLAIN or OAuth with your own identity provider, so
 * on an MSK cluster those answers are read as IAM (the plan names the contradiction).
 */
export function clusterAuth(c: ClusterSpec): "iam" | "sasl-scram" | "mtls" | "none" | "oauth" | "sasl-plain" {
  if (c.auth === "iam" && !c.isMsk) return "none";
  if (c.type === "msk-serverless") return "iam";
  if (c.isMsk && (c.auth === "oauth" || c.auth === "sasl-plain")) return "iam";
  return c.auth;
}

// ── Replicator decisions ───────────────────────────────────────────────────

export interface ReplicatorPlan {
  spec: ReplicatorSpec;
  /** Terraform resource name and CloudFormation logical-ID stem. */
  tf: "forward" | "reverse";
  cfn: "ForwardReplicator" | "ReverseReplicator";
  placement: Placement;
  /** Behind the failback toggle (created only when it is switched on). */
  toggled: boolean;
}

export function replicatorPlans(ctx: Ctx): ReplicatorPlan[] {
  return ctx.arch.replicators.map((spec) => {
    // The architecture says where each replicator runs (ReplicatorSpec.region); the code follows it.
    const placement: Placement = spec.region === ctx.region ? "main" : "source";
    if (placement === "source" && spec.region !== ctx.sourceRegion) throw new Error(`replicator ${spec.id} runs in ${spec.region}, neither the main Region (${ctx.region}) nor the source's (${ctx.sourceRegion ?? "outside AWS"})`);
    return { spec, tf: spec.id, cfn: spec.id === "forward" ? "ForwardReplicator" : "ReverseReplicator", placement, toggled: spec.phase === "failover" };
  });
}

/** Cross-Region replication from an MSK Provisioned source needs a cluster policy (multi-VPC connectivity). */
export function needsSourceClusterPolicy(ctx: Ctx): boolean {
  return ctx.arch.option === "msk-replicator" && ctx.arch.crossRegion && ctx.source.isMsk && ctx.source.type !== "msk-serverless";
}

/** The reverse replicator reads the target cluster across Regions: the target needs the same policy. */
export function needsTargetClusterPolicy(ctx: Ctx): boolean {
  return ctx.arch.option === "msk-replicator" && ctx.arch.crossRegion && ctx.source.isMsk && ctx.target.type !== "msk-serverless" && ctx.arch.replicators.some((r) => r.id === "reverse");
}

export const FAILBACK_TOGGLE = { key: "enable_failback_replicator", cfn: "EnableFailbackReplicator", condition: "FailbackReplicatorEnabled" } as const;

/**
 * The templates that hold the failback toggle, in the order to switch it on: the target Region's
 * first when it attaches the target cluster's policy, which the reverse replicator needs to read it.
 */
export function failbackPlacements(ctx: Ctx): Placement[] {
  const reverse = replicatorPlans(ctx).find((r) => r.toggled);
  if (!reverse) return [];
  return [...new Set<Placement>([...(needsTargetClusterPolicy(ctx) ? (["main"] as const) : []), reverse.placement])];
}

/** The CloudFormation template of each placement. */
export const TEMPLATE_FILES: Record<Placement, string> = { main: "template.yaml", source: "source-region.yaml", backup: "backup-bucket.yaml" };

/** A CloudFormation template as the README deploys it: file, stack name and Region. */
export interface StackRef {
  placement: Placement;
  file: string;
  stack: string;
  region: RegionCode;
}

export function cloudFormationStack(ctx: Ctx, placement: Placement): StackRef {
  const name = ctx.arch.name;
  switch (placement) {
    case "main":
      return { placement, file: TEMPLATE_FILES.main, stack: name, region: ctx.region };
    case "source":
      if (!ctx.sourceRegion) throw new Error("a source-Region template needs a source cluster in AWS");
      return { placement, file: TEMPLATE_FILES.source, stack: `${name}-source`, region: ctx.sourceRegion };
    case "backup":
      return { placement, file: TEMPLATE_FILES.backup, stack: `${name}-backup-bucket`, region: ctx.arch.s3Backup!.bucketRegion };
  }
}
export const REVERSE_STACK_TOGGLE = { key: "enable_reverse_replicator", cfn: "EnableReverseReplicator", condition: "ReverseReplicatorEnabled" } as const;
export const CLUSTER_TOGGLE = { key: "create_cluster", cfn: "CreateCluster", condition: "CreateClusterEnabled" } as const;
export const ALARM_TOPIC = { key: "alarm_topic_arn", cfn: "AlarmTopicArn", condition: "HasAlarmTopic" } as const;

// ── IAM ────────────────────────────────────────────────────────────────────

export interface Statement {
  sid: string;
  actions: string[];
  /** Omitted in trust policies. */
  resources?: Expr[];
  principals?: { type: "Service" | "AWS"; ids: Expr[] }[];
  conditions?: { test: string; variable: string; values: Expr[] }[];
  effect?: "Allow" | "Deny";
}

/** Cluster ARN expression for one side (the created cluster, or the input). */
export function clusterArn(ctx: Ctx, side: "source" | "target"): Expr {
  if (side === "target" && ctx.createTarget) {
    return ctx.target.type === "msk-serverless" ? res("aws_msk_serverless_cluster.target.arn", { Ref: "TargetCluster" }) : res("aws_msk_cluster.target.arn", { Ref: "TargetCluster" });
  }
  return input(side === "source" ? "source_cluster_arn" : "target_cluster_arn");
}

/** kafka-cluster actions a MirrorMaker 2 node needs on one cluster, scoped to that cluster's ARNs. */
export function mm2ClusterStatements(ctx: Ctx, side: "source" | "target", sid: string): Statement[] {
  const arn = clusterArn(ctx, side);
  return [
    // WriteDataIdempotently is authorised on the cluster, not on topics (AWS's managed replicator policy grants it there too).
    { sid: `${sid}Cluster`, actions: ["kafka-cluster:Connect", "kafka-cluster:DescribeCluster", "kafka-cluster:AlterCluster", "kafka-cluster:DescribeClusterDynamicConfiguration", "kafka-cluster:WriteDataIdempotently"], resources: [arn] },
    {
      sid: `${sid}Topics`,
      actions: [
        "kafka-cluster:DescribeTopic",
        "kafka-cluster:CreateTopic",
        "kafka-cluster:AlterTopic",
        "kafka-cluster:ReadData",
        "kafka-cluster:WriteData",
        "kafka-cluster:DescribeTopicDynamicConfiguration",
        "kafka-cluster:AlterTopicDynamicConfiguration",
      ],
      resources: [arnAs(arn, "topic", "/*")],
    },
    { sid: `${sid}Groups`, actions: ["kafka-cluster:DescribeGroup", "kafka-cluster:AlterGroup"], resources: [arnAs(arn, "group", "/*")] },
    { sid: `${sid}TransactionalIds`, actions: ["kafka-cluster:DescribeTransactionalId", "kafka-cluster:AlterTransactionalId"], resources: [arnAs(arn, "transactional-id", "/*")] },
  ];
}

/** Secrets Manager read (and KMS decrypt through Secrets Manager only) for the given secrets. */
export function secretReadStatements(secrets: Expr[], sid: string): Statement[] {
  if (secrets.length === 0) return [];
  return [
    { sid: `${sid}Secrets`, actions: ["secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret"], resources: secrets },
    {
      sid: `${sid}SecretsKms`,
      actions: ["kms:Decrypt"],
      resources: [cat("arn:", pseudo("partition"), ":kms:*:", pseudo("account"), ":key/*")],
      conditions: [{ test: "StringLike", variable: "kms:ViaService", values: [lit("secretsmanager.*.amazonaws.com")] }],
    },
  ];
}

/** The cluster policy that lets MSK Replicator (kafka.amazonaws.com) connect across Regions. */
export function replicatorClusterPolicy(arn: Expr): Statement[] {
  return [
    {
      sid: "AllowMskReplicator",
      actions: ["kafka:CreateVpcConnection", "kafka:GetBootstrapBrokers", "kafka:DescribeClusterV2"],
      principals: [{ type: "Service", ids: [lit("kafka.amazonaws.com")] }],
      resources: [arn],
    },
  ];
}

// ── Alarms ─────────────────────────────────────────────────────────────────

export interface AlarmDef {
  tf: string;
  cfn: string;
  placement: Placement;
  nameSuffix: string;
  description: string;
  namespace: string;
  metric: string;
  statistic: "Maximum" | "Sum" | "Average" | "Minimum";
  period: number;
  evaluationPeriods: number;
  threshold: number;
  comparison: "GreaterThanThreshold" | "LessThanThreshold" | "GreaterThanOrEqualToThreshold";
  dimensions: { name: string; value: Expr }[];
  treatMissingData: "breaching" | "notBreaching" | "missing";
  /** Only when the toggle of this replicator is on. */
  toggle?: "failback" | "reverse-stack";
}

/** Replication latency threshold: the RPO the plan asked for (at least 30 s, to avoid noise). */
export function latencyThresholdMs(ctx: Ctx): number {
  return Math.max(30, ctx.plan.answers.rpo) * 1000;
}

export function replicatorAlarms(ctx: Ctx, r: ReplicatorPlan, name: Expr): AlarmDef[] {
  const prefix = r.tf === "forward" ? "" : "reverse_";
  const cfnPrefix = r.tf === "forward" ? "" : "Reverse";
  const dims = [{ name: "ReplicatorName", value: name }];
  const toggle = r.toggled ? ("failback" as const) : r.placement === "source" ? ("reverse-stack" as const) : undefined;
  const base = { placement: r.placement, namespace: "AWS/Kafka", dimensions: dims, ...(toggle ? { toggle } : {}) };
  return [
    {
      ...base,
      tf: `${prefix}replication_latency`,
      cfn: `${cfnPrefix}ReplicationLatencyAlarm`,
      nameSuffix: `${r.spec.id}-replication-latency`,
      description: `Replication latency of ${r.spec.name} is above the RPO of ${ctx.plan.answers.rpo} s.`,
      metric: "ReplicationLatency",
      statistic: "Maximum",
      period: 60,
      evaluationPeriods: 5,
      threshold: latencyThresholdMs(ctx),
      comparison: "GreaterThanThreshold",
      treatMissingData: "missing",
    },
    {
      ...base,
      tf: `${prefix}message_lag`,
      cfn: `${cfnPrefix}MessageLagAlarm`,
      nameSuffix: `${r.spec.id}-message-lag`,
      description: `${r.spec.name} is falling behind the source (MessageLag keeps growing).`,
      metric: "MessageLag",
      statistic: "Sum",
      period: 300,
      evaluationPeriods: 3,
      threshold: 100000,
      comparison: "GreaterThanThreshold",
      treatMissingData: "missing",
    },
    {
      ...base,
      tf: `${prefix}replicator_failure`,
      cfn: `${cfnPrefix}ReplicatorFailureAlarm`,
      nameSuffix: `${r.spec.id}-replicator-failure`,
      description: `${r.spec.name} reports failures (ReplicatorFailure > 0).`,
      metric: "ReplicatorFailure",
      statistic: "Maximum",
      period: 60,
      evaluationPeriods: 1,
      threshold: 0,
      comparison: "GreaterThanThreshold",
      treatMissingData: "notBreaching",
    },
  ];
}

export function mm2Alarms(ctx: Ctx, clusterName: Expr, serviceName: Expr): AlarmDef[] {
  const m = ctx.arch.mirrorMaker2!;
  const dims = [
    { name: "ClusterName", value: clusterName },
    { name: "ServiceName", value: serviceName },
  ];
  const base = { placement: "main" as const, dimensions: dims, period: 300, evaluationPeriods: 3 };
  return [
    { ...base, tf: "mm2_cpu_high", cfn: "Mm2CpuHighAlarm", nameSuffix: "mm2-cpu-high", description: "MirrorMaker 2 tasks use more than 80% CPU: add tasks or raise tasks.max.", namespace: "AWS/ECS", metric: "CPUUtilization", statistic: "Average", threshold: 80, comparison: "GreaterThanThreshold", treatMissingData: "missing" },
    { ...base, tf: "mm2_memory_high", cfn: "Mm2MemoryHighAlarm", nameSuffix: "mm2-memory-high", description: "MirrorMaker 2 tasks use more than 85% memory.", namespace: "AWS/ECS", metric: "MemoryUtilization", statistic: "Average", threshold: 85, comparison: "GreaterThanThreshold", treatMissingData: "missing" },
    {
      ...base,
      tf: "mm2_running_tasks_low",
      cfn: "Mm2RunningTasksLowAlarm",
      nameSuffix: "mm2-running-tasks-low",
      description: `Fewer than ${m.desiredCount} MirrorMaker 2 tasks are running (Container Insights).`,
      namespace: "ECS/ContainerInsights",
      metric: "RunningTaskCount",
      statistic: "Minimum",
      period: 60,
      threshold: m.desiredCount,
      comparison: "LessThanThreshold",
      treatMissingData: "breaching",
    },
  ];
}

// ── Files ──────────────────────────────────────────────────────────────────

export type FileLanguage = "hcl" | "yaml" | "properties" | "markdown";

export interface BundleFile {
  path: string;
  content: string;
  language: FileLanguage;
}

/** One-line header lines every generated file starts with. */
export function headerLines(ctx: Ctx, what: string): string[] {
  return [
    `${what} for ${ctx.arch.name}: ${optionName(ctx.arch.option)}.`,
    `Generated by Kafka Replication Advisor from ${ctx.arch.permalink}`,
    "Review before applying; regenerate from the permalink rather than editing by hand.",
  ];
}

export function optionName(option: Architecture["option"]): string {
  return { "msk-replicator": "Amazon MSK Replicator", mirrormaker2: "Apache Kafka MirrorMaker 2 on Amazon ECS (Fargate)", "s3-backup": "S3 backup through MSK Connect", "multi-az": "Multi-AZ durability settings" }[option];
}

/** Express brokers fix the replication factor (3) and min ISR (2); a configuration may not set them. */
export const durabilityDescription = (ctx: Ctx) =>
  ctx.source.type === "msk-express"
    ? "No automatic topic creation; Express brokers fix RF 3 and min ISR 2 themselves. With acks=all, survives the loss of one Availability Zone."
    : "RF 3, min ISR 2, no unclean leader election: with acks=all, survives the loss of one Availability Zone.";

/** MSK configuration properties for the durability settings (Multi-AZ). */
export function durabilityProperties(ctx: Ctx): string {
  const m = ctx.arch.multiAz!;
  if (ctx.source.type === "msk-express") return ["auto.create.topics.enable=false", ""].join("\n");
  return [
    `default.replication.factor=${m.replicationFactor}`,
    `min.insync.replicas=${m.minInsyncReplicas}`,
    "unclean.leader.election.enable=false",
    "auto.create.topics.enable=false",
    "",
  ].join("\n");
}
