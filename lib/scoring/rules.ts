import { formatMinutes } from "@/lib/format";
import { isMskSource, isSourceOutsideAws, regionName, type Answers } from "@/lib/answers";
import {
  estimateRecovery,
  isCrossRegion,
  mm2TasksPerDirection,
  replicatorOffsetSyncMode,
  replicatorsPerDirection,
  type RecoveryEstimate,
} from "@/lib/estimates";
import { FACTS, LIMITS, replicatorRegionStatus, type FactId, type OptionId } from "@/lib/knowledge";
import { WEIGHTS, type Criterion } from "./weights";

// The rules: hard constraints first (an option that cannot do the job is ruled out, with the
// reason and its source), then weighted criteria that give or take points, each with a reason
// and a source. Every rule cites a fact of lib/knowledge, so the explanation and the evidence
// can never drift apart.

export interface Reason {
  criterion: Criterion;
  text: string;
  /** Points given (+) or taken (−). */
  impact: number;
  /** URL of the evidence. */
  source: string;
  /** The knowledge-base fact behind it, when there is one. */
  fact?: FactId;
  /** True when the evidence is not verified against a primary source. */
  unverified?: boolean;
}

export interface Blocker {
  text: string;
  source: string;
  fact: FactId;
}

export interface Caveat {
  text: string;
  source: string;
  fact: FactId;
}

function cite(fact: FactId) {
  const f = FACTS[fact];
  return { source: f.source, fact, ...(f.status === "unverified" ? { unverified: true } : {}) };
}

function reason(criterion: Criterion, share: number, text: string, fact: FactId): Reason {
  return { criterion, text, impact: Math.round(WEIGHTS[criterion] * share), ...cite(fact) };
}

function blocker(text: string, fact: FactId): Blocker {
  return { text, source: FACTS[fact].source, fact };
}

const isExternal = (a: Answers) => !isMskSource(a.source);

// ── Hard constraints ───────────────────────────────────────────────────────

/** Why an option cannot do the job for these answers; empty when it can. */
export function blockersFor(option: OptionId, a: Answers): Blocker[] {
  const out: Blocker[] = [];
  switch (option) {
    case "msk-replicator":
      if (isMskSource(a.source) && a.accounts === "cross")
        out.push(blocker("MSK Replicator only replicates between MSK clusters in the same AWS account; yours are in different accounts.", "replicator.same-account"));
      if (isMskSource(a.source) && a.auth !== "iam")
        out.push(blocker(`MSK Replicator authenticates to MSK clusters with IAM access control only; replication here must use ${authWords(a.auth)}.`, "replicator.msk-iam"));
      if (isExternal(a) && a.target === "msk-serverless")
        out.push(blocker("From a self-managed Kafka cluster, MSK Replicator can only write to MSK Provisioned clusters, not MSK Serverless.", "replicator.external-source"));
      if (isExternal(a) && (a.auth === "iam" || a.auth === "none"))
        out.push(blocker(`MSK Replicator reads a self-managed cluster over TLS with SASL/SCRAM, mTLS or OAuth; ${a.auth === "iam" ? "IAM is not available on a self-managed cluster" : "an unauthenticated cluster is not supported"}.`, "replicator.external-source"));
      if (a.naming === "custom")
        out.push(blocker("MSK Replicator keeps topic names identical or prefixes them with the source alias; it cannot rename or transform them.", "replicator.naming"));
      break;
    case "mirrormaker2":
      // MirrorMaker 2 runs anywhere, so it is never ruled out: where the answers ask for what it
      // cannot do, it loses points and the plan says what it does instead (see the criteria).
      break;
    case "s3-backup":
      if (a.topology === "active-active")
        out.push(blocker("An S3 backup is one-way archival; it cannot carry active-active traffic.", "s3.one-way"));
      if (a.goal === "migration")
        out.push(blocker("An S3 backup cannot keep a live copy in sync for a migration cut-over.", "s3.one-way"));
      if (a.offsets === "yes")
        out.push(blocker("Consumer group offsets do not survive a restore from S3: restored records get new offsets.", "s3.offsets-lost"));
      if (a.rto < S3_MIN_RTO_MINUTES)
        out.push(blocker(`Your RTO is ${a.rto} minutes; re-creating topics and starting a restore from S3 alone takes about an hour.`, "s3.not-hot-standby"));
      break;
    case "multi-az":
      if (!isMskSource(a.source))
        out.push(blocker("Multi-AZ only means relying on one Amazon MSK cluster's own replication; your data is not in MSK yet.", "multiaz.needs-msk"));
      if (a.goal === "migration" || a.goal === "analytics" || a.goal === "compliance")
        out.push(blocker(`Multi-AZ keeps no second copy, which ${a.goal === "migration" ? "a migration" : a.goal === "analytics" ? "sharing data across Regions or environments" : "a governed compliance copy"} needs.`, "multiaz.scope"));
      if (a.goal === "dr" && isCrossRegion(a))
        out.push(blocker(`Multi-AZ does not survive the loss of ${regionName(a.primary)}; you asked for a standby in ${regionName(a.secondary)}.`, "multiaz.scope"));
      if (a.accounts === "cross")
        out.push(blocker("Multi-AZ keeps everything in one cluster in one account; you asked for a copy in another account.", "multiaz.scope"));
      if (a.topology === "active-active")
        out.push(blocker("Active-active needs two clusters; Multi-AZ has one.", "multiaz.scope"));
      break;
  }
  return out;
}

