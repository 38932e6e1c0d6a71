import { formatMinutes } from "@/lib/format";
import { isMskSource, isSourceOutsideAws, kafkaAtLeast, regionName, type Answers } from "@/lib/answers";
import {
  directions,
  estimateRecovery,
  isCrossRegion,
  mm2TasksPerDirection,
  replicatorOffsetSyncMode,
  replicatorsPerDirection,
  type RecoveryEstimate,
} from "@/lib/estimates";
import {
  FACTS,
  LIMITS,
  REPLICATOR_REGIONS,
  isServerlessRegion,
  replicatorRegionStatus,
  type FactId,
  type OptionId,
} from "@/lib/knowledge";
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
      if (a.target === "msk-serverless" && a.mbps > LIMITS.serverlessMaxIngressMbps.value)
        out.push(
          blocker(
            `An MSK Serverless cluster takes at most ${LIMITS.serverlessMaxIngressMbps.value} MBps of writes; replicating ${a.mbps} MB/s into one would be throttled.`,
            "serverless.quota-ingress",
          ),
        );
      if (isMskSource(a.source) && kafkaAtLeast(a.kafka, "2.7.0") === false)
        out.push(
          blocker(
            `MSK Replicator needs Apache Kafka 2.7.0 or later on MSK clusters; the source runs ${a.kafka}.`,
            "replicator.kafka-version",
          ),
        );
      else if (isMskSource(a.source) && a.naming === "identical" && kafkaAtLeast(a.kafka, "2.8.1") === false)
        out.push(
          blocker(
            `Identical topic names need Apache Kafka 2.8.1 or later; the source runs ${a.kafka}.`,
            "replicator.kafka-version",
          ),
        );
      if (isExternal(a) && kafkaAtLeast(a.kafka, "2.8.1") === false)
        out.push(
          blocker(
            `MSK Replicator reads self-managed Kafka 2.8.1 or later; the source runs ${a.kafka}.`,
            "replicator.external-source",
          ),
        );
      if (isExternal(a) && a.auth === "sasl-plain")
        out.push(
          blocker(
            "MSK Replicator reads a self-managed cluster with SASL/SCRAM, mTLS or SASL/OAUTHBEARER, not SASL/PLAIN.",
            "replicator.external-sasl-plain",
          ),
        );
      if (isMskSource(a.source) && a.accounts === "cross")
        out.push(
          blocker(
            "MSK Replicator only replicates between MSK clusters in the same AWS account; yours are in different accounts.",
            "replicator.same-account",
          ),
        );
      // SASL/SCRAM, mTLS or unauthenticated clusters can turn IAM on beside them for the replicator
      // alone: a caveat and a few points (replicatorIamToTurnOn), not a rule-out; Amazon MSK offers
      // no OAuth or SASL/PLAIN to keep, and an unauthenticated source cannot take multi-VPC connectivity.
      if (isMskSource(a.source) && (a.auth === "oauth" || a.auth === "sasl-plain"))
        out.push(
          blocker(
            `MSK Replicator authenticates to MSK clusters with IAM access control, and Amazon MSK offers no ${authWords(a.auth)} to keep beside it.`,
            "replicator.msk-iam",
          ),
        );
      if (isMskSource(a.source) && a.source !== "msk-serverless" && a.auth === "none" && isCrossRegion(a))
        out.push(
          blocker(
            "Across Regions MSK Replicator reaches the source cluster through multi-VPC private connectivity for IAM, which cannot be turned on while the cluster allows unauthenticated access: move its clients to IAM, SASL/SCRAM or mutual TLS first.",
            "replicator.multi-vpc-unauthenticated",
          ),
        );
      if (isExternal(a) && a.target === "msk-serverless")
        out.push(
          blocker(
            "From a self-managed Kafka cluster, MSK Replicator can only write to MSK Provisioned clusters, not MSK Serverless.",
            "replicator.external-source",
          ),
        );
      if (isExternal(a) && (a.auth === "iam" || a.auth === "none"))
        out.push(
          blocker(
            `MSK Replicator reads a self-managed cluster over TLS with SASL/SCRAM, mTLS or OAuth; ${a.auth === "iam" ? "IAM is not available on a self-managed cluster" : "an unauthenticated cluster is not supported"}.`,
            "replicator.external-source",
          ),
        );
      if (a.naming === "custom")
        out.push(
          blocker(
            "MSK Replicator keeps topic names identical or prefixes them with the source alias; it cannot rename or transform them.",
            "replicator.naming",
          ),
        );
      break;
    case "mirrormaker2":
      // MirrorMaker 2 runs anywhere, so it is never ruled out: where the answers ask for what it
      // cannot do, it loses points and the plan says what it does instead (see the criteria).
      break;
    case "s3-backup":
      if (isExternal(a) && a.auth !== "none")
        out.push(
          blocker(
            `MSK Connect, which runs the S3 sink, authenticates with IAM or not at all; your ${isSourceOutsideAws(a.source) ? "" : "self-managed "}cluster needs ${authWords(a.auth)}${a.auth === "iam" ? ", which exists only on Amazon MSK" : ""}. Replicate into MSK first and back up from there, or run the S3 sink on your own Kafka Connect.`,
            "s3.msk-connect-auth",
          ),
        );
      if (a.topology === "active-active")
        out.push(blocker("An S3 backup is one-way archival; it cannot carry active-active traffic.", "s3.one-way"));
      if (a.goal === "migration")
        out.push(blocker("An S3 backup cannot keep a live copy in sync for a migration cut-over.", "s3.one-way"));
      // For a compliance copy the archive is the point: offsets and a short RTO cost it points, not its place.
      if (a.offsets === "yes" && a.goal !== "compliance")
        out.push(
          blocker(
            "Consumer group offsets do not survive a restore from S3: restored records get new offsets.",
            "s3.offsets-lost",
          ),
        );
      if (a.rto < S3_MIN_RTO_MINUTES && a.goal !== "compliance")
        out.push(
          blocker(
            `Your RTO is ${a.rto} minutes; re-creating topics and starting a restore from S3 alone takes about an hour.`,
            "s3.not-hot-standby",
          ),
        );
      break;
    case "multi-az":
      if (!isMskSource(a.source))
        out.push(
          blocker(
            "Multi-AZ only means relying on one Amazon MSK cluster's own replication; your data is not in MSK yet.",
            "multiaz.needs-msk",
          ),
        );
      if (a.goal === "migration" || a.goal === "analytics" || a.goal === "compliance")
        out.push(
          blocker(
            `Multi-AZ keeps no second copy, which ${a.goal === "migration" ? "a migration" : a.goal === "analytics" ? "sharing data across Regions or environments" : "a governed compliance copy"} needs.`,
            "multiaz.scope",
          ),
        );
      if (a.goal === "dr" && isCrossRegion(a))
        out.push(
          blocker(
            `Multi-AZ does not survive the loss of ${regionName(a.primary)}; you asked for a standby in ${regionName(a.secondary)}.`,
            "multiaz.scope",
          ),
        );
      if (a.accounts === "cross")
        out.push(
          blocker(
            "Multi-AZ keeps everything in one cluster in one account; you asked for a copy in another account.",
            "multiaz.scope",
          ),
        );
      if (a.topology === "active-active")
        out.push(blocker("Active-active needs two clusters; Multi-AZ has one.", "multiaz.scope"));
      break;
  }
  return out;
}

