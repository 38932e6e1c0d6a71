import { cloudFormationStack, failbackPlacements, terraformRoot, type ReplicatorSpec } from "@/lib/architecture";
import {
  arnLookup,
  alarmsQuiet,
  arnVar,
  awsFlags,
  consumerGroups,
  consumerLag,
  endOffsets,
  replicatorMetric,
  replicatorState,
  src,
  topics,
  WINDOW,
  type RunbookContext,
  type Side,
} from "./context";
import { formatSeconds } from "@/lib/format";
import { purposeWord, replicatorRole } from "./common";
import { bash } from "@/lib/markdown";
import { failbackCost } from "./parity";
import { type Section, type Step } from "./sections";
import { flipStep, moveRegionBody } from "./switch";

// MSK Replicator: pre-checks, planned and unplanned failover (or cut-over), failback (or
// rollback) for the architecture's topology and topic naming, following AWS's procedures.

const PLANNED = "replicator.planned-failover" as const;
const UNPLANNED = "replicator.unplanned-failover" as const;
const FAILBACK = "replicator.failback" as const;
const METRICS = "https://docs.aws.amazon.com/msk/latest/developerguide/msk-replicator-metrics-ref.html";
const CONSUMER_LAG = "https://docs.aws.amazon.com/msk/latest/developerguide/consumer-lag.html";
const CLI = "https://docs.aws.amazon.com/cli/latest/reference/kafka/";

export function replicatorSections(ctx: RunbookContext): Section[] {
  const active = ctx.arch.topology === "active-active";
  const sections = [preChecks(ctx), ...(active ? activeActive(ctx) : activePassive(ctx))];
  if (ctx.migration) sections.push(finish(ctx));
  return sections;
}

const prefixed = (ctx: RunbookContext) => ctx.forward?.topicNameConfiguration === "PREFIXED_WITH_SOURCE_CLUSTER_ALIAS";
const enhanced = (ctx: RunbookContext) =>
  ctx.arch.replicators.some((r) => r.consumerGroupOffsetSyncMode === "ENHANCED");
const offsets = (ctx: RunbookContext) => ctx.forward?.synchroniseConsumerGroupOffsets ?? false;
const steadyReplicators = (ctx: RunbookContext) => ctx.arch.replicators.filter((r) => r.phase === "steady");
const sideWord = (ctx: RunbookContext, side: Side) => (side === "source" ? ctx.words.primary : ctx.words.standby);

// ── Pre-checks ─────────────────────────────────────────────────────────────

