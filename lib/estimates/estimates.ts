// Estimates: what each option costs per month and which recovery point and time it can be
// expected to reach with the user's numbers. Every price is a dated, sourced constant
// (lib/knowledge/prices); every other number here is an assumption listed in the output.
// The standby (or second active) cluster is a cost line for the options that keep one (MSK
// Replicator, MirrorMaker 2), sized from the throughput and partitions as an estimate; S3 backup
// and Multi-AZ keep none. The primary cluster is excluded: every option needs it.
import { isMskSource, isSourceOutsideAws, type Answers } from "@/lib/answers";
import {
  FACTS,
  HOURS_PER_MONTH,
  LIMITS,
  PRICES,
  interRegionPrice,
  type FactId,
  type OptionId,
  type PriceId,
} from "@/lib/knowledge";

/** Planning assumptions, stated in every estimate's output. */
export const ASSUMPTIONS = {
  /** Users give peak throughput; cost follows the average. */
  averageShareOfPeak: 0.5,
  /** MirrorMaker 2 task size, as in the AWS reference deployment (1 vCPU, 4 GB). */
  mm2TaskVcpu: 1,
  mm2TaskGb: 4,
  /** At least two tasks so that one can fail without stopping replication. */
  mm2MinTasks: 2,
  /** S3 sink throughput per MSK Connect MCU, MB/s (unverified: benchmark). */
  s3MbpsPerMcu: 10,
  /** MSK Connect provisioned capacity tops out at 10 workers × 8 MCUs per connector. */
  mskConnectMaxMcusPerConnector: 80,
  /** Days of data the S3 bucket keeps (lifecycle rule in the generated code). */
  s3RetentionDays: 30,
  /** Bounds of the S3 sink's rotation interval, seconds; the plan uses the RPO within them. */
  s3RotateMinSeconds: 60,
  s3RotateMaxSeconds: 900,
  /** A restore replays this many hours of data at this multiple of the write rate, capped by the restore connectors' capacity. */
  s3RestoreWindowHours: 24,
  s3ReplaySpeedup: 4,
  /** Restore connectors run in parallel at most (each up to 80 MCUs). */
  s3RestoreConnectors: 1,
  /** Creating topics, the restore connector and checks before replay starts, minutes. */
  s3RestoreSetupMinutes: 60,
  /**
   * Replication lag used for planning, seconds: assumptions to measure (no SLA is published, and
   * no source gives a figure for either option), the same for MSK Replicator and MirrorMaker 2.
   */
  replicationLagSameRegion: 2,
  replicationLagCrossRegion: 5,
  /** Lag when partitions are below AWS's recommended minimum for the throughput (an assumption too). */
  replicationLagUnderPartitioned: 30,
  /**
   * Detect, decide and repoint clients to the standby, minutes. The same for MSK Replicator and
   * MirrorMaker 2: both leave translated offsets on the target and need the same client cut-over,
   * and no source gives either a shorter failover.
   */
  failoverMinutesManaged: 15,
  failoverMinutesSelfRun: 15,
  /** Share of partition leaders in another Availability Zone than a given client (three AZs). */
  crossAzShare: 2 / 3,
  /** Days the standby cluster keeps (Kafka's default log.retention.hours is 168). */
  standbyRetentionDays: 7,
  /** Ingress one kafka.m5.large Standard broker is planned for, MB/s (an assumption: use AWS's sizing guidance). */
  standardMbpsPerBroker: 10,
  /** Partition replicas one kafka.m5.large broker is planned for (AWS best practices: 1,000). */
  standardPartitionsPerBroker: 1000,
  /** Ingress one express.m7g.large broker is planned for, MB/s (Express throughput quota, secondary). */
  expressMbpsPerBroker: 15.6,
  /** Leader election and client reconnect after a broker or AZ loss, minutes. */
  multiAzRecoveryMinutes: 1,
  /** Alarms the generated code creates per replication flow. */
  alarmsPerFlow: 3,
} as const;

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

