import type { Architecture } from "@/lib/architecture";
import { FACTS } from "@/lib/knowledge";
import { consumerGroups, type RunbookContext } from "./context";
import { bash } from "@/lib/markdown";
import type { Section } from "./sections";

/**
 * What one consumer group does at cut-over to the standby, for the architecture's option and topic
 * naming: the topics it subscribes to there, where it resumes and how to check that before starting
 * it, what to do when its offsets were not synchronised, the duplicates to expect, the order of
 * producers and consumers, and what changes for Kafka Streams and other stateful consumers. Pure.
 */
export interface CutoverPlan {
  /** False for Multi-AZ: there is no other cluster to move to. */
  applies: boolean;
  /** How a topic is named on the standby, e.g. "`<sourceKafkaClusterAlias>.orders`". */
  remoteName: string;
  /** The subscription for the example topic `orders` on the standby. */
  subscription: string;
  /** Whether the subscription needs a pattern (remote and local names differ). */
  pattern: boolean;
  resume: "translated offsets" | "reset by time" | "earliest or a timestamp";
  resumeText: string;
  /** When the group was active on the standby or its offsets were not synchronised. */
  notSynced: string;
  duplicates: string;
  /** Producers and consumers, in order. */
  order: string[];
  stateful: string[];
  /** What the group does on the way back. */
  failback: string;
}

const STREAMS_RESET = "https://kafka.apache.org/documentation/streams/developer-guide/app-reset-tool.html";
const STREAMS_INTERNAL = "https://kafka.apache.org/documentation/streams/developer-guide/manage-topics.html";

