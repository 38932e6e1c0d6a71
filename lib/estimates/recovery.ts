// The recovery point and time each option can be expected to reach with the user's numbers; lag
// and failover times are assumptions to measure, labelled as such in the notes.
import { isSourceOutsideAws, type Answers } from "@/lib/answers";
import { FACTS, LIMITS, type FactId, type OptionId } from "@/lib/knowledge";
import { ASSUMPTIONS } from "./assumptions";
import { isCrossRegion, s3RotateSeconds } from "./sizing";

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