/** Restoring from S3 needs at least this long before replay even starts, minutes. */
export const S3_MIN_RTO_MINUTES = 60;

function authWords(auth: Answers["auth"]): string {
  return { iam: "IAM", mtls: "mutual TLS", "sasl-scram": "SASL/SCRAM", none: "no authentication" }[auth];
}

// ── Weighted criteria ──────────────────────────────────────────────────────

function goalFit(option: OptionId, a: Answers): Reason[] {
  const c = "goalFit";
  switch (option) {
    case "msk-replicator":
      return [
        {
          dr: reason(c, 1, "A managed warm standby in the target Region, kept current continuously.", "replicator.managed"),
          migration: isExternal(a)
            ? reason(c, 1, "AWS's managed route from self-managed Kafka into MSK Provisioned, with rollback replication if needed.", "replicator.external-source")
            : reason(c, 1, "AWS's managed migration path between MSK clusters: identical names, starting at EARLIEST so the retained data is copied too.", "replicator.migrate-cluster"),
          compliance: reason(c, -0.5, "A live mirror, not an archive: deletions and bad writes on the source reach the copy too.", "multiaz.scope"),
          analytics: reason(c, 0.8, "Shares topics across Regions with no infrastructure to run.", "replicator.managed"),
        }[a.goal],
      ];
    case "mirrormaker2":
      return [
        {
          dr: reason(c, 0.7, "A warm standby kept current by connectors you run.", "mm2.runs-anywhere"),
          migration: reason(c, 0.8, "The long-standing Kafka migration tool, with an AWS reference deployment.", "mm2.operations"),
          compliance: reason(c, -0.5, "A live mirror, not an archive: deletions and bad writes on the source reach the copy too.", "multiaz.scope"),
          analytics: reason(c, 0.8, "Filters, transforms and custom policies shape exactly what is shared.", "mm2.custom-policy"),
        }[a.goal],
      ];
    case "s3-backup":
      return [
        {
          dr: reason(c, -0.7, "Not a standby: recovering means a restore that takes hours.", "s3.not-hot-standby"),
          migration: reason(c, -1, "Cannot keep a live copy in sync for a cut-over.", "s3.one-way"),
          compliance: reason(c, 1, "A versioned, encrypted archive with lifecycle rules: protects against deletion and poisoned data.", "s3.pattern"),
          analytics: reason(c, -0.3, "Data lands as S3 objects for a data lake, not as Kafka topics for consumers.", "s3.pattern"),
        }[a.goal],
      ];
    case "multi-az":
      return a.goal === "dr" && !isCrossRegion(a)
        ? [reason(c, 0.5, "Within one Region, Multi-AZ already protects against broker and Availability Zone loss.", "multiaz.scope")]
        : [reason(c, -1, "Keeps no second copy outside the cluster.", "multiaz.scope")];
  }
}

