// What each option costs per month, line by line, plus one failback as a one-off. Every price is a
// dated, sourced constant (lib/knowledge/prices); every other number is an assumption listed in the
// output. The standby (or second active) cluster is a cost line for the options that keep one (MSK
// Replicator, MirrorMaker 2), sized from the throughput and partitions as an estimate; S3 backup
// and Multi-AZ keep none. The primary cluster is excluded: every option needs it.
import { isMskSource, isSourceOutsideAws, type Answers } from "@/lib/answers";
import { HOURS_PER_MONTH, LIMITS, PRICES, interRegionPrice, type OptionId, type PriceId } from "@/lib/knowledge";
import { ASSUMPTIONS } from "./assumptions";
import {
  clusterBrokers,
  directions,
  isCrossRegion,
  mm2TasksPerDirection,
  monthlyGb,
  replicatorsPerDirection,
  retainedGb,
  s3RotateSeconds,
  s3SinkMcus,
  standbyBrokers,
} from "./sizing";

export interface CostLine {
  label: string;
  quantity: number;
  unit: string;
  price: PriceId;
  monthly: number;
}

export interface CostEstimate {
  option: OptionId;
  /** Monthly total in USD, rounded to cents. */
  monthly: number;
  lines: CostLine[];
  assumptions: string[];
  /** True when a price used is not verified against the pricing page. */
  hasUnverifiedPrice: boolean;
  /** Costs of one event rather than a month (a failback), each a line of its own. */
  oneOff: CostLine[];
  /** True when a line could not be priced (a source Region missing from the transfer table). */
  hasUnpricedLine: boolean;
}

const round2 = (n: number) => Math.round(n * 100) / 100;
function line(label: string, quantity: number, unit: string, price: PriceId): CostLine {
  return { label, quantity: round2(quantity), unit, price, monthly: round2(quantity * PRICES[price].amount) };
}

function total(option: OptionId, lines: CostLine[], assumptions: string[], oneOff: CostLine[] = []): CostEstimate {
  const all = [...lines, ...oneOff];
  return {
    option,
    monthly: round2(lines.reduce((sum, l) => sum + l.monthly, 0)),
    lines,
    assumptions,
    hasUnverifiedPrice: all.some((l) => PRICES[l.price].status === "unverified"),
    oneOff,
    hasUnpricedLine: all.some((l) => l.price === "interRegionUnpricedGb"),
  };
}

/** Assumptions every option's estimate makes (the result page says them once). */
export const COMMON_ASSUMPTIONS: readonly string[] = [
  "us-east-1 list prices in USD; other Regions differ. Data transfer between Regions is priced by the source Region.",
  `Average throughput is ${ASSUMPTIONS.averageShareOfPeak * 100}% of the peak you entered; ${HOURS_PER_MONTH} hours a month.`,
  "Excludes the primary cluster (every option needs it), NAT gateways or VPC endpoints, and logs.",
];

/**
 * The standby (or, active-active, the second) cluster: sized like the primary, as AWS recommends,
 * from the throughput and partitions entered. An estimate: larger brokers cost proportionally more.
 */
export function standbyLines(answers: Answers): CostLine[] {
  const gb = monthlyGb(answers);
  switch (answers.target) {
    case "msk-provisioned": {
      const n = standbyBrokers(answers);
      return [
        line(
          `Standby cluster: ${n} Standard brokers (kafka.m5.large equivalents)`,
          n * HOURS_PER_MONTH,
          "broker-hours",
          "standardBrokerHour",
        ),
        line(
          `Standby cluster storage: ${ASSUMPTIONS.standbyRetentionDays} days × 3 replicas`,
          retainedGb(answers) * 3,
          "GB-months",
          "brokerStorageGbMonth",
        ),
      ];
    }
    case "msk-express": {
      const n = standbyBrokers(answers);
      return [
        line(
          `Standby cluster: ${n} Express brokers (express.m7g.large equivalents)`,
          n * HOURS_PER_MONTH,
          "broker-hours",
          "expressBrokerHour",
        ),
        line(
          `Standby cluster storage: ${ASSUMPTIONS.standbyRetentionDays} days`,
          retainedGb(answers),
          "GB-months",
          "brokerStorageGbMonth",
        ),
        line(
          "Data written to the Express standby (per GB written, included)",
          gb * directions(answers),
          "GB",
          "expressWrittenGb",
        ),
      ];
    }
    case "msk-serverless":
      return [
        line("Standby Serverless cluster", HOURS_PER_MONTH, "cluster-hours", "serverlessClusterHour"),
        line(
          `Standby Serverless partitions (${answers.partitions})`,
          answers.partitions * HOURS_PER_MONTH,
          "partition-hours",
          "serverlessPartitionHour",
        ),
        line("Data written to the Serverless standby", gb * directions(answers), "GB", "serverlessInGb"),
        line(
          `Standby Serverless storage: ${ASSUMPTIONS.standbyRetentionDays} days`,
          retainedGb(answers),
          "GB-months",
          "brokerStorageGbMonth",
        ),
      ];
  }
}

