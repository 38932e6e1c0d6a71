import { architectureOf } from "@/lib/architecture";
import type { MirrorMaker2Spec } from "@/lib/architecture";
import {
  alarmsQuiet,
  consume,
  consumerGroups,
  consumerLag,
  endOffsets,
  mm2Names,
  src,
  topics,
  type RunbookContext,
  type Side,
} from "./context";
import { formatSeconds } from "@/lib/format";
import { bash } from "@/lib/markdown";
import { failbackCost } from "./parity";
import { type Section, type Step } from "./sections";
import { flipStep, moveRegionBody } from "./switch";

// MirrorMaker 2 (dedicated mode on ECS Fargate): pre-checks on heartbeats, checkpoints and lag,
// failover (or cut-over) by stopping MirrorMaker 2 and moving clients, and failback (or rollback)
// as a new flow in the other direction. There is no reverse replicator to create.

const GEO = "https://kafka.apache.org/documentation/#georeplication";
const MIGRATION_GUIDE =
  "https://docs.aws.amazon.com/whitepapers/latest/amazon-msk-migration-guide/mirrormaker-2.0-mm2.html";
const ECS_CLI = "https://docs.aws.amazon.com/cli/latest/reference/ecs/update-service.html";

export function mirrorMaker2Sections(ctx: RunbookContext): Section[] {
  const m = architectureOf(ctx.arch, "mirrormaker2").mirrorMaker2;
  const active = m.directions.length > 1;
  const sections = [preChecks(ctx, m), ...(active ? activeActive(ctx, m) : activePassive(ctx, m))];
  if (ctx.migration) sections.push(finish(ctx));
  return sections;
}

/** `$TOPIC`'s name on the other cluster under this replication policy, quoted for the shell. */
function remoteTopic(m: MirrorMaker2Spec, from: Side): string {
  const alias = from === "source" ? m.aliases.source : m.aliases.target;
  if (m.replicationPolicy === "identity") return '"$TOPIC"';
  if (m.replicationPolicy === "custom") return '"<remote name of $TOPIC under the custom policy>"';
  return `"${alias}.$TOPIC"`;
}

function namingWords(m: MirrorMaker2Spec, from: Side): string {
  const alias = from === "source" ? m.aliases.source : m.aliases.target;
  switch (m.replicationPolicy) {
    case "identity":
      return "IdentityReplicationPolicy keeps topic names, so consumers use the same topics; only the bootstrap brokers change.";
    case "default":
      return `DefaultReplicationPolicy prefixes remote topics with the source alias: \`orders\` arrives as \`${alias}.orders\`. Subscribe to both the local and the remote topic with a pattern such as \`(${alias}\\.)?orders\`.`;
    case "custom":
      return "The custom replication policy decides the remote topic names: subscribe to the names it produces (and to the local names for new writes).";
  }
}

const sideWord = (ctx: RunbookContext, side: Side) => (side === "source" ? ctx.words.primary : ctx.words.standby);

function ecsState(ctx: RunbookContext): string {
  const n = mm2Names(ctx);
  return bash(
    `aws ecs describe-services --cluster ${n.cluster} --services ${n.service} \\`,
    `  --query 'services[0].[status,desiredCount,runningCount]' --output text ${n.flags}`,
  );
}

function scale(ctx: RunbookContext, count: number, redeploy = false): string {
  const n = mm2Names(ctx);
  return bash(
    `aws ecs update-service --cluster ${n.cluster} --service ${n.service} --desired-count ${count}${redeploy ? " --force-new-deployment" : ""} ${n.flags}`,
    `aws ecs wait services-stable --cluster ${n.cluster} --services ${n.service} ${n.flags}`,
  );
}

// ── Pre-checks ─────────────────────────────────────────────────────────────