function opsPreference(option: OptionId, a: Answers): Reason[] {
  const c = "opsPreference";
  const managed = a.ops === "managed";
  switch (option) {
    case "msk-replicator":
      return [managed
        ? reason(c, 1, "You want no infrastructure to run: MSK Replicator is serverless.", "replicator.managed")
        : reason(c, -0.3, "You want full control; MSK Replicator offers two naming modes and regex filters, but no transforms or custom policies.", "replicator.naming")];
    case "mirrormaker2":
      return [managed
        ? reason(c, -1, "You want no infrastructure to run, and MirrorMaker 2 is a Kafka Connect cluster you operate.", "mm2.operations")
        : reason(c, 1, "You want full control: every MirrorMaker 2 and Kafka Connect setting is yours.", "mm2.custom-policy")];
    case "s3-backup":
      return [managed
        ? reason(c, 0.5, "MSK Connect runs the workers for you; you own the connector, its plugin and the restores.", "s3.msk-connect")
        : reason(c, 0.3, "The connector's configuration is yours; MSK Connect runs the workers.", "s3.msk-connect")];
    case "multi-az":
      return managed ? [reason(c, 1, "Nothing to run beyond the cluster's own settings.", "multiaz.durability")] : [];
  }
}

function operatingEffort(option: OptionId, a: Answers): Reason[] {
  const c = "operatingEffort";
  // A team with Kafka Connect skills in house feels the effort less: it counts half.
  const k = a.ops === "control" ? 0.5 : 1;
  switch (option) {
    case "msk-replicator":
      return [reason(c, k, "No servers to patch, scale or monitor beyond CloudWatch metrics.", "replicator.managed")];
    case "mirrormaker2":
      return [reason(c, -k, `You run, patch, scale and monitor a Kafka Connect cluster; AWS does not support self-run MirrorMaker 2${k < 1 ? " (counted at half: your team has the skills)" : ""}.`, "mm2.operations")];
    case "s3-backup":
      return [reason(c, -0.3 * k, "A connector and custom plugin to maintain, and restores to rehearse by hand.", "s3.msk-connect")];
    case "multi-az":
      return [reason(c, k, "Only cluster and producer settings.", "multiaz.durability")];
  }
}

function rpoFit(option: OptionId, a: Answers, r: RecoveryEstimate): Reason[] {
  const scope = r.scope === "availability-zone" ? " for a broker or AZ loss" : "";
  const fact: FactId = { "msk-replicator": "replicator.latency", mirrormaker2: "mm2.offset-sync", "s3-backup": "s3.rpo", "multi-az": "multiaz.durability" }[option] as FactId;
  return [r.meetsRpo
    ? reason("rpoFit", 1, `Expected data loss of about ${r.rpoSeconds} s${scope} is within your RPO of ${a.rpo} s.`, fact)
    : reason("rpoFit", -1, `Expected data loss of about ${r.rpoSeconds} s${scope} exceeds your RPO of ${a.rpo} s.`, fact)];
}

function rtoFit(option: OptionId, a: Answers, r: RecoveryEstimate): Reason[] {
  const scope = r.scope === "availability-zone" ? " for a broker or AZ loss" : "";
  const fact: FactId = { "msk-replicator": "replicator.planned-failover", mirrormaker2: "mm2.operations", "s3-backup": "s3.not-hot-standby", "multi-az": "multiaz.durability" }[option] as FactId;
  return [r.meetsRto
    ? reason("rtoFit", 1, `Expected recovery in about ${formatMinutes(r.rtoMinutes)}${scope}, within your RTO of ${formatMinutes(a.rto)}.`, fact)
    : reason("rtoFit", -1, `Expected recovery in about ${formatMinutes(r.rtoMinutes)}${scope}, longer than your RTO of ${formatMinutes(a.rto)}.`, fact)];
}