function preChecks(ctx: RunbookContext): Section {
  const reps = steadyReplicators(ctx);
  const rpoMs = ctx.a.rpo * 1000;
  const latencyHealthy =
    ctx.a.rpo > 0
      ? `the Maximum stays well below your RPO of ${formatSeconds(ctx.a.rpo)} (${rpoMs.toLocaleString("en-US")} ms) and is stable`
      : "the Maximum is stable and as low as your measured baseline (an RPO of 0 cannot be met by asynchronous replication)";
  const steps: Step[] = [
    {
      title: `Replicator${reps.length > 1 ? "s are" : " is"} RUNNING`,
      body: reps.map((r) => replicatorState(ctx, r)),
      verify: `${reps.map((r) => `\`${r.name}\``).join(" and ")} show${reps.length > 1 ? "" : "s"} \`RUNNING\`. \`CREATING\` can last up to about 30 minutes; \`FAILED\` needs the replicator's logs.`,
      sources: [`${CLI}list-replicators.html`, src("replicator.creation-time")],
    },
    {
      title: "Replication latency is within the RPO",
      body: [
        "`ReplicationLatency` is the time from a write on the source to its copy on the target (milliseconds).",
        ...reps.map((r) => replicatorMetric(ctx, r, "ReplicationLatency", "Maximum")),
      ],
      verify: `${latencyHealthy}.`,
      sources: [METRICS],
    },
    {
      title: "The replicator keeps up (MessageLag)",
      body: [
        "`MessageLag` counts the messages the replicator has not yet read from its source. It rises after an outage and falls back to 0 as the replicator catches up.",
        ...reps.map((r) => replicatorMetric(ctx, r, "MessageLag", "Sum")),
      ],
      verify: "the Sum is near 0 and not growing from one datapoint to the next.",
      sources: [METRICS],
    },
    {
      title: "No replication errors",
      body: reps.map((r) =>
        bash(
          `for m in ReplicatorFailure AuthError ThrottleTime; do`,
          `  aws cloudwatch get-metric-statistics --namespace AWS/Kafka --metric-name "$m" \\`,
          `    --dimensions Name=ReplicatorName,Value=${r.name} --statistics Maximum --period 300 \\`,
          `    ${WINDOW} \\`,
          `    --query "max(Datapoints[].Maximum)" --output text ${awsFlags(ctx, r.host, r.region)}`,
          `done`,
        ),
      ),
      verify:
        "`ReplicatorFailure` and `AuthError` are 0 (or `None`: no datapoints), and `ThrottleTime` is 0 or close to it. If latency drops to 0 while producers are writing, suspect a topic-level permission problem, which `AuthError` does not report.",
      sources: [METRICS],
    },
    {
      title: `Consumers on the ${ctx.words.primary} are keeping up`,
      body: consumerLag(ctx, "source"),
      verify:
        "the `LAG` column (or `MaxOffsetLag`) is small and stable for every partition. A lagging group re-reads more after a failover, because offsets are translated at the group's committed position.",
      sources: [CONSUMER_LAG],
    },
  ];
  if (offsets(ctx)) {
    steps.push({
      title: `Consumer group offsets reach the ${ctx.words.standby}`,
      body: [
        bash(consumerGroups("target", '--describe --group "$GROUP"')),
        prefixed(ctx)
          ? "With prefixed names the group's offsets appear on the remote topics, `<sourceKafkaClusterAlias>.<topic>`."
          : "With identical names the group's offsets appear on the same topic names.",
        ...(enhanced(ctx)
          ? [
              "Offset sync mode is ENHANCED on both replicators: offsets are translated in both directions, whichever side producers write to.",
            ]
          : []),
      ],
      verify: `the group exists on the ${ctx.words.standby} with \`CURRENT-OFFSET\` close to \`LOG-END-OFFSET\`; offsets are only written while the group has no active consumer on the ${ctx.words.standby}.`,
      sources: [src("replicator.offset-sync")],
    });
  }
  steps.push(
    alarmsQuiet(
      ctx,
      awsFlags(ctx, "target", ctx.arch.standbyRegion),
      "replication latency, message lag, replicator failure, authentication errors, throttling",
      `each replicator's \`ReplicationLatency\` against a line at the RPO (${formatSeconds(ctx.a.rpo)}), its \`MessageLag\`, failures, authentication errors and throttling`,
    ),
  );
  return {
    title: "Pre-checks: is replication healthy?",
    intro: ["Run these before any planned change and whenever an alarm fires."],
    steps,
  };
}

// ── Building blocks ────────────────────────────────────────────────────────

function stopProducers(ctx: RunbookContext, side: Side, sources: string[]): Step {
  return {
    title: `Stop producers on the ${sideWord(ctx, side)}`,
    body: [
      `Stop (or scale to zero) every application that writes to ${side === "source" ? ctx.sourceLabel : ctx.targetLabel}. Then read the end offsets of a busy topic twice, a minute apart:`,
      bash(endOffsets(side, '"$TOPIC"'), "sleep 60", endOffsets(side, '"$TOPIC"')),
    ],
    verify: "the two outputs are identical: nothing is being written any more.",
    sources,
  };
}

function waitForLag(ctx: RunbookContext, r: ReplicatorSpec, sources: string[]): Step {
  return {
    title: `Wait until \`${r.name}\` has copied everything (MessageLag = 0)`,
    body: [replicatorMetric(ctx, r, "MessageLag", "Sum")],
    verify: `\`MessageLag\` for \`${r.name}\` is 0 for five consecutive minutes, so the ${r.targetCluster === "target" ? ctx.words.standby : ctx.words.primary} holds every record.`,
    sources,
  };
}