function preChecks(ctx: RunbookContext, m: MirrorMaker2Spec): Section {
  const flows: { from: Side; to: Side }[] = m.directions.map((d) => ({ from: d.from, to: d.to }));
  const alias = (s: Side) => (s === "source" ? m.aliases.source : m.aliases.target);
  const offsetSyncs =
    m.offsetSyncsTopicLocation === "source"
      ? `mm2-offset-syncs.${m.aliases.target}.internal`
      : `mm2-offset-syncs.${m.aliases.source}.internal`;
  const offsetSyncsSide: Side = m.offsetSyncsTopicLocation === "source" ? "source" : "target";
  const rpo =
    ctx.a.rpo > 0
      ? `below your RPO of ${formatSeconds(ctx.a.rpo)} (${(ctx.a.rpo * 1000).toLocaleString("en-US")} ms)`
      : "as low as your measured baseline";
  const steps: Step[] = [
    {
      title: "MirrorMaker 2 tasks are running",
      body: [ecsState(ctx)],
      verify: `the service is \`ACTIVE\` with ${m.desiredCount} of ${m.desiredCount} tasks running.`,
      sources: [src("mm2.operations")],
    },
    {
      title: "Heartbeats arrive end to end",
      body: [
        "The heartbeat connector writes to a local `heartbeats` topic; the copy that crossed from the other cluster is prefixed with its alias. Fresh records prove the whole path works.",
        bash(
          ...flows.map((f) =>
            consume(
              f.to,
              `${alias(f.from)}.heartbeats`,
              "--max-messages 3 --timeout-ms 30000 --property print.timestamp=true \\\n  --formatter org.apache.kafka.connect.mirror.formatters.HeartbeatFormatter",
            ),
          ),
          ...flows.map((f) => topics(f.to, "--list | grep -E '^heartbeats$'")),
        ),
      ],
      verify: `${flows.map((f) => `\`${alias(f.from)}.heartbeats\` on the ${sideWord(ctx, f.to)}`).join(" and ")} print${flows.length > 1 ? "" : "s"} three records within a few seconds, with timestamps no more than a few seconds old, and the local \`heartbeats\` topic exists.`,
      sources: [GEO],
    },
    {
      title: "Checkpoints are emitted",
      body: [
        `The checkpoint connector writes the translated offsets of each group to \`${m.aliases.source}.checkpoints.internal\` on the ${ctx.words.standby} every ${m.emitCheckpointsIntervalSeconds} s.`,
        bash(
          ...flows.map(
            (f) =>
              `${consume(f.to, `${alias(f.from)}.checkpoints.internal`, "--from-beginning --timeout-ms 30000 \\\n  --formatter org.apache.kafka.connect.mirror.formatters.CheckpointFormatter")} | grep "$GROUP" | tail -3`,
          ),
        ),
      ],
      verify: `checkpoints for \`$GROUP\` appear, and their \`downstreamOffset\` moves forward from one ${m.emitCheckpointsIntervalSeconds}-second interval to the next.`,
      sources: [src("mm2.offset-sync")],
    },
    {
      title: "The offset-syncs topic is where the configuration puts it",
      body: [bash(topics(offsetSyncsSide, `--describe --topic ${offsetSyncs}`))],
      verify: `\`${offsetSyncs}\` exists on the ${sideWord(ctx, offsetSyncsSide)} cluster (\`offset-syncs.topic.location = ${m.offsetSyncsTopicLocation}\`)${m.offsetSyncsTopicLocation === "target" ? ", so the offset syncs write nothing to the source; MirrorMaker 2 still writes its `heartbeats` topic there, which the heartbeat check reads" : ""}.`,
      sources: [GEO],
    },
    {
      title: "MirrorMaker 2 keeps up",
      body: [
        `The source connector's \`replication-latency-ms-max\` and \`record-age-ms-max\` (JMX \`kafka.connect.mirror:type=MirrorSourceConnector\`) reach CloudWatch through the task's JMX exporter and CloudWatch agent sidecar: \`mm2_replication_latency_ms_max\` and \`mm2_record_age_ms_max\` in the \`MirrorMaker2\` namespace, drawn against the RPO on the \`${ctx.arch.name}-replication\` dashboard. A direct check: the end offsets of a topic and of its remote copy move together.`,
        bash(...flows.flatMap((f) => [endOffsets(f.from, '"$TOPIC"'), endOffsets(f.to, remoteTopic(m, f.from))])),
      ],
      verify: `\`replication-latency-ms\` stays ${rpo}, and the remote topic's end offsets trail the source's by no more than a few seconds of writes.`,
      sources: [GEO],
    },
    {
      title: `Consumers on the ${ctx.words.primary} are keeping up`,
      body: consumerLag(ctx, "source"),
      verify:
        "the `LAG` column (or `MaxOffsetLag`) is small and stable. Checkpoints translate the committed position, so a lagging group re-reads more after a failover.",
      sources: ["https://docs.aws.amazon.com/msk/latest/developerguide/consumer-lag.html"],
    },
  ];
  if (m.syncGroupOffsets) {
    steps.push({
      title: `Translated offsets reach the ${ctx.words.standby}`,
      body: [
        `\`sync.group.offsets.enabled = true\` writes translated offsets into the ${ctx.words.standby}'s \`__consumer_offsets\` every ${m.syncGroupOffsetsIntervalSeconds} s, for groups with no active member there.`,
        bash(consumerGroups("target", '--describe --group "$GROUP"')),
      ],
      verify: `the group exists on the ${ctx.words.standby}, on the remote topic names, with \`CURRENT-OFFSET\` close to \`LOG-END-OFFSET\`.`,
      sources: [src("mm2.offset-sync")],
    });
  }
  steps.push(
    alarmsQuiet(
      ctx,
      mm2Names(ctx).flags,
      "CPU, memory, running tasks, replication latency, failed connector tasks",
      `\`replication-latency-ms-max\` and \`record-age-ms-max\` against a line at the RPO (${formatSeconds(ctx.a.rpo)}), and the running and failed tasks`,
    ),
  );
  return {
    title: "Pre-checks: is replication healthy?",
    intro: ["Run these before any planned change and whenever an alarm fires."],
    steps,
  };
}