/** Inter-Region transfer lines, each direction priced by its own source Region. */
function transferLines(answers: Answers, label: string, gbPerDirection: number, bothWays: boolean): CostLine[] {
  if (!isCrossRegion(answers)) return [];
  const out = [
    line(
      `${label}, ${answers.primary} → ${answers.secondary}`,
      gbPerDirection,
      "GB",
      interRegionPrice(answers.primary, answers.secondary),
    ),
  ];
  if (bothWays)
    out.push(
      line(
        `${label}, ${answers.secondary} → ${answers.primary}`,
        gbPerDirection,
        "GB",
        interRegionPrice(answers.secondary, answers.primary),
      ),
    );
  return out;
}

/** Active-active with a cluster outside AWS: the reverse flow leaves AWS. */
function egressLines(answers: Answers): CostLine[] {
  if (!isSourceOutsideAws(answers.source) || directions(answers) === 1) return [];
  return [
    line(
      `Data transfer out of AWS back to the ${answers.source === "on-premises" ? "on-premises" : "other cloud's"} cluster (reverse flow)`,
      monthlyGb(answers),
      "GB",
      "egressInternetGb",
    ),
  ];
}

function unpricedAssumption(lines: CostLine[]): string[] {
  return lines.some((l) => l.price === "interRegionUnpricedGb")
    ? [
        "The data transfer rate from this source Region is not in the product's table: that line is shown without a price. Look it up on the EC2 pricing page before budgeting.",
      ]
    : [];
}

