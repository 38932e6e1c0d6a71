import { isMskSource, isSourceOutsideAws, type Answers } from "@/lib/answers";
import { FACTS, HOURS_PER_MONTH, LIMITS, PRICES, type FactId, type OptionId, type PriceId } from "@/lib/knowledge";

/**
 * Estimates: what each option costs per month and which recovery point and time it can be
 * expected to reach with the user's numbers. Every price is a dated, sourced constant
 * (lib/knowledge/prices); every other number here is an assumption listed in the output.
 * Costs exclude the Kafka clusters themselves: the standby cluster costs the same whichever
 * replication option runs.
 */

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
  /** A restore replays this many hours of data at this multiple of the write rate. */
  s3RestoreWindowHours: 24,
  s3ReplaySpeedup: 4,
  /** Creating topics, the restore connector and checks before replay starts, minutes. */
  s3RestoreSetupMinutes: 60,
  /** Typical replication lag used for planning (no SLA is published), seconds. */
  replicationLagSameRegion: 2,
  replicationLagCrossRegion: 5,
  /** Lag when partitions are below AWS's recommended minimum for the throughput. */
  replicationLagUnderPartitioned: 30,
  /** Detect, decide and repoint clients to the standby, minutes. */
  failoverMinutesManaged: 15,
  failoverMinutesSelfRun: 30,
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
  return answers.topology === "active-active" || (!isMskSource(answers.source) && answers.goal === "migration" && answers.naming === "identical");
}

/**
 * MSK Replicator's consumer group offset sync mode for these answers. ENHANCED (offsets translated
 * back on failback) needs identical names and a permanent reverse replicator; anything else gets
 * LEGACY, which translates offsets one way only. The scoring and the architecture both read it, so
 * what the plan promises is what the generated code sets.
 */
export function replicatorOffsetSyncMode(answers: Answers): "ENHANCED" | "LEGACY" {
  return answers.naming === "identical" && answers.offsets === "yes" && hasPermanentReverseReplicator(answers) ? "ENHANCED" : "LEGACY";
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

function total(option: OptionId, lines: CostLine[], assumptions: string[]): CostEstimate {
  return {
    option,
    monthly: round2(lines.reduce((sum, l) => sum + l.monthly, 0)),
    lines,
    assumptions,
    hasUnverifiedPrice: lines.some((l) => PRICES[l.price].status === "unverified"),
  };
}

const COMMON_ASSUMPTIONS = [
  "us-east-1 list prices in USD; other Regions differ.",
  `Average throughput is ${ASSUMPTIONS.averageShareOfPeak * 100}% of the peak you entered; ${HOURS_PER_MONTH} hours a month.`,
  "Excludes the Kafka clusters themselves, NAT gateways or VPC endpoints, and logs.",
];

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
        line(`${replicators} replicator${replicators > 1 ? "s" : ""} running all month`, replicators * HOURS_PER_MONTH, "replicator-hours", "replicatorHour"),
        line("Data processed by the replicators", gb * dirs * processedFactor, "GB", "replicatorGb"),
      ];
      if (crossRegion) lines.push(line("Cross-Region data transfer", gb * dirs, "GB", "interRegionGb"));
      lines.push(line("CloudWatch alarms", ASSUMPTIONS.alarmsPerFlow * replicators, "alarms", "cloudwatchAlarmMonth"));
      return total(option, lines, [
        ...COMMON_ASSUMPTIONS,
        `One replicator per direction per ${LIMITS.replicatorMaxMbps.value} MB/s; more are needed beyond ${LIMITS.replicatorMaxTopics.value} topics.`,
        ...(processedFactor === 2 ? ["Active-active with identical names: each replicator processes about twice the data (replicated plus filtered)."] : []),
      ]);
    }
    case "mirrormaker2": {
      const tasks = mm2TasksPerDirection(answers) * dirs;
      const taskHours = tasks * HOURS_PER_MONTH;
      const lines = [
        line(`${tasks} Fargate tasks, vCPU`, taskHours * ASSUMPTIONS.mm2TaskVcpu, "vCPU-hours", "fargateVcpuHour"),
        line(`${tasks} Fargate tasks, memory`, taskHours * ASSUMPTIONS.mm2TaskGb, "GB-hours", "fargateGbHour"),
      ];
      if (crossRegion) lines.push(line("Cross-Region data transfer", gb * dirs, "GB", "interRegionGb"));
      lines.push(line("CloudWatch alarms", ASSUMPTIONS.alarmsPerFlow * dirs, "alarms", "cloudwatchAlarmMonth"));
      return total(option, lines, [
        ...COMMON_ASSUMPTIONS,
        `Tasks of ${ASSUMPTIONS.mm2TaskVcpu} vCPU / ${ASSUMPTIONS.mm2TaskGb} GB, at least ${ASSUMPTIONS.mm2MinTasks} per direction, one per ${LIMITS.mm2MbpsPerTask.value} MB/s (unverified: benchmark your records).`,
        "Excludes the people who run it: MirrorMaker 2 is yours to operate and upgrade.",
      ]);
    }
    case "s3-backup": {
      const mcus = s3SinkMcus(answers);
      const storedGb = (answers.mbps * ASSUMPTIONS.averageShareOfPeak * 86_400 * ASSUMPTIONS.s3RetentionDays) / 1000;
      const puts = (answers.partitions * (ASSUMPTIONS.s3RetentionDays * 86_400)) / s3RotateSeconds(answers);
      const lines = [
        line(`MSK Connect S3 sink, ${mcus} MCU${mcus > 1 ? "s" : ""}`, mcus * HOURS_PER_MONTH, "MCU-hours", "mskConnectMcuHour"),
        line(`S3 Standard storage, ${ASSUMPTIONS.s3RetentionDays} days kept`, storedGb, "GB-months", "s3StandardGbMonth"),
        line("S3 PUT requests (one object per partition per rotation)", puts / 1000, "thousand requests", "s3PutPer1000"),
      ];
      if (crossRegion) lines.push(line("Cross-Region data transfer to the backup bucket", gb, "GB", "interRegionGb"));
      return total(option, lines, [
        ...COMMON_ASSUMPTIONS,
        `One MCU per ${ASSUMPTIONS.s3MbpsPerMcu} MB/s (unverified: benchmark); the bucket keeps ${ASSUMPTIONS.s3RetentionDays} days; objects rotate every ${s3RotateSeconds(answers)} s.`,
        "A restore runs a second connector while it lasts; not included.",
      ]);
    }
    case "multi-az":
      return total(option, [], [
        ...COMMON_ASSUMPTIONS,
        "No replication charge: replication between brokers inside one MSK cluster is not billed as data transfer. The cluster's own brokers and storage for replication factor 3 are part of its price.",
      ]);
  }
}