// ── Building blocks ────────────────────────────────────────────────────────

function stopProducers(ctx: RunbookContext, side: Side): Step {
  return {
    title: `Stop producers on the ${sideWord(ctx, side)}`,
    body: [
      `Stop (or scale to zero) every application that writes to the ${sideWord(ctx, side)} cluster, then read the end offsets twice, a minute apart:`,
      bash(endOffsets(side, '"$TOPIC"'), "sleep 60", endOffsets(side, '"$TOPIC"')),
    ],
    verify: "the two outputs are identical: nothing is being written any more.",
    sources: [MIGRATION_GUIDE],
  };
}

function drain(ctx: RunbookContext, m: MirrorMaker2Spec, from: Side): Step {
  const to: Side = from === "source" ? "target" : "source";
  return {
    title: `Let MirrorMaker 2 drain to the ${sideWord(ctx, to)}`,
    body: [
      "Compare the end offsets of the topic and of its remote copy until the copy stops moving:",
      bash(endOffsets(from, '"$TOPIC"'), endOffsets(to, remoteTopic(m, from))),
    ],
    verify: `the remote copy's end offsets no longer change and \`replication-latency-ms\` has dropped to its idle value: the ${sideWord(ctx, to)} holds every record.`,
    sources: [MIGRATION_GUIDE],
  };
}

function stopConsumers(ctx: RunbookContext, m: MirrorMaker2Spec, side: Side): Step {
  const other: Side = side === "source" ? "target" : "source";
  const wait = m.emitCheckpointsIntervalSeconds + m.syncGroupOffsetsIntervalSeconds;
  return {
    title: `Stop consumers on the ${sideWord(ctx, side)} and let their offsets cross`,
    body: [
      `Stop every consumer on the ${sideWord(ctx, side)}, then wait at least ${wait} s (one checkpoint interval plus one offset-sync interval) so their final positions are translated.`,
      bash(
        consumerGroups(side, '--describe --group "$GROUP" --members'),
        `sleep ${wait}`,
        consumerGroups(other, '--describe --group "$GROUP"'),
      ),
      m.syncGroupOffsets
        ? "Offsets are only written for groups with no active member on the other side: do not start them there before this check."
        : `\`sync.group.offsets.enabled\` is off: read the translated offsets from the checkpoints topic and set them with \`kafka-consumer-groups.sh --reset-offsets --to-offset\` per partition, or use \`--to-datetime\`.`,
    ],
    verify: `the group has no active members on the ${sideWord(ctx, side)}, and on the ${sideWord(ctx, other)} its \`CURRENT-OFFSET\` is set on the remote topics, close to \`LOG-END-OFFSET\`.`,
    sources: [src("mm2.offset-sync")],
  };
}

function stopMirrorMaker(ctx: RunbookContext, m: MirrorMaker2Spec, why: string): Step {
  const n = mm2Names(ctx);
  return {
    title: "Stop MirrorMaker 2",
    body: [why, scale(ctx, 0)],
    verify: `\`aws ecs describe-services --cluster ${n.cluster} --services ${n.service} --query 'services[0].runningCount' ${n.flags}\` prints 0${m.replicationPolicy === "identity" ? "; nothing can copy the same names back and forth" : ""}.`,
    sources: [ECS_CLI, ...(m.replicationPolicy === "identity" ? [src("mm2.identity-policy")] : [])],
  };
}

