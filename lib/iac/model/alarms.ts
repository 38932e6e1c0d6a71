// CloudWatch alarms in neutral form: one small table per option (metric, statistic, threshold,
// comparison, description, source), rendered by the Terraform and CloudFormation builders alike.
import { architectureOf } from "@/lib/architecture";
import type { FactId } from "@/lib/knowledge";
import type { IacContext } from "./context";
import { concat, type Expr } from "./expr";
import type { Placement, ReplicatorPlan } from "./placement";

export type Statistic = "Maximum" | "Sum" | "Average" | "Minimum";
export type Comparison = "GreaterThanThreshold" | "LessThanThreshold" | "GreaterThanOrEqualToThreshold";
export type TreatMissingData = "breaching" | "notBreaching" | "missing";
/** An alarm that exists only when a switch of the generated code is on. */
export type AlarmToggle = "failback" | "reverse-stack" | "monitored-cluster";

export interface Dimension {
  name: string;
  value: Expr;
}

export interface AlarmDef {
  tf: string;
  cfn: string;
  placement: Placement;
  nameSuffix: string;
  description: string;
  namespace: string;
  metric: string;
  statistic: Statistic;
  period: number;
  evaluationPeriods: number;
  threshold: number;
  /** The threshold follows this input instead (Terraform variable / CloudFormation parameter). */
  thresholdInput?: string;
  comparison: Comparison;
  dimensions: Dimension[];
  /**
   * Read through a Metrics Insights query that aggregates every series matching the dimensions
   * (e.g. every broker of a cluster), instead of one metric with exactly these dimensions.
   */
  query?: Expr;
  treatMissingData: TreatMissingData;
  toggle?: AlarmToggle;
  /** The fact that documents the metric's name, namespace and dimensions. */
  source: FactId;
}

/** One row of an option's alarm table. */
interface AlarmRow {
  /** snake_case: the Terraform name, CloudFormation logical ID and alarm name derive from it. */
  key: string;
  metric: string;
  statistic: Statistic;
  threshold: number;
  thresholdInput?: string;
  comparison: Comparison;
  /** Consecutive periods over the threshold before the alarm fires. */
  periods: number;
  period?: number;
  missing: TreatMissingData;
  description: string;
  /** Aggregate over the dimensions not named (Metrics Insights), e.g. over every broker. */
  aggregate?: boolean;
}

/** What every row of one table shares. */
interface AlarmGroup {
  namespace: string;
  dimensions: Dimension[];
  source: FactId;
  placement: Placement;
  toggle?: AlarmToggle;
  /** Prefixes of the Terraform name, CloudFormation logical ID and alarm name suffix. */
  prefix?: { tf: string; cfn: string; name: string };
}

const pascal = (snake: string) =>
  snake
    .split("_")
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join("");

const INSIGHTS_FUNCTION: Record<Statistic, string> = { Maximum: "MAX", Minimum: "MIN", Average: "AVG", Sum: "SUM" };

/** A Metrics Insights query over every series of a metric whose dimensions match these values. */
export function insightsQuery(namespace: string, metric: string, statistic: Statistic, dims: Dimension[]): Expr {
  const where = dims.flatMap((d, i) => [i === 0 ? ` WHERE "${d.name}" = '` : ` AND "${d.name}" = '`, d.value, "'"]);
  return concat(`SELECT ${INSIGHTS_FUNCTION[statistic]}(${metric}) FROM "${namespace}"`, ...where);
}

function alarmTable(group: AlarmGroup, rows: AlarmRow[]): AlarmDef[] {
  const p = group.prefix ?? { tf: "", cfn: "", name: "" };
  return rows.map((r) => ({
    tf: `${p.tf}${r.key}`,
    cfn: `${p.cfn}${pascal(r.key)}Alarm`,
    placement: group.placement,
    nameSuffix: `${p.name}${r.key.replace(/_/g, "-")}`,
    description: r.description,
    namespace: group.namespace,
    metric: r.metric,
    statistic: r.statistic,
    period: r.period ?? 60,
    evaluationPeriods: r.periods,
    threshold: r.threshold,
    ...(r.thresholdInput ? { thresholdInput: r.thresholdInput } : {}),
    comparison: r.comparison,
    dimensions: group.dimensions,
    ...(r.aggregate ? { query: insightsQuery(group.namespace, r.metric, r.statistic, group.dimensions) } : {}),
    treatMissingData: r.missing,
    ...(group.toggle ? { toggle: group.toggle } : {}),
    source: group.source,
  }));
}

/** The RPO as alarms read it: at least 30 s, to avoid noise. */
export const rpoSeconds = (ctx: IacContext): number => Math.max(30, ctx.plan.answers.rpo);

/** Replication latency threshold: the RPO the plan asked for (at least 30 s). */
export function latencyThresholdMs(ctx: IacContext): number {
  return rpoSeconds(ctx) * 1000;
}