function offsets(option: OptionId, a: Answers): Reason[] {
  if (a.offsets === "no") return [];
  const c = "offsets";
  switch (option) {
    case "msk-replicator":
      return [replicatorOffsetSyncMode(a) === "ENHANCED"
        ? reason(c, 1, "Translates consumer group offsets both ways: ENHANCED sync, with identical names and the permanent reverse replicator, also translates them back on failback.", "replicator.enhanced-offset-sync")
        : a.naming === "identical"
          ? reason(c, 0.7, "Translates consumer group offsets to the target (LEGACY sync). ENHANCED sync, which also translates them back on failback, needs a permanent reverse replicator (active-active), so after a failback consumers may need their offsets on the primary reset to a time.", "replicator.enhanced-offset-sync")
          : reason(c, 0.7, "Translates consumer group offsets to the target; with prefixed names only LEGACY sync is available, so offsets are not translated back on failback.", "replicator.offset-sync")];
    case "mirrormaker2":
      return [reason(c, 0.6, "Checkpoints translate offsets; sync.group.offsets.enabled writes them for groups that are inactive on the target.", "mm2.offset-sync")];
    case "s3-backup":
      return [reason(c, -1, "Offsets are lost on restore.", "s3.offsets-lost")];
    case "multi-az":
      return [reason(c, 1, "Offsets stay in the same cluster: nothing to translate.", "multiaz.durability")];
  }
}

function activeActive(option: OptionId, a: Answers): Reason[] {
  if (a.topology !== "active-active") return [];
  const c = "activeActive";
  switch (option) {
    case "msk-replicator":
      if (a.naming === "prefixed") return [reason(c, 1, "Two replicators, one each way, with prefixed names as AWS recommends for active-active.", "replicator.active-active")];
      if (a.naming === "identical") return [reason(c, 0.6, "Identical names work both ways thanks to the __mskmr header, but each replicator processes about twice the data.", "replicator.active-active")];
      return [];
    case "mirrormaker2":
      if (a.naming === "prefixed") return [reason(c, 0.8, "DefaultReplicationPolicy's prefixes make two-way replication loop-safe.", "mm2.default-policy")];
      if (a.naming === "identical") return [reason(c, -1, "IdentityReplicationPolicy cannot detect cycles, so two-way replication would loop: this plan uses prefixed names (DefaultReplicationPolicy) instead.", "mm2.identity-policy")];
      return [reason(c, 0.3, "A custom replication policy must keep provenance in the name to stay loop-safe both ways.", "mm2.custom-policy")];
    default:
      return [];
  }
}

function naming(option: OptionId, a: Answers): Reason[] {
  const c = "naming";
  switch (option) {
    case "msk-replicator":
      if (a.naming === "identical") return [reason(c, 1, "Identical names with built-in loop prevention: clients only change the bootstrap servers on failover.", "replicator.identical-loops")];
      if (a.naming === "prefixed") return [reason(c, 0.8, "Prefixes remote topics with the source cluster alias; consumers subscribe with a wildcard.", "replicator.naming")];
      return [reason(c, -1, "Cannot rename or transform topics.", "replicator.naming")];
    case "mirrormaker2":
      if (a.naming === "identical" && a.topology === "active-passive") return [reason(c, 0.5, "IdentityReplicationPolicy keeps names, one way only; failback needs a new reverse flow.", "mm2.identity-policy")];
      if (a.naming === "prefixed") return [reason(c, 1, "DefaultReplicationPolicy prefixes remote topics with the source alias.", "mm2.default-policy")];
      if (a.naming === "custom") return [reason(c, 1, "A custom replication policy (or SMTs) renames topics exactly as you need.", "mm2.custom-policy")];
      return [];
    default:
      return [];
  }
}

function throughput(option: OptionId, a: Answers): Reason[] {
  const c = "throughput";
  switch (option) {
    case "msk-replicator": {
      const n = replicatorsPerDirection(a);
      return [n === 1
        ? reason(c, 0.5, `${a.mbps} MB/s is within the 1 GB/s one replicator handles.`, "replicator.quota-throughput")
        : reason(c, -1, `${a.mbps} MB/s needs ${n} replicators per direction (1 GB/s each), with topics split between them.`, "replicator.quota-throughput")];
    }
    case "mirrormaker2": {
      const tasks = mm2TasksPerDirection(a);
      return [a.mbps <= LIMITS.replicatorMaxMbps.value
        ? reason(c, 0.5, `Scales out with tasks: about ${tasks} tasks of 1 vCPU for ${a.mbps} MB/s (benchmark your records).`, "mm2.throughput-per-task")
        : reason(c, -0.5, `About ${tasks} tasks for ${a.mbps} MB/s: a large Connect cluster to run; benchmark before committing.`, "mm2.throughput-per-task")];
    }
    case "s3-backup":
      return a.mbps > 800 ? [reason(c, -0.5, `${a.mbps} MB/s needs several sink connectors (MSK Connect tops out at 80 MCUs per connector).`, "s3.msk-connect")] : [];
    case "multi-az":
      return [];
  }
}

