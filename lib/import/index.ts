import { decodePermalink, type PermalinkIssue } from "../answers/permalink";
import { ANSWER_KEYS, encodeAnswers, type AnswerKey, type Answers } from "../answers/values";
import type { Arn } from "./arn";
import { AUTH_PREFERENCE, readCluster, type ClusterFacts } from "./msk-cluster";
import { looksLikeProperties, readMm2, type Mm2Facts } from "./mm2";
import { readReplicator, type ReplicatorFacts } from "./replicator";
import { INPUT_KIND_WORDS, type Evidence, type ImportInput, type InputKind } from "./types";

export type { Evidence, ImportInput, InputKind } from "./types";
export { INPUT_KIND_WORDS } from "./types";

/**
 * Import: fills the answers from what a team already has (describe-cluster-v2 and
 * describe-replicator output, a MirrorMaker 2 properties file). Pure and total: whatever the text,
 * it returns either the answers with the field each came from, or the problems, each naming its
 * input; it never throws. Runs in the browser (nothing is uploaded) and in the command line.
 */

/** The largest input read: real outputs are a few kilobytes. */
export const MAX_INPUT_CHARS = 1_000_000;
/** Source and target clusters, two replicators (one each way) and a MirrorMaker 2 file. */
export const MAX_INPUTS = 5;

export interface ImportSuccess {
  ok: true;
  /** Every answer: the inferred ones, the rest at their defaults. */
  answers: Answers;
  /** The canonical permalink query (without "?"). */
  query: string;
  /** One entry per answer filled from the inputs, in parameter order. */
  evidence: Evidence[];
  /** Answers left at their defaults. */
  defaults: AnswerKey[];
  /** What each input was read as. */
  read: { input: string; kind: InputKind }[];
  /** Things worth knowing: values this version does not know (dropped, named), flows ignored, … */
  notes: string[];
}

export interface ImportFailure {
  ok: false;
  /** One line per problem, naming the input and what was wrong. */
  problems: string[];
}

export type ImportResult = ImportSuccess | ImportFailure;

type Reading =
  | { input: string; kind: "msk-cluster"; facts: ClusterFacts }
  | { input: string; kind: "msk-replicator"; facts: ReplicatorFacts }
  | { input: string; kind: "mm2-properties"; facts: Mm2Facts };

const sizeWords = (chars: number) =>
  chars >= 1_000_000 ? `${(chars / 1_000_000).toFixed(1)} MB` : `${Math.ceil(chars / 1000)} kB`;

/** What one input is, read; or why it cannot be. */
function readInput({ label, text }: ImportInput): Reading | string {
  if (text.length > MAX_INPUT_CHARS)
    return `${label}: ${sizeWords(text.length)} is too large; the limit is ${sizeWords(MAX_INPUT_CHARS)} (a describe output is a few kB).`;
  const trimmed = text.replace(/^\uFEFF/, "").trim();
  if (trimmed === "") return `${label}: empty.`;
  if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
    let json: unknown;
    try {
      json = JSON.parse(trimmed);
    } catch (error) {
      return `${label}: not valid JSON (${error instanceof Error ? error.message : "parse error"}).`;
    }
    if (json === null || typeof json !== "object" || Array.isArray(json)) {
      return `${label}: JSON, but not an object: expected the output of aws kafka describe-cluster-v2 or describe-replicator.`;
    }
    if (Object.hasOwn(json, "ClusterInfo")) {
      const r = readCluster(json);
      return r.ok
        ? { input: label, kind: "msk-cluster", facts: r.facts }
        : `${label} (${INPUT_KIND_WORDS["msk-cluster"]}): ${r.problem}`;
    }
    if (["KafkaClusters", "ReplicationInfoList", "ReplicatorArn"].some((k) => Object.hasOwn(json as object, k))) {
      const r = readReplicator(json);
      return r.ok
        ? { input: label, kind: "msk-replicator", facts: r.facts }
        : `${label} (${INPUT_KIND_WORDS["msk-replicator"]}): ${r.problem}`;
    }
    if (Object.hasOwn(json, "ClusterInfoList"))
      return `${label}: this is aws kafka list-clusters(-v2) output; describe one cluster with aws kafka describe-cluster-v2 --cluster-arn ….`;
    return `${label}: JSON, but neither a top-level ClusterInfo (aws kafka describe-cluster-v2) nor KafkaClusters and ReplicationInfoList (aws kafka describe-replicator).`;
  }
  if (looksLikeProperties(trimmed)) {
    const r = readMm2(trimmed);
    return r.ok
      ? { input: label, kind: "mm2-properties", facts: r.facts }
      : `${label} (${INPUT_KIND_WORDS["mm2-properties"]}): ${r.problem}`;
  }
  return `${label}: not JSON and not a MirrorMaker 2 properties file (no \`clusters = …\` line). Expected the output of aws kafka describe-cluster-v2 or describe-replicator, or MirrorMaker 2 properties.`;
}