export interface RecoveryEstimate {
  option: OptionId;
  /** What the figures protect against. */
  scope: "region" | "availability-zone" | "data-loss";
  /** Expected recovery point, seconds of data that may be lost. */
  rpoSeconds: number;
  /** Expected recovery time, minutes. */
  rtoMinutes: number;
  meetsRpo: boolean;
  meetsRto: boolean;
  notes: string[];
  source: string;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** GB per month of replicated data at the average rate (1 GB = 1000 MB, as AWS bills transfer). */
export function monthlyGb(answers: Answers): number {
  return (answers.mbps * ASSUMPTIONS.averageShareOfPeak * 3600 * HOURS_PER_MONTH) / 1000;
}

export function isCrossRegion(answers: Answers): boolean {
  return !isSourceOutsideAws(answers.source) && answers.primary !== answers.secondary;
}

export function directions(answers: Answers): 1 | 2 {
  return answers.topology === "active-active" ? 2 : 1;
}

/**
 * Whether MSK Replicator's reverse replicator runs from day one: active-active, or rollback
 * replication in a migration from self-managed Kafka with identical names (AWS's migration guide).
 * Otherwise it is created only for a failback.
 */
export function hasPermanentReverseReplicator(answers: Answers): boolean {
  return (
    answers.topology === "active-active" ||
    (!isMskSource(answers.source) && answers.goal === "migration" && answers.naming === "identical")
  );
}

/**
 * MSK Replicator's consumer group offset sync mode for these answers. ENHANCED (offsets translated
 * back on failback) needs identical names and a permanent reverse replicator; anything else gets
 * LEGACY, which translates offsets one way only. The scoring and the architecture both read it, so
 * what the plan promises is what the generated code sets.
 */
export function replicatorOffsetSyncMode(answers: Answers): "ENHANCED" | "LEGACY" {
  return answers.naming === "identical" && answers.offsets === "yes" && hasPermanentReverseReplicator(answers)
    ? "ENHANCED"
    : "LEGACY";
}

/** Replicators needed per direction: one per 1 GB/s (topics beyond 750 per replicator also need more). */
export function replicatorsPerDirection(answers: Answers): number {
  return Math.max(1, Math.ceil(answers.mbps / LIMITS.replicatorMaxMbps.value));
}

/** MirrorMaker 2 tasks per direction, sized from throughput. */
export function mm2TasksPerDirection(answers: Answers): number {
  return Math.max(ASSUMPTIONS.mm2MinTasks, Math.ceil(answers.mbps / LIMITS.mm2MbpsPerTask.value));
}

/** MSK Connect MCUs for the S3 sink. */
export function s3SinkMcus(answers: Answers): number {
  return Math.max(1, Math.ceil(answers.mbps / ASSUMPTIONS.s3MbpsPerMcu));
}

/** Rotation interval of the S3 sink: the RPO, within practical bounds (small files cost). */
export function s3RotateSeconds(answers: Answers): number {
  return Math.min(ASSUMPTIONS.s3RotateMaxSeconds, Math.max(ASSUMPTIONS.s3RotateMinSeconds, answers.rpo));
}

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

const COMMON_ASSUMPTIONS = [
  "us-east-1 list prices in USD; other Regions differ. Data transfer between Regions is priced by the source Region.",
  `Average throughput is ${ASSUMPTIONS.averageShareOfPeak * 100}% of the peak you entered; ${HOURS_PER_MONTH} hours a month.`,
  "Excludes the primary cluster (every option needs it), NAT gateways or VPC endpoints, and logs.",
];

/** GB a cluster keeps for the standby's retention, at the average rate. */
function retainedGb(answers: Answers): number {
  return (answers.mbps * ASSUMPTIONS.averageShareOfPeak * 86_400 * ASSUMPTIONS.standbyRetentionDays) / 1000;
}

/** Brokers (in units of the smallest size) a Provisioned standby needs: three AZs, throughput and partitions. */
export function standbyBrokers(answers: Answers): number {
  const byThroughput =
    answers.target === "msk-express"
      ? answers.mbps / ASSUMPTIONS.expressMbpsPerBroker
      : answers.mbps / ASSUMPTIONS.standardMbpsPerBroker;
  const byPartitions =
    answers.target === "msk-express" ? 0 : (answers.partitions * 3) / ASSUMPTIONS.standardPartitionsPerBroker;
  return Math.max(3, Math.ceil(Math.max(byThroughput, byPartitions) / 3) * 3);
}

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
        line("CloudWatch alarms", ASSUMPTIONS.alarmsPerFlow * replicators, "alarms", "cloudwatchAlarmMonth"),
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
        line("CloudWatch alarms", ASSUMPTIONS.alarmsPerFlow * dirs, "alarms", "cloudwatchAlarmMonth"),
        ...standbyLines(answers),
      ];
      return total(
        option,
        lines,
        [
          ...COMMON_ASSUMPTIONS,
          `Tasks of ${ASSUMPTIONS.mm2TaskVcpu} vCPU / ${ASSUMPTIONS.mm2TaskGb} GB, at least ${ASSUMPTIONS.mm2MinTasks} per direction, one per ${LIMITS.mm2MbpsPerTask.value} MB/s (unverified: benchmark your records).`,
          "Excludes the people who run it: MirrorMaker 2 is yours to operate and upgrade.",
          ...standbyAssumptions(answers),
          ...unpricedAssumption(lines),
        ],
        failbackLines(option, answers),
      );
    }
    case "s3-backup": {
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
      ];
      return total(option, lines, [
        ...COMMON_ASSUMPTIONS,
        `One MCU per ${ASSUMPTIONS.s3MbpsPerMcu} MB/s (unverified: benchmark); the bucket keeps ${ASSUMPTIONS.s3RetentionDays} days; objects rotate every ${s3RotateSeconds(answers)} s.`,
        "No standby cluster runs: a restore creates or borrows one when it is needed, and runs a restore connector while it lasts; neither is included.",
        ...unpricedAssumption(lines),
      ]);
    }
    case "multi-az":
      return total(
        option,
        [],
        [
          ...COMMON_ASSUMPTIONS,
          "No replication charge: replication between brokers inside one MSK cluster is not billed as data transfer. The cluster's own brokers and storage for replication factor 3 are part of its price.",
        ],
      );
  }
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