/**
 * MessageLag threshold: the messages the source takes in during one RPO at the planned throughput
 * (1 KiB per message assumed), at least 1,000. MessageLag is already a sum over partitions, so the
 * alarm reads its Maximum per minute rather than a sum of minutes.
 */
export function messageLagThreshold(ctx: IacContext): number {
  const a = ctx.plan.answers;
  return Math.max(1000, Math.round(((a.mbps * 1_000_000) / 1024) * rpoSeconds(ctx)));
}

const above = (
  key: string,
  metric: string,
  threshold: number,
  periods: number,
  description: string,
  missing: TreatMissingData = "notBreaching",
): AlarmRow => ({
  key,
  metric,
  statistic: "Maximum",
  threshold,
  comparison: "GreaterThanThreshold",
  periods,
  missing,
  description,
});

export function replicatorAlarms(ctx: IacContext, r: ReplicatorPlan, name: Expr): AlarmDef[] {
  const toggle = r.toggled ? ("failback" as const) : r.placement === "source" ? ("reverse-stack" as const) : undefined;
  const who = r.spec.name;
  return alarmTable(
    {
      namespace: "AWS/Kafka",
      dimensions: [{ name: "ReplicatorName", value: name }],
      source: "monitoring.replicator-metrics",
      placement: r.placement,
      ...(toggle ? { toggle } : {}),
      prefix: {
        tf: r.tf === "forward" ? "" : "reverse_",
        cfn: r.tf === "forward" ? "" : "Reverse",
        name: `${r.spec.id}-`,
      },
    },
    [
      above(
        "replication_latency",
        "ReplicationLatency",
        latencyThresholdMs(ctx),
        5,
        `Replication latency of ${who} is above the RPO of ${ctx.plan.answers.rpo} s.`,
        "missing",
      ),
      above(
        "message_lag",
        "MessageLag",
        messageLagThreshold(ctx),
        5,
        `${who} is more than one RPO of messages behind the source (MessageLag, the sum over partitions).`,
        "missing",
      ),
      above("replicator_failure", "ReplicatorFailure", 0, 1, `${who} reports failures (ReplicatorFailure > 0).`),
      above(
        "auth_error",
        "AuthError",
        0,
        1,
        `${who} is refused by a cluster (AuthError > 0): check its role or credentials. Topic-level refusals show as ReplicationLatency 0 while the source still takes data.`,
      ),
      above(
        "throttle_time",
        "ThrottleTime",
        0,
        5,
        `${who} is throttled by a cluster's quotas for 5 minutes (ThrottleTime > 0).`,
      ),
    ],
  );
}

/** Namespace of the MirrorMaker 2 metrics the CloudWatch agent sidecar publishes (not an AWS/ namespace). */
export const MM2_NAMESPACE = "MirrorMaker2";

/** MirrorMaker 2's JMX metrics as the exporter names them, and the CloudWatch metric each becomes. */
export const MM2_METRICS = {
  latency: "mm2_replication_latency_ms_max",
  recordAge: "mm2_record_age_ms_max",
  failedTasks: "mm2_connector_failed_task_count",
  runningTasks: "mm2_connector_running_task_count",
} as const;

/** The dimensions the sidecar gives every MirrorMaker 2 metric: the ECS cluster and service it runs in. */
export const mm2Dimensions = (clusterName: Expr, serviceName: Expr): Dimension[] => [
  { name: "ClusterName", value: clusterName },
  { name: "ServiceName", value: serviceName },
];

export function mm2Alarms(ctx: IacContext, clusterName: Expr, serviceName: Expr): AlarmDef[] {
  const m = architectureOf(ctx.arch, "mirrormaker2").mirrorMaker2;
  const dimensions = mm2Dimensions(clusterName, serviceName);
  const ecs = (namespace: string, source: FactId): AlarmGroup => ({ namespace, dimensions, source, placement: "main" });
  return [
    ...alarmTable(ecs("AWS/ECS", "monitoring.ecs-metrics"), [
      {
        ...above(
          "mm2_cpu_high",
          "CPUUtilization",
          80,
          3,
          "MirrorMaker 2 tasks use more than 80% CPU: add tasks or raise tasks.max.",
          "missing",
        ),
        statistic: "Average",
        period: 300,
      },
      {
        ...above(
          "mm2_memory_high",
          "MemoryUtilization",
          85,
          3,
          "MirrorMaker 2 tasks use more than 85% memory.",
          "missing",
        ),
        statistic: "Average",
        period: 300,
      },
    ]),
    ...alarmTable(ecs("ECS/ContainerInsights", "monitoring.ecs-metrics"), [
      {
        key: "mm2_running_tasks_low",
        metric: "RunningTaskCount",
        statistic: "Minimum",
        threshold: m.desiredCount,
        thresholdInput: "desired_count",
        comparison: "LessThanThreshold",
        periods: 3,
        missing: "breaching",
        description: "Fewer MirrorMaker 2 tasks are running than the service's desired count (Container Insights).",
      },
    ]),
    ...alarmTable(ecs(MM2_NAMESPACE, "monitoring.mm2-metrics"), [
      above(
        "mm2_replication_latency",
        MM2_METRICS.latency,
        latencyThresholdMs(ctx),
        5,
        `MirrorMaker 2's replication latency (replication-latency-ms-max over every partition) is above the RPO of ${ctx.plan.answers.rpo} s.`,
        "missing",
      ),
      above(
        "mm2_failed_tasks",
        MM2_METRICS.failedTasks,
        0,
        3,
        "A MirrorMaker 2 connector task has failed (connector-failed-task-count > 0): its partitions are not replicated until it is restarted. Also fires when the metric stops arriving: the CloudWatch agent sidecar or the JMX exporter is down, and the lag is not visible.",
        "breaching",
      ),
    ]),
  ];
}