/** A cluster name as the answers' resource base name (^[a-z][a-z0-9-]{0,30}$), or undefined. */
export function resourceName(clusterName: string): string | undefined {
  const slug = clusterName
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, "-")
    .replace(/-+/g, "-")
    .replace(/^[^a-z]+/, "")
    .slice(0, 31)
    .replace(/-+$/, "");
  return slug === "" ? undefined : slug;
}

const arnWords = (arn: Arn) => `${arn.region}, account ${arn.account}`;

class Collector {
  readonly evidence = new Map<string, Evidence>();
  readonly problems: string[] = [];
  readonly notes: string[] = [];

  add(param: string, value: string, input: string, field: string) {
    const known = this.evidence.get(param);
    if (!known) {
      this.evidence.set(param, { param, value, input, field });
      return;
    }
    if (known.value !== value) {
      this.problems.push(
        `Contradictory ${param}: "${known.value}" from ${known.input} (${known.field}) but "${value}" from ${input} (${field}).`,
      );
    }
  }
}

interface Roles {
  source?: { reading: Extract<Reading, { kind: "msk-cluster" }> };
  target?: { reading: Extract<Reading, { kind: "msk-cluster" }> };
}

/** Which cluster description is the source and which the target. */
function clusterRoles(
  clusters: Extract<Reading, { kind: "msk-cluster" }>[],
  replicator: Extract<Reading, { kind: "msk-replicator" }> | undefined,
  c: Collector,
): Roles {
  const roles: Roles = {};
  const seen = new Map<string, string>();
  for (const cluster of clusters) {
    const other = seen.get(cluster.facts.arnText);
    if (other)
      c.problems.push(
        `${cluster.input} and ${other} describe the same cluster (${cluster.facts.arnText}); give the source and the target.`,
      );
    seen.set(cluster.facts.arnText, cluster.input);
  }
  if (!replicator) {
    // In the order given: the first cluster is the source, the second the target.
    roles.source = clusters[0] ? { reading: clusters[0] } : undefined;
    roles.target = clusters[1] ? { reading: clusters[1] } : undefined;
    return roles;
  }
  const { source, target } = replicator.facts;
  for (const cluster of clusters) {
    if (source.arnText === cluster.facts.arnText) roles.source = { reading: cluster };
    else if (target.arnText === cluster.facts.arnText) roles.target = { reading: cluster };
    else
      c.problems.push(
        `${cluster.input} describes ${cluster.facts.arnText}, which is neither the source nor the target of the replicator in ${replicator.input}.`,
      );
  }
  return roles;
}

function fromClusters(roles: Roles, c: Collector) {
  const { source, target } = roles;
  if (source) {
    const { input, facts } = source.reading;
    c.add("source", facts.type.value, input, facts.type.field);
    c.add("primary", facts.arn.region, input, `ClusterInfo.ClusterArn (${arnWords(facts.arn)})`);
    if (facts.kafkaVersion) c.add("kafka", facts.kafkaVersion.value, input, facts.kafkaVersion.field);
    const name = facts.name && resourceName(facts.name.value);
    if (facts.name && name) c.add("name", name, input, `${facts.name.field} = ${facts.name.value}`);
  }
  if (target) {
    const { input, facts } = target.reading;
    c.add("target", facts.type.value, input, facts.type.field);
    c.add("secondary", facts.arn.region, input, `ClusterInfo.ClusterArn (${arnWords(facts.arn)})`);
  }
  // Authentication: the first method (in the order replication prefers) that every cluster described enables.
  const described = [source, target]
    .filter((r) => r !== undefined && r.reading.facts.auth.length > 0)
    .map((r) => r!.reading);
  if (described.length > 0) {
    const common = AUTH_PREFERENCE.find((m) => described.every((r) => r.facts.auth.some((a) => a.value === m)));
    if (common) {
      const fields = described.map(
        (r) => `${r.facts.auth.find((a) => a.value === common)!.field}${described.length > 1 ? ` (${r.input})` : ""}`,
      );
      c.add("auth", common, described[0]!.input, fields.join("; "));
    } else {
      const [s, t] = described;
      c.notes.push(
        `The clusters share no client authentication method (${s!.input}: ${s!.facts.auth.map((a) => a.value).join(", ")}; ${t!.input}: ${t!.facts.auth.map((a) => a.value).join(", ")}); authentication was taken from the source.`,
      );
      c.add("auth", s!.facts.auth[0]!.value, s!.input, s!.facts.auth[0]!.field);
    }
  }
}

