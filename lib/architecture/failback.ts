import type { Answers } from "@/lib/answers";
import { goalWords } from "@/lib/answers/words";
import { PRICES } from "@/lib/knowledge";
import { formatSeconds } from "@/lib/format";
import type { Architecture } from "./model";

/**
 * What one failback costs and how long it takes, from the architecture that will run it. MSK
 * Replicator active-passive: the reverse replicator is created with starting position EARLIEST and
 * processes everything the standby retains; a reverse replicator that already runs (ENHANCED or
 * active-active) re-copies nothing. MirrorMaker 2: the reverse flow re-reads the standby's topics
 * unless both flows already run. Undefined for the options without a standby (S3 backup, Multi-AZ).
 */
export type FailbackEstimate =
  | { kind: "replicator-running"; reverseReplicator: string; offsetsTranslatedBack: boolean }
  | {
      kind: "replicator-created";
      reverseReplicator: string;
      /** GB per day of the standby's retention at the peak throughput. */
      gbPerDay: number;
      replicatorUsdPerDay: number;
      /** Inter-Region transfer per day of retention; undefined in one Region. */
      transferUsdPerDay?: number;
    }
  | { kind: "mirrormaker2-running"; reverseFlow: string }
  | {
      kind: "mirrormaker2-reverse-flow";
      gbPerDay: number;
      transferUsdPerDay?: number;
      tasks: number;
      /** The standby's copies land beside the primary's topics under a prefix (default policy). */
      landsBesidePrimaryTopics: boolean;
      checkpointIntervalSeconds: number;
    };

export function estimateFailback(arch: Architecture, answers: Answers): FailbackEstimate | undefined {
  const gbPerDay = Math.round((answers.mbps * 86_400) / 1000);
  const transferUsdPerDay = arch.crossRegion ? gbPerDay * PRICES.interRegionGb.amount : undefined;
  const transfer = transferUsdPerDay === undefined ? {} : { transferUsdPerDay };
  if (arch.option === "msk-replicator") {
    const reverse = arch.replicators.find((r) => r.id === "reverse");
    if (!reverse) return undefined;
    if (reverse.phase === "steady")
      return {
        kind: "replicator-running",
        reverseReplicator: reverse.name,
        offsetsTranslatedBack: arch.replicators.some((r) => r.consumerGroupOffsetSyncMode === "ENHANCED"),
      };
    return {
      kind: "replicator-created",
      reverseReplicator: reverse.name,
      gbPerDay,
      replicatorUsdPerDay: gbPerDay * PRICES.replicatorGb.amount,
      ...transfer,
    };
  }
  if (arch.option === "mirrormaker2") {
    const m = arch.mirrorMaker2;
    if (m.directions.length > 1)
      return { kind: "mirrormaker2-running", reverseFlow: `${m.aliases.target} → ${m.aliases.source}` };
    return {
      kind: "mirrormaker2-reverse-flow",
      gbPerDay,
      ...transfer,
      tasks: m.desiredCount,
      landsBesidePrimaryTopics: m.replicationPolicy === "default",
      checkpointIntervalSeconds: m.emitCheckpointsIntervalSeconds,
    };
  }
  return undefined;
}

/**
 * The failback estimate in one paragraph of Markdown, worded for the plan's goal (a rollback in a
 * migration), without a lead-in: the runbook and the decision record each put their own before it.
 */
export function failbackInWords(arch: Architecture, answers: Answers): string | undefined {
  const f = estimateFailback(arch, answers);
  if (!f) return undefined;
  const words = goalWords(arch.goal);
  const usd = (n: number) => `about $${Math.round(n).toLocaleString("en-US")}`;
  const gb = (n: number) => n.toLocaleString("en-US");
  switch (f.kind) {
    case "replicator-running":
      return `the reverse replicator \`${f.reverseReplicator}\` already runs, so nothing is re-copied: the ${words.failback} takes as long as it takes the reverse replicator's \`MessageLag\` to reach 0 and clients to restart.${f.offsetsTranslatedBack ? " Offsets are translated back (ENHANCED)." : " Offsets are not translated back (LEGACY): reset groups by time on the primary."}`;
    case "replicator-created": {
      const transfer =
        f.transferUsdPerDay === undefined
          ? ""
          : `, and ${usd(f.transferUsdPerDay)} per day of retention for the transfer between Regions (at $${PRICES.interRegionGb.amount}/GB, unverified)`;
      return `\`${f.reverseReplicator}\` is created with starting position EARLIEST, so it processes everything the ${words.standby} retains, including the records that came from the ${words.primary} (filtered out, but billed). At your peak of ${answers.mbps} MB/s that is up to ${gb(f.gbPerDay)} GB per day of retention: ${usd(f.replicatorUsdPerDay)} of replicator processing per day of retention (at $${PRICES.replicatorGb.amount}/GB, unverified)${transfer}. Time: creating the replicator takes up to about 30 minutes, then it must catch up (watch \`MessageLag\`). Offsets are not translated back (LEGACY): groups on the ${words.primary} resume from before the ${words.failover} unless reset by time. A permanent reverse replicator with enhanced (bidirectional) offset sync avoids the re-copy and translates offsets back, but \`consumer_group_offset_sync_mode\` cannot be changed in place: moving to it replaces the forward replicator, which copies again from EARLIEST.`;
    }
    case "mirrormaker2-running":
      return `both flows already run, so nothing is re-copied; the ${words.failback} waits for the ${f.reverseFlow} flow to catch up.`;
    case "mirrormaker2-reverse-flow":
      return `the reverse flow reads everything the ${words.standby} retains (${gb(f.gbPerDay)} GB per day of retention at your peak of ${answers.mbps} MB/s${f.transferUsdPerDay === undefined ? "" : `, ${usd(f.transferUsdPerDay)} of transfer between Regions per day of retention`}), on the same ${f.tasks} Fargate tasks; ${f.landsBesidePrimaryTopics ? "it lands beside the primary's own topics under the standby's prefix" : "the primary's topics are recreated empty first, so its history is copied back in full"}. Allow for that copy at the tasks' throughput before producers move back, on top of one checkpoint interval (${formatSeconds(f.checkpointIntervalSeconds)}) for offsets.`;
  }
}