/** Restoring from S3 needs at least this long before replay even starts, minutes. */
export const S3_MIN_RTO_MINUTES = 60;

/**
 * The MSK Provisioned clusters on which MSK Replicator needs IAM access control turned on beside the
 * SASL/SCRAM, mutual TLS or unauthenticated access the answers name: an MSK cluster can have several
 * client authentication modes on at once, and MSK Serverless has IAM only. Empty when the answers
 * name IAM, or the source is not on MSK.
 */
export function replicatorIamToTurnOn(a: Answers): ("source" | "target")[] {
  if (!isMskSource(a.source) || !(a.auth === "sasl-scram" || a.auth === "mtls" || a.auth === "none")) return [];
  const provisioned = (c: Answers["source"] | Answers["target"]) => c === "msk-provisioned" || c === "msk-express";
  return (["source", "target"] as const).filter((end) => provisioned(a[end]));
}

/** "the source cluster", "the source and target clusters", and what the other clients keep. */
function iamToTurnOnWords(a: Answers, ends: readonly ("source" | "target")[]) {
  return {
    where: ends.length === 2 ? "the source and target clusters" : `the ${ends[0]} cluster`,
    keep: a.auth === "none" ? "unauthenticated access" : authWords(a.auth),
  };
}

export function authWords(auth: Answers["auth"]): string {
  return {
    iam: "IAM",
    mtls: "mutual TLS",
    "sasl-scram": "SASL/SCRAM",
    none: "no authentication",
    oauth: "OAuth (SASL/OAUTHBEARER)",
    "sasl-plain": "SASL/PLAIN",
  }[auth];
}

// ── Weighted criteria ──────────────────────────────────────────────────────

/** The S3 archive's standing for one answer set, computed once per set (the ranking asks for it per option). */
const S3_STANDING = new WeakMap<Answers, { eligible: boolean; meetsRpo: boolean; meetsRto: boolean }>();
function s3Standing(a: Answers): { eligible: boolean; meetsRpo: boolean; meetsRto: boolean } {
  let standing = S3_STANDING.get(a);
  if (!standing) {
    const r = estimateRecovery("s3-backup", a);
    standing = { eligible: blockersFor("s3-backup", a).length === 0, meetsRpo: r.meetsRpo, meetsRto: r.meetsRto };
    S3_STANDING.set(a, standing);
  }
  return standing;
}

/** Whether a restore from S3 can do the job and meets both objectives: a warm standby is then more than the answers ask. */
function restoreIsEnough(a: Answers): boolean {
  const s3 = s3Standing(a);
  return s3.eligible && s3.meetsRpo && s3.meetsRto;
}