/** Monthly cost estimate of one option for these answers. */
export function estimateCost(option: OptionId, answers: Answers): CostEstimate {
  const gb = monthlyGb(answers);
  const dirs = directions(answers);
  const crossRegion = isCrossRegion(answers);
  switch (option) {
    case "msk-replicator": {
      const replicators = replicatorsPerDirection(answers) * dirs;
      // With identical names in active-active, each replicator also reads the data it filters out.
      const processedFactor = answers.topology === "active-active" && answers.naming === "identical" ? 2 : 1;
      const lines = [
        line(
          `${replicators} replicator${replicators > 1 ? "s" : ""} running all month`,
          replicators * HOURS_PER_MONTH,
          "replicator-hours",
          "replicatorHour",
        ),
        line("Data processed by the replicators", gb * dirs * processedFactor, "GB", "replicatorGb"),
        ...transferLines(answers, "Cross-Region data transfer", gb, dirs === 2),
        ...egressLines(answers),
        line("CloudWatch alarms", ASSUMPTIONS.alarmsPerReplicator * replicators, "alarms", "cloudwatchAlarmMonth"),
        dashboardLine(),
        ...standbyLines(answers),
      ];
      return total(
        option,
        lines,
        [
          ...COMMON_ASSUMPTIONS,
          `One replicator per direction per ${LIMITS.replicatorMaxMbps.value} MB/s; more are needed beyond ${LIMITS.replicatorMaxTopics.value} topics.`,
          ...(processedFactor === 2
            ? [
                "Active-active with identical names: each replicator processes about twice the data (replicated plus filtered).",
              ]
            : []),
          ...standbyAssumptions(answers),
          ...unpricedAssumption(lines),
        ],
        failbackLines(option, answers),
      );
    }
    case "mirrormaker2": {
      const tasks = mm2TasksPerDirection(answers) * dirs;
      const taskHours = tasks * HOURS_PER_MONTH;
      // The workers read and write across AZs: on both sides in one Region, on the write side only across Regions.
      const crossAzSides = crossRegion || isSourceOutsideAws(answers.source) ? 1 : 2;
      const lines = [
        line(`${tasks} Fargate tasks, vCPU`, taskHours * ASSUMPTIONS.mm2TaskVcpu, "vCPU-hours", "fargateVcpuHour"),
        line(`${tasks} Fargate tasks, memory`, taskHours * ASSUMPTIONS.mm2TaskGb, "GB-hours", "fargateGbHour"),
        ...transferLines(answers, "Cross-Region data transfer", gb, dirs === 2),
        ...egressLines(answers),
        line(
          `Cross-AZ traffic of the workers (${Math.round(ASSUMPTIONS.crossAzShare * 100)}% of partition leaders in another AZ, billed in and out)`,
          gb * dirs * crossAzSides * ASSUMPTIONS.crossAzShare * 2,
          "GB",
          "crossAzGb",
        ),
        line("CloudWatch alarms", ASSUMPTIONS.alarmsPerMirrorMaker2, "alarms", "cloudwatchAlarmMonth"),
        line(
          "MirrorMaker 2 metrics published by the CloudWatch agent (latency, record age, failed and running tasks)",
          ASSUMPTIONS.mm2CustomMetrics,
          "metrics",
          "cloudwatchCustomMetricMonth",
        ),
        dashboardLine(),
        ...standbyLines(answers),
      ];
      return total(
        option,
        lines,
        [
          ...COMMON_ASSUMPTIONS,
          `Tasks of ${ASSUMPTIONS.mm2TaskVcpu} vCPU / ${ASSUMPTIONS.mm2TaskGb} GB, at least ${ASSUMPTIONS.mm2MinTasks} per direction, one per ${LIMITS.mm2MbpsPerTask.value} MB/s (unverified: benchmark your records).`,
          "Excludes the people who run it: MirrorMaker 2 is yours to operate and upgrade.",
          "Excludes Container Insights on the ECS cluster (its metrics and performance log events are billed as custom metrics and log ingestion, a few dollars a month for one service) and the agent's log events.",
          ...standbyAssumptions(answers),
          ...unpricedAssumption(lines),
        ],
        failbackLines(option, answers),
      );
    }
    case "s3-backup": {
      const mskSource = isMskSource(answers.source);
      const mcus = s3SinkMcus(answers);
      const storedGb = (answers.mbps * ASSUMPTIONS.averageShareOfPeak * 86_400 * ASSUMPTIONS.s3RetentionDays) / 1000;
      const puts = (answers.partitions * (ASSUMPTIONS.s3RetentionDays * 86_400)) / s3RotateSeconds(answers);
      const lines = [
        line(
          `MSK Connect S3 sink, ${mcus} MCU${mcus > 1 ? "s" : ""}`,
          mcus * HOURS_PER_MONTH,
          "MCU-hours",
          "mskConnectMcuHour",
        ),
        line(
          `S3 Standard storage, ${ASSUMPTIONS.s3RetentionDays} days kept`,
          storedGb,
          "GB-months",
          "s3StandardGbMonth",
        ),
        line(
          "S3 PUT requests (one object per partition per rotation)",
          puts / 1000,
          "thousand requests",
          "s3PutPer1000",
        ),
        ...transferLines(answers, "Cross-Region data transfer to the backup bucket", gb, false),
        line(
          `Cross-AZ reads of the sink (${Math.round(ASSUMPTIONS.crossAzShare * 100)}% of partition leaders in another AZ, billed in and out)`,
          gb * ASSUMPTIONS.crossAzShare * 2,
          "GB",
          "crossAzGb",
        ),
        line("CloudWatch alarms", ASSUMPTIONS.alarmsS3Backup, "alarms", "cloudwatchAlarmMonth"),
        // MSK reports the sink group's lag per topic; the alarm reads the largest through a Metrics Insights query.
        ...(mskSource
          ? [
              line(
                "CloudWatch alarm on the sink's lag (Metrics Insights, billed per topic it reads; one assumed)",
                1,
                "metrics analyzed",
                "cloudwatchInsightsAlarmMetricMonth",
              ),
            ]
          : []),
        dashboardLine(),
      ];
      return total(option, lines, [
        ...COMMON_ASSUMPTIONS,
        `One MCU per ${ASSUMPTIONS.s3MbpsPerMcu} MB/s (unverified: benchmark); the bucket keeps ${ASSUMPTIONS.s3RetentionDays} days; objects rotate every ${s3RotateSeconds(answers)} s.`,
        "No standby cluster runs: a restore creates or borrows one when it is needed, and runs a restore connector while it lasts; neither is included.",
        ...(mskSource
          ? [
              `The alarm on the sink's lag reads one series per topic backed up: add $${PRICES.cloudwatchInsightsAlarmMetricMonth.amount.toFixed(2)} a month for each topic beyond the first.`,
            ]
          : []),
        ...unpricedAssumption(lines),
      ]);
    }
    case "multi-az": {
      const brokers = clusterBrokers(answers, answers.source);
      return total(
        option,
        [
          line("CloudWatch alarms", ASSUMPTIONS.alarmsMultiAz, "alarms", "cloudwatchAlarmMonth"),
          line(
            `CloudWatch alarms over every broker (${ASSUMPTIONS.brokerInsightsAlarmsMultiAz} Metrics Insights alarms × an estimated ${brokers} brokers)`,
            ASSUMPTIONS.brokerInsightsAlarmsMultiAz * brokers,
            "metrics analyzed",
            "cloudwatchInsightsAlarmMetricMonth",
          ),
          dashboardLine(),
        ],
        [
          ...COMMON_ASSUMPTIONS,
          "No replication charge: replication between brokers inside one MSK cluster is not billed as data transfer. The cluster's own brokers and storage for replication factor 3 are part of its price.",
          `The cluster is assumed to have ${brokers} brokers, sized from ${answers.mbps} MB/s and ${answers.partitions} partitions; the ${ASSUMPTIONS.brokerInsightsAlarmsMultiAz} alarms over every broker cost $${PRICES.cloudwatchInsightsAlarmMetricMonth.amount.toFixed(2)} per broker each.`,
        ],
      );
    }
  }
}