function fromReplicators(replicators: Extract<Reading, { kind: "msk-replicator" }>[], c: Collector) {
  const [first, second] = replicators;
  if (!first) return;
  const { input, facts } = first;
  const { source, target } = facts;
  if (source.arn)
    c.add("primary", source.arn.region, input, `${source.at}.AmazonMskCluster.MskClusterArn (${arnWords(source.arn)})`);
  if (source.selfManaged) c.add("source", "self-managed", input, source.selfManaged.field);
  if (target.arn)
    c.add(
      "secondary",
      target.arn.region,
      input,
      `${target.at}.AmazonMskCluster.MskClusterArn (${arnWords(target.arn)})`,
    );
  if (source.arn && target.arn) {
    c.add(
      "accounts",
      source.arn.account === target.arn.account ? "same" : "cross",
      input,
      `MskClusterArn accounts: source ${source.arn.account}, target ${target.arn.account}`,
    );
  }
  if (source.scram) c.add("auth", "sasl-scram", input, source.scram.field);
  else if (source.arn && target.arn)
    c.add("auth", "iam", input, "KafkaClusters[].AmazonMskCluster (MSK Replicator reaches MSK clusters with IAM)");
  if (facts.naming) c.add("naming", facts.naming.value, input, facts.naming.field);
  if (facts.offsets) c.add("offsets", facts.offsets.value, input, facts.offsets.field);
  if (!second) {
    c.add(
      "topology",
      "active-passive",
      input,
      `one replicator, one direction (${facts.arnText ?? "ReplicationInfoList[0]"})`,
    );
    return;
  }
  const reverse =
    second.facts.source.arnText === target.arnText &&
    second.facts.target.arnText === source.arnText &&
    source.arnText !== undefined;
  if (!reverse) {
    c.problems.push(
      `${second.input}: a second replicator must replicate the other way (from the target of ${input} back to its source) for active-active; this one does not.`,
    );
    return;
  }
  c.add("topology", "active-active", input, `two replicators in opposite directions (${input} and ${second.input})`);
  if (second.facts.naming && second.facts.naming.value !== facts.naming?.value)
    c.add("naming", second.facts.naming.value, second.input, second.facts.naming.field);
}

function fromMm2(reading: Extract<Reading, { kind: "mm2-properties" }>, c: Collector) {
  const { input, facts } = reading;
  const { source, target } = facts;
  if (source.region && source.bootstrap)
    c.add("primary", source.region, input, `${source.bootstrap.field} (an Amazon MSK address)`);
  if (source.serverless && source.bootstrap)
    c.add("source", "msk-serverless", input, `${source.bootstrap.field} (MSK Serverless)`);
  if (source.outsideMsk && source.bootstrap)
    c.add(
      "source",
      "self-managed",
      input,
      `${source.bootstrap.field} (not an Amazon MSK address: self-managed, on premises or another cloud)`,
    );
  if (target.region && target.bootstrap)
    c.add("secondary", target.region, input, `${target.bootstrap.field} (an Amazon MSK address)`);
  if (target.serverless && target.bootstrap)
    c.add("target", "msk-serverless", input, `${target.bootstrap.field} (MSK Serverless)`);
  if (target.outsideMsk)
    c.notes.push(
      `${input}: the target ${target.alias} is not an Amazon MSK address; the advisor plans for an MSK target.`,
    );
  const auth = source.auth ?? target.auth;
  if (auth) c.add("auth", auth.value, input, `${auth.field}${source.auth ? "" : ` (${target.alias})`}`);
  if (source.auth && target.auth && source.auth.value !== target.auth.value) {
    c.notes.push(
      `${input}: ${source.alias} uses ${source.auth.value} and ${target.alias} ${target.auth.value}; authentication was taken from the source.`,
    );
  }
  c.add(
    "topology",
    facts.activeActive ? "active-active" : "active-passive",
    input,
    facts.flows.map((f) => f.field).join("; "),
  );
  c.add("naming", facts.naming.value, input, facts.naming.field);
  if (facts.offsets) c.add("offsets", facts.offsets.value, input, facts.offsets.field);
  c.notes.push(...facts.notes.map((n) => `${input}: ${n}`));
}