/** The S3 sink's name and its consumer group (Kafka Connect names a sink's group connect-<connector>). */
export const s3SinkConnectorName = (name: Expr): Expr => concat(name, "-s3-sink");

export function s3BackupAlarms(ctx: IacContext, name: Expr): AlarmDef[] {
  const s = architectureOf(ctx.arch, "s3-backup").s3Backup;
  const connector = s3SinkConnectorName(name);
  const tasks = s.workerCount * s.mcuCountPerWorker;
  const out = alarmTable(
    {
      namespace: "AWS/KafkaConnect",
      dimensions: [{ name: "ConnectorName", value: connector }],
      source: "monitoring.msk-connect-metrics",
      placement: "main",
    },
    [
      {
        ...above(
          "s3_sink_errored_tasks",
          "ErroredTaskCount",
          0,
          1,
          "A task of the S3 sink connector has errored (ErroredTaskCount > 0): nothing it owned is backed up until the connector is restarted.",
        ),
        period: 300,
      },
      {
        key: "s3_sink_running_tasks_low",
        metric: "RunningTaskCount",
        statistic: "Minimum",
        threshold: tasks,
        comparison: "LessThanThreshold",
        periods: 2,
        period: 300,
        missing: "breaching",
        description: `Fewer S3 sink tasks are running than the ${tasks} of tasks.max.`,
      },
    ],
  );
  if (!ctx.source.isMsk) return out;
  // MSK's consumer-lag metric of the sink's group: the time the backup is behind, against the RPO.
  return [
    ...out,
    ...alarmTable(
      {
        namespace: "AWS/Kafka",
        dimensions: [{ name: "Consumer Group", value: concat("connect-", connector) }],
        source: "monitoring.msk-cluster-metrics",
        placement: "main",
      },
      [
        {
          ...above(
            "s3_sink_time_lag",
            "EstimatedMaxTimeLag",
            s3LagThresholdSeconds(ctx),
            5,
            `The S3 sink is further behind the source than the RPO of ${ctx.plan.answers.rpo} s allows (EstimatedMaxTimeLag of its consumer group, the largest over topics).`,
            "missing",
          ),
          aggregate: true,
        },
      ],
    ),
  ];
}

/** The backup lags by design up to one flush interval: the alarm reads the larger of that and the RPO. */
export function s3LagThresholdSeconds(ctx: IacContext): number {
  const s = architectureOf(ctx.arch, "s3-backup").s3Backup;
  return Math.max(rpoSeconds(ctx), s.rotateIntervalMs / 1000);
}

export function multiAzAlarms(clusterName: Expr): AlarmDef[] {
  return alarmTable(
    {
      namespace: "AWS/Kafka",
      dimensions: [{ name: "Cluster Name", value: clusterName }],
      source: "monitoring.msk-cluster-metrics",
      placement: "main",
      toggle: "monitored-cluster",
    },
    [
      {
        ...above(
          "offline_partitions",
          "OfflinePartitionsCount",
          0,
          1,
          "Partitions of the cluster are offline (OfflinePartitionsCount > 0): nobody can write to or read from them.",
        ),
      },
      {
        key: "no_active_controller",
        metric: "ActiveControllerCount",
        statistic: "Maximum",
        threshold: 1,
        comparison: "LessThanThreshold",
        periods: 3,
        missing: "missing",
        description: "No broker reports being the active controller (ActiveControllerCount < 1).",
      },
      {
        ...above(
          "under_min_isr_partitions",
          "UnderMinIsrPartitionCount",
          0,
          2,
          "Partitions have fewer in-sync replicas than min.insync.replicas (UnderMinIsrPartitionCount > 0 on some broker): producers with acks=all are refused.",
        ),
        aggregate: true,
      },
      {
        ...above(
          "under_replicated_partitions",
          "UnderReplicatedPartitions",
          0,
          10,
          "Partitions are under-replicated for 10 minutes (UnderReplicatedPartitions > 0 on some broker); brief spikes during MSK's rolling patches are expected.",
        ),
        aggregate: true,
      },
    ],
  );
}