function clients(ctx: RunbookContext, m: MirrorMaker2Spec, side: Side, what: "producers" | "consumers"): Step {
  const where = sideWord(ctx, side);
  const from: Side = side === "target" ? "source" : "target";
  if (what === "producers") {
    return {
      title: `Start producers on the ${where}`,
      body: [
        `Point producers at \`$${side.toUpperCase()}_BOOTSTRAP\`. They write to the local topic names${m.replicationPolicy === "identity" ? ", which are the same names as before" : " (`orders`), never to the remote copies"}.`,
        bash(endOffsets(side, '"$TOPIC"')),
      ],
      verify: `the end offsets of \`$TOPIC\` on the ${where} grow between two runs, and producers log no errors.`,
      sources: [MIGRATION_GUIDE],
    };
  }
  return {
    title: `Start consumers on the ${where}`,
    body: [
      namingWords(m, from),
      `They resume from the translated offsets: translation is approximate, so expect some duplicates (at-least-once); consumers must be idempotent.${m.exactlyOnce ? " MirrorMaker 2 writes transactionally (exactly-once source support): set `isolation.level=read_committed` on these consumers." : ""}`,
      bash(consumerGroups(side, '--describe --group "$GROUP"')),
    ],
    verify: `the group has active members on the ${where} and its \`LAG\` falls towards 0.`,
    sources: [src("mm2.offset-sync"), ...(m.exactlyOnce ? [src("mm2.exactly-once")] : [])],
  };
}

function declare(ctx: RunbookContext): Step {
  const body = [
    `Confirm that ${ctx.sourceLabel} is impaired (AWS Health Dashboard, client errors, its metrics), decide to ${ctx.migration ? "cut over" : "fail over"}, and note the time: the recovery time is measured from here.`,
  ];
  if (ctx.source.isMsk && ctx.source.region)
    body.push(
      bash(
        `aws kafka describe-cluster-v2 --cluster-arn "$SOURCE_CLUSTER_ARN" --query ClusterInfo.State --output text --region ${ctx.source.region}${ctx.arch.crossAccount ? " --profile source-account" : ""}`,
      ),
    );
  return {
    title: `Declare the ${ctx.words.failover}`,
    body,
    verify: "the decision, its time and its owner are written in the incident channel.",
  };
}

function sourceHealthy(ctx: RunbookContext): Step {
  const body: string[] = [];
  if (ctx.source.isMsk && ctx.source.region)
    body.push(
      bash(
        `aws kafka describe-cluster-v2 --cluster-arn "$SOURCE_CLUSTER_ARN" --query ClusterInfo.State --output text --region ${ctx.source.region}${ctx.arch.crossAccount ? " --profile source-account" : ""}`,
      ),
    );
  body.push(bash(topics("source", "--describe --under-replicated-partitions")));
  return {
    title: `Check that the ${ctx.words.primary} cluster is healthy`,
    body,
    verify: `${ctx.source.isMsk ? "the state is `ACTIVE` and " : ""}the under-replicated partitions list is empty.`,
  };
}