export function cutoverPlan(arch: Architecture): CutoverPlan {
  switch (arch.option) {
    case "multi-az":
      return {
        applies: false,
        remoteName: "the same cluster",
        subscription: "orders",
        pattern: false,
        resume: "translated offsets",
        resumeText:
          "Nothing moves: clients follow the new partition leaders in the same cluster and keep their committed offsets.",
        notSynced: "Not applicable.",
        duplicates: "Records processed but not yet committed when a consumer lost its broker are read again.",
        order: [],
        stateful: [],
        failback: "Not applicable.",
      };
    case "s3-backup":
      return {
        applies: true,
        remoteName: "the same name (the restore writes `orders` into `orders`)",
        subscription: "orders",
        pattern: false,
        resume: "earliest or a timestamp",
        resumeText:
          "Restored records get new offsets, so committed offsets mean nothing on the restored cluster. Set each group's position before it starts: from the earliest offset, or from a time just before the incident.",
        notSynced:
          "Offsets are never synchronised with a backup: every group is positioned by hand (`--reset-offsets --to-earliest` or `--to-datetime`).",
        duplicates:
          "Everything from the chosen position is read again; with `--to-earliest`, the whole restored history. Consumers must be idempotent, or start from a timestamp.",
        order: [
          "Wait until the restore has finished (end offsets no longer move).",
          "Set each group's position (dry run, then execute).",
          "Flip the switch to the restored cluster.",
          "Start consumers.",
          "Start producers.",
        ],
        stateful: [
          "Kafka Streams: the restored internal topics (`<application.id>-…-changelog`, `-repartition`) are not consistent with the reset input offsets. Reset the application (`kafka-streams-application-reset.sh --application-id <app> --input-topics …`) and let it rebuild its state from the input topics.",
        ],
        failback: "Moving back is another restore, or a replication flow you set up for it: plan it as a migration.",
      };
    case "msk-replicator": {
      const forward = arch.replicators.find((r) => r.id === "forward")!;
      const prefixed = forward.topicNameConfiguration === "PREFIXED_WITH_SOURCE_CLUSTER_ALIAS";
      const synced = forward.synchroniseConsumerGroupOffsets;
      const enhanced = forward.consumerGroupOffsetSyncMode === "ENHANCED";
      return {
        applies: true,
        remoteName: prefixed
          ? "`<sourceKafkaClusterAlias>.orders` (the alias is in `aws kafka describe-replicator`)"
          : "`orders`, the same name",
        subscription: prefixed ? "^(<sourceKafkaClusterAlias>\\.)?orders$" : "orders",
        pattern: prefixed,
        resume: synced ? "translated offsets" : "reset by time",
        resumeText: synced
          ? `From the offsets MSK Replicator translated and committed on the standby${prefixed ? ", on the remote topics `<alias>.orders`" : ""}. Check them before starting the group.`
          : "Offsets are not replicated (you chose not to): set each group's position by time before it starts.",
        notSynced:
          "Translated offsets are written only while the group has no active member on the standby. If it was active there (started early, or the same group ID in both Regions), or `--describe` shows `-` for a partition: stop it, wait a minute and describe again. If the offsets still do not appear, or the primary is gone, set them from a time: the moment of failure minus the replication latency (`--reset-offsets --to-datetime … --dry-run`, then `--execute`).",
        duplicates: `Translation is approximate and errs towards re-reading (at-least-once): expect the records the group read after the last sync, and more for a group that lagged on the primary.${prefixed ? " A wildcard subscription also reads the local topic: keep ordering per topic, not across them." : ""}`,
        order: [
          "Stop producers on the primary; wait until the replicator's MessageLag is 0.",
          "Stop consumers on the primary (the group must have no active member on the standby).",
          synced
            ? "Check the translated offsets on the standby before anything writes there: with LEGACY sync they stop moving once producers write to the standby."
            : "Set each group's position by time on the standby.",
          "Flip the switch to the standby.",
          "Start producers on the standby (they write to the local names, never to replicated topics).",
          prefixed
            ? "Start consumers with their pattern; when ordering matters, first the replicated topics until their lag is 0, then the local ones."
            : "Start consumers with their usual group IDs and topics.",
        ],
        stateful: [
          prefixed
            ? "Kafka Streams: its internal topics arrive as `<alias>.<application.id>-…-changelog` and `-repartition`, names Streams does not read. On the standby it starts with empty state: reset the application and rebuild its state from the input topics, or accept the rebuild on first start. Records in flight in repartition topics are reprocessed from the inputs."
            : "Kafka Streams: the changelog and repartition topics are replicated under the same names, but asynchronously and apart from the input offsets, so a rebuilt state store can be slightly ahead of or behind the translated input position. Start with an empty state directory (it restores from the changelog) and expect aggregates to double-count or miss the records in that window; where that is not acceptable, reset the application and reprocess from a time.",
          "Exactly-once processing (`processing.guarantee=exactly_once_v2`) holds within one cluster only: across the switch it is at-least-once.",
          "Other stateful consumers (caches, external stores keyed by offset): store the source's business keys, not offsets; offsets differ between the clusters.",
        ],
        failback: enhanced
          ? "ENHANCED offset sync translates the positions reached on the standby back to the primary: the group resumes where it stopped."
          : "LEGACY offset sync does not translate offsets back: on the primary the group finds the offsets it committed before the failover and would re-read everything it read on the standby. Set its position by time before starting it on the primary.",
      };
    }
    case "mirrormaker2": {
      const m = arch.mirrorMaker2!;
      const alias = m.aliases.source;
      const naming = m.replicationPolicy;
      return {
        applies: true,
        remoteName:
          naming === "identity"
            ? "`orders`, the same name (IdentityReplicationPolicy)"
            : naming === "default"
              ? `\`${alias}.orders\` (DefaultReplicationPolicy: source alias and \`.\`)`
              : "the name your replication policy returns",
        subscription:
          naming === "identity"
            ? "orders"
            : naming === "default"
              ? `^(${alias}\\.)?orders$`
              : "<remote name of orders under your policy>",
        pattern: naming !== "identity",
        resume: m.syncGroupOffsets ? "translated offsets" : "reset by time",
        resumeText: m.syncGroupOffsets
          ? `From the checkpoints MirrorMaker 2 translated into the standby's \`__consumer_offsets\` every ${m.syncGroupOffsetsIntervalSeconds} s (\`sync.group.offsets.enabled\`)${naming === "default" ? `, on the remote topics \`${alias}.orders\`` : ""}.`
          : "Offsets are not written to the standby: read the translated positions from the checkpoints topic and set them, or set them by time.",
        notSynced: `MirrorMaker 2 writes offsets only for groups with no active member on the standby. If the group was active there, or \`--describe\` shows \`-\`: stop it and wait ${m.emitCheckpointsIntervalSeconds + m.syncGroupOffsetsIntervalSeconds} s (one checkpoint and one sync interval); if still missing, use the last checkpoint in \`${alias}.checkpoints.internal\` (\`--reset-offsets --to-offset\` per partition) or a time.`,
        duplicates: `Checkpoints are emitted every ${m.emitCheckpointsIntervalSeconds} s from offset syncs taken every \`offset.lag.max\` records, so expect up to about a minute of records, plus up to 100 per partition, read again (at-least-once).`,
        order: [
          "Stop producers on the primary; let MirrorMaker 2 drain.",
          "Stop consumers on the primary and wait one checkpoint and one sync interval.",
          "Check the translated offsets on the standby.",
          naming === "identity"
            ? "Stop MirrorMaker 2 (IdentityReplicationPolicy cannot detect cycles)."
            : "Stop MirrorMaker 2, so nothing copies into the standby once it takes writes.",
          "Flip the switch to the standby.",
          "Start producers on the standby (local names).",
          naming === "identity"
            ? "Start consumers with their usual group IDs and topics."
            : "Start consumers with their pattern over the local and remote topics.",
        ],
        stateful: [
          naming === "identity"
            ? "Kafka Streams: changelog and repartition topics are mirrored under the same names, asynchronously; a restored store can be slightly ahead of or behind the translated input position. Start with an empty state directory, or reset the application and reprocess from a time where aggregates must be exact."
            : `Kafka Streams: internal topics arrive as \`${alias}.<application.id>-…-changelog\`, which Streams does not read: it starts with empty state on the standby. Reset it and rebuild from the input topics.`,
          "Exactly-once holds within one cluster only; translated offsets make the switch at-least-once even with MirrorMaker 2's exactly-once source support.",
          "Other stateful consumers: key external state by business keys, not offsets.",
        ],
        failback:
          "The failback is a new flow standby → primary with its own checkpoints; the group's offsets on the primary come from that flow's checkpoints (or a reset by time), not from before the failover.",
      };
    }
  }
}

