import { mskClientAuth, type Architecture, type MskClientAuth } from "@/lib/architecture";
import { OPTIONS } from "@/lib/knowledge";
import type { Plan } from "@/lib/scoring";
import { clientProperties } from "@/lib/runbook/common";
import { switchNames } from "@/lib/runbook/switch";
import {
  CLEANUP_SH,
  FAILBACK_SH,
  FAILOVER_SH,
  LAG_SH,
  LIB_SH,
  PARITY_SH,
  PREFLIGHT_SH,
  RUN_SH,
  SETUP_SH,
} from "./scripts";

/**
 * The drill kit for one option of a plan: POSIX shell scripts (AWS CLI and the Kafka command-line
 * tools) that write canaries on the primary and time their arrival on the standby, then fail a
 * canary consumer group over and back through the drill's own switch parameters, timing each
 * step; `advisor drill-report DIR` turns what they record into the report. Deterministic and pure.
 *
 * Only the options with a standby cluster that takes over have a drill kit: MSK Replicator and
 * MirrorMaker 2. An S3 restore and a broker loss are rehearsed with the runbook's drill checklist.
 */

export interface DrillKitFile {
  path: string;
  content: string;
  /** Scripts are written executable. */
  executable: boolean;
  language: "shell" | "markdown" | "json" | "properties";
}

export type DrillKit = { supported: true; files: DrillKitFile[] } | { supported: false; reason: string };

/** The kit's settings file's name and the plan summary `advisor drill-report` reads. */
export const DRILL_ENV = "drill.env";
export const DRILL_JSON = "drill.json";

/** What `drill-report` needs from the plan, written into the kit as drill.json. */
export interface DrillPlanSummary {
  name: string;
  permalink: string;
  option: Architecture["option"];
  objectives: { rpoSeconds: number; rtoMinutes: number };
  expected?: { rpoSeconds: number; rtoMinutes: number };
}

/** A single-quoted shell word: safe for any value, including quotes, `$` and newlines. */
export function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/** The get-bootstrap-brokers field for the way clients reach the (MSK) clusters. */
const BOOTSTRAP_QUERY: Record<MskClientAuth, string> = {
  iam: "BootstrapBrokerStringSaslIam",
  "sasl-scram": "BootstrapBrokerStringSaslScram",
  mtls: "BootstrapBrokerStringTls",
  none: "BootstrapBrokerStringTls",
};

function propertiesFile(
  auth: Plan["answers"]["auth"],
  cluster: { isMsk: boolean },
  profile: string | undefined,
): string {
  return [...clientProperties(auth, cluster, profile), ""].join("\n");
}

export function generateDrillKit(plan: Plan, arch: Architecture): DrillKit {
  if (arch.option !== "msk-replicator" && arch.option !== "mirrormaker2") {
    return {
      supported: false,
      reason: `${OPTIONS[arch.option].name} has no standby cluster that takes over, so there is no failover to drill: rehearse it with the runbook's drill checklist.`,
    };
  }
  const a = plan.answers;
  const assessment = plan.options.find((o) => o.id === arch.option);
  const { source, target } = arch;
  const summary: DrillPlanSummary = {
    name: arch.name,
    permalink: arch.permalink,
    option: arch.option,
    objectives: { rpoSeconds: a.rpo, rtoMinutes: a.rto },
    ...(assessment
      ? { expected: { rpoSeconds: assessment.recovery.rpoSeconds, rtoMinutes: assessment.recovery.rtoMinutes } }
      : {}),
  };
  const files: DrillKitFile[] = [
    { path: "README.md", content: readme(plan, arch), executable: false, language: "markdown" },
    { path: DRILL_ENV, content: drillEnv(plan, arch), executable: false, language: "shell" },
    { path: DRILL_JSON, content: `${JSON.stringify(summary, null, 2)}\n`, executable: false, language: "json" },
    {
      path: "source.properties",
      content: propertiesFile(a.auth, source, arch.crossAccount ? "source-account" : undefined),
      executable: false,
      language: "properties",
    },
    {
      path: "target.properties",
      content: propertiesFile(a.auth, target, arch.crossAccount ? "target-account" : undefined),
      executable: false,
      language: "properties",
    },
    { path: "lib.sh", content: LIB_SH, executable: false, language: "shell" },
    { path: "run-drill.sh", content: RUN_SH, executable: true, language: "shell" },
    { path: "00-preflight.sh", content: PREFLIGHT_SH, executable: true, language: "shell" },
    { path: "10-setup.sh", content: SETUP_SH, executable: true, language: "shell" },
    { path: "20-replication-lag.sh", content: LAG_SH, executable: true, language: "shell" },
    { path: "30-failover.sh", content: FAILOVER_SH, executable: true, language: "shell" },
    { path: "40-failback.sh", content: FAILBACK_SH, executable: true, language: "shell" },
    { path: "90-cleanup.sh", content: CLEANUP_SH, executable: true, language: "shell" },
    { path: "parity-check.sh", content: PARITY_SH, executable: true, language: "shell" },
  ];
  return { supported: true, files };
}