function stopConsumers(ctx: RunbookContext, side: Side, sources: string[]): Step {
  const other: Side = side === "source" ? "target" : "source";
  const body = [
    `Stop every consumer application on the ${sideWord(ctx, side)}. Offsets are translated to the other cluster only while the group has no active member there, so keep them stopped on both sides until the next step.`,
    bash(consumerGroups(side, '--describe --group "$GROUP" --members')),
  ];
  if (offsets(ctx))
    body.push(
      "Then wait a minute or two and check the translated position on the other cluster:",
      bash(consumerGroups(other, '--describe --group "$GROUP"')),
    );
  return {
    title: `Stop consumers on the ${sideWord(ctx, side)}`,
    body,
    verify: `the first command reports that the group has no active members${offsets(ctx) ? `, and on the ${sideWord(ctx, other)} its \`CURRENT-OFFSET\` is close to \`LOG-END-OFFSET\`` : ""}.`,
    sources,
  };
}

function clientsOn(ctx: RunbookContext, side: Side, what: "producers" | "consumers", sources: string[]): Step {
  const where = sideWord(ctx, side);
  const cluster = side === "source" ? ctx.sourceLabel : ctx.targetLabel;
  if (what === "producers") {
    return {
      title: `Start producers on the ${where}`,
      body: [
        `Point producers at ${cluster} (\`$${side.toUpperCase()}_BOOTSTRAP\`) and start them.${prefixed(ctx) ? " They write to the local topic names (`<topic>`), never to the replicated `<alias>.<topic>` topics: write ACLs are not replicated." : " Topic names are identical, so only the bootstrap brokers change."}`,
        bash(endOffsets(side, '"$TOPIC"')),
      ],
      verify: `the end offsets of \`$TOPIC\` on the ${where} grow between two runs, and producers log no errors.`,
      sources,
    };
  }
  const body: string[] = [];
  if (prefixed(ctx)) {
    const r = side === "target" ? ctx.forward : ctx.reverse;
    const aliasLookup = r
      ? bash(
          `aws kafka describe-replicator --replicator-arn "$${arnVar(r)}" --query 'ReplicationInfoList[0].SourceKafkaClusterAlias' --output text ${awsFlags(ctx, r.host, r.region)}`,
        )
      : "";
    body.push(
      `Topics replicated to the ${where} carry the other cluster's alias as a prefix; look it up:`,
      aliasLookup,
      `- **Ordering does not matter:** start consumers with a wildcard subscription that reads both the local and the replicated topic, for example \`.*orders\` for \`orders\` and \`<alias>.orders\`.`,
      `- **Ordering matters:** first start consumers on the replicated topics only (\`<alias>.<topic>\`); when their lag reaches 0, stop them and start consumers on the local topics (\`<topic>\`).`,
    );
  } else {
    body.push(
      `Point consumers at ${cluster} (\`$${side.toUpperCase()}_BOOTSTRAP\`) with their usual group IDs and topic names.`,
    );
  }
  body.push(
    offsets(ctx)
      ? "They resume from the translated offsets. Translation is approximate and errs towards re-reading, so expect some duplicates (at-least-once): consumers must be idempotent."
      : "Offsets are not replicated: consumers start from their `auto.offset.reset` position; reset them explicitly if that is not what you want (`--reset-offsets --to-datetime`).",
    bash(consumerGroups(side, '--describe --group "$GROUP"')),
  );
  return {
    title: `Start consumers on the ${where}`,
    body,
    verify: `the group has active members on the ${where} and its \`LAG\` falls towards 0.`,
    sources,
  };
}

/**
 * The Terraform roots that hold the failback toggle, in the order to apply them (the target's Region
 * first when it attaches the target cluster's policy): one folder per Region when the code is split.
 */
function failbackRootDirs(ctx: RunbookContext): string[] {
  return [...new Set(failbackPlacements(ctx.arch).map((p) => terraformRoot(ctx.arch, p).dir))];
}

function failbackTfvarsFiles(ctx: RunbookContext): string {
  return failbackRootDirs(ctx)
    .map((d) => `\`${d ? `${d}/` : ""}failback.auto.tfvars\``)
    .join(", then ");
}