function goalFit(option: OptionId, a: Answers): Reason[] {
  const c = "goalFit";
  const standbyBeyondNeed =
    a.goal === "dr" && (option === "msk-replicator" || option === "mirrormaker2") && restoreIsEnough(a);
  switch (option) {
    case "msk-replicator":
      return [
        {
          dr: standbyBeyondNeed
            ? reason(
                c,
                0.5,
                "A managed warm standby, kept current continuously: more than your objectives ask, since a restore from S3 would meet them.",
                "s3.dr-long-rto",
              )
            : reason(
                c,
                1,
                "A managed warm standby in the target Region, kept current continuously.",
                "replicator.managed",
              ),
          migration: isExternal(a)
            ? reason(
                c,
                1,
                "AWS's managed route from self-managed Kafka into MSK Provisioned, with rollback replication if needed.",
                "replicator.external-source",
              )
            : reason(
                c,
                1,
                "AWS's managed migration path between MSK clusters: identical names, starting at EARLIEST so the retained data is copied too.",
                "replicator.migrate-cluster",
              ),
          compliance: reason(
            c,
            -1,
            "A live mirror, not an archive: deletions and bad writes on the source reach the copy too.",
            "multiaz.scope",
          ),
          analytics: reason(
            c,
            0.8,
            "Shares topics across Regions with no infrastructure to run.",
            "replicator.managed",
          ),
        }[a.goal],
      ];
    case "mirrormaker2":
      return [
        {
          dr: standbyBeyondNeed
            ? reason(
                c,
                0.35,
                "A warm standby kept current by connectors you run: more than your objectives ask, since a restore from S3 would meet them.",
                "s3.dr-long-rto",
              )
            : reason(c, 0.7, "A warm standby kept current by connectors you run.", "mm2.runs-anywhere"),
          migration: reason(
            c,
            0.8,
            "The long-standing Kafka migration tool, with an AWS reference deployment.",
            "mm2.operations",
          ),
          compliance: reason(
            c,
            -1,
            "A live mirror, not an archive: deletions and bad writes on the source reach the copy too.",
            "multiaz.scope",
          ),
          analytics: reason(
            c,
            0.8,
            "Filters, transforms and custom policies shape exactly what is shared.",
            "mm2.custom-policy",
          ),
        }[a.goal],
      ];
    case "s3-backup": {
      const r = s3Standing(a);
      return [
        {
          dr:
            r.meetsRpo && r.meetsRto
              ? reason(
                  c,
                  0.7,
                  "Your objectives allow a restore: backup and restore keeps no standby cluster running all month.",
                  "s3.dr-long-rto",
                )
              : reason(c, -0.7, "Not a standby: recovering means a restore that takes hours.", "s3.not-hot-standby"),
          migration: reason(c, -1, "Cannot keep a live copy in sync for a cut-over.", "s3.one-way"),
          compliance: reason(
            c,
            1,
            "A versioned, encrypted archive with lifecycle rules: protects against deletion and poisoned data.",
            "s3.pattern",
          ),
          analytics: reason(
            c,
            -0.3,
            "Data lands as S3 objects for a data lake, not as Kafka topics for consumers.",
            "s3.pattern",
          ),
        }[a.goal],
      ];
    }
    case "multi-az":
      return a.goal === "dr" && !isCrossRegion(a)
        ? [
            reason(
              c,
              0.5,
              "Within one Region, Multi-AZ already protects against broker and Availability Zone loss.",
              "multiaz.scope",
            ),
          ]
        : [reason(c, -1, "Keeps no second copy outside the cluster.", "multiaz.scope")];
  }
}

function opsPreference(option: OptionId, a: Answers): Reason[] {
  const c = "opsPreference";
  const managed = a.ops === "managed";
  switch (option) {
    case "msk-replicator":
      return [
        managed
          ? reason(c, 1, "You want no infrastructure to run: MSK Replicator is serverless.", "replicator.managed")
          : reason(
              c,
              -0.3,
              "You want full control; MSK Replicator offers two naming modes and regex filters, but no transforms or custom policies.",
              "replicator.naming",
            ),
      ];
    case "mirrormaker2":
      return [
        managed
          ? reason(
              c,
              -1,
              "You want no infrastructure to run, and MirrorMaker 2 is a Kafka Connect cluster you operate.",
              "mm2.operations",
            )
          : reason(
              c,
              1,
              "You want full control: every MirrorMaker 2 and Kafka Connect setting is yours.",
              "mm2.custom-policy",
            ),
      ];
    case "s3-backup":
      return [
        managed
          ? reason(
              c,
              0.5,
              "MSK Connect runs the workers for you; you own the connector, its plugin and the restores.",
              "s3.msk-connect",
            )
          : reason(c, 0.3, "The connector's configuration is yours; MSK Connect runs the workers.", "s3.msk-connect"),
      ];
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
      return [
        reason(
          c,
          -k,
          `You run, patch, scale and monitor a Kafka Connect cluster; AWS does not support self-run MirrorMaker 2${k < 1 ? " (counted at half: your team has the skills)" : ""}.`,
          "mm2.operations",
        ),
      ];
    case "s3-backup":
      return [
        reason(
          c,
          -0.3 * k,
          "A connector and custom plugin to maintain, and restores to rehearse by hand.",
          "s3.msk-connect",
        ),
      ];
    case "multi-az":
      return [reason(c, k, "Only cluster and producer settings.", "multiaz.durability")];
  }
}

function rpoFit(option: OptionId, a: Answers, r: RecoveryEstimate): Reason[] {
  const scope = r.scope === "availability-zone" ? " for a broker or AZ loss" : "";
  const fact: FactId = {
    "msk-replicator": "replicator.latency",
    mirrormaker2: "mm2.offset-sync",
    "s3-backup": "s3.rpo",
    "multi-az": "multiaz.durability",
  }[option] as FactId;
  return [
    r.meetsRpo
      ? reason(
          "rpoFit",
          1,
          `Expected data loss of about ${r.rpoSeconds} s${scope} is within your RPO of ${a.rpo} s.`,
          fact,
        )
      : reason(
          "rpoFit",
          -1,
          `Expected data loss of about ${r.rpoSeconds} s${scope} exceeds your RPO of ${a.rpo} s.`,
          fact,
        ),
  ];
}