/** Fills the answers from the inputs. Never throws. */
export function importFiles(inputs: readonly ImportInput[]): ImportResult {
  try {
    return importUnsafe(inputs);
  } catch (error) {
    // A defect, not the input's fault; still never thrown at the caller.
    return {
      ok: false,
      problems: [`The inputs could not be read (${error instanceof Error ? error.message : String(error)}).`],
    };
  }
}

function importUnsafe(inputs: readonly ImportInput[]): ImportResult {
  const given = inputs.filter((i) => i.text.trim() !== "");
  if (given.length === 0)
    return {
      ok: false,
      problems: [
        "Nothing to read: paste or drop the output of aws kafka describe-cluster-v2 or describe-replicator, or MirrorMaker 2 properties.",
      ],
    };
  if (given.length > MAX_INPUTS)
    return {
      ok: false,
      problems: [
        `${given.length} inputs: at most ${MAX_INPUTS} are read (source and target clusters, a replicator each way, a MirrorMaker 2 file).`,
      ],
    };

  const readings: Reading[] = [];
  const problems: string[] = [];
  for (const input of given) {
    const r = readInput(input);
    if (typeof r === "string") problems.push(r);
    else readings.push(r);
  }
  if (problems.length > 0) return { ok: false, problems };

  const clusters = readings.filter((r): r is Extract<Reading, { kind: "msk-cluster" }> => r.kind === "msk-cluster");
  const replicators = readings.filter(
    (r): r is Extract<Reading, { kind: "msk-replicator" }> => r.kind === "msk-replicator",
  );
  const mm2 = readings.filter((r): r is Extract<Reading, { kind: "mm2-properties" }> => r.kind === "mm2-properties");
  if (clusters.length > 2)
    return {
      ok: false,
      problems: [
        `${clusters.length} cluster descriptions (${clusters.map((r) => r.input).join(", ")}): give at most two, the source and then the target.`,
      ],
    };
  if (replicators.length > 2)
    return {
      ok: false,
      problems: [`${replicators.length} replicators: give one, or two that replicate in opposite directions.`],
    };
  if (mm2.length > 1)
    return {
      ok: false,
      problems: [`${mm2.length} MirrorMaker 2 files (${mm2.map((r) => r.input).join(", ")}): give one.`],
    };

  const c = new Collector();
  const roles = clusterRoles(clusters, replicators[0], c);
  fromClusters(roles, c);
  fromReplicators(replicators, c);
  if (mm2[0]) fromMm2(mm2[0], c);
  // Accounts from two cluster ARNs (the replicator's, when there is one, said so already).
  if (roles.source && roles.target) {
    const [s, t] = [roles.source.reading, roles.target.reading];
    c.add(
      "accounts",
      s.facts.arn.account === t.facts.arn.account ? "same" : "cross",
      s.input,
      `ClusterInfo.ClusterArn accounts: source ${s.facts.arn.account} (${s.input}), target ${t.facts.arn.account} (${t.input})`,
    );
  }
  if (c.problems.length > 0) return { ok: false, problems: c.problems };

  // The permalink decoder decides what this version of the answers accepts.
  const params = new URLSearchParams();
  for (const e of c.evidence.values()) params.append(e.param, e.value);
  const decoded = decodePermalink(params);
  const dropped = new Map<string, PermalinkIssue>(decoded.issues.map((i) => [i.param, i]));
  const notes = [...c.notes];
  for (const [param, issue] of dropped) {
    const e = c.evidence.get(param);
    const from = e ? ` (${e.input}: ${e.field})` : "";
    notes.push(
      issue.kind === "unknown-parameter"
        ? `${param}: "${issue.value}" was read${from}, but this version of the advisor has no such answer; ignored.`
        : `${issue.message}${from}`,
    );
  }
  const order = ANSWER_KEYS as readonly string[];
  const evidence = [...c.evidence.values()]
    .filter((e) => !dropped.has(e.param))
    .sort((a, b) => order.indexOf(a.param) - order.indexOf(b.param));
  const filled = new Set(evidence.map((e) => e.param));
  return {
    ok: true,
    answers: decoded.answers,
    query: encodeAnswers(decoded.answers),
    evidence,
    defaults: ANSWER_KEYS.filter((k) => k !== "v" && !filled.has(k)),
    read: readings.map((r) => ({ input: r.input, kind: r.kind })),
    notes,
  };
}
