// One CloudWatch dashboard per bundle, in neutral form: replication lag against the RPO (a
// horizontal line at the RPO) and the health metrics the alarms watch. Its lines come from the same
// alarm tables, so a dashboard never shows a metric the alarms do not source. The body follows
// CloudWatch's dashboard body structure (fact monitoring.dashboards).
import { architectureOf } from "@/lib/architecture";
import {
  MM2_METRICS,
  MM2_NAMESPACE,
  latencyThresholdMs,
  messageLagThreshold,
  mm2Alarms,
  multiAzAlarms,
  replicatorAlarms,
  s3BackupAlarms,
  s3LagThresholdSeconds,
  type AlarmDef,
  type AlarmToggle,
  type Dimension,
  type Statistic,
} from "./alarms";
import type { IacContext } from "./context";
import { concat, input, literal, pseudo, type Expr } from "./expr";
import { replicatorPlans } from "./placement";

/** The dashboard's name: the bundle's name and this suffix. */
export const DASHBOARD_SUFFIX = "-replication";

interface MetricLine {
  namespace: string;
  metric: string;
  dimensions: Dimension[];
  stat: Statistic;
  label: string;
  region?: Expr;
}
interface QueryLine {
  query: Expr;
  label: string;
  region?: Expr;
}
export interface Widget {
  title: string;
  lines: (MetricLine | QueryLine)[];
  /** A horizontal line, e.g. at the RPO. */
  annotation?: { label: string; value: number };
  period: number;
}
export interface DashboardDef {
  widgets: Widget[];
  toggle?: AlarmToggle;
}

/** The line an alarm watches, as a dashboard shows it. */
function lineOf(a: AlarmDef, label: string, region?: Expr): MetricLine | QueryLine {
  const where = region ? { region } : {};
  return a.query
    ? { query: a.query, label, ...where }
    : { namespace: a.namespace, metric: a.metric, dimensions: a.dimensions, stat: a.statistic, label, ...where };
}

const pick = (alarms: AlarmDef[], metric: string): AlarmDef => {
  const a = alarms.find((x) => x.metric === metric);
  if (!a) throw new Error(`no alarm on ${metric}`);
  return a;
};

const rpoLine = (ctx: IacContext, value: number) => ({ label: `RPO ${ctx.plan.answers.rpo} s`, value });

/** The name a resource gets from the bundle's name input: dashboards never refer to another Region's resources. */
const named = (suffix: string): Expr => concat(input("name"), suffix);

function replicatorDashboard(ctx: IacContext): DashboardDef {
  const reps = replicatorPlans(ctx).map((r) => ({
    r,
    alarms: replicatorAlarms(ctx, r, named(r.spec.name.slice(ctx.arch.name.length))),
    // A replicator in the other Region reports there; a widget line names its Region.
    region: r.placement === "main" ? undefined : literal(r.spec.region),
  }));
  const lines = (metric: string) =>
    reps.map(({ r, alarms, region }) => lineOf(pick(alarms, metric), `${r.spec.id} ${metric}`, region));
  return {
    widgets: [
      {
        title: "Replication latency (ms) against the RPO",
        lines: lines("ReplicationLatency"),
        annotation: rpoLine(ctx, latencyThresholdMs(ctx)),
        period: 60,
      },
      {
        title: "Message lag (messages behind the source)",
        lines: lines("MessageLag"),
        annotation: { label: "about one RPO of messages", value: messageLagThreshold(ctx) },
        period: 60,
      },
      {
        title: "Failures, authentication errors and throttling",
        lines: ["ReplicatorFailure", "AuthError", "ThrottleTime"].flatMap((m) => lines(m)),
        period: 60,
      },
    ],
  };
}

function mirrorMaker2Dashboard(ctx: IacContext): DashboardDef {
  const m = architectureOf(ctx.arch, "mirrormaker2").mirrorMaker2;
  const alarms = mm2Alarms(ctx, named("-mm2"), named("-mm2"));
  const latency = pick(alarms, MM2_METRICS.latency);
  return {
    widgets: [
      {
        title: "MirrorMaker 2 replication latency and record age (ms) against the RPO",
        lines: [
          lineOf(latency, "replication-latency-ms-max"),
          { ...(lineOf(latency, "record-age-ms-max") as MetricLine), metric: MM2_METRICS.recordAge },
        ],
        annotation: rpoLine(ctx, latencyThresholdMs(ctx)),
        period: 60,
      },
      {
        title: "MirrorMaker 2 tasks: running ECS tasks and failed connector tasks",
        lines: [
          lineOf(pick(alarms, "RunningTaskCount"), "running ECS tasks"),
          lineOf(pick(alarms, MM2_METRICS.failedTasks), "failed connector tasks"),
          {
            namespace: MM2_NAMESPACE,
            metric: MM2_METRICS.runningTasks,
            dimensions: latency.dimensions,
            stat: "Sum",
            label: "running connector tasks",
          },
        ],
        annotation: { label: "desired ECS tasks", value: m.desiredCount },
        period: 60,
      },
      {
        title: "MirrorMaker 2 CPU and memory (%)",
        lines: [lineOf(pick(alarms, "CPUUtilization"), "CPU"), lineOf(pick(alarms, "MemoryUtilization"), "memory")],
        period: 300,
      },
    ],
  };
}