function rtoFit(option: OptionId, a: Answers, r: RecoveryEstimate): Reason[] {
  const scope = r.scope === "availability-zone" ? " for a broker or AZ loss" : "";
  const fact: FactId = {
    "msk-replicator": "replicator.planned-failover",
    mirrormaker2: "mm2.operations",
    "s3-backup": "s3.not-hot-standby",
    "multi-az": "multiaz.durability",
  }[option] as FactId;
  return [
    r.meetsRto
      ? reason(
          "rtoFit",
          1,
          `Expected recovery in about ${formatMinutes(r.rtoMinutes)}${scope}, within your RTO of ${formatMinutes(a.rto)}.`,
          fact,
        )
      : reason(
          "rtoFit",
          -1,
          `Expected recovery in about ${formatMinutes(r.rtoMinutes)}${scope}, longer than your RTO of ${formatMinutes(a.rto)}.`,
          fact,
        ),
  ];
}

function offsets(option: OptionId, a: Answers): Reason[] {
  if (a.offsets === "no") return [];
  const c = "offsets";
  switch (option) {
    case "msk-replicator":
      return [
        replicatorOffsetSyncMode(a) === "ENHANCED"
          ? reason(
              c,
              1,
              "Translates consumer group offsets both ways: ENHANCED sync, with identical names and the permanent reverse replicator, also translates them back on failback.",
              "replicator.enhanced-offset-sync",
            )
          : a.naming === "identical"
            ? reason(
                c,
                0.7,
                "Translates consumer group offsets to the target (LEGACY sync). ENHANCED sync, which also translates them back on failback, needs a permanent reverse replicator (active-active), so after a failback consumers may need their offsets on the primary reset to a time.",
                "replicator.enhanced-offset-sync",
              )
            : reason(
                c,
                0.7,
                "Translates consumer group offsets to the target; with prefixed names only LEGACY sync is available, so offsets are not translated back on failback.",
                "replicator.offset-sync",
              ),
      ];
    case "mirrormaker2":
      return [
        reason(
          c,
          0.6,
          "Checkpoints translate offsets; sync.group.offsets.enabled writes them for groups that are inactive on the target.",
          "mm2.offset-sync",
        ),
      ];
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
      if (a.naming === "prefixed")
        return [
          reason(
            c,
            1,
            "Two replicators, one each way, with prefixed names as AWS recommends for active-active.",
            "replicator.active-active",
          ),
        ];
      if (a.naming === "identical")
        return [
          reason(
            c,
            0.6,
            "Identical names work both ways thanks to the __mskmr header, but each replicator processes about twice the data.",
            "replicator.active-active",
          ),
        ];
      return [];
    case "mirrormaker2":
      if (a.naming === "prefixed")
        return [
          reason(
            c,
            0.8,
            "DefaultReplicationPolicy's prefixes make two-way replication loop-safe.",
            "mm2.default-policy",
          ),
        ];
      if (a.naming === "identical")
        return [
          reason(
            c,
            -1,
            "IdentityReplicationPolicy cannot detect cycles, so two-way replication would loop: this plan uses prefixed names (DefaultReplicationPolicy) instead.",
            "mm2.identity-policy",
          ),
        ];
      return [
        reason(
          c,
          0.3,
          "A custom replication policy must keep provenance in the name to stay loop-safe both ways.",
          "mm2.custom-policy",
        ),
      ];
    default:
      return [];
  }
}

function naming(option: OptionId, a: Answers): Reason[] {
  const c = "naming";
  switch (option) {
    case "msk-replicator":
      if (a.naming === "identical")
        return [
          reason(
            c,
            1,
            "Identical names with built-in loop prevention: clients only change the bootstrap servers on failover.",
            "replicator.identical-loops",
          ),
        ];
      if (a.naming === "prefixed")
        return [
          reason(
            c,
            0.8,
            "Prefixes remote topics with the source cluster alias; consumers subscribe with a wildcard.",
            "replicator.naming",
          ),
        ];
      return [reason(c, -1, "Cannot rename or transform topics.", "replicator.naming")];
    case "mirrormaker2":
      if (a.naming === "identical" && a.topology === "active-passive")
        return [
          reason(
            c,
            0.5,
            "IdentityReplicationPolicy keeps names, one way only; failback needs a new reverse flow.",
            "mm2.identity-policy",
          ),
        ];
      if (a.naming === "prefixed")
        return [
          reason(c, 1, "DefaultReplicationPolicy prefixes remote topics with the source alias.", "mm2.default-policy"),
        ];
      if (a.naming === "custom")
        return [
          reason(
            c,
            1,
            "A custom replication policy (or SMTs) renames topics exactly as you need.",
            "mm2.custom-policy",
          ),
        ];
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
      return [
        n === 1
          ? reason(c, 0.5, `${a.mbps} MB/s is within the 1 GB/s one replicator handles.`, "replicator.quota-throughput")
          : reason(
              c,
              -1,
              `${a.mbps} MB/s needs ${n} replicators per direction (1 GB/s each), with topics split between them.`,
              "replicator.quota-throughput",
            ),
      ];
    }
    case "mirrormaker2": {
      const tasks = mm2TasksPerDirection(a);
      if (a.target === "msk-serverless" && a.mbps > LIMITS.serverlessMaxIngressMbps.value)
        return [
          reason(
            c,
            -1,
            `${a.mbps} MB/s is more than the ${LIMITS.serverlessMaxIngressMbps.value} MBps one MSK Serverless cluster takes: writes would be throttled.`,
            "serverless.quota-ingress",
          ),
        ];
      return [
        a.mbps <= LIMITS.replicatorMaxMbps.value
          ? reason(
              c,
              0.5,
              `Scales out with tasks: about ${tasks} tasks of 1 vCPU for ${a.mbps} MB/s (benchmark your records).`,
              "mm2.throughput-per-task",
            )
          : reason(
              c,
              -0.5,
              `About ${tasks} tasks for ${a.mbps} MB/s: a large Connect cluster to run; benchmark before committing.`,
              "mm2.throughput-per-task",
            ),
      ];
    }
    case "s3-backup":
      return a.mbps > 800
        ? [
            reason(
              c,
              -0.5,
              `${a.mbps} MB/s needs several sink connectors (MSK Connect tops out at 80 MCUs per connector).`,
              "s3.msk-connect",
            ),
          ]
        : [];
    case "multi-az":
      return [];
  }
}

