// Sizing: how much data flows and how many replicators, tasks, MCUs and standby brokers carry it.
// The cost and recovery estimates and the architecture's builders all size from here.
import { isMskSource, isSourceOutsideAws, type Answers } from "@/lib/answers";
import { HOURS_PER_MONTH, LIMITS } from "@/lib/knowledge";
import { ASSUMPTIONS } from "./assumptions";

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

/** GB a cluster keeps for the standby's retention, at the average rate. */
export function retainedGb(answers: Answers): number {
  return (answers.mbps * ASSUMPTIONS.averageShareOfPeak * 86_400 * ASSUMPTIONS.standbyRetentionDays) / 1000;
}

/** Brokers (in units of the smallest size) a cluster of this type needs: three AZs, throughput and partitions. */
export function clusterBrokers(answers: Answers, type: Answers["target"] | Answers["source"]): number {
  const express = type === "msk-express";
  const byThroughput = answers.mbps / (express ? ASSUMPTIONS.expressMbpsPerBroker : ASSUMPTIONS.standardMbpsPerBroker);
  const byPartitions = express ? 0 : (answers.partitions * 3) / ASSUMPTIONS.standardPartitionsPerBroker;
  return Math.max(3, Math.ceil(Math.max(byThroughput, byPartitions) / 3) * 3);
}

/** Brokers a Provisioned standby needs, sized like the primary as AWS recommends. */
export function standbyBrokers(answers: Answers): number {
  return clusterBrokers(answers, answers.target);
}
