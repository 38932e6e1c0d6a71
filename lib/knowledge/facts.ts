// The knowledge base: what each option can and cannot do, as data, each fact with its source
// and the date it was checked. Scoring, estimates, the UI's explanations, the runbook and the
// decision record read these facts; nothing else hard-codes a fact.
//
// status:
// - "verified": read in a primary source (AWS docs, provider docs or schema, Apache Kafka source);
// - "secondary": corroborated only by secondary copies of a primary source;
// - "unverified": no source found; the UI says so wherever the fact is used.

export type FactStatus = "verified" | "secondary" | "unverified";

export interface Fact {
  statement: string;
  source: string;
  /** ISO date the source was last read. */
  checked: string;
  status: FactStatus;
  /** Why the fact is stated as it is, or what is still uncertain. */
  note?: string;
}

const CHECKED = "2026-11-25";

const MSKR = "https://docs.aws.amazon.com/msk/latest/developerguide";

/** Facts, keyed by a stable id that reasons and blockers cite. */
export const FACTS = {
  // ── Amazon MSK Replicator ────────────────────────────────────────────────
  "replicator.managed": {
    statement: "MSK Replicator is a fully managed, serverless feature of Amazon MSK: there are no brokers, workers or servers to run, and it scales with the load.",
    source: `${MSKR}/msk-replicator.html`,
    checked: CHECKED,
    status: "verified",
  },
  "replicator.same-account": {
    statement: "Between MSK clusters, MSK Replicator requires the source and target clusters to be in the same AWS account; cross-account replication is not supported.",
    source: `${MSKR}/msk-replicator.html`,
    checked: CHECKED,
    status: "verified",
  },
  "replicator.msk-iam": {
    statement: "MSK Replicator connects to MSK clusters with IAM access control (port 9098); the clusters must have IAM enabled, though other clients may keep using SASL/SCRAM, mTLS or unauthenticated access.",
    source: "https://docs.aws.amazon.com/msk/latest/developerguide/msk-replicator-network-reqs.html",
    checked: CHECKED,
    status: "verified",
  },
  "replicator.external-source": {
    statement: "MSK Replicator can replicate from a self-managed Apache Kafka cluster (version 2.8.1 or later, TLS, authenticated with SASL/SCRAM, mTLS or OAuth) into an MSK Provisioned cluster: Express brokers since launch, Standard brokers since 2026-07-09. MSK Serverless is not a supported target for an external source.",
    source: "https://docs.aws.amazon.com/msk/latest/developerguide/msk-replicator-migrate-external.html",
    checked: CHECKED,
    status: "verified",
    note: "Newer than the reference sheet, which said Express only. Re-read 2026-11-26: the source page is now titled 'Migrate from non-MSK Apache Kafka clusters to Amazon MSK Provisioned' and lists SASL/SCRAM or mTLS, while the supported-configurations page still says Express. Earlier notes: AWS What's New 2026-07-09 (external Kafka to Standard brokers), mTLS 2026-06-24, OAuth 2026-08. Available in the Regions where MSK Express brokers are.",
  },
  "replicator.external-reverse": {
    statement: "Replication from MSK back to the self-managed cluster is supported for rollback: AWS's migration guide sets up bidirectional replication with ENHANCED offset sync on the forward and reverse replicators.",
    source: "https://docs.aws.amazon.com/msk/latest/developerguide/msk-replicator-migrate-external.html",
    checked: CHECKED,
    status: "verified",
  },
  "replicator.external-region": {
    statement: "With a self-managed cluster on one side, the replicator is created in the Amazon MSK cluster's Region, in both directions: the API names the self-managed cluster only by its bootstrap servers and cluster ID (no ARN, no Region), and the replicator reaches it over VPN, Direct Connect or peering from subnets in its own Region. AWS's example for a self-managed source uses the MSK cluster's Region for the cluster ARN and the secrets.",
    source: "https://docs.aws.amazon.com/msk/latest/developerguide/msk-replicator-external-api-examples.html",
    checked: "2026-11-26",
    status: "unverified",
    note: "Inferred, not stated: AWS states the rule \"created in the target cluster's Region\" for MSK target clusters only, and cross-Region replication (multi-VPC private connectivity on the source) is documented between MSK clusters only. The page also has a bidirectional (rollback) example, whose text was not read in full. The other placement, a rollback replicator in the self-managed cluster's Region reading the MSK cluster across Regions, is documented nowhere.",
  },
  "replicator.external-secrets": {
    statement: "For an external cluster the replicator reads its SASL/SCRAM or mTLS credentials from AWS Secrets Manager; the AWSMSKReplicatorExecutionRole managed policy does not include Secrets Manager or KMS permissions, so they are added inline.",
    source: "https://docs.aws.amazon.com/msk/latest/developerguide/msk-replicator-external-prereqs.html",
    checked: CHECKED,
    status: "verified",
  },
  "replicator.cluster-combinations": {
    statement: "MSK Replicator supports MSK Provisioned and MSK Serverless clusters in any combination as source and target.",
    source: `${MSKR}/msk-replicator-supported-configs.html`,
    checked: CHECKED,
    status: "verified",
  },
  "replicator.kafka-version": {
    statement: "MSK clusters must run Apache Kafka 2.7.0 or later; identical topic names need 2.8.1 or later. Brokers must be m5.large or larger (t3.small is not supported), with at least 3 brokers (4 in a 2-AZ cluster).",
    source: `${MSKR}/msk-replicator-supported-configs.html`,
    checked: CHECKED,
    status: "verified",
  },
  "replicator.naming": {
    statement: "MSK Replicator names remote topics either identically to the source (IDENTICAL) or prefixed with the source cluster alias (PREFIXED_WITH_SOURCE_CLUSTER_ALIAS, the default); no other renaming is possible.",
    source: "https://docs.aws.amazon.com/msk/latest/developerguide/msk-replicator-topic-naming.html",
    checked: CHECKED,
    status: "verified",
  },
  "replicator.migrate-cluster": {
    statement: "To migrate between MSK clusters, AWS's guide creates a replicator with starting position EARLIEST and identical topic names, waits for MessageLag to reach 0, then moves producers and, once their lag is 0, consumers; consumers must tolerate duplicates.",
    source: `${MSKR}/msk-replicator-migrate-cluster.html`,
    checked: "2026-11-26",
    status: "verified",
    note: "Not in the reference sheet, which covers only the migration from MirrorMaker 2 (LATEST and identical names).",
  },
  "replicator.identical-loops": {
    statement: "With identical topic names MSK Replicator prevents replication loops itself by embedding the source cluster and topic IDs in a record header (__mskmr), so clients need no reconfiguration on failover.",
    source: "https://docs.aws.amazon.com/msk/latest/developerguide/msk-replicator-topic-naming.html",
    checked: CHECKED,
    status: "verified",
  },
  "replicator.active-active": {
    statement: "Active-active uses two replicators, one each way; prefixed names are recommended. With identical names each replicator processes about twice the data (replicated plus filtered), which adds processing and transfer charges, and a deleted topic must not be recreated for at least 30 s, or duplicates may flow back.",
    source: "https://docs.aws.amazon.com/msk/latest/developerguide/msk-replicator-active-active.html",
    checked: CHECKED,
    status: "verified",
  },
  "replicator.offset-sync": {
    statement: "MSK Replicator copies consumer group offsets by default, translating them approximately (biased to at-least-once); offsets are written to a target group only while no consumer of that group is active on the target.",
    source: "https://docs.aws.amazon.com/msk/latest/developerguide/msk-replicator-bidirectional-offset-sync.html",
    checked: CHECKED,
    status: "verified",
  },
  "replicator.enhanced-offset-sync": {
    statement: "ENHANCED consumer group offset sync translates offsets wherever producers write, enabling failback; it requires identical topic names and a reverse replicator (target to source). LEGACY, the default, does not translate offsets back.",
    source: "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-msk-replicator-consumergroupreplication.html",
    checked: CHECKED,
    status: "verified",
  },
  "replicator.at-least-once": {
    statement: "Replication is asynchronous and at-least-once: consumers may see duplicates after failover, and a Regional failure can lose the un-replicated tail, bounded by ReplicationLatency.",
    source: "https://docs.aws.amazon.com/msk/latest/developerguide/msk-replicator-bp-multi-region.html",
    checked: CHECKED,
    status: "verified",
  },
  "replicator.metadata": {
    statement: "MSK Replicator copies topic configurations, read ACLs and consumer group offsets by default; write ACLs are not replicated, and Serverless clusters receive no ACLs and only a subset of topic configurations.",
    source: "https://docs.aws.amazon.com/msk/latest/developerguide/msk-replicator-edit-settings.html",
    checked: CHECKED,
    status: "verified",
  },
  "replicator.new-topics": {
    statement: "New topics are detected and created on the target within about 30 seconds; messages produced before the target topic exists are not replicated. The default starting position is LATEST.",
    source: "https://docs.aws.amazon.com/msk/latest/developerguide/msk-replicator-how-it-works.html",
    checked: CHECKED,
    status: "verified",
  },
  "replicator.target-region": {
    statement: "The replicator is created in the target cluster's Region. For cross-Region replication a Provisioned source needs multi-VPC private connectivity with IAM and a cluster policy allowing kafka.amazonaws.com; same-Region replication needs security groups allowing port 9098 and subnets in the same Availability Zones.",
    source: "https://docs.aws.amazon.com/msk/latest/developerguide/msk-replicator-network-reqs.html",
    checked: CHECKED,
    status: "verified",
  },
  "replicator.immutable": {
    statement: "Source cluster, target cluster, starting position and topic-name configuration cannot be changed after creation; switching to identical names means creating a new replicator.",
    source: "https://docs.aws.amazon.com/msk/latest/developerguide/msk-replicator-edit-settings.html",
    checked: CHECKED,
    status: "verified",
  },
  "replicator.regions": {
    statement: "MSK Replicator is documented in us-east-1, us-east-2, us-west-1, us-west-2, ca-central-1, eu-west-1, eu-west-2, eu-west-3, eu-central-1, eu-north-1, ap-south-1, ap-southeast-1, ap-southeast-2, ap-northeast-1, ap-northeast-2 and sa-east-1, and has since expanded to more than 20 other Regions (about 36 in 2026).",
    source: `${MSKR}/msk-replicator.html`,
    checked: CHECKED,
    status: "verified",
    note: "The first 16 are verified; af-south-1, ap-east-1, ap-northeast-3, ap-southeast-3, ap-southeast-4, ap-southeast-6 (2026-01-28), eu-central-2, eu-south-1, il-central-1, me-central-1 and me-south-1 come from secondary copies of What's New posts. Other Regions are flagged, not ruled out.",
  },
  "replicator.quota-replicators": {
    statement: "Up to 15 replicators per account per Region (adjustable, Service Quotas code L-8F940D28).",
    source: "https://docs.aws.amazon.com/msk/latest/developerguide/limits.html",
    checked: CHECKED,
    status: "secondary",
  },
  "replicator.quota-topics": {
    statement: "Up to 750 topics per replicator, replicated in sorted order; more topics need more replicators (watch the TopicCount metric).",
    source: "https://docs.aws.amazon.com/msk/latest/developerguide/limits.html",
    checked: CHECKED,
    status: "secondary",
  },
  "replicator.quota-throughput": {
    statement: "Up to 1 GB/s of ingress throughput per replicator; maximum record size 10 MB cross-Region and 20 MB same-Region.",
    source: "https://docs.aws.amazon.com/msk/latest/developerguide/limits.html",
    checked: CHECKED,
    status: "secondary",
  },
  "replicator.sizing": {
    statement: "AWS recommends a minimum partition count per throughput for replicated topics (167 partitions at 50 MB/s up to 3,333 at 1,000 MB/s, about 3.33 per MB/s): too few partitions raise replication latency.",
    source: "https://docs.aws.amazon.com/msk/latest/developerguide/msk-replicator-bp-sizing.html",
    checked: CHECKED,
    status: "verified",
  },
  "replicator.latency": {
    statement: "MSK Replicator publishes no latency SLA; ReplicationLatency depends on the distance between Regions, cluster capacity and partition count.",
    source: "https://docs.aws.amazon.com/msk/latest/developerguide/msk-replicator-metrics-ref.html",
    checked: CHECKED,
    status: "verified",
  },
  "replicator.creation-time": {
    statement: "Creating a replicator can take up to about 30 minutes (CREATING, then RUNNING or FAILED).",
    source: "https://docs.aws.amazon.com/msk/latest/developerguide/msk-replicator-troubleshooting.html",
    checked: CHECKED,
    status: "verified",
  },
  "replicator.planned-failover": {
    statement: "Planned failover: stop producers and consumers on the source, create a secondary-to-primary replicator (needed to copy data written during the failover back for failback), then start clients on the target. With prefixed names, consumers read local and replicated topics with a wildcard, or replicated topics first when ordering matters. A planned failover should not lose data.",
    source: "https://docs.aws.amazon.com/msk/latest/developerguide/msk-replicator-planned-failover.html",
    checked: CHECKED,
    status: "verified",
  },
  "replicator.unplanned-failover": {
    statement: "After an unplanned failover, create the secondary-to-primary replicator with starting position EARLIEST, or data produced during the event will not be copied back.",
    source: "https://docs.aws.amazon.com/msk/latest/developerguide/msk-replicator-unplanned-failover.html",
    checked: CHECKED,
    status: "verified",
  },
  "replicator.failback": {
    statement: "Failback starts once secondary-to-primary replication has caught up (MessageLag close to 0): stop clients on the secondary, move producers then consumers back to the primary, delete the reverse replicator (active-passive only) and confirm the primary-to-secondary replicator is RUNNING.",
    source: "https://docs.aws.amazon.com/msk/latest/developerguide/msk-replicator-failback.html",
    checked: CHECKED,
    status: "verified",
  },
  "replicator.pricing": {
    statement: "MSK Replicator is billed per replicator-hour plus per GB of data processed, with standard AWS data transfer charges for cross-Region traffic on top.",
    source: "https://aws.amazon.com/msk/pricing/",
    checked: CHECKED,
    status: "verified",
    note: "Cross-Region data transfer is billed on top (msk-replicator-pricing.html); the unit prices themselves are in lib/knowledge/prices.ts.",
  },

  // ── Apache Kafka MirrorMaker 2 ───────────────────────────────────────────
  "mm2.runs-anywhere": {
    statement: "MirrorMaker 2 is open-source Kafka Connect connectors (source, checkpoint, heartbeat): it replicates between any Kafka clusters it can reach, in any account, on-premises or in another cloud.",
    source: "https://docs.aws.amazon.com/whitepapers/latest/amazon-msk-migration-guide/mirrormaker-2.0-mm2.html",
    checked: CHECKED,
    status: "verified",
  },
  "mm2.auth": {
    statement: "MirrorMaker 2 authenticates with whatever Kafka clients support: IAM (with the aws-msk-iam-auth library), mTLS and SASL/SCRAM, per cluster.",
    source: "https://github.com/aws/aws-msk-iam-auth",
    checked: CHECKED,
    status: "verified",
  },
  "mm2.cross-account": {
    statement: "Across accounts MirrorMaker 2 needs network reach (multi-VPC connectivity, peering, Transit Gateway or PrivateLink) and credentials for both clusters; with IAM, the other account's cluster policy must allow the MirrorMaker 2 role.",
    source: "https://docs.aws.amazon.com/msk/latest/developerguide/mvpc-cross-account-update-cluster-policy.html",
    checked: CHECKED,
    status: "secondary",
  },
  "mm2.default-policy": {
    statement: "DefaultReplicationPolicy prefixes remote topics with the source alias (primary.orders), which records provenance and makes bidirectional (active-active) replication safe.",
    source: "https://github.com/apache/kafka/blob/trunk/connect/mirror-client/src/main/java/org/apache/kafka/connect/mirror/DefaultReplicationPolicy.java",
    checked: CHECKED,
    status: "verified",
  },
  "mm2.identity-policy": {
    statement: "IdentityReplicationPolicy keeps topic names but cannot detect cycles for any topic except heartbeats, which makes cross-replication (active-active) effectively impossible: use it one way only.",
    source: "https://github.com/apache/kafka/blob/trunk/connect/mirror-client/src/main/java/org/apache/kafka/connect/mirror/IdentityReplicationPolicy.java",
    checked: CHECKED,
    status: "verified",
  },
  "mm2.custom-policy": {
    statement: "MirrorMaker 2 accepts a custom replication.policy.class (and Connect SMTs and filters) for renaming or transforming topics.",
    source: "https://github.com/aws-samples/mirrormaker2-msk-migration",
    checked: CHECKED,
    status: "verified",
  },
  "mm2.offset-sync": {
    statement: "MirrorCheckpointConnector emits checkpoints every 60 s; with sync.group.offsets.enabled=true (default false) it writes translated offsets to the target only for groups with no active consumers there. Translation is approximate (at-least-once).",
    source: "https://github.com/apache/kafka/blob/trunk/connect/mirror/src/main/java/org/apache/kafka/connect/mirror/MirrorCheckpointConfig.java",
    checked: CHECKED,
    status: "verified",
  },
  "mm2.exactly-once": {
    statement: "Exactly-once delivery of MirrorMaker 2 is supported only for dedicated MirrorMaker clusters, from Kafka 3.5.0; consumer failover via translated offsets stays at-least-once.",
    source: "https://kafka.apache.org/documentation/#georeplication-exactly-once",
    checked: CHECKED,
    status: "verified",
  },
  "mm2.replication-factor": {
    statement: "MirrorMaker 2 creates remote topics with replication.factor 2 by default; set 3 on MSK.",
    source: "https://github.com/apache/kafka/blob/trunk/connect/mirror/src/main/java/org/apache/kafka/connect/mirror/MirrorSourceConfig.java",
    checked: CHECKED,
    status: "verified",
  },
  "mm2.operations": {
    statement: "Self-run MirrorMaker 2 is yours to operate: AWS does not offer support for it. The AWS reference runs it as a distributed Kafka Connect cluster on ECS Fargate (1 vCPU / 4 GB tasks) with CPU-based autoscaling, Prometheus and Grafana.",
    source: "https://github.com/aws-samples/mirrormaker2-msk-migration",
    checked: CHECKED,
    status: "verified",
  },
  "mm2.throughput-per-task": {
    statement: "Throughput per MirrorMaker 2 task depends on record size, compression and network; no published figure exists, so benchmark it before sizing production.",
    source: "https://github.com/aws-samples/mirrormaker2-msk-migration",
    checked: CHECKED,
    status: "unverified",
    note: "The estimates assume 25 MB/s per 1 vCPU task; treat it as a starting point only.",
  },

  // ── S3 backup through MSK Connect ────────────────────────────────────────
  "s3.pattern": {
    statement: "An S3 sink connector on MSK Connect archives topics to Amazon S3, for archival, replay and recovery from deletion or poisoned data; restoring replays the objects into a cluster.",
    source: "https://aws.amazon.com/blogs/architecture/amazon-msk-backup-for-archival-replay-or-analytics/",
    checked: CHECKED,
    status: "verified",
  },
  "s3.not-hot-standby": {
    statement: "S3 is not a hot standby: recovery means creating topics with the same partition counts and replaying from S3, usually hours for a large backlog.",
    source: "https://docs.confluent.io/kafka-connectors/s3-source/current/backup-and-restore/overview.html",
    checked: CHECKED,
    status: "verified",
  },
  "s3.offsets-lost": {
    statement: "Restored records get new offsets, so consumer group offsets do not survive a restore; consumers restart from the earliest offset or seek by timestamp (an envelope can keep the original offset as metadata).",
    source: "https://docs.lenses.io/latest/connectors/tutorials/backup-and-restore",
    checked: CHECKED,
    status: "verified",
  },
  "s3.rpo": {
    statement: "The recovery point of an S3 backup is bounded by the sink's flush or rotation interval (flush.size, rotate.interval.ms).",
    source: "https://docs.confluent.io/kafka-connectors/s3-sink/current/overview.html",
    checked: CHECKED,
    status: "verified",
  },
  "s3.msk-connect": {
    statement: "MSK Connect runs Kafka Connect 2.7.1 or 3.7.x; capacity is in MCUs (1 MCU = 1 vCPU and 4 GiB), 1, 2, 4 or 8 per worker and up to 10 workers per connector (so at most 80 MCUs), provisioned or autoscaled. It authenticates to the Kafka cluster with IAM or not at all (no SASL/SCRAM or mTLS).",
    source: "https://docs.aws.amazon.com/msk/latest/developerguide/msk-connect-capacity.html",
    checked: "2026-11-26",
    status: "verified",
    note: "Not in the reference sheet, both read 2026-11-26 in the MSK Connect API reference: the 10-worker limit (AutoScaling: maxWorkerCount and minWorkerCount, valid range 1 to 10, https://docs.aws.amazon.com/MSKC/latest/mskc/API_AutoScaling.html) and the authentication (KafkaClusterClientAuthentication: NONE or IAM, https://docs.aws.amazon.com/MSKC/latest/mskc/API_KafkaClusterClientAuthentication.html).",
  },
  "s3.one-way": {
    statement: "An S3 backup is one-way archival; it cannot serve active-active traffic or a live migration cut-over.",
    source: "https://aws.amazon.com/blogs/architecture/amazon-msk-backup-for-archival-replay-or-analytics/",
    checked: CHECKED,
    status: "verified",
  },

  // ── Multi-AZ only ────────────────────────────────────────────────────────
  "multiaz.scope": {
    statement: "Multi-AZ protects against the loss of a broker or an Availability Zone, not against the loss of a Region, an account compromise or an accidental topic deletion.",
    source: "https://docs.aws.amazon.com/msk/latest/developerguide/bestpractices.html",
    checked: CHECKED,
    status: "verified",
  },
  "multiaz.durability": {
    statement: "With replication factor 3, min.insync.replicas 2 and producers using acks=all across three AZs, an acknowledged write survives the loss of a broker or an AZ. Express brokers fix default.replication.factor at 3 and min.insync.replicas at 2 (read-only).",
    source: "https://docs.aws.amazon.com/msk/latest/developerguide/bestpractices-kafka-client.html",
    checked: "2026-11-26",
    status: "verified",
    note: "Express read-only configurations: https://docs.aws.amazon.com/msk/latest/developerguide/msk-configuration-express-read-only.html (read 2026-11-26); auto.create.topics.enable stays editable (msk-configuration-express-read-write.html).",
  },
  "multiaz.no-transfer-charge": {
    statement: "Replication between brokers inside an MSK cluster is not billed as data transfer; only traffic into and out of the cluster is.",
    source: "https://aws.amazon.com/msk/pricing/",
    checked: CHECKED,
    status: "secondary",
  },
  "multiaz.needs-msk": {
    statement: "Relying on Multi-AZ means relying on one Amazon MSK cluster's own replication across Availability Zones.",
    source: "https://docs.aws.amazon.com/msk/latest/developerguide/what-is-msk.html",
    checked: CHECKED,
    status: "verified",
  },
} as const satisfies Record<string, Fact>;