function partitions(option: OptionId, a: Answers): Reason[] {
  const recommended = Math.ceil(a.mbps * LIMITS.replicatorMinPartitionsPerMbps.value);
  if (option === "msk-replicator" && a.partitions < recommended)
    return [
      reason(
        "partitions",
        -1,
        `${a.partitions} partitions is below the ${recommended} AWS recommends for ${a.mbps} MB/s: replication latency rises.`,
        "replicator.sizing",
      ),
    ];
  if (option === "mirrormaker2" && mm2TasksPerDirection(a) > a.partitions)
    return [
      reason(
        "partitions",
        -0.6,
        `More tasks than partitions (${a.partitions}): the extra tasks sit idle.`,
        "mm2.throughput-per-task",
      ),
    ];
  return [];
}

function connectivity(option: OptionId, a: Answers): Reason[] {
  const c = "connectivity";
  const out: Reason[] = [];
  if (option === "mirrormaker2" && a.accounts === "cross")
    out.push(
      reason(
        c,
        1,
        "Crosses accounts with a cluster policy and multi-VPC connectivity (or peering).",
        "mm2.cross-account",
      ),
    );
  if (option === "mirrormaker2" && isExternal(a))
    out.push(reason(c, 0.6, "Reads any Kafka cluster it can reach, over VPN or Direct Connect.", "mm2.runs-anywhere"));
  if (option === "msk-replicator") {
    if (isExternal(a))
      out.push(
        reason(
          c,
          0.6,
          "Reads the self-managed cluster over VPN or Direct Connect, with credentials from Secrets Manager.",
          "replicator.external-secrets",
        ),
      );
    const iamEnds = replicatorIamToTurnOn(a);
    if (iamEnds.length > 0) {
      const { where, keep } = iamToTurnOnWords(a, iamEnds);
      out.push(
        reason(
          c,
          -1,
          `Needs IAM access control turned on beside ${keep} on ${where}; your other clients keep ${keep}.`,
          "replicator.msk-iam",
        ),
      );
    }
    if (isExternal(a))
      out.push({
        ...reason(
          c,
          -0.3,
          `For a self-managed source MSK Replicator is offered where MSK Express brokers are, and no AWS list of those Regions could be found: confirm Express brokers in ${regionName(a.secondary)} in the console.`,
          "replicator.external-regions",
        ),
        unverified: true,
      });
    const regions =
      isSourceOutsideAws(a.source) || !isMskSource(a.source) ? [a.secondary] : [...new Set([a.primary, a.secondary])];
    for (const region of regions) {
      const status = replicatorRegionStatus(region);
      if (status === "secondary")
        out.push({
          ...reason(
            c,
            -0.4,
            `MSK Replicator in ${regionName(region)} is reported only by secondary sources, not in AWS's list of its Regions; confirm it in the console.`,
            "replicator.regions-secondary",
          ),
          unverified: true,
        });
      if (status === "unknown")
        out.push({
          ...reason(
            c,
            -1,
            `MSK Replicator is not documented in ${regionName(region)} (AWS lists ${REPLICATOR_REGIONS.verified.length} Regions, secondary sources some more); check the console before relying on it.`,
            "replicator.regions",
          ),
          unverified: true,
        });
    }
    if (a.target === "msk-serverless")
      out.push(
        reason(
          c,
          -0.4,
          "A Serverless target receives no ACLs and only some topic configurations.",
          "replicator.metadata",
        ),
      );
  }
  return out;
}

/**
 * A compliance copy is an archive first: when the S3 archive can run and meets the objectives, a
 * live mirror (which copies deletions and bad writes too) must not outrank it.
 */