/** Shell lines that set the failback toggle in each root's failback.auto.tfvars and apply that root (off: in reverse order). */
function failbackToggleCommands(ctx: RunbookContext, on: boolean): string[] {
  const dirs = failbackRootDirs(ctx);
  return (on ? dirs : dirs.reverse()).flatMap((d) => [
    `echo 'enable_failback_replicator = ${on}' > ${d ? `${d}/` : ""}failback.auto.tfvars`,
    d ? `terraform -chdir=${d} apply` : "terraform apply",
  ]);
}

/** Creating the reverse replicator: the IaC toggle first, the AWS CLI as the alternative. */
function createReverse(ctx: RunbookContext, r: ReplicatorSpec, unplanned: boolean): Step {
  // In a file Terraform loads on every run (*.auto.tfvars), not a -var the next plain apply forgets;
  // one per root that holds the variable, in the same order as the stacks.
  const tf = bash(...failbackToggleCommands(ctx, true));
  // The stacks that hold the parameter, as the generated README deploys them (in the target's Region
  // first when it attaches the target cluster's policy), each in its own Region.
  const stacks = failbackPlacements(ctx.arch).map((p) => cloudFormationStack(ctx.arch, p));
  const cfn = bash(
    ...stacks.flatMap((s) => [
      `aws cloudformation deploy --stack-name ${s.stack} --template-file ${s.file} \\`,
      `  --parameter-overrides EnableFailbackReplicator=true --capabilities CAPABILITY_NAMED_IAM ${awsFlags(ctx, s.placement === "source" ? "source" : "target", s.region)}`,
    ]),
  );
  const iac =
    ctx.a.iac === "cloudformation"
      ? [
          `With the generated CloudFormation, set the parameter \`EnableFailbackReplicator\` to \`true\`${stacks.length > 1 ? " in both stacks, in this order" : ""}:`,
          cfn,
          `With Terraform instead: write \`enable_failback_replicator = true\` to ${failbackTfvarsFiles(ctx)}, applying each root after its file.`,
        ]
      : [
          "With the generated Terraform, turn on the variable `enable_failback_replicator` in a file every later `terraform apply` reads:",
          tf,
          `With CloudFormation instead: deploy ${stacks.map((x) => `\`${x.stack}\` in ${x.region}`).join(", then ")}, with the parameter \`EnableFailbackReplicator=true\`.`,
        ];
  const body = [
    `Create \`${r.name}\` (${replicatorRole(ctx, r)}) in ${r.region}: ${r.topicNameConfiguration === "IDENTICAL" ? "identical topic names" : "prefixed topic names"}, starting position **${r.startingPosition}**${unplanned ? " — without EARLIEST, data written on the standby during the event is not copied back" : ""}.`,
    ...iac,
  ];
  if (ctx.source.isMsk) {
    body.push(
      "Or with the AWS CLI, from a JSON file holding the same settings as the generated code:",
      bash(
        `aws kafka create-replicator --cli-input-json file://${r.name}.json ${awsFlags(ctx, r.host, r.region)}`,
        arnLookup(ctx, r),
      ),
    );
    if (ctx.arch.crossRegion)
      body.push(
        `Across Regions the ${ctx.words.standby} cluster is now the source of a replicator: it needs multi-VPC private connectivity (IAM) and a cluster policy allowing \`kafka.amazonaws.com\`, as the ${ctx.words.primary} has for the forward replicator.`,
      );
  } else {
    body.push(
      `Or create it with \`aws kafka create-replicator\` as in AWS's migration guide, with the self-managed cluster as the target.`,
    );
  }
  if (r.startingPosition === "EARLIEST" && r.topicNameConfiguration === "IDENTICAL")
    body.push(
      "With EARLIEST it reads all retained data; records that came from the other cluster are filtered out, but they are still billed as processed data.",
    );
  body.push(replicatorState(ctx, r));
  return {
    title: `Create the ${purposeWord(ctx, r)} replicator \`${r.name}\``,
    body,
    verify: `\`${r.name}\` shows \`RUNNING\` in ${r.region} (creation can take up to about 30 minutes), and \`${arnVar(r)}\` is set.`,
    sources: [src(unplanned ? UNPLANNED : PLANNED), `${CLI}create-replicator.html`],
  };
}