function recoverySource(id: FactId): string {
  return FACTS[id].source;
}

/** Expected replication lag for planning, seconds. */
export function expectedLagSeconds(answers: Answers): number {
  if (answers.partitions < answers.mbps * LIMITS.replicatorMinPartitionsPerMbps.value)
    return ASSUMPTIONS.replicationLagUnderPartitioned;
  return isCrossRegion(answers) || isSourceOutsideAws(answers.source)
    ? ASSUMPTIONS.replicationLagCrossRegion
    : ASSUMPTIONS.replicationLagSameRegion;
}

/** The recovery point and time each option can be expected to reach with these answers. */
export function estimateRecovery(option: OptionId, answers: Answers): RecoveryEstimate {
  const make = (
    scope: RecoveryEstimate["scope"],
    rpoSeconds: number,
    rtoMinutes: number,
    notes: string[],
    source: FactId,
  ): RecoveryEstimate => ({
    option,
    scope,
    rpoSeconds,
    rtoMinutes,
    meetsRpo: rpoSeconds <= answers.rpo,
    meetsRto: rtoMinutes <= answers.rto,
    notes,
    source: recoverySource(source),
  });
  const lag = expectedLagSeconds(answers);
  const lagNote =
    lag === ASSUMPTIONS.replicationLagUnderPartitioned
      ? `Partitions are below AWS's recommended minimum for ${answers.mbps} MB/s, so lag is likely higher than usual (${lag} s is an assumption to measure).`
      : `The lag of ${lag} s is an assumption to measure, not a published figure: no latency SLA exists, and it grows with the distance between Regions.`;
  switch (option) {
    case "msk-replicator":
      return make(
        "region",
        lag,
        ASSUMPTIONS.failoverMinutesManaged,
        [
          "Asynchronous: the un-replicated tail (bounded by ReplicationLatency) can be lost in a Regional failure.",
          lagNote,
          `Recovery time assumes ${ASSUMPTIONS.failoverMinutesManaged} minutes to detect, decide and repoint clients to the standby: an assumption, the same as for MirrorMaker 2 (no source gives either a faster failover).`,
        ],
        "replicator.at-least-once",
      );
    case "mirrormaker2":
      return make(
        "region",
        lag,
        ASSUMPTIONS.failoverMinutesSelfRun,
        [
          "Asynchronous: data not yet mirrored can be lost; consumers resume from the last checkpoint (emitted every 60 s), so expect duplicates.",
          lagNote,
          `Recovery time assumes ${ASSUMPTIONS.failoverMinutesSelfRun} minutes to detect, decide and repoint clients: an assumption, the same as for MSK Replicator (no source gives either a faster failover).`,
        ],
        "mm2.offset-sync",
      );
    case "s3-backup": {
      const r = s3Restore(answers);
      return make(
        "data-loss",
        s3RotateSeconds(answers),
        ASSUMPTIONS.s3RestoreSetupMinutes + r.replayMinutes,
        [
          `Recovery point is the sink's flush interval (${s3RotateSeconds(answers)} s).`,
          `Recovery time assumes ${ASSUMPTIONS.s3RestoreSetupMinutes} minutes of set-up, then replaying ${ASSUMPTIONS.s3RestoreWindowHours} hours of data (about ${Math.round(r.gb).toLocaleString("en-US")} GB) at ${Math.round(r.replayMbps)} MB/s: ${ASSUMPTIONS.s3ReplaySpeedup}× the write rate, capped by ${ASSUMPTIONS.s3RestoreConnectors} restore connector of ${ASSUMPTIONS.mskConnectMaxMcusPerConnector} MCUs (${ASSUMPTIONS.s3MbpsPerMcu} MB/s per MCU, unverified). Restore time grows with the volume to replay${r.connectorsToReachSpeedup > 1 ? `; ${r.connectorsToReachSpeedup} restore connectors would be needed to replay at ${ASSUMPTIONS.s3ReplaySpeedup}×` : ""}.`,
          "Excludes creating the cluster to restore into, when none is waiting.",
          "Consumer offsets do not survive a restore.",
        ],
        "s3.not-hot-standby",
      );
    }
    case "multi-az":
      return make(
        "availability-zone",
        0,
        ASSUMPTIONS.multiAzRecoveryMinutes,
        [
          "With acks=all and min.insync.replicas=2, an acknowledged write survives a broker or AZ loss.",
          "No protection against the loss of the Region, the account or a deleted topic.",
        ],
        "multiaz.durability",
      );
  }
}

/** The replay of a restore from S3: volume, rate (bounded by the restore connectors) and duration. */
export function s3Restore(answers: Answers): {
  gb: number;
  replayMbps: number;
  replayMinutes: number;
  connectorsToReachSpeedup: number;
} {
  const avgMbps = answers.mbps * ASSUMPTIONS.averageShareOfPeak;
  const gb = (avgMbps * ASSUMPTIONS.s3RestoreWindowHours * 3600) / 1000;
  const perConnector = ASSUMPTIONS.mskConnectMaxMcusPerConnector * ASSUMPTIONS.s3MbpsPerMcu;
  const wanted = avgMbps * ASSUMPTIONS.s3ReplaySpeedup;
  const replayMbps = Math.min(wanted, perConnector * ASSUMPTIONS.s3RestoreConnectors);
  return {
    gb,
    replayMbps,
    replayMinutes: Math.round((gb * 1000) / replayMbps / 60),
    connectorsToReachSpeedup: Math.ceil(wanted / perConnector),
  };
}