function archiveFirst(option: OptionId, a: Answers): Reason[] {
  if (a.goal !== "compliance" || (option !== "msk-replicator" && option !== "mirrormaker2")) return [];
  // The archive's objective is how much data it may miss (RPO); its restore time is not a failover.
  const s3 = s3Standing(a);
  if (!s3.eligible || !s3.meetsRpo) return [];
  return [
    reason(
      "archive",
      -1,
      "For a compliance copy an S3 archive that meets your RPO comes first: a live mirror copies deletions and bad writes too. Keep a mirror only beside the archive.",
      "s3.pattern",
    ),
  ];
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
    ...archiveFirst(option, a),
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
    case "msk-replicator": {
      const iamEnds = replicatorIamToTurnOn(a);
      if (iamEnds.length > 0) {
        const { where, keep } = iamToTurnOnWords(a, iamEnds);
        out.push(
          caveat(
            `MSK Replicator connects to MSK clusters with IAM access control only: turn IAM on beside ${keep} on ${where} before creating it (a cluster can have several authentication modes on; your other clients keep ${keep}). If your security policy does not allow IAM on ${iamEnds.length === 2 ? "these clusters" : "that cluster"}, MSK Replicator cannot run: choose MirrorMaker 2, which connects as your other clients do.`,
            "replicator.msk-iam",
          ),
        );
      }
      out.push(
        caveat(
          "Delivery is at-least-once: consumers must tolerate duplicates after a failover.",
          "replicator.at-least-once",
        ),
      );
      if (a.offsets === "yes")
        out.push(
          caveat(
            "Offsets are only written to a target group while none of its consumers is active on the target.",
            "replicator.offset-sync",
          ),
        );
      if (a.naming === "identical")
        out.push(
          caveat("Identical topic names need Apache Kafka 2.8.1 or later on the clusters.", "replicator.kafka-version"),
        );
      if ([a.source, a.target].some((c) => c === "msk-provisioned" || c === "msk-express"))
        out.push(
          caveat(
            "MSK Provisioned clusters need brokers of m5.large or larger (not t3.small), at least 3 per cluster (4 if it spans two Availability Zones), and Kafka 2.7.0+.",
            "replicator.kafka-version",
          ),
        );
      if (isExternal(a))
        out.push(
          caveat(
            "The self-managed cluster needs Kafka 2.8.1+, TLS and SASL/SCRAM, mTLS or SASL/OAUTHBEARER, reachable over VPN or Direct Connect. AWS documents replication back to it for a migration's rollback; a permanent active-active pair with it, and prefixed names towards it, are not documented.",
            "replicator.external-source",
          ),
        );
      if (isExternal(a) && a.auth === "oauth")
        out.push(
          caveat(
            "The AWS provider and CloudFormation resource the generated code targets have no OAuth block for an external cluster: create this replicator with the CreateReplicator API (AWS CLI) and its OAuth settings.",
            "replicator.external-source",
          ),
        );
      if (isCrossRegion(a) && isMskSource(a.source) && a.source !== "msk-serverless")
        out.push(
          caveat(
            "Cross-Region: turn on multi-VPC private connectivity (IAM) on the source cluster and attach a cluster policy for kafka.amazonaws.com.",
            "replicator.target-region",
          ),
        );
      if (!isCrossRegion(a) && isMskSource(a.source))
        out.push(
          caveat(
            "Same-Region: source and target subnets must be in the same Availability Zones, and security groups must allow port 9098.",
            "replicator.target-region",
          ),
        );
      out.push(
        caveat(
          "Write ACLs are not replicated: producers should not write to replicated topics.",
          "replicator.metadata",
        ),
      );
      out.push(
        caveat(
          "Topic naming and starting position cannot be changed after creation; a change means a new replicator.",
          "replicator.immutable",
        ),
      );
      out.push(
        caveat(
          "Once the replicator exists, leave tiered storage as it is on both clusters (turning it on on the target means a new replicator), and keep what creation checked: no move to t3 brokers, and the same execution role permissions, multi-VPC connectivity, cluster policy and security group rules.",
          "replicator.post-creation-config",
        ),
      );
      out.push(
        caveat(
          "Messages produced before a new topic exists on the target (up to about 30 s) are not replicated.",
          "replicator.new-topics",
        ),
      );
      if (a.topology === "active-active" && a.naming === "identical")
        out.push(
          caveat(
            "After deleting a topic, wait at least 30 s before recreating it, or duplicates may flow back from the other Region.",
            "replicator.active-active",
          ),
        );
      out.push(
        caveat(
          `Up to ${LIMITS.replicatorMaxTopics.value} topics per replicator; more topics need another replicator, or a support case to raise the limit.`,
          "replicator.quota-topics",
        ),
      );
      if (replicatorsPerDirection(a) > 1) out.push(caveat(replicatorSplitNote(a), "replicator.quota-throughput"));
      if (a.target === "msk-serverless" || a.source === "msk-serverless")
        out.push(
          caveat(
            "MSK Serverless requires IAM and receives no ACLs; only some topic configurations are copied.",
            "replicator.metadata",
          ),
        );
      break;
    }
    case "mirrormaker2":
      out.push(
        caveat(
          "Delivery is at-least-once on failover: translated offsets are approximate and consumers must tolerate duplicates.",
          "mm2.offset-sync",
        ),
      );
      if (a.offsets === "yes")
        out.push(
          caveat(
            "sync.group.offsets.enabled only writes offsets for groups with no active consumers on the target.",
            "mm2.offset-sync",
          ),
        );
      out.push(
        caveat(
          "Remote topics default to replication factor 2: the generated configuration sets 3.",
          "mm2.replication-factor",
        ),
      );
      if (a.naming === "identical")
        out.push(
          caveat(
            "IdentityReplicationPolicy cannot detect cycles: never run it both ways at once; stop the forward flow before failing back.",
            "mm2.identity-policy",
          ),
        );
      out.push(
        caveat(
          "Exactly-once replication needs exactly.once.source.support=enabled on the Connect workers and a read_committed consumer for the source (or a dedicated MirrorMaker cluster from Kafka 3.5.0); consumer failover stays at-least-once.",
          "mm2.exactly-once",
        ),
      );
      out.push(
        caveat(
          "AWS does not support self-run MirrorMaker 2: upgrades, scaling and incidents are your team's.",
          "mm2.operations",
        ),
      );
      out.push(
        caveat("Task throughput is an assumption until you benchmark your own records.", "mm2.throughput-per-task"),
      );
      break;
    case "s3-backup":
      out.push(
        caveat(
          "Restores assign new offsets: consumers restart from the earliest offset or seek by timestamp.",
          "s3.offsets-lost",
        ),
      );
      out.push(caveat("Pre-create topics with the original partition counts before restoring.", "s3.not-hot-standby"));
      out.push(
        caveat(
          "The recovery point is the sink's flush interval (flush.interval of the generated Lenses connector).",
          "s3.rpo",
        ),
      );
      out.push(
        caveat(
          "Restore time grows with the data to replay and the restore connectors' capacity: rehearse a restore of a day's data and time it.",
          "s3.restore-throughput",
        ),
      );
      if (a.goal === "compliance")
        out.push(
          caveat(
            "For retention that must not be shortened or bypassed, use S3 Object Lock in compliance mode: the generated bucket is versioned and locked in governance mode for a compliance archive, and takes the mode and the retention in days as inputs.",
            "s3.object-lock",
          ),
        );
      if (isMskSource(a.source) && a.source !== "msk-serverless" && (a.auth === "sasl-scram" || a.auth === "mtls"))
        out.push(
          caveat(
            "MSK Connect authenticates with IAM or not at all: turn on IAM access control on the source cluster too (it can run beside SASL/SCRAM or mTLS).",
            "s3.msk-connect",
          ),
        );
      break;
    case "multi-az":
      out.push(
        caveat(
          "Producers must use acks=all with min.insync.replicas=2 and replication factor 3, or an acknowledged write can still be lost.",
          "multiaz.durability",
        ),
      );
      out.push(
        caveat("No protection against a Regional outage, an account compromise or a deleted topic.", "multiaz.scope"),
      );
      break;
  }
  return out;
}