function deleteReverse(ctx: RunbookContext, r: ReplicatorSpec): Step {
  const iac =
    ctx.a.iac === "cloudformation"
      ? "deploy the stack again with `EnableFailbackReplicator=false`"
      : `set \`enable_failback_replicator = false\` in the \`failback.auto.tfvars\` of each root that holds it and apply it (\`${failbackToggleCommands(ctx, false).join("; ")}\`)`;
  return {
    title: `Remove the ${purposeWord(ctx, r)} replicator \`${r.name}\``,
    body: [
      `In an active-passive setup the reverse replicator is only needed for the ${ctx.words.failback}. Remove it the way it was created: ${iac}, or with the AWS CLI:`,
      bash(`aws kafka delete-replicator --replicator-arn "$${arnVar(r)}" ${awsFlags(ctx, r.host, r.region)}`),
      replicatorState(ctx, r),
    ],
    verify: `\`${r.name}\` shows \`DELETING\`, then no longer appears in the list.`,
    sources: [src(FAILBACK), `${CLI}delete-replicator.html`],
  };
}

function forwardHealthy(ctx: RunbookContext, sources: string[]): Step {
  const f = ctx.forward!;
  return {
    title: `Confirm \`${f.name}\` replicates again`,
    body: [
      replicatorState(ctx, f),
      replicatorMetric(ctx, f, "ReplicatorThroughput", "Maximum"),
      replicatorMetric(ctx, f, "ReplicationLatency", "Maximum"),
    ],
    verify: `\`${f.name}\` is \`RUNNING\`, \`ReplicatorThroughput\` is above 0 while producers write to the ${ctx.words.primary}, and \`ReplicationLatency\` is back to its baseline.`,
    sources,
  };
}

function sourceHealthy(ctx: RunbookContext): Step {
  const body: string[] = [];
  if (ctx.source.isMsk && ctx.source.region)
    body.push(
      bash(
        `aws kafka describe-cluster-v2 --cluster-arn "$SOURCE_CLUSTER_ARN" --query ClusterInfo.State --output text ${awsFlags(ctx, "source", ctx.source.region)}`,
      ),
    );
  body.push(bash(topics("source", "--describe --under-replicated-partitions")));
  return {
    title: `Check that the ${ctx.words.primary} cluster is healthy`,
    body,
    verify: `${ctx.source.isMsk ? "the state is `ACTIVE` and " : ""}the under-replicated partitions list is empty.`,
  };
}

function declare(ctx: RunbookContext): Step {
  const body = [
    `Confirm that ${ctx.sourceLabel} is impaired (AWS Health Dashboard, client errors, the source cluster's metrics), decide to ${ctx.migration ? "cut over" : "fail over"}, and note the time: the recovery time is measured from here.`,
  ];
  if (ctx.source.isMsk && ctx.source.region)
    body.push(
      bash(
        `aws kafka describe-cluster-v2 --cluster-arn "$SOURCE_CLUSTER_ARN" --query ClusterInfo.State --output text ${awsFlags(ctx, "source", ctx.source.region)}`,
      ),
    );
  return {
    title: `Declare the ${ctx.words.failover}`,
    body,
    verify: "the decision, its time and its owner are written in the incident channel.",
  };
}

function lossWindow(ctx: RunbookContext): Step {
  const f = ctx.forward!;
  return {
    title: "Record what may be lost",
    body: [
      "The last `ReplicationLatency` and `MessageLag` datapoints before the failure bound the records that never reached the standby:",
      replicatorMetric(ctx, f, "ReplicationLatency", "Maximum"),
      replicatorMetric(ctx, f, "MessageLag", "Sum"),
    ],
    verify: "both values, and the time of the last datapoint, are written in the incident record.",
    sources: [METRICS],
  };
}