/** The newest date any fact was checked: what the footer and the decision record call "facts checked". */
export const FACTS_CHECKED = Object.values(FACTS).reduce((latest, f) => (f.checked > latest ? f.checked : latest), "");

export type FactId = keyof typeof FACTS;

export function fact(id: FactId): Fact {
  return FACTS[id];
}

/** Regions where MSK Replicator is documented (verified) or reported (secondary) as available. */
export const REPLICATOR_REGIONS = {
  verified: [
    "us-east-1", "us-east-2", "us-west-1", "us-west-2", "ca-central-1",
    "eu-west-1", "eu-west-2", "eu-west-3", "eu-central-1", "eu-north-1",
    "ap-south-1", "ap-southeast-1", "ap-southeast-2", "ap-northeast-1", "ap-northeast-2", "sa-east-1",
  ],
  secondary: [
    "af-south-1", "ap-east-1", "ap-northeast-3", "ap-southeast-3", "ap-southeast-4", "ap-southeast-6",
    "eu-central-2", "eu-south-1", "il-central-1", "me-central-1", "me-south-1",
  ],
} as const;

export type ReplicatorRegionStatus = "verified" | "secondary" | "unknown";

export function replicatorRegionStatus(region: string): ReplicatorRegionStatus {
  if ((REPLICATOR_REGIONS.verified as readonly string[]).includes(region)) return "verified";
  if ((REPLICATOR_REGIONS.secondary as readonly string[]).includes(region)) return "secondary";
  return "unknown";
}

/** Documented limits, each tied to the fact that states it. */
export const LIMITS = {
  replicatorMaxMbps: { value: 1000, fact: "replicator.quota-throughput" },
  replicatorMaxTopics: { value: 750, fact: "replicator.quota-topics" },
  replicatorsPerRegion: { value: 15, fact: "replicator.quota-replicators" },
  /** Recommended minimum partitions per MB/s of throughput (3,333 at 1,000 MB/s). */
  replicatorMinPartitionsPerMbps: { value: 3.333, fact: "replicator.sizing" },
  /** Assumed MirrorMaker 2 throughput per 1 vCPU / 4 GB Fargate task, MB/s. Unverified: benchmark it. */
  mm2MbpsPerTask: { value: 25, fact: "mm2.throughput-per-task" },
} as const satisfies Record<string, { value: number; fact: FactId }>;
