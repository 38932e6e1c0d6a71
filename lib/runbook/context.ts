import { regionName, type Answers } from "@/lib/answers";
import { goalWords, type GoalWords } from "@/lib/answers/words";
import type { Architecture, ClusterSpec, ReplicatorSpec } from "@/lib/architecture";
import { FACTS, type FactId } from "@/lib/knowledge";
import type { OptionAssessment, Plan } from "@/lib/scoring";
import { bash } from "@/lib/markdown";
import type { Step } from "./sections";

/**
 * What every section of the runbook needs: the plan's names, the words for this goal (failover or
 * cut-over), and builders for real commands with those names filled in.
 */
export interface RunbookContext {
  plan: Plan;
  arch: Architecture;
  a: Answers;
  assessment?: OptionAssessment;
  migration: boolean;
  words: GoalWords;
  source: ClusterSpec;
  target: ClusterSpec;
  forward?: ReplicatorSpec;
  reverse?: ReplicatorSpec;
  /** "the primary cluster in US East (N. Virginia), us-east-1". */
  sourceLabel: string;
  targetLabel: string;
}

export type Side = "source" | "target";

export function buildContext(plan: Plan, arch: Architecture): RunbookContext {
  const { source, target } = arch;
  const migration = arch.goal === "migration";
  const words = goalWords(arch.goal);
  const where = (c: ClusterSpec) =>
    c.region
      ? `in ${regionName(c.region)}, ${c.region}`
      : c.location === "on-premises"
        ? "on-premises"
        : "in another cloud";
  const forward = arch.replicators.find((r) => r.id === "forward");
  const reverse = arch.replicators.find((r) => r.id === "reverse");
  const assessment = plan.options.find((o) => o.id === arch.option);
  return {
    plan,
    arch,
    a: plan.answers,
    ...(assessment ? { assessment } : {}),
    migration,
    words,
    source,
    target,
    ...(forward ? { forward } : {}),
    ...(reverse ? { reverse } : {}),
    sourceLabel: `the ${words.primary} cluster ${where(source)}`,
    targetLabel: `the ${words.standby} cluster ${where(target)}`,
  };
}

export function src(fact: FactId): string {
  return FACTS[fact].source;
}

// ── AWS CLI ────────────────────────────────────────────────────────────────

/** `--region r` plus, across accounts, the named profile of that side's account. */
export function awsFlags(ctx: RunbookContext, side: Side, region: string): string {
  return `--region ${region}${ctx.arch.crossAccount ? ` --profile ${side}-account` : ""}`;
}

/** Region of a cluster, or the standby Region for clusters outside AWS. */
export function regionOf(ctx: RunbookContext, side: Side): string {
  return (side === "source" ? ctx.source.region : ctx.target.region) ?? ctx.arch.standbyRegion;
}

export const WINDOW = `--start-time "$(date -u -d '-15 minutes' +%Y-%m-%dT%H:%M:%SZ)" --end-time "$(date -u +%Y-%m-%dT%H:%M:%SZ)"`;

/** `aws cloudwatch get-metric-statistics` for one AWS/Kafka metric. */
export function metric(
  ctx: RunbookContext,
  side: Side,
  region: string,
  name: string,
  statistic: "Maximum" | "Sum" | "Average",
  dimensions: string[],
): string {
  return bash(
    `aws cloudwatch get-metric-statistics --namespace AWS/Kafka --metric-name ${name} \\`,
    `  --dimensions ${dimensions.join(" ")} \\`,
    `  --statistics ${statistic} --period 60 \\`,
    `  ${WINDOW} \\`,
    `  --query 'sort_by(Datapoints,&Timestamp)[-5:].[Timestamp,${statistic}]' --output text \\`,
    `  ${awsFlags(ctx, side, region)}`,
  );
}

export function replicatorMetric(
  ctx: RunbookContext,
  r: ReplicatorSpec,
  name: string,
  statistic: "Maximum" | "Sum",
): string {
  return metric(ctx, r.host, r.region, name, statistic, [`Name=ReplicatorName,Value=${r.name}`]);
}