// ── Contradictions, headlines and other managed paths ─────────────────────

/** Two answers that cannot both hold, and the reading that makes them consistent. */
export interface Contradiction {
  text: string;
  source: string;
  fact: FactId;
  /** The answers changed to read the set consistently. */
  consistent: Partial<Answers>;
  /** The consistent reading in words, e.g. "authentication: IAM". */
  reading: string;
}

function contradiction(text: string, fact: FactId, consistent: Partial<Answers>, reading: string): Contradiction {
  return { text, source: FACTS[fact].source, fact, consistent, reading };
}

const SERVERLESS_FALLBACK_TARGET = "msk-express" as const;

/** The contradictions found in one pass, in a stable order. */
function contradictionsIn(a: Answers): Contradiction[] {
  const out: Contradiction[] = [];
  const serverlessEnd = a.source === "msk-serverless" || a.target === "msk-serverless";
  if (isExternal(a) && a.auth === "iam")
    out.push(
      contradiction(
        `IAM access control exists only on Amazon MSK, so a ${isSourceOutsideAws(a.source) ? (a.source === "on-premises" ? "on-premises" : "other-cloud") : "self-managed"} cluster cannot use it.`,
        "replicator.external-source",
        { auth: "sasl-scram" },
        "authentication: SASL/SCRAM",
      ),
    );
  else if (isMskSource(a.source) && serverlessEnd && a.auth !== "iam")
    out.push(
      contradiction(
        `MSK Serverless accepts IAM access control only, so replication ${a.source === "msk-serverless" ? "from" : "into"} it cannot ${a.auth === "none" ? "go unauthenticated" : `use ${authWords(a.auth)}`}.`,
        "serverless.iam-only",
        { auth: "iam" },
        "authentication: IAM",
      ),
    );
  else if (isMskSource(a.source) && (a.auth === "oauth" || a.auth === "sasl-plain"))
    out.push(
      contradiction(
        `Amazon MSK clusters offer IAM, mutual TLS or SASL/SCRAM, not ${authWords(a.auth)}.`,
        "msk.auth-methods",
        { auth: a.auth === "sasl-plain" ? "sasl-scram" : "iam" },
        a.auth === "sasl-plain" ? "authentication: SASL/SCRAM" : "authentication: IAM",
      ),
    );
  if (a.target === "msk-serverless" && !isServerlessRegion(a.secondary))
    out.push(
      contradiction(
        `MSK Serverless is not offered in ${regionName(a.secondary)} (it is in 14 Regions).`,
        "serverless.regions",
        { target: SERVERLESS_FALLBACK_TARGET },
        "target: MSK Provisioned with Express brokers",
      ),
    );
  else if (a.target === "msk-serverless" && a.mbps > LIMITS.serverlessMaxIngressMbps.value)
    out.push(
      contradiction(
        `One MSK Serverless cluster takes at most ${LIMITS.serverlessMaxIngressMbps.value} MBps of writes, and you replicate ${a.mbps} MB/s into it: no option can.`,
        "serverless.quota-ingress",
        { target: SERVERLESS_FALLBACK_TARGET },
        "target: MSK Provisioned with Express brokers",
      ),
    );
  if (a.source === "msk-serverless" && !isSourceOutsideAws(a.source) && !isServerlessRegion(a.primary))
    out.push(
      contradiction(
        `MSK Serverless is not offered in ${regionName(a.primary)} (it is in 14 Regions).`,
        "serverless.regions",
        { source: "msk-provisioned" },
        "source: MSK Provisioned",
      ),
    );
  return out;
}

/**
 * The contradictions in these answers and the consistent reading: each one's fix applied, again
 * until none is left (a fix can reveal another, e.g. IAM on an external source into Serverless).
 */
export function consistentReading(a: Answers): { contradictions: Contradiction[]; answers: Answers } {
  const all: Contradiction[] = [];
  let current = a;
  for (let i = 0; i < 4; i++) {
    const found = contradictionsIn(current);
    if (found.length === 0) break;
    all.push(...found);
    current = found.reduce<Answers>((acc, c) => ({ ...acc, ...c.consistent }), current);
  }
  return { contradictions: all, answers: current };
}

export interface PlanWarning {
  /** out-of-reach: an objective no option can meet; limit: a quota or size past what one cluster or replicator takes; version: what each option needs of the source's Kafka. */
  kind: "out-of-reach" | "limit" | "version";
  text: string;
  source: string;
  fact: FactId;
}

function warning(kind: PlanWarning["kind"], text: string, fact: FactId): PlanWarning {
  return { kind, text, source: FACTS[fact].source, fact };
}