/** The one CloudWatch dashboard every generated bundle creates, with the RPO line on it. */
function dashboardLine(): CostLine {
  return line(
    "CloudWatch dashboard (beyond the 3 free per account)",
    ASSUMPTIONS.dashboardsPerBundle,
    "dashboards",
    "cloudwatchDashboardMonth",
  );
}

function standbyAssumptions(answers: Answers): string[] {
  return [
    `The standby cluster is sized like the primary, as AWS recommends, from ${answers.mbps} MB/s and ${answers.partitions} partitions: an estimate, not a quote (${ASSUMPTIONS.standbyRetentionDays} days kept${answers.target === "msk-provisioned" ? `, ${ASSUMPTIONS.standardMbpsPerBroker} MB/s and ${ASSUMPTIONS.standardPartitionsPerBroker} partition replicas per kafka.m5.large` : answers.target === "msk-express" ? `, ${ASSUMPTIONS.expressMbpsPerBroker} MB/s per express.m7g.large` : ""}).`,
  ];
}

/**
 * What one failback costs: the data written to the standby during the failover is replicated
 * back; after an unplanned failover MSK Replicator's reverse replicator starts at EARLIEST, so it
 * re-reads everything the standby keeps. Shown per event, not per month.
 */
function failbackLines(option: OptionId, answers: Answers): CostLine[] {
  if (answers.topology === "active-active" || answers.goal === "migration") return [];
  const reread = retainedGb(answers);
  const out: CostLine[] = [];
  if (option === "msk-replicator")
    out.push(
      line(
        `Failback after an unplanned failover: the reverse replicator re-reads up to ${ASSUMPTIONS.standbyRetentionDays} days kept on the standby (per event)`,
        reread,
        "GB",
        "replicatorGb",
      ),
    );
  if (isCrossRegion(answers))
    out.push(
      line(
        `Failback: data copied back ${answers.secondary} → ${answers.primary} (per event)`,
        reread,
        "GB",
        interRegionPrice(answers.secondary, answers.primary),
      ),
    );
  return out;
}