function s3BackupDashboard(ctx: IacContext): DashboardDef {
  const alarms = s3BackupAlarms(ctx, input("name"));
  const errored = pick(alarms, "ErroredTaskCount");
  const widgets: Widget[] = [];
  if (ctx.source.isMsk)
    widgets.push({
      title: "Backup lag (s, the sink's consumer group) against the RPO",
      lines: [lineOf(pick(alarms, "EstimatedMaxTimeLag"), "EstimatedMaxTimeLag")],
      annotation: { label: `RPO ${ctx.plan.answers.rpo} s (or one flush interval)`, value: s3LagThresholdSeconds(ctx) },
      period: 60,
    });
  widgets.push(
    {
      title: "S3 sink tasks",
      lines: [lineOf(pick(alarms, "RunningTaskCount"), "running tasks"), lineOf(errored, "errored tasks")],
      period: 300,
    },
    {
      title: "S3 sink records per second (read from Kafka, sent to S3)",
      lines: ["SinkRecordReadRate", "SinkRecordSendRate"].map((metric) => ({
        ...(lineOf(errored, metric) as MetricLine),
        metric,
        stat: "Average" as const,
      })),
      period: 300,
    },
  );
  return { widgets };
}

function multiAzDashboard(clusterName: Expr): DashboardDef {
  const alarms = multiAzAlarms(clusterName);
  return {
    toggle: "monitored-cluster",
    widgets: [
      {
        title: "Partitions at risk (largest over brokers)",
        lines: ["UnderReplicatedPartitions", "UnderMinIsrPartitionCount", "OfflinePartitionsCount"].map((m) =>
          lineOf(pick(alarms, m), m),
        ),
        period: 60,
      },
      {
        title: "Active controller",
        lines: [lineOf(pick(alarms, "ActiveControllerCount"), "ActiveControllerCount")],
        annotation: { label: "one active controller", value: 1 },
        period: 60,
      },
    ],
  };
}

/** The bundle's dashboard; Multi-AZ takes the expression of the cluster it watches. */
export function dashboardFor(ctx: IacContext, monitoredCluster?: Expr): DashboardDef {
  switch (ctx.arch.option) {
    case "msk-replicator":
      return replicatorDashboard(ctx);
    case "mirrormaker2":
      return mirrorMaker2Dashboard(ctx);
    case "s3-backup":
      return s3BackupDashboard(ctx);
    case "multi-az":
      if (!monitoredCluster) throw new Error("the Multi-AZ dashboard needs the monitored cluster");
      return multiAzDashboard(monitoredCluster);
  }
}

/**
 * The dashboard body as a value, with every expression rendered by `x` (a Terraform value inside
 * jsonencode, or a CloudFormation Fn::Sub piece). Widgets fill a two-column grid.
 */
export function dashboardBody<T>(d: DashboardDef, x: (e: Expr) => T): unknown {
  const home = x(pseudo("region"));
  return {
    widgets: d.widgets.map((w, i) => ({
      type: "metric",
      x: (i % 2) * 12,
      y: Math.floor(i / 2) * 6,
      width: 12,
      height: 6,
      properties: {
        title: w.title,
        view: "timeSeries",
        stacked: false,
        region: home,
        period: w.period,
        metrics: w.lines.map((l, j) => {
          const where = l.region ? { region: x(l.region) } : {};
          return "query" in l
            ? [{ expression: x(l.query), label: l.label, id: `q${j + 1}`, ...where }]
            : [
                l.namespace,
                l.metric,
                ...l.dimensions.flatMap((d) => [d.name, x(d.value)]),
                { stat: l.stat, label: l.label, ...where },
              ];
        }),
        ...(w.annotation ? { annotations: { horizontal: [w.annotation] } } : {}),
      },
    })),
  };
}