function partitions(option: OptionId, a: Answers): Reason[] {
  const recommended = Math.ceil(a.mbps * LIMITS.replicatorMinPartitionsPerMbps.value);
  if (option === "msk-replicator" && a.partitions < recommended)
    return [reason("partitions", -1, `${a.partitions} partitions is below the ${recommended} AWS recommends for ${a.mbps} MB/s: replication latency rises.`, "replicator.sizing")];
  if (option === "mirrormaker2" && mm2TasksPerDirection(a) > a.partitions)
    return [reason("partitions", -0.6, `More tasks than partitions (${a.partitions}): the extra tasks sit idle.`, "mm2.throughput-per-task")];
  return [];
}

function connectivity(option: OptionId, a: Answers): Reason[] {
  const c = "connectivity";
  const out: Reason[] = [];
  if (option === "mirrormaker2" && a.accounts === "cross") out.push(reason(c, 1, "Crosses accounts with a cluster policy and multi-VPC connectivity (or peering).", "mm2.cross-account"));
  if (option === "mirrormaker2" && isExternal(a)) out.push(reason(c, 0.6, "Reads any Kafka cluster it can reach, over VPN or Direct Connect.", "mm2.runs-anywhere"));
  if (option === "msk-replicator") {
    if (isExternal(a)) out.push(reason(c, 0.6, "Reads the self-managed cluster over VPN or Direct Connect, with credentials from Secrets Manager.", "replicator.external-secrets"));
    const regions = isSourceOutsideAws(a.source) || !isMskSource(a.source) ? [a.secondary] : [...new Set([a.primary, a.secondary])];
    for (const region of regions) {
      const status = replicatorRegionStatus(region);
      if (status === "secondary")
        out.push({ ...reason(c, -0.4, `MSK Replicator in ${regionName(region)} is reported only by secondary sources; confirm it in the console.`, "replicator.regions"), unverified: true });
      if (status === "unknown")
        out.push({ ...reason(c, -1, `MSK Replicator availability in ${regionName(region)} is not confirmed; check the Regions list before relying on it.`, "replicator.regions"), unverified: true });
    }
    if (a.target === "msk-serverless") out.push(reason(c, -0.4, "A Serverless target receives no ACLs and only some topic configurations.", "replicator.metadata"));
  }
  return out;
}

/** All criteria except cost, which needs every option's estimate (see plan.ts). */
export function criteriaReasons(option: OptionId, a: Answers): Reason[] {
  const recovery = estimateRecovery(option, a);
  return [
    ...goalFit(option, a),
    ...opsPreference(option, a),
    ...rpoFit(option, a, recovery),
    ...rtoFit(option, a, recovery),
    ...offsets(option, a),
    ...activeActive(option, a),
    ...operatingEffort(option, a),
    ...naming(option, a),
    ...throughput(option, a),
    ...partitions(option, a),
    ...connectivity(option, a),
  ].filter((r) => r.impact !== 0);
}

// ── Caveats ────────────────────────────────────────────────────────────────

/** Above 1 GB/s the generated code still has one replicator per direction: say what to do about it. */
export function replicatorSplitNote(a: Answers): string {
  const n = replicatorsPerDirection(a);
  return `${a.mbps} MB/s is more than one replicator carries (1 GB/s): run ${n} per direction and split the topics between them by throughput. The generated code creates one per direction, replicating every topic; copy it and narrow each copy's topics to replicate.`;
}

function caveat(text: string, fact: FactId): Caveat {
  return { text, source: FACTS[fact].source, fact };
}