/** The replicator's state; RUNNING when healthy. */
export function replicatorState(ctx: RunbookContext, r: ReplicatorSpec): string {
  return bash(
    `aws kafka list-replicators --replicator-name-filter ${r.name} \\`,
    `  --query 'Replicators[].[ReplicatorName,ReplicatorState,ReplicatorArn]' --output text \\`,
    `  ${awsFlags(ctx, r.host, r.region)}`,
  );
}

/** Shell variable holding a replicator's ARN, e.g. FORWARD_REPLICATOR_ARN. */
export function arnVar(r: ReplicatorSpec): string {
  return `${r.id.toUpperCase()}_REPLICATOR_ARN`;
}

export function arnLookup(ctx: RunbookContext, r: ReplicatorSpec): string {
  return `${arnVar(r)}=$(aws kafka list-replicators --replicator-name-filter ${r.name} --query 'Replicators[0].ReplicatorArn' --output text ${awsFlags(ctx, r.host, r.region)})`;
}

// ── Kafka command-line tools ───────────────────────────────────────────────

const SIDE_VAR = { source: "SOURCE", target: "TARGET" } as const;

/** `--bootstrap-server "$SOURCE_BOOTSTRAP" --command-config source.properties` */
export function kafkaConn(side: Side, configFlag = "--command-config"): string {
  return `--bootstrap-server "$${SIDE_VAR[side]}_BOOTSTRAP" ${configFlag} ${side}.properties`;
}

export function consumerGroups(side: Side, args: string): string {
  return `kafka-consumer-groups.sh ${kafkaConn(side)} ${args}`;
}

export function topics(side: Side, args: string): string {
  return `kafka-topics.sh ${kafkaConn(side)} ${args}`;
}

export function endOffsets(side: Side, topic: string): string {
  return `kafka-get-offsets.sh ${kafkaConn(side)} --topic ${topic}`;
}

export function consume(side: Side, topic: string, args: string): string {
  return `kafka-console-consumer.sh ${kafkaConn(side, "--consumer.config")} --topic ${topic} ${args}`;
}

/** Consumer lag of one group on one side: the CLI everywhere, MaxOffsetLag where the cluster is MSK. */
export function consumerLag(ctx: RunbookContext, side: Side, group = '"$GROUP"'): string[] {
  const cluster = side === "source" ? ctx.source : ctx.target;
  const out = [bash(consumerGroups(side, `--describe --group ${group}`))];
  if (cluster.isMsk) {
    out.push(
      "Or in CloudWatch (the cluster's consumer-lag metrics):",
      metric(ctx, side, regionOf(ctx, side), "MaxOffsetLag", "Maximum", [
        `"Name=Cluster Name,Value=$${SIDE_VAR[side]}_CLUSTER_NAME"`,
        `"Name=Consumer Group,Value=$GROUP"`,
        `"Name=Topic,Value=$TOPIC"`,
      ]),
    );
  }
  return out;
}

/** `aws ecs` commands for the MirrorMaker 2 service (`<name>-mm2`). */
export function mm2Names(ctx: RunbookContext): { cluster: string; service: string; region: string; flags: string } {
  const region = ctx.arch.option === "mirrormaker2" ? ctx.arch.mirrorMaker2.region : ctx.arch.standbyRegion;
  return {
    cluster: `${ctx.arch.name}-mm2`,
    service: `${ctx.arch.name}-mm2`,
    region,
    flags: awsFlags(ctx, "target", region),
  };
}

/**
 * The pre-check every option ends with: the alarms the generated IaC created are quiet, and its
 * dashboard (named <name>-replication) shows where the lag stands against the RPO.
 */
export function alarmsQuiet(ctx: RunbookContext, flags: string, watched: string, dashboard: string): Step {
  return {
    title: "Alarms are quiet",
    body: [
      bash(
        `aws cloudwatch describe-alarms --alarm-name-prefix ${ctx.arch.name} \\`,
        `  --query 'MetricAlarms[].[AlarmName,StateValue]' --output text ${flags}`,
      ),
      `The CloudWatch dashboard \`${ctx.arch.name}-replication\` draws ${dashboard}.`,
    ],
    verify: `every alarm the generated IaC created (${watched}) is in state \`OK\`.`,
  };
}