function fence(ctx: RunbookContext): Step {
  return {
    title: `Fence the ${ctx.words.primary}`,
    body: [
      `If any producer can still reach ${ctx.sourceLabel}, stop it now, so that nothing writes to both clusters. Where the cluster still answers:`,
      bash(endOffsets("source", '"$TOPIC"')),
    ],
    verify: `no application is configured with \`$SOURCE_BOOTSTRAP\` any more, and (where the cluster answers) its end offsets no longer move.`,
  };
}

function lossIntro(ctx: RunbookContext): string {
  const r = ctx.assessment?.recovery;
  const rpo = r
    ? `about ${formatSeconds(r.rpoSeconds)} (the plan's expected recovery point; your objective is ${formatSeconds(ctx.a.rpo)})`
    : "the replication latency";
  return `**What may be lost:** replication is asynchronous, so writes the replicator had not copied when the ${ctx.words.primary} failed are not on the ${ctx.words.standby}: expect up to ${rpo}. **How consumers resume:** ${offsets(ctx) ? "from the last translated offsets; translation is approximate, so some records are read twice (at-least-once)" : "offsets are not replicated, so from their reset position"}${prefixed(ctx) ? "; with prefixed names they read the replicated `<alias>.<topic>` topics and the local ones through a wildcard subscription" : "; topic names are identical, so only the bootstrap brokers change"}.`;
}

// ── Active-passive ─────────────────────────────────────────────────────────

function activePassive(ctx: RunbookContext): Section[] {
  const { words } = ctx;
  const reverse = ctx.reverse;
  const reverseOnDemand = reverse?.phase === "failover";
  const planned = [src(PLANNED)];
  const plannedSteps: Step[] = [
    stopProducers(ctx, "source", planned),
    waitForLag(ctx, ctx.forward!, planned),
    stopConsumers(ctx, "source", planned),
    ...(reverse && reverseOnDemand ? [createReverse(ctx, reverse, false)] : []),
    flipStep(ctx, "target"),
    clientsOn(ctx, "target", "producers", planned),
    clientsOn(ctx, "target", "consumers", planned),
  ];
  const plannedIntro = [
    `A planned ${words.failover} should not lose data. ${reverseOnDemand ? `AWS's procedure creates the reverse replicator during the ${words.failover}, so that what is written on the ${words.standby} can be copied back for the ${words.failback}.` : `The ${reverse ? purposeWord(ctx, reverse) : "reverse"} replicator \`${reverse?.name ?? ""}\` already runs, so what is written on the ${words.standby} flows back from the first record.`}`,
  ];

  const unplannedSteps: Step[] = [
    declare(ctx),
    lossWindow(ctx),
    fence(ctx),
    flipStep(ctx, "target", true),
    clientsOn(ctx, "target", "producers", [src(UNPLANNED)]),
    clientsOn(ctx, "target", "consumers", [src(UNPLANNED)]),
  ];
  if (reverse && reverseOnDemand) {
    const step = createReverse(ctx, reverse, true);
    unplannedSteps.push({
      ...step,
      title: `When the ${words.primary} is back: ${step.title.charAt(0).toLowerCase()}${step.title.slice(1)}`,
      body: [`Once ${ctx.sourceLabel} answers again, and before any ${words.failback}:`, ...step.body],
    });
  }
  const unplannedIntro = [
    lossIntro(ctx),
    `When the ${words.primary} comes back, \`${ctx.forward!.name}\` resumes and copies the tail it had not yet copied to the ${words.standby}, after newer records: consumers see those records late.`,
  ];

  return [
    { title: `Planned ${words.failover}`, intro: plannedIntro, steps: plannedSteps },
    { title: `Unplanned ${words.failover}`, intro: unplannedIntro, steps: unplannedSteps },
    failbackSection(ctx),
  ];
}

