import { architectureOf } from "@/lib/architecture";
// CloudWatch alarms in neutral form: what each option watches and the thresholds.
import type { IacContext } from "./context";
import type { Expr } from "./expr";
import type { Placement, ReplicatorPlan } from "./placement";

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
  /** The threshold follows this input instead (Terraform variable / CloudFormation parameter). */
  thresholdInput?: string;
  comparison: "GreaterThanThreshold" | "LessThanThreshold" | "GreaterThanOrEqualToThreshold";
  dimensions: { name: string; value: Expr }[];
  treatMissingData: "breaching" | "notBreaching" | "missing";
  /** Only when the toggle of this replicator is on. */
  toggle?: "failback" | "reverse-stack";
}

/** Replication latency threshold: the RPO the plan asked for (at least 30 s, to avoid noise). */
export function latencyThresholdMs(ctx: IacContext): number {
  return Math.max(30, ctx.plan.answers.rpo) * 1000;
}

/**
 * MessageLag threshold: the messages the source takes in during one RPO at the planned throughput
 * (1 KiB per message assumed), at least 1,000. MessageLag is already a sum over partitions, so the
 * alarm reads its Maximum per minute rather than a sum of minutes.
 */
export function messageLagThreshold(ctx: IacContext): number {
  const a = ctx.plan.answers;
  return Math.max(1000, Math.round(((a.mbps * 1_000_000) / 1024) * Math.max(30, a.rpo)));
}

export function replicatorAlarms(ctx: IacContext, r: ReplicatorPlan, name: Expr): AlarmDef[] {
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
      description: `${r.spec.name} is more than one RPO of messages behind the source (MessageLag, the sum over partitions).`,
      metric: "MessageLag",
      statistic: "Maximum",
      period: 60,
      evaluationPeriods: 5,
      threshold: messageLagThreshold(ctx),
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
    {
      ...base,
      tf: `${prefix}auth_error`,
      cfn: `${cfnPrefix}AuthErrorAlarm`,
      nameSuffix: `${r.spec.id}-auth-error`,
      description: `${r.spec.name} is refused by a cluster (AuthError > 0): check its role or credentials. Topic-level refusals show as ReplicationLatency 0 while the source still takes data.`,
      metric: "AuthError",
      statistic: "Maximum",
      period: 60,
      evaluationPeriods: 1,
      threshold: 0,
      comparison: "GreaterThanThreshold",
      treatMissingData: "notBreaching",
    },
    {
      ...base,
      tf: `${prefix}throttle_time`,
      cfn: `${cfnPrefix}ThrottleTimeAlarm`,
      nameSuffix: `${r.spec.id}-throttle-time`,
      description: `${r.spec.name} is throttled by a cluster's quotas for 5 minutes (ThrottleTime > 0).`,
      metric: "ThrottleTime",
      statistic: "Maximum",
      period: 60,
      evaluationPeriods: 5,
      threshold: 0,
      comparison: "GreaterThanThreshold",
      treatMissingData: "notBreaching",
    },
  ];
}

export function mm2Alarms(ctx: IacContext, clusterName: Expr, serviceName: Expr): AlarmDef[] {
  const m = architectureOf(ctx.arch, "mirrormaker2").mirrorMaker2;
  const dims = [
    { name: "ClusterName", value: clusterName },
    { name: "ServiceName", value: serviceName },
  ];
  const base = { placement: "main" as const, dimensions: dims, period: 300, evaluationPeriods: 3 };
  return [
    {
      ...base,
      tf: "mm2_cpu_high",
      cfn: "Mm2CpuHighAlarm",
      nameSuffix: "mm2-cpu-high",
      description: "MirrorMaker 2 tasks use more than 80% CPU: add tasks or raise tasks.max.",
      namespace: "AWS/ECS",
      metric: "CPUUtilization",
      statistic: "Average",
      threshold: 80,
      comparison: "GreaterThanThreshold",
      treatMissingData: "missing",
    },
    {
      ...base,
      tf: "mm2_memory_high",
      cfn: "Mm2MemoryHighAlarm",
      nameSuffix: "mm2-memory-high",
      description: "MirrorMaker 2 tasks use more than 85% memory.",
      namespace: "AWS/ECS",
      metric: "MemoryUtilization",
      statistic: "Average",
      threshold: 85,
      comparison: "GreaterThanThreshold",
      treatMissingData: "missing",
    },
    {
      ...base,
      tf: "mm2_running_tasks_low",
      cfn: "Mm2RunningTasksLowAlarm",
      nameSuffix: "mm2-running-tasks-low",
      description: "Fewer MirrorMaker 2 tasks are running than the service's desired count (Container Insights).",
      namespace: "ECS/ContainerInsights",
      metric: "RunningTaskCount",
      statistic: "Minimum",
      period: 60,
      threshold: m.desiredCount,
      thresholdInput: "desired_count",
      comparison: "LessThanThreshold",
      treatMissingData: "breaching",
    },
  ];
}