/** How long to wait for things that happen on the replication's schedule, in seconds. */
function waits(arch: Architecture, rpoSeconds: number): { topic: number; lag: number; offsets: number } {
  const lag = Math.min(3600, Math.max(120, rpoSeconds * 3));
  if (arch.option === "mirrormaker2") {
    const m = arch.mirrorMaker2;
    // New topics appear after MirrorMaker 2's topic refresh (every 600 s by default).
    return {
      topic: 900,
      lag,
      offsets: Math.max(300, 3 * (m.emitCheckpointsIntervalSeconds + m.syncGroupOffsetsIntervalSeconds)),
    };
  }
  // MSK Replicator creates a new topic on the target within about 30 s of detecting it.
  return { topic: 300, lag, offsets: 300 };
}

function drillEnv(plan: Plan, arch: Architecture): string {
  const a = plan.answers;
  const { source, target } = arch;
  const names = switchNames(arch.name);
  const w = waits(arch, a.rpo);
  const forward = arch.replicators.find((r) => r.id === "forward");
  const prefixedReplicator =
    arch.option === "msk-replicator" && forward?.topicNameConfiguration === "PREFIXED_WITH_SOURCE_CLUSTER_ALIAS";
  const mm2 = arch.option === "mirrormaker2" ? arch.mirrorMaker2 : undefined;
  const remotePrefix = mm2 && mm2.replicationPolicy === "default" ? `${mm2.aliases.source}.` : "";
  const customRemote = mm2?.replicationPolicy === "custom";
  const offsetsSynced =
    arch.option === "msk-replicator"
      ? Boolean(forward?.synchroniseConsumerGroupOffsets)
      : Boolean(mm2?.syncGroupOffsets);
  const v = (key: string, value: string | number, comment?: string) =>
    `${key}=${shellQuote(String(value))}${comment ? `  # ${comment}` : ""}`;
  return [
    "# shellcheck shell=sh disable=SC2034",
    `# Settings of the drill for ${arch.name} (${OPTIONS[arch.option].name}), generated from the plan.`,
    "# Fill in the values in angle brackets; everything else is the plan's names.",
    "",
    v(
      "PRIMARY_REGION",
      source?.region ?? "",
      source?.region ? undefined : "the source is outside AWS: no primary Region",
    ),
    v("STANDBY_REGION", target?.region ?? arch.standbyRegion),
    v(
      "SOURCE_PROFILE",
      arch.crossAccount ? "source-account" : "",
      arch.crossAccount ? "AWS CLI profile of the primary's account" : "empty: the default credentials",
    ),
    v("TARGET_PROFILE", arch.crossAccount ? "target-account" : ""),
    v(
      "SOURCE_CLUSTER_ARN",
      source?.isMsk ? `<arn:aws:kafka:${source.region}:account-id:cluster/name/uuid of the primary>` : "",
      source?.isMsk ? undefined : "empty: the source is not MSK",
    ),
    v(
      "SOURCE_BOOTSTRAP",
      source?.isMsk ? "" : "<broker-1:9096,broker-2:9096,broker-3:9096>",
      source?.isMsk ? "empty: looked up from the ARN" : "the source cluster's TLS listener",
    ),
    v(
      "TARGET_CLUSTER_ARN",
      `<arn:aws:kafka:${target?.region ?? arch.standbyRegion}:account-id:cluster/name/uuid of the standby>`,
    ),
    v("BOOTSTRAP_QUERY", BOOTSTRAP_QUERY[mskClientAuth(a.auth)]),
    "",
    "# The drill's own objects: nothing else is written, and 90-cleanup.sh removes them.",
    v("CANARY_TOPIC", `${arch.name}-drill-canary`),
    v("CANARY_GROUP", `${arch.name}-drill-canary`),
    v(
      "DRILL_SWITCH_PARAMETER",
      `/${arch.name}/kafka/drill/bootstrap-brokers`,
      `a twin of ${names.bootstrap}, which the drill never touches`,
    ),
    v("DRILL_SIDE_PARAMETER", `/${arch.name}/kafka/drill/active-side`),
    "",
    "# How the canary topic is named on the standby.",
    v(
      "ALIAS_REPLICATOR",
      prefixedReplicator ? forward!.name : "",
      prefixedReplicator ? "prefixed names: the prefix is this replicator's source cluster alias" : undefined,
    ),
    v("REMOTE_PREFIX", remotePrefix, remotePrefix ? "DefaultReplicationPolicy: source alias and a dot" : undefined),
    v(
      "REMOTE_CANARY_TOPIC",
      customRemote ? `<name your replication policy gives ${arch.name}-drill-canary>` : "",
      customRemote ? "custom replication policy" : undefined,
    ),
    "",
    "# Offsets, objectives and patience.",
    v("OFFSETS_SYNCED", offsetsSynced ? "yes" : "no"),
    v(
      "KAFKA_ACLS",
      a.auth === "iam" ? "no" : "yes",
      a.auth === "iam" ? "IAM access control: no Kafka ACLs to compare" : undefined,
    ),
    v("RPO_SECONDS", a.rpo),
    v("RTO_MINUTES", a.rto),
    v("CANARY_COUNT", 60),
    v("CANARY_INTERVAL_SECONDS", 1),
    v("TOPIC_WAIT_SECONDS", w.topic),
    v("LAG_WAIT_SECONDS", w.lag, "the watcher stops after this long without a new canary"),
    v("OFFSET_SYNC_WAIT_SECONDS", w.offsets),
    v("TRICKLE_INTERVAL_SECONDS", 5, "canaries that keep a producer active on the primary while offsets sync"),
    v("IDLE_TIMEOUT_MS", 30000, "a drill consumer stops after this long without a record"),
    "",
  ].join("\n");
}