function lossIntro(ctx: RunbookContext, m: MirrorMaker2Spec): string {
  const r = ctx.assessment?.recovery;
  return `**What may be lost:** records MirrorMaker 2 had not yet copied: expect up to ${r ? `about ${formatSeconds(r.rpoSeconds)} (the plan's expected recovery point; your objective is ${formatSeconds(ctx.a.rpo)})` : "the replication latency"}. **How consumers resume:** from the last checkpoint, emitted every ${m.emitCheckpointsIntervalSeconds} s, so expect up to a minute or two of duplicates (at-least-once).`;
}

// ── Active-passive ─────────────────────────────────────────────────────────

function activePassive(ctx: RunbookContext, m: MirrorMaker2Spec): Section[] {
  const { words } = ctx;
  const whyStop =
    m.replicationPolicy === "identity"
      ? "IdentityReplicationPolicy cannot detect cycles: MirrorMaker 2 must not be running when writes start on the standby."
      : `Nothing should copy into the ${words.standby} once it takes writes, and offset sync must not compete with active consumers.`;
  const planned: Step[] = [
    stopProducers(ctx, "source"),
    drain(ctx, m, "source"),
    stopConsumers(ctx, m, "source"),
    stopMirrorMaker(ctx, m, whyStop),
    flipStep(ctx, "target"),
    clients(ctx, m, "target", "producers"),
    clients(ctx, m, "target", "consumers"),
  ];
  const unplanned: Step[] = [
    declare(ctx),
    {
      title: "Record what may be lost",
      body: [
        `The newest heartbeat that crossed from the ${words.primary} marks the last moment replication worked:`,
        bash(
          `${consume("target", `${m.aliases.source}.heartbeats`, "--from-beginning --timeout-ms 10000 --property print.timestamp=true \\\n  --formatter org.apache.kafka.connect.mirror.formatters.HeartbeatFormatter")} | tail -1`,
        ),
      ],
      verify: "the timestamp of the last heartbeat is written in the incident record.",
      sources: [GEO],
    },
    stopMirrorMaker(
      ctx,
      m,
      `${whyStop} Stopping it also prevents it from copying a stale tail when the ${words.primary} comes back.`,
    ),
    {
      title: `Check the translated offsets on the ${words.standby}`,
      body: [bash(consumerGroups("target", '--describe --group "$GROUP"'))],
      verify: `every group has committed offsets on the ${words.standby}; where one has none, set them from a time shortly before the failure with \`${consumerGroups("target", '--group "$GROUP" --all-topics --reset-offsets --to-datetime <YYYY-MM-DDTHH:mm:SS.sss> --execute')}\`.`,
      sources: [src("mm2.offset-sync")],
    },
    flipStep(ctx, "target", true),
    clients(ctx, m, "target", "producers"),
    clients(ctx, m, "target", "consumers"),
  ];
  return [
    {
      title: `Planned ${words.failover}`,
      intro: [
        `A planned ${words.failover} should not lose data: stop the writers, let MirrorMaker 2 drain, move the readers with their translated offsets, then the writers.`,
      ],
      steps: planned,
    },
    { title: `Unplanned ${words.failover}`, intro: [lossIntro(ctx, m)], steps: unplanned },
    failback(ctx, m),
  ];
}

function failback(ctx: RunbookContext, m: MirrorMaker2Spec): Section {
  const { words } = ctx;
  const n = mm2Names(ctx);
  const src2 = m.aliases.source;
  const tgt2 = m.aliases.target;
  const steps: Step[] = [sourceHealthy(ctx)];
  if (m.replicationPolicy !== "default") {
    steps.push({
      title: `Prepare the ${words.primary}'s topics`,
      body: [
        `The new flow copies everything the ${words.standby} retains back under the ${m.replicationPolicy === "identity" ? "same" : "policy's"} names, on top of what the ${words.primary} still holds. Export anything that exists only on the ${words.primary} (the tail that never replicated), then recreate its topics empty, with the same partition counts:`,
        bash(
          topics("source", '--describe --topic "$TOPIC"'),
          topics("source", '--delete --topic "$TOPIC"'),
          topics("source", '--create --topic "$TOPIC" --partitions <same-count> --replication-factor 3'),
        ),
      ],
      verify: `\`${endOffsets("source", '"$TOPIC"')}\` prints 0 for every partition, with the original partition count.`,
      sources: [src("mm2.identity-policy")],
    });
  }
  steps.push(
    {
      title: `Turn the flow around: ${tgt2} → ${src2}`,
      body: [
        `In the generated MirrorMaker 2 properties, disable the ${src2} → ${tgt2} flow and enable the reverse one, then redeploy ${m.desiredCount} tasks:`,
        [
          "```properties",
          `${src2}->${tgt2}.enabled = false`,
          `${tgt2}->${src2}.enabled = true`,
          `${tgt2}->${src2}.sync.group.offsets.enabled = true`,
          "```",
        ].join("\n"),
        scale(ctx, m.desiredCount, true),
      ],
      verify: `the service runs ${m.desiredCount} tasks, and \`${tgt2}.heartbeats\` on the ${words.primary} receives fresh records: \`${consume("source", `${tgt2}.heartbeats`, "--max-messages 3 --timeout-ms 30000")}\`.`,
      sources: [GEO, ECS_CLI],
    },
    { ...drain(ctx, m, "target"), title: `Wait for the ${tgt2} → ${src2} flow to catch up` },
    stopProducers(ctx, "target"),
    drain(ctx, m, "target"),
    stopConsumers(ctx, m, "target"),
    flipStep(ctx, "source"),
    clients(ctx, m, "source", "producers"),
    clients(ctx, m, "source", "consumers"),
    {
      title: `Restore the ${src2} → ${tgt2} flow`,
      body: [
        m.replicationPolicy === "default"
          ? `Set \`${tgt2}->${src2}.enabled = false\` and \`${src2}->${tgt2}.enabled = true\` again and redeploy. The ${words.standby} keeps its \`${src2}.*\` copies; the flow resumes from its stored positions.`
          : `Set \`${tgt2}->${src2}.enabled = false\` and \`${src2}->${tgt2}.enabled = true\` again. The ${words.primary}'s topics were recreated, so re-seed the ${words.standby}: recreate its replicated topics empty (as in step 2) before redeploying, so the copy starts clean.`,
        scale(ctx, m.desiredCount, true),
      ],
      verify: `\`${src2}.heartbeats\` on the ${words.standby} receives fresh records and the remote copy of \`$TOPIC\` catches up with the ${words.primary} (\`aws ecs describe-services --cluster ${n.cluster} --services ${n.service}\` shows ${m.desiredCount} running tasks).`,
      sources: [GEO],
    },
  );
  return {
    title: ctx.migration ? `${words.Failback} to the source cluster` : words.Failback,
    intro: [
      `MirrorMaker 2 has no failback replicator: the ${words.failback} is a new flow from the ${words.standby} back to the ${words.primary}, run by the same MirrorMaker 2 service, with its own checkpoints (\`${tgt2}.checkpoints.internal\` on the ${words.primary}).`,
      failbackCost(ctx) ?? "",
    ].filter(Boolean),
    steps,
  };
}

// ── Active-active ──────────────────────────────────────────────────────────

function activeActive(ctx: RunbookContext, m: MirrorMaker2Spec): Section[] {
  const { words } = ctx;
  const move = (to: Side): Step[] => {
    const from: Side = to === "target" ? "source" : "target";
    return [
      {
        title: `Move the ${words.primary} Region's producers ${to === "target" ? "to the" : "back to the"} ${sideWord(ctx, to)}`,
        body: [
          moveRegionBody(ctx, "source", to),
          "They keep writing to the local topic names.",
          bash(endOffsets(to, '"$TOPIC"')),
        ],
        verify: `the end offsets on the ${sideWord(ctx, to)} grow, and those on the ${sideWord(ctx, from)} no longer move.`,
      },
      {
        title: `Move the ${words.primary} Region's consumers ${to === "target" ? "to the" : "back to the"} ${sideWord(ctx, to)}`,
        body: [
          namingWords(m, from),
          "Consumers that keep their group IDs resume from translated offsets (at-least-once: expect duplicates).",
          bash(consumerGroups(to, '--describe --group "$GROUP"')),
        ],
        verify: `the groups have active members on the ${sideWord(ctx, to)} and their \`LAG\` falls towards 0.`,
        sources: [src("mm2.default-policy"), src("mm2.offset-sync")],
      },
    ];
  };
  return [
    {
      title: `Planned ${words.failover}: move the ${words.primary} Region's traffic to the ${words.standby}`,
      intro: ["MirrorMaker 2 keeps running in both directions; DefaultReplicationPolicy prevents loops."],
      steps: [move("target")[0]!, drain(ctx, m, "source"), move("target")[1]!],
    },
    { title: `Unplanned ${words.failover}`, intro: [lossIntro(ctx, m)], steps: [declare(ctx), ...move("target")] },
    {
      title: `${words.Failback}: return traffic to the ${words.primary} Region`,
      intro: [
        `Start when ${ctx.sourceLabel} is healthy again; MirrorMaker 2 then copies what was written on the ${words.standby} to \`${m.aliases.target}.*\` topics on the ${words.primary}.`,
        failbackCost(ctx) ?? "",
      ].filter(Boolean),
      steps: [sourceHealthy(ctx), drain(ctx, m, "target"), ...move("source")],
    },
  ];
}

// ── Migration: finish ──────────────────────────────────────────────────────

function finish(ctx: RunbookContext): Section {
  const n = mm2Names(ctx);
  return {
    title: "Finish the migration",
    intro: ["Once the applications have run on the target for the agreed soak period without a rollback:"],
    steps: [
      {
        title: "Remove MirrorMaker 2",
        body: [
          `Scale the service to zero, then remove the MirrorMaker 2 resources from the generated IaC:`,
          scale(ctx, 0),
        ],
        verify: `\`aws ecs describe-services --cluster ${n.cluster} --services ${n.service} --query 'services[0].runningCount' ${n.flags}\` prints 0, then the service no longer exists.`,
        sources: [ECS_CLI],
      },
      {
        title: "Retire the source cluster's clients",
        body: [
          "Remove the source bootstrap brokers from every application's configuration:",
          bash(consumerGroups("source", '--describe --group "$GROUP" --members')),
        ],
        verify: "no consumer group on the source has active members, and its end offsets no longer move.",
      },
    ],
  };
}