function failbackSection(ctx: RunbookContext): Section {
  const { words } = ctx;
  const reverse = ctx.reverse!;
  const onDemand = reverse.phase === "failover";
  const s = [src(FAILBACK)];
  const ensureReverse: Step = onDemand
    ? {
        title: `Make sure \`${reverse.name}\` exists and is RUNNING`,
        body: [
          `It was created during the ${words.failover}. If it was not, create it now with starting position EARLIEST (\`enable_failback_replicator\` / \`EnableFailbackReplicator\`, as above).`,
          replicatorState(ctx, reverse),
        ],
        verify: `\`${reverse.name}\` shows \`RUNNING\` in ${reverse.region}.`,
        sources: s,
      }
    : {
        title: `Check that \`${reverse.name}\` is RUNNING`,
        body: [replicatorState(ctx, reverse)],
        verify: `\`${reverse.name}\` shows \`RUNNING\` in ${reverse.region}.`,
        sources: s,
      };
  const steps: Step[] = [sourceHealthy(ctx), ensureReverse];
  if (prefixed(ctx)) {
    // AWS's failback for prefixed names: catch up, stop everything on the standby, remove the reverse replicator, then producers and consumers on the primary.
    steps.push(
      waitForLag(ctx, reverse, s),
      {
        title: `Stop producers and consumers on the ${words.standby}`,
        body: [
          bash(
            endOffsets("target", '"$TOPIC"'),
            "sleep 60",
            endOffsets("target", '"$TOPIC"'),
            consumerGroups("target", '--describe --group "$GROUP" --members'),
          ),
        ],
        verify: "the end offsets do not change and the group has no active members.",
        sources: s,
      },
      ...(onDemand ? [deleteReverse(ctx, reverse)] : []),
      flipStep(ctx, "source"),
      clientsOn(ctx, "source", "producers", s),
      clientsOn(ctx, "source", "consumers", s),
      forwardHealthy(ctx, s),
    );
  } else {
    steps.push(
      waitForLag(ctx, reverse, s),
      { ...stopProducers(ctx, "target", s), title: `Move producers back: stop them on the ${words.standby}` },
      flipStep(ctx, "source"),
      clientsOn(ctx, "source", "producers", s),
      {
        title: `Wait until consumers on the ${words.standby} have caught up`,
        body: consumerLag(ctx, "target"),
        verify: `\`MaxOffsetLag\` (or the \`LAG\` column) is 0 for the groups on the ${words.standby}.`,
        sources: [...s, CONSUMER_LAG],
      },
      stopConsumers(ctx, "target", s),
      {
        ...clientsOn(ctx, "source", "consumers", s),
        body: [
          ...clientsOn(ctx, "source", "consumers", s).body,
          enhanced(ctx)
            ? "Offset sync is ENHANCED, so the positions reached on the standby are translated back."
            : `Check the committed offsets on the ${words.primary} before starting; if a group has none, or they are far behind, set them from a time just before the ${words.failback}: \`${consumerGroups("source", '--group "$GROUP" --all-topics --reset-offsets --to-datetime <YYYY-MM-DDTHH:mm:SS.sss> --execute')}\`.`,
        ],
      },
      ...(onDemand ? [deleteReverse(ctx, reverse)] : []),
      forwardHealthy(ctx, s),
    );
  }
  return {
    title: ctx.migration ? `${words.Failback} to the source cluster` : words.Failback,
    intro: [
      `Start the ${words.failback} only when ${ctx.sourceLabel} is healthy and \`${reverse.name}\` has caught up (its \`MessageLag\` close to 0). A planned ${words.failback} should not lose data.`,
      ...optional(failbackCost(ctx)),
    ],
    steps,
  };
}

// ── Active-active ──────────────────────────────────────────────────────────