function readme(plan: Plan, arch: Architecture): string {
  const a = plan.answers;
  const names = switchNames(arch.name);
  const option = OPTIONS[arch.option].name;
  const canary = `${arch.name}-drill-canary`;
  const prefixed =
    arch.option === "msk-replicator"
      ? arch.replicators[0]?.topicNameConfiguration === "PREFIXED_WITH_SOURCE_CLUSTER_ALIAS"
      : arch.option === "mirrormaker2" && arch.mirrorMaker2.replicationPolicy !== "identity";
  const reverseOnDemand = arch.replicators.some((r) => r.id === "reverse" && r.phase === "failover");
  return [
    `# Drill kit: ${arch.name} (${option})`,
    "",
    `Measures what the plan promises — a recovery point of ${a.rpo} s and a recovery time of ${a.rto} min — on your clusters, with canaries, without touching your applications. Generated from \`${arch.permalink}\`.`,
    "",
    "## What it does",
    "",
    "1. `00-preflight.sh` checks the tools and the access to both clusters, and resolves their bootstrap brokers. It changes nothing.",
    `2. \`10-setup.sh\` creates the topic \`${canary}\` (3 partitions) on the primary, waits for its copy on the standby${prefixed ? " (under the remote name replication gives it)" : ""}, and creates the drill's switch parameters.`,
    "3. `20-replication-lag.sh` writes 60 canaries, one a second, each stamped by the producer, and records when each appears on the standby. The largest delay is the recovery point you would have had; a canary acknowledged on the primary that never appears is lost.",
    `4. \`30-failover.sh\` fails the consumer group \`${canary}\` over: it reads half the canaries on the primary, stops, waits for its offsets to reach the standby, flips the drill switch and resumes on the standby from the address the switch gives, as an application would at start. Every step is timed; the recovery time runs from the first step to the first record read on the standby.`,
    "5. `40-failback.sh` moves the group back the same way and writes a few canaries on the primary that it must read there.",
    "6. `90-cleanup.sh` removes everything the drill created.",
    "",
    "`./run-drill.sh` runs steps 1–5 in order and stops at the first failure. `./parity-check.sh` compares topics, partition counts, the configurations that matter for a failover, ACLs and consumer groups between the two clusters (read-only).",
    "",
    "## The report",
    "",
    "Everything lands in `results/` as plain text. Copy that directory (with `drill.json`) to where the advisor runs and write the report:",
    "",
    "```sh",
    "npm run -s advisor -- drill-report ./drill        # writes drill/results/report.md and report.json",
    "```",
    "",
    "The measuring (what counts as lost, lag percentiles, recovery time from the step times, clock skew, partial failback) lives in the advisor, tested once, rather than in a second copy inside the kit. The report can be cited in the decision record: `npm run -s advisor -- record '<permalink>' --drill-report drill/results/report.json`.",
    "",
    "## What it touches",
    "",
    `- The topic \`${canary}\` on the primary and its copy on the standby; the consumer group \`${canary}\` on both.`,
    `- The parameters \`/${arch.name}/kafka/drill/bootstrap-brokers\` and \`/${arch.name}/kafka/drill/active-side\` in each Region. Never \`${names.bootstrap}\`, the switch your applications read: the drill exercises the same mechanism on its own twin.`,
    "- Nothing else: no producer or consumer of yours is stopped, no replicator or MirrorMaker 2 task is changed.",
    `- It does not exercise reverse replication: canaries written for the failback go to the primary directly.${reverseOnDemand ? " Creating the failback replicator takes up to about 30 minutes and re-copies the standby's data; rehearse that with the runbook in a staging environment." : ""}`,
    "",
    "Its cost is a few kilobytes of replicated data and a few minutes of the drill host. The host needs the AWS CLI, the Kafka command-line tools (3.0 or later)" +
      (a.auth === "iam" ? " with the aws-msk-iam-auth JAR in their `libs/`" : "") +
      ", GNU coreutils, network access to both clusters, and these permissions: `kafka:GetBootstrapBrokers`" +
      (arch.option === "msk-replicator" ? ", `kafka:ListReplicators`, `kafka:DescribeReplicator`" : "") +
      `, \`ssm:PutParameter\`, \`ssm:GetParameter\` and \`ssm:DeleteParameters\` on \`/${arch.name}/kafka/drill/*\`, and on the clusters: create, write, read and delete the canary topic, and describe and delete the canary group.`,
    "",
    "## Stopping it safely",
    "",
    "Press Ctrl-C at any time: the scripts stop their producers and consumers with them. Nothing of yours depends on the drill's objects, so stopping half-way leaves your applications as they were. Then run `./90-cleanup.sh` (safe to run more than once) and, for a new drill, move `results/` away.",
    "",
    "## Clocks",
    "",
    "Canaries are written and watched from the same host, so the measured lag carries no clock skew. If you split them over two hosts, record each host's offset (`chronyc tracking` is read automatically into `results/meta.tsv`); with unknown offsets, the report says how large the skew is at least and marks the recovery point inconclusive when a canary seems to arrive before it was written.",
    "",
  ].join("\n");
}