function recoverySource(id: FactId): string {
  return FACTS[id].source;
}

/** Expected replication lag for planning, seconds. */
export function expectedLagSeconds(answers: Answers): number {
  if (answers.partitions < answers.mbps * LIMITS.replicatorMinPartitionsPerMbps.value) return ASSUMPTIONS.replicationLagUnderPartitioned;
  return isCrossRegion(answers) || isSourceOutsideAws(answers.source) ? ASSUMPTIONS.replicationLagCrossRegion : ASSUMPTIONS.replicationLagSameRegion;
}

/** The recovery point and time each option can be expected to reach with these answers. */
export function estimateRecovery(option: OptionId, answers: Answers): RecoveryEstimate {
  const make = (scope: RecoveryEstimate["scope"], rpoSeconds: number, rtoMinutes: number, notes: string[], source: FactId): RecoveryEstimate => ({
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
      ? `Partitions are below AWS's recommended minimum for ${answers.mbps} MB/s, so lag is likely higher than usual.`
      : "No latency SLA is published: measure ReplicationLatency before relying on this figure.";
  switch (option) {
    case "msk-replicator":
      return make("region", lag, ASSUMPTIONS.failoverMinutesManaged, [
        "Asynchronous: the un-replicated tail (bounded by ReplicationLatency) can be lost in a Regional failure.",
        lagNote,
        `Recovery time assumes ${ASSUMPTIONS.failoverMinutesManaged} minutes to detect, decide and repoint clients to the standby.`,
      ], "replicator.at-least-once");
    case "mirrormaker2":
      return make("region", lag, ASSUMPTIONS.failoverMinutesSelfRun, [
        "Asynchronous: data not yet mirrored can be lost; consumers resume from the last checkpoint (emitted every 60 s), so expect duplicates.",
        lagNote,
        `Recovery time assumes ${ASSUMPTIONS.failoverMinutesSelfRun} minutes, including stopping MirrorMaker 2 and checking translated offsets.`,
      ], "mm2.offset-sync");
    case "s3-backup": {
      const replayMinutes = (ASSUMPTIONS.s3RestoreWindowHours * 60) / ASSUMPTIONS.s3ReplaySpeedup;
      return make("data-loss", s3RotateSeconds(answers), ASSUMPTIONS.s3RestoreSetupMinutes + replayMinutes, [
        `Recovery point is the sink's rotation interval (${s3RotateSeconds(answers)} s).`,
        `Recovery time assumes ${ASSUMPTIONS.s3RestoreSetupMinutes} minutes of set-up and replaying ${ASSUMPTIONS.s3RestoreWindowHours} hours of data at ${ASSUMPTIONS.s3ReplaySpeedup}× the write rate.`,
        "Consumer offsets do not survive a restore.",
      ], "s3.not-hot-standby");
    }
    case "multi-az":
      return make("availability-zone", 0, ASSUMPTIONS.multiAzRecoveryMinutes, [
        "With acks=all and min.insync.replicas=2, an acknowledged write survives a broker or AZ loss.",
        "No protection against the loss of the Region, the account or a deleted topic.",
      ], "multiaz.durability");
  }
}
