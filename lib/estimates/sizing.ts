// Sizing: the figures the estimates, the architecture and the generated code derive from the
// answers (data volume, replicator and task counts, connector capacity), and the planning
// assumptions behind them, stated in every estimate's output.
import { isMskSource, isSourceOutsideAws, type Answers } from "@/lib/answers";
import { HOURS_PER_MONTH, LIMITS } from "@/lib/knowledge";

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