/** The cutover plan as a runbook section, with the exact commands for `$GROUP`. */
export function cutoverSection(ctx: RunbookContext): Section | undefined {
  const p = cutoverPlan(ctx.arch);
  if (!p.applies) return undefined;
  const { words } = ctx;
  const offsetFact =
    ctx.arch.option === "mirrormaker2"
      ? FACTS["mm2.offset-sync"].source
      : ctx.arch.option === "msk-replicator"
        ? FACTS["replicator.offset-sync"].source
        : FACTS["s3.offsets-lost"].source;
  return {
    title: `Cutover plan per consumer group`,
    intro: [
      `Fill this in for every consumer group before the ${words.failover} (\`${consumerGroups("source", "--list")}\` lists them). Each group's owner signs off where it resumes and how it handles duplicates.`,
    ],
    steps: [
      {
        title: "Which topics the group subscribes to on the standby",
        body: [
          `A topic \`orders\` is ${p.remoteName} on the ${words.standby}. Subscription: \`${p.subscription}\`${p.pattern ? " (a pattern: the remote copy holds what was written before the switch, the local topic what producers write after it)" : ""}.`,
        ],
        verify: `\`${consumerGroups("target", "--list")}\` and \`kafka-topics.sh --bootstrap-server "$TARGET_BOOTSTRAP" --command-config target.properties --list\` show every topic the group's subscription needs.`,
      },
      {
        title: `Where it resumes: ${p.resume}`,
        body: [
          p.resumeText,
          bash(
            consumerGroups("target", '--describe --group "$GROUP"'),
            '# every partition needs a CURRENT-OFFSET (not "-"); a dry run shows what a reset would set:',
            consumerGroups(
              "target",
              '--group "$GROUP" --all-topics --reset-offsets --to-datetime <YYYY-MM-DDTHH:mm:SS.sss> --dry-run',
            ),
          ),
        ],
        verify:
          "every partition of every subscribed topic shows a `CURRENT-OFFSET`, and `LAG` is no larger than the group's lag on the primary before the switch plus what was written since.",
        sources: [offsetFact],
      },
      {
        title: "If the group was active on the standby, or its offsets are missing",
        body: [
          p.notSynced,
          bash(
            consumerGroups("target", '--describe --group "$GROUP" --members'),
            consumerGroups(
              "target",
              '--group "$GROUP" --all-topics --reset-offsets --to-datetime <failure time minus the replication lag> --execute',
            ),
          ),
        ],
        verify:
          "the group has no active member while its offsets are set, and `--describe` then shows a `CURRENT-OFFSET` on every partition.",
        sources: [offsetFact],
      },
      {
        title: "Duplicates to expect",
        body: [p.duplicates],
        verify: "the group's owner confirms its consumers are idempotent (or deduplicate by key) for that window.",
      },
      {
        title: "Order of producers and consumers",
        body: [p.order.map((o, i) => `${i + 1}. ${o}`).join("\n"), `**On the way back:** ${p.failback}`],
        verify: `the ${words.failover} steps below follow this order for the group.`,
      },
      {
        title: "Kafka Streams and other stateful consumers",
        body: [
          p.stateful.map((s) => `- ${s}`).join("\n"),
          bash(
            `kafka-streams-application-reset.sh --bootstrap-server "$TARGET_BOOTSTRAP" --config-file target.properties --application-id <application.id> --input-topics <topics> --to-datetime <YYYY-MM-DDTHH:mm:SS.sss> --dry-run`,
          ),
        ],
        verify:
          "every stateful application has a written decision: restore from the replicated changelog, or reset and reprocess from a time.",
        sources: [STREAMS_RESET, STREAMS_INTERNAL],
      },
    ],
  };
}
