// Which recovery point and time each option can be expected to reach with the user's numbers.
import { isSourceOutsideAws, type Answers } from "@/lib/answers";
import { FACTS, LIMITS, type FactId, type OptionId } from "@/lib/knowledge";
import { ASSUMPTIONS, isCrossRegion, s3RotateSeconds } from "./sizing";

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
      ? `Partitions are below AWS's recommended minimum for ${answers.mbps} MB/s, so lag is likely higher than usual.`
      : "No latency SLA is published: measure ReplicationLatency before relying on this figure.";
  switch (option) {
    case "msk-replicator":
      return make(
        "region",
        lag,
        ASSUMPTIONS.failoverMinutesManaged,
        [
          "Asynchronous: the un-replicated tail (bounded by ReplicationLatency) can be lost in a Regional failure.",
          lagNote,
          `Recovery time assumes ${ASSUMPTIONS.failoverMinutesManaged} minutes to detect, decide and repoint clients to the standby.`,
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
          `Recovery time assumes ${ASSUMPTIONS.failoverMinutesSelfRun} minutes, including stopping MirrorMaker 2 and checking translated offsets.`,
        ],
        "mm2.offset-sync",
      );
    case "s3-backup": {
      const replayMinutes = (ASSUMPTIONS.s3RestoreWindowHours * 60) / ASSUMPTIONS.s3ReplaySpeedup;
      return make(
        "data-loss",
        s3RotateSeconds(answers),
        ASSUMPTIONS.s3RestoreSetupMinutes + replayMinutes,
        [
          `Recovery point is the sink's rotation interval (${s3RotateSeconds(answers)} s).`,
          `Recovery time assumes ${ASSUMPTIONS.s3RestoreSetupMinutes} minutes of set-up and replaying ${ASSUMPTIONS.s3RestoreWindowHours} hours of data at ${ASSUMPTIONS.s3ReplaySpeedup}× the write rate.`,
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