/** What a team must know before building the option, as it applies to these answers. */
export function caveatsFor(option: OptionId, a: Answers): Caveat[] {
  const out: Caveat[] = [];
  switch (option) {
    case "msk-replicator":
      out.push(caveat("Delivery is at-least-once: consumers must tolerate duplicates after a failover.", "replicator.at-least-once"));
      if (a.offsets === "yes") out.push(caveat("Offsets are only written to a target group while none of its consumers is active on the target.", "replicator.offset-sync"));
      if (a.naming === "identical") out.push(caveat("Identical topic names need Apache Kafka 2.8.1 or later on the clusters.", "replicator.kafka-version"));
      if ([a.source, a.target].some((c) => c === "msk-provisioned" || c === "msk-express"))
        out.push(caveat("MSK Provisioned clusters need brokers of m5.large or larger (not t3.small), at least 3 per cluster (4 if it spans two Availability Zones), and Kafka 2.7.0+.", "replicator.kafka-version"));
      if (isExternal(a)) out.push(caveat("The self-managed cluster needs Kafka 2.8.1+, TLS and SASL/SCRAM or mTLS, reachable over VPN or Direct Connect.", "replicator.external-source"));
      if (isCrossRegion(a) && isMskSource(a.source) && a.source !== "msk-serverless") out.push(caveat("Cross-Region: turn on multi-VPC private connectivity (IAM) on the source cluster and attach a cluster policy for kafka.amazonaws.com.", "replicator.target-region"));
      if (!isCrossRegion(a) && isMskSource(a.source)) out.push(caveat("Same-Region: source and target subnets must be in the same Availability Zones, and security groups must allow port 9098.", "replicator.target-region"));
      out.push(caveat("Write ACLs are not replicated: producers should not write to replicated topics.", "replicator.metadata"));
      out.push(caveat("Topic naming and starting position cannot be changed after creation; a change means a new replicator.", "replicator.immutable"));
      out.push(caveat("Messages produced before a new topic exists on the target (up to about 30 s) are not replicated.", "replicator.new-topics"));
      if (a.topology === "active-active" && a.naming === "identical") out.push(caveat("After deleting a topic, wait at least 30 s before recreating it, or duplicates may flow back from the other Region.", "replicator.active-active"));
      out.push(caveat("Up to 750 topics per replicator; more topics need more replicators.", "replicator.quota-topics"));
      if (replicatorsPerDirection(a) > 1) out.push(caveat(replicatorSplitNote(a), "replicator.quota-throughput"));
      if (a.target === "msk-serverless" || a.source === "msk-serverless") out.push(caveat("MSK Serverless requires IAM and receives no ACLs; only some topic configurations are copied.", "replicator.metadata"));
      break;
    case "mirrormaker2":
      out.push(caveat("Delivery is at-least-once on failover: translated offsets are approximate and consumers must tolerate duplicates.", "mm2.offset-sync"));
      if (a.offsets === "yes") out.push(caveat("sync.group.offsets.enabled only writes offsets for groups with no active consumers on the target.", "mm2.offset-sync"));
      out.push(caveat("Remote topics default to replication factor 2: the generated configuration sets 3.", "mm2.replication-factor"));
      if (a.naming === "identical") out.push(caveat("IdentityReplicationPolicy cannot detect cycles: never run it both ways at once; stop the forward flow before failing back.", "mm2.identity-policy"));
      out.push(caveat("Exactly-once applies only to dedicated MirrorMaker clusters from Kafka 3.5.0, not to connectors on a shared Connect cluster.", "mm2.exactly-once"));
      out.push(caveat("AWS does not support self-run MirrorMaker 2: upgrades, scaling and incidents are your team's.", "mm2.operations"));
      out.push(caveat("Task throughput is an assumption until you benchmark your own records.", "mm2.throughput-per-task"));
      break;
    case "s3-backup":
      out.push(caveat("Restores assign new offsets: consumers restart from the earliest offset or seek by timestamp.", "s3.offsets-lost"));
      out.push(caveat("Pre-create topics with the original partition counts before restoring.", "s3.not-hot-standby"));
      out.push(caveat("The recovery point is the sink's rotation interval.", "s3.rpo"));
      if (isMskSource(a.source) && a.source !== "msk-serverless" && (a.auth === "sasl-scram" || a.auth === "mtls"))
        out.push(caveat("MSK Connect authenticates with IAM or not at all: turn on IAM access control on the source cluster too (it can run beside SASL/SCRAM or mTLS).", "s3.msk-connect"));
      break;
    case "multi-az":
      out.push(caveat("Producers must use acks=all with min.insync.replicas=2 and replication factor 3, or an acknowledged write can still be lost.", "multiaz.durability"));
      out.push(caveat("No protection against a Regional outage, an account compromise or a deleted topic.", "multiaz.scope"));
      break;
  }
  return out;
}