/** Headlines that hold whatever the recommendation. */
export function planWarnings(a: Answers): PlanWarning[] {
  const out: PlanWarning[] = [];
  if (a.rpo === 0 && (isCrossRegion(a) || isSourceOutsideAws(a.source)))
    out.push(
      warning(
        "out-of-reach",
        "An RPO of 0 across Regions is out of reach: every option here replicates asynchronously and Amazon MSK has no synchronous cross-Region mode, so a Regional failure can lose the un-replicated tail. Only Multi-AZ within one Region (acks=all) loses no acknowledged write.",
        "rpo.zero-cross-region",
      ),
    );
  const perRegion = replicatorsPerDirection(a) * (isCrossRegion(a) ? 1 : directions(a));
  if (perRegion > LIMITS.replicatorsPerRegion.value)
    out.push(
      warning(
        "limit",
        `MSK Replicator would need ${perRegion} replicators in ${regionName(a.secondary)}, above the default quota of ${LIMITS.replicatorsPerRegion.value} per account per Region (adjustable: request an increase in Service Quotas first).`,
        "replicator.quota-replicators",
      ),
    );
  const replicas = a.partitions * 3;
  const clusterMax = LIMITS.brokersPerCluster.value * LIMITS.partitionsPerBroker.value;
  if (replicas > clusterMax)
    out.push(
      warning(
        "limit",
        `${a.partitions.toLocaleString("en-US")} partitions at replication factor 3 are ${replicas.toLocaleString("en-US")} partition replicas, more than one Standard-broker cluster is planned for (${LIMITS.brokersPerCluster.value} brokers × ${LIMITS.partitionsPerBroker.value.toLocaleString("en-US")} replicas per broker): split the topics across clusters, or check Express brokers' higher partition counts. The standby's cost counts the brokers it would take.`,
        "msk.brokers-per-cluster",
      ),
    );
  if (
    (a.target === "msk-serverless" || a.source === "msk-serverless") &&
    a.partitions > LIMITS.serverlessMaxPartitions.value
  )
    out.push(
      warning(
        "limit",
        `${a.partitions} partitions on MSK Serverless: an older copy of its quota table allows ${LIMITS.serverlessMaxPartitions.value} per cluster; confirm the current partition quota before choosing Serverless.`,
        "serverless.quota-ingress",
      ),
    );
  if (
    a.target === "msk-serverless" &&
    a.mbps > 0.8 * LIMITS.serverlessMaxIngressMbps.value &&
    a.mbps <= LIMITS.serverlessMaxIngressMbps.value
  )
    out.push(
      warning(
        "limit",
        `${a.mbps} MB/s is close to the ${LIMITS.serverlessMaxIngressMbps.value} MBps one MSK Serverless cluster takes: peaks above it are throttled.`,
        "serverless.quota-ingress",
      ),
    );
  if (a.kafka === undefined)
    out.push(
      warning(
        "version",
        isMskSource(a.source)
          ? "Kafka version of the source not given: MSK Replicator needs 2.7.0 or later on MSK clusters, and 2.8.1 or later for identical topic names."
          : "Kafka version of the source not given: MSK Replicator reads self-managed clusters from Kafka 2.8.1.",
        isMskSource(a.source) ? "replicator.kafka-version" : "replicator.external-source",
      ),
    );
  return out;
}

/** A managed path outside the four options that can beat the recommendation. */
export interface AlsoConsider {
  id: "firehose-s3" | "multi-vpc-sharing" | "mm2-on-msk-connect";
  name: string;
  /** When it beats the recommendation. */
  when: string;
  source: string;
  fact: FactId;
}

function also(id: AlsoConsider["id"], name: string, when: string, fact: FactId): AlsoConsider {
  return { id, name, when, source: FACTS[fact].source, fact };
}

/** Managed paths an expert would also name for these answers. */
export function alsoConsiderFor(a: Answers, recommendation: OptionId): AlsoConsider[] {
  const out: AlsoConsider[] = [];
  if (isMskSource(a.source) && (a.goal === "compliance" || a.goal === "analytics"))
    out.push(
      also(
        "firehose-s3",
        "Amazon Data Firehose from MSK to Amazon S3",
        "When the copy only has to land in S3 (an archive or a data lake) and never be replayed into Kafka: no connector plugin to build or upgrade. The cluster needs IAM with multi-VPC private connectivity.",
        "firehose.msk-s3",
      ),
    );
  if (
    isMskSource(a.source) &&
    a.source !== "msk-serverless" &&
    a.accounts === "cross" &&
    a.primary === a.secondary &&
    a.goal !== "dr" &&
    a.goal !== "migration"
  )
    out.push(
      also(
        "multi-vpc-sharing",
        "MSK multi-VPC private connectivity (share one cluster across accounts)",
        "When the other account's clients only need to read the topics in the same Region: they connect to the one cluster through multi-VPC connectivity and a cluster policy, with no second cluster and no replication.",
        "msk.multi-vpc-sharing",
      ),
    );
  if (
    recommendation === "mirrormaker2" &&
    a.ops === "managed" &&
    isMskSource(a.source) &&
    (a.auth === "iam" || a.auth === "none")
  )
    out.push(
      also(
        "mm2-on-msk-connect",
        "MirrorMaker 2 on MSK Connect",
        "When you need MirrorMaker 2 (across accounts, custom names) but want AWS to run the Connect workers instead of an ECS service: IAM or no authentication only, and capacity tops out at 10 workers per connector.",
        "mm2.on-msk-connect",
      ),
    );
  return out;
}