function activeActive(ctx: RunbookContext): Section[] {
  const { words } = ctx;
  const forward = ctx.forward!;
  const reverse = ctx.reverse!;
  const subscription = prefixed(ctx)
    ? "Consumers in each Region already subscribe with a wildcard (for example `.*orders`) and use their own group IDs, so the standby Region's consumers already read everything."
    : enhanced(ctx)
      ? "Topic names are identical in both Regions and offsets are translated both ways (ENHANCED), so consumers can move between Regions with their group IDs."
      : "Topic names are identical in both Regions, so consumers can move between Regions with their group IDs. Consumer group offsets are not synchronised (you chose not to), so before a moved group starts, set its offsets in the Region it moves to from a time (`kafka-consumer-groups.sh --reset-offsets --to-datetime`).";
  const moveProducers = (to: Side): Step => ({
    title: `Move the ${ctx.words.primary} Region's producers ${to === "target" ? "to the" : "back to the"} ${sideWord(ctx, to)}`,
    body: [
      moveRegionBody(ctx, "source", to),
      "They keep writing to the local topic names.",
      bash(endOffsets(to, '"$TOPIC"')),
    ],
    verify: `the end offsets on the ${sideWord(ctx, to)} grow faster than before, and those on the other side no longer move.`,
    sources: [src("replicator.active-active")],
  });
  const moveConsumers = (to: Side): Step => ({
    title: `Move the ${ctx.words.primary} Region's consumers ${to === "target" ? "to the" : "back to the"} ${sideWord(ctx, to)}`,
    body: [
      subscription,
      `If those applications must keep their own progress, start them against the ${sideWord(ctx, to)} with their group IDs: their positions are translated (at-least-once, expect duplicates).`,
      bash(consumerGroups(to, '--describe --group "$GROUP"')),
    ],
    verify: `the groups have active members on the ${sideWord(ctx, to)} and their \`LAG\` falls towards 0.`,
    sources: [src("replicator.active-active"), src("replicator.offset-sync")],
  });
  return [
    {
      title: `Planned ${words.failover}: move the ${words.primary} Region's traffic to the ${words.standby}`,
      intro: ["Both replicators keep running: nothing is created or removed."],
      steps: [moveProducers("target"), waitForLag(ctx, forward, [src(PLANNED)]), moveConsumers("target")],
    },
    {
      title: `Unplanned ${words.failover}`,
      intro: [
        lossIntro(ctx),
        `When the ${words.primary} comes back, \`${forward.name}\` copies the tail it had not copied yet, and \`${reverse.name}\` copies what was written on the ${words.standby} meanwhile.`,
      ],
      steps: [declare(ctx), lossWindow(ctx), moveProducers("target"), moveConsumers("target")],
    },
    {
      title: `${words.Failback}: return traffic to the ${words.primary} Region`,
      intro: [`Start when ${ctx.sourceLabel} is healthy again.`, ...optional(failbackCost(ctx))],
      steps: [
        sourceHealthy(ctx),
        {
          title: "Both replicators are RUNNING",
          body: [replicatorState(ctx, forward), replicatorState(ctx, reverse)],
          verify: `\`${forward.name}\` and \`${reverse.name}\` both show \`RUNNING\`.`,
          sources: [src(FAILBACK)],
        },
        waitForLag(ctx, reverse, [src(FAILBACK)]),
        moveProducers("source"),
        moveConsumers("source"),
      ],
    },
  ];
}

// ── Migration: finish ──────────────────────────────────────────────────────

function finish(ctx: RunbookContext): Section {
  const reps = [...ctx.arch.replicators].reverse();
  return {
    title: "Finish the migration",
    intro: ["Once the applications have run on the target for the agreed soak period without a rollback:"],
    steps: [
      {
        title: "Remove the replicators",
        body: [
          `Remove ${reps.map((r) => `\`${r.name}\``).join(" and ")} from the generated IaC, or delete them (the rollback replicator first, if it exists):`,
          bash(
            ...reps.flatMap((r) => [
              arnLookup(ctx, r),
              `aws kafka delete-replicator --replicator-arn "$${arnVar(r)}" ${awsFlags(ctx, r.host, r.region)}`,
            ]),
          ),
        ],
        verify: `\`aws kafka list-replicators --replicator-name-filter ${ctx.arch.name} ${awsFlags(ctx, "target", ctx.arch.standbyRegion)}\` returns no replicators.`,
        sources: [`${CLI}delete-replicator.html`],
      },
      {
        title: "Retire the source cluster's clients",
        body: [
          "Remove the source bootstrap brokers from every application's configuration, then check that no group is still active on the source:",
          bash(consumerGroups("source", "--list"), consumerGroups("source", '--describe --group "$GROUP" --members')),
        ],
        verify: "no consumer group on the source has active members, and its end offsets no longer move.",
      },
    ],
  };
}

function optional(text: string | undefined): string[] {
  return text ? [text] : [];
}
