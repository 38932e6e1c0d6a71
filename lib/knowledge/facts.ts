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

/** The date of the last re-check against the domain review's sources. */
const RECHECKED = "2026-12-02";

/** Facts, keyed by a stable id that reasons and blockers cite. */
export const FACTS = {
  // ── Amazon MSK Replicator ────────────────────────────────────────────────
  "replicator.managed": {
    statement:
      "MSK Replicator is a fully managed, serverless feature of Amazon MSK: there are no brokers, workers or servers to run, and it scales with the load.",
    source: `${MSKR}/msk-replicator.html`,
    checked: CHECKED,
    status: "verified",
  },
  "replicator.same-account": {
    statement:
      "Between MSK clusters, MSK Replicator requires the source and target clusters to be in the same AWS account; cross-account replication is not supported.",
    source: `${MSKR}/msk-replicator.html`,
    checked: CHECKED,
    status: "verified",
  },
  "replicator.msk-iam": {
    statement:
      "MSK Replicator connects to MSK clusters with IAM access control (port 9098); the clusters must have IAM enabled, though other clients may keep using SASL/SCRAM, mTLS or unauthenticated access.",
    source: "https://docs.aws.amazon.com/msk/latest/developerguide/msk-replicator-network-reqs.html",
    checked: RECHECKED,
    status: "verified",
    note: "Re-read 2026-12-02 in msk-replicator-supported-configs ('If you use MSK Replicator with an MSK cluster, the cluster must have IAM access control enabled') and msk-replicator-prepare-clusters (create the clusters 'with IAM access control enabled'; same-Region, 'other clients can still access the source cluster with the unauthenticated type'), docs.amazonaws.cn zh_cn copies. An MSK cluster can have several client authentication modes on at once, so IAM can be turned on for the replicator alone; only a policy that forbids IAM on the clusters rules MSK Replicator out, and the plan says so in its caveat.",
  },
  "replicator.multi-vpc-unauthenticated": {
    statement:
      "Across Regions, MSK Replicator reaches an MSK Provisioned source through multi-VPC private connectivity for IAM, and multi-VPC private connectivity cannot be turned on for a cluster that allows unauthenticated access; within one Region it is not needed, and unauthenticated clients keep their access.",
    source: `${MSKR}/mvpc-cluster-owner-action-turn-on.html`,
    checked: RECHECKED,
    status: "verified",
    note: "mvpc-cluster-owner-action-turn-on (read 2026-12-02): 'The IAM, SASL/SCRAM, and TLS auth schemes support multi-VPC private connectivity. Multi-VPC private connectivity can't be enabled for unauthenticated clusters.' and 'When you update multi-VPC private connectivity settings, Amazon MSK starts a rolling reboot of broker nodes … up to 30 minutes or more'. msk-replicator-prepare-clusters (zh_cn copy): with multi-VPC on, the unauthenticated type is not supported; mTLS or SASL/SCRAM need no multi-VPC of their own.",
  },
  "replicator.external-source": {
    statement:
      "MSK Replicator can replicate from a self-managed Apache Kafka cluster (version 2.8.1 or later, TLS, authenticated with SASL/SCRAM, mTLS or SASL/OAUTHBEARER) into an MSK Provisioned cluster: Express brokers since launch, Standard brokers since mid-2026. MSK Serverless is not a supported target for an external source.",
    source: "https://docs.aws.amazon.com/msk/latest/developerguide/msk-replicator-migrate-external.html",
    checked: RECHECKED,
    status: "verified",
    note: "Re-checked 2026-12-02: the prerequisites page (msk-replicator-external-prereqs, en copy via docs.aws.amazon.com/he_il) lists 'Additional SER permissions for SASL/SCRAM, mTLS, SASL/OAUTHBEARER'; the docs.amazonaws.cn copy still lists SASL/SCRAM only, so the copies differ in age. Standard brokers as a target: best source is terraform-provider-aws PR #49265 (2026-08-03), which cites AWS's blog 'migrate third-party and self-managed Apache Kafka clusters to Amazon MSK Express and Standard brokers with Amazon MSK Replicator'; the exact launch date (2026-07-09 in an earlier note) is unverified. Newer than the reference sheet, which said Express only. Re-read 2026-11-26: the source page is now titled 'Migrate from non-MSK Apache Kafka clusters to Amazon MSK Provisioned' and lists SASL/SCRAM or mTLS, while the supported-configurations page still says Express. Earlier notes: AWS What's New 2026-07-09 (external Kafka to Standard brokers), mTLS 2026-06-24, OAuth 2026-08. Available in the Regions where MSK Express brokers are.",
  },
  "replicator.external-sasl-plain": {
    statement:
      "MSK Replicator authenticates to a self-managed cluster with SASL/SCRAM, mTLS or SASL/OAUTHBEARER only: a cluster that offers only SASL/PLAIN (as some hosted Kafka services do) needs MirrorMaker 2.",
    source: "https://docs.aws.amazon.com/msk/latest/developerguide/msk-replicator-external-prereqs.html",
    checked: RECHECKED,
    status: "verified",
    note: "The prerequisites page names SASL/SCRAM, mTLS and SASL/OAUTHBEARER; SASL/PLAIN appears nowhere in the MSK Replicator documentation read on 2026-12-02.",
  },
  "replicator.external-regions": {
    statement:
      "For external (self-managed) clusters, MSK Replicator is available in the AWS Regions where MSK Express brokers are available.",
    source: "https://github.com/aws/aws-sdk-php/releases/tag/3.393.5",
    checked: RECHECKED,
    status: "secondary",
    note: "Stated in the AWS SDK release notes for the OAuth launch ('supported in all AWS Regions where MSK Express brokers are available'). No official list of Express-broker Regions was found on 2026-12-02 (searched the developer guide's broker-type, Express-broker and Replicator pages, the MSK endpoints page and What's New; the MSK getting-started page only headlines an expansion of Express brokers to Mexico (Central)): the plan flags the target Region and says so, it does not rule it out.",
  },
  "replicator.external-reverse": {
    statement:
      "Replication from MSK back to the self-managed cluster is supported for rollback: AWS's migration guide sets up bidirectional replication with ENHANCED offset sync on the forward and reverse replicators.",
    source: "https://docs.aws.amazon.com/msk/latest/developerguide/msk-replicator-migrate-external.html",
    checked: RECHECKED,
    status: "verified",
    note: "Re-checked 2026-12-02 (migrate-external, external API examples): bidirectional replication with a self-managed cluster is documented only as a migration's rollback. A permanent active-active DR pair with an on-premises or other-cloud cluster, and PREFIXED names towards an external target, were found in no source: unverified, and the plan says so in its caveats.",
  },
  "replicator.external-region": {
    statement:
      "With a self-managed cluster on one side, the replicator is created in the Amazon MSK cluster's Region, in both directions: the API names the self-managed cluster only by its bootstrap servers and cluster ID (no ARN, no Region), and the replicator reaches it over VPN, Direct Connect or peering from subnets in its own Region. AWS's example for a self-managed source uses the MSK cluster's Region for the cluster ARN and the secrets.",
    source: "https://docs.aws.amazon.com/msk/latest/developerguide/msk-replicator-external-api-examples.html",
    checked: "2026-11-26",
    status: "unverified",
    note: "Inferred, not stated: AWS states the rule \"created in the target cluster's Region\" for MSK target clusters only, and cross-Region replication (multi-VPC private connectivity on the source) is documented between MSK clusters only. The page also has a bidirectional (rollback) example, whose text was not read in full. The other placement, a rollback replicator in the self-managed cluster's Region reading the MSK cluster across Regions, is documented nowhere.",
  },
  "replicator.external-secrets": {
    statement:
      "For an external cluster the replicator reads its SASL/SCRAM or mTLS credentials from AWS Secrets Manager; the AWSMSKReplicatorExecutionRole managed policy does not include Secrets Manager or KMS permissions, so they are added inline.",
    source: "https://docs.aws.amazon.com/msk/latest/developerguide/msk-replicator-external-prereqs.html",
    checked: CHECKED,
    status: "verified",
  },
  "replicator.cluster-combinations": {
    statement:
      "MSK Replicator supports MSK Provisioned and MSK Serverless clusters in any combination as source and target.",
    source: `${MSKR}/msk-replicator-supported-configs.html`,
    checked: CHECKED,
    status: "verified",
  },
  "replicator.kafka-version": {
    statement:
      "MSK clusters must run Apache Kafka 2.7.0 or later; identical topic names need 2.8.1 or later. Brokers must be m5.large or larger (t3.small is not supported), with at least 3 brokers (4 in a 2-AZ cluster).",
    source: `${MSKR}/msk-replicator-supported-configs.html`,
    checked: CHECKED,
    status: "verified",
  },
  "replicator.naming": {
    statement:
      "MSK Replicator names remote topics either identically to the source (IDENTICAL) or prefixed with the source cluster alias (PREFIXED_WITH_SOURCE_CLUSTER_ALIAS, the default); no other renaming is possible.",
    source: "https://docs.aws.amazon.com/msk/latest/developerguide/msk-replicator-topic-naming.html",
    checked: CHECKED,
    status: "verified",
  },
  "replicator.migrate-cluster": {
    statement:
      "To migrate between MSK clusters, AWS's guide creates a replicator with starting position EARLIEST and identical topic names, waits for MessageLag to reach 0, then moves producers and, once their lag is 0, consumers; consumers must tolerate duplicates.",
    source: `${MSKR}/msk-replicator-migrate-cluster.html`,
    checked: "2026-11-26",
    status: "verified",
    note: "Not in the reference sheet, which covers only the migration from MirrorMaker 2 (LATEST and identical names).",
  },
  "replicator.identical-loops": {
    statement:
      "With identical topic names MSK Replicator prevents replication loops itself by embedding the source cluster and topic IDs in a record header (__mskmr), so clients need no reconfiguration on failover.",
    source: "https://docs.aws.amazon.com/msk/latest/developerguide/msk-replicator-topic-naming.html",
    checked: CHECKED,
    status: "verified",
  },
  "replicator.active-active": {
    statement:
      "Active-active uses two replicators, one each way; prefixed names are recommended. With identical names each replicator processes about twice the data (replicated plus filtered), which adds processing and transfer charges, and a deleted topic must not be recreated for at least 30 s, or duplicates may flow back.",
    source: "https://docs.aws.amazon.com/msk/latest/developerguide/msk-replicator-active-active.html",
    checked: CHECKED,
    status: "verified",
  },
  "replicator.offset-sync": {
    statement:
      "MSK Replicator copies consumer group offsets by default, translating them approximately (biased to at-least-once); offsets are written to a target group only while no consumer of that group is active on the target.",
    source: "https://docs.aws.amazon.com/msk/latest/developerguide/msk-replicator-bidirectional-offset-sync.html",
    checked: CHECKED,
    status: "verified",
  },
  "replicator.enhanced-offset-sync": {
    statement:
      "ENHANCED consumer group offset sync translates offsets wherever producers write, enabling failback; it requires identical topic names and a reverse replicator (target to source). LEGACY, the default, does not translate offsets back.",
    source:
      "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-msk-replicator-consumergroupreplication.html",
    checked: CHECKED,
    status: "verified",
  },
  "replicator.at-least-once": {
    statement:
      "Replication is asynchronous and at-least-once: consumers may see duplicates after failover, and a Regional failure can lose the un-replicated tail, bounded by ReplicationLatency.",
    source: "https://docs.aws.amazon.com/msk/latest/developerguide/msk-replicator-bp-multi-region.html",
    checked: CHECKED,
    status: "verified",
  },
  "replicator.metadata": {
    statement:
      "MSK Replicator copies topic configurations, read ACLs and consumer group offsets by default; write ACLs are not replicated, and Serverless clusters receive no ACLs and only a subset of topic configurations.",
    source: "https://docs.aws.amazon.com/msk/latest/developerguide/msk-replicator-edit-settings.html",
    checked: CHECKED,
    status: "verified",
  },
  "replicator.new-topics": {
    statement:
      "New topics are detected and created on the target within about 30 seconds; messages produced before the target topic exists are not replicated. The default starting position is LATEST.",
    source: "https://docs.aws.amazon.com/msk/latest/developerguide/msk-replicator-how-it-works.html",
    checked: CHECKED,
    status: "verified",
  },
  "replicator.target-region": {
    statement:
      "The replicator is created in the target cluster's Region. For cross-Region replication a Provisioned source needs multi-VPC private connectivity with IAM and a cluster policy allowing kafka.amazonaws.com; same-Region replication needs security groups allowing port 9098 and subnets in the same Availability Zones.",
    source: "https://docs.aws.amazon.com/msk/latest/developerguide/msk-replicator-network-reqs.html",
    checked: CHECKED,
    status: "verified",
  },
  "replicator.immutable": {
    statement:
      "Source cluster, target cluster, starting position and topic-name configuration cannot be changed after creation; switching to identical names means creating a new replicator.",
    source: "https://docs.aws.amazon.com/msk/latest/developerguide/msk-replicator-edit-settings.html",
    checked: CHECKED,
    status: "verified",
  },
  "replicator.post-creation-config": {
    statement:
      "After an MSK Replicator is created, do not turn tiered storage on or off (turning it on on the target means recreating the replicator), and do not change what creation validated: a t3 instance type, the service execution role's permissions, multi-VPC private connectivity, the cluster policy or the clusters' security group rules.",
    source: `${MSKR}/msk-replicator-post-creation-config.html`,
    checked: RECHECKED,
    status: "verified",
    note: "Read 2026-12-02 (English .md of the page, and its de_de and docs.amazonaws.cn copies): 'We recommend that you do not turn tiered storage on or off after the MSK Replicator has been created … If you turn on tiered storage on the target cluster after Replicator is created, the Replicator needs to be recreated.'",
  },
  "replicator.regions": {
    statement:
      "MSK Replicator is documented in 16 Regions: us-east-1, us-east-2, us-west-1, us-west-2, ca-central-1, eu-west-1, eu-west-2, eu-west-3, eu-central-1, eu-north-1, ap-south-1, ap-southeast-1, ap-southeast-2, ap-northeast-1, ap-northeast-2 and sa-east-1.",
    source: `${MSKR}/msk-replicator.html`,
    checked: RECHECKED,
    status: "verified",
    note: "Re-read 2026-12-02: the developer guide's msk-replicator page (English, and its ja_jp and ko_kr copies) lists these 16 Regions. The zh_cn copy of msk-replicator.md adds cn-north-1, cn-northwest-1 'and more than 20 other Regions', and a secondary post counts 35 Regions after a ten-Region expansion (fact replicator.regions-secondary); the remaining Regions could not be established (candidates: ap-south-2, eu-south-2, ca-west-1, ap-southeast-5, ap-southeast-7, mx-central-1, ap-east-2). A Region in neither list is flagged, not ruled out.",
  },
  "replicator.regions-secondary": {
    statement:
      "MSK Replicator is reported in ten more Regions (me-south-1, me-central-1, ap-southeast-3, ap-east-1, ap-northeast-3, ap-southeast-4, af-south-1, eu-south-1, eu-central-2, il-central-1) and in ap-southeast-6, which the developer guide does not list yet.",
    source: "https://www.3l3c.ai/us/blog/ai-in-cloud-computing-data-centers/msk-replicator-multi-region",
    checked: RECHECKED,
    status: "secondary",
    note: "Read 2026-12-02: 'Amazon MSK Replicator is now available in ten additional AWS Regions, bringing it to 35 Regions total. The new Regions are: Middle East (Bahrain), Middle East (UAE), Asia Pacific (Jakarta), Asia Pacific (Hong Kong), Asia Pacific (Osaka), Asia Pacific (Melbourne), Africa (Cape Town), Europe (Milan), Europe (Zurich), and Israel (Tel Aviv).' ap-southeast-6 comes from a secondary copy of a What's New post of 2026-01-28. No AWS page listing them was found.",
  },
  "replicator.quota-replicators": {
    statement: "Up to 15 replicators per account per Region (adjustable, Service Quotas code L-8F940D28).",
    source: "https://docs.aws.amazon.com/msk/latest/developerguide/limits.html",
    checked: RECHECKED,
    status: "secondary",
  },
  "replicator.quota-topics": {
    statement:
      "A replicator replicates up to 750 topics, in sorted order; more topics need another replicator, or a support case to raise the limit (watch the TopicCount metric).",
    source: "https://docs.aws.amazon.com/msk/latest/developerguide/msk-replicator-create-console.html",
    checked: RECHECKED,
    status: "secondary",
    note: "msk-replicator-create-console: 'If you need to replicate more topics, create a separate Replicator. Go to the AWS console Support Center and create a support case if you need support for more than 750 topics per Replicator.' (quoted by the domain review; the page itself was not re-read).",
  },
  "replicator.quota-throughput": {
    statement:
      "Up to 1 GB/s of ingress throughput per replicator; maximum record size 10 MB cross-Region and 20 MB same-Region.",
    source: "https://docs.aws.amazon.com/msk/latest/developerguide/limits.html",
    checked: CHECKED,
    status: "secondary",
  },
  "replicator.sizing": {
    statement:
      "AWS recommends a minimum partition count per throughput for replicated topics (167 partitions at 50 MB/s up to 3,333 at 1,000 MB/s, about 3.33 per MB/s): too few partitions raise replication latency.",
    source: "https://docs.aws.amazon.com/msk/latest/developerguide/msk-replicator-bp-sizing.html",
    checked: CHECKED,
    status: "verified",
  },
  "replicator.latency": {
    statement:
      "MSK Replicator publishes no latency SLA; ReplicationLatency depends on the distance between Regions, cluster capacity and partition count.",
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
    statement:
      "Planned failover: stop producers and consumers on the source, create a secondary-to-primary replicator (needed to copy data written during the failover back for failback), then start clients on the target. With prefixed names, consumers read local and replicated topics with a wildcard, or replicated topics first when ordering matters. A planned failover should not lose data.",
    source: "https://docs.aws.amazon.com/msk/latest/developerguide/msk-replicator-planned-failover.html",
    checked: CHECKED,
    status: "verified",
  },
  "replicator.unplanned-failover": {
    statement:
      "After an unplanned failover, create the secondary-to-primary replicator with starting position EARLIEST, or data produced during the event will not be copied back.",
    source: "https://docs.aws.amazon.com/msk/latest/developerguide/msk-replicator-unplanned-failover.html",
    checked: CHECKED,
    status: "verified",
  },
  "replicator.failback": {
    statement:
      "Failback starts once secondary-to-primary replication has caught up (MessageLag close to 0): stop clients on the secondary, move producers then consumers back to the primary, delete the reverse replicator (active-passive only) and confirm the primary-to-secondary replicator is RUNNING.",
    source: "https://docs.aws.amazon.com/msk/latest/developerguide/msk-replicator-failback.html",
    checked: CHECKED,
    status: "verified",
  },
  "replicator.pricing": {
    statement:
      "MSK Replicator is billed for the data it processes, with standard AWS data transfer charges for cross-Region traffic on top; a per-replicator-hour charge is reported by secondary sources only.",
    source: "https://docs.aws.amazon.com/msk/latest/developerguide/msk-replicator-pricing.html",
    checked: RECHECKED,
    status: "unverified",
    note: "msk-replicator-pricing.html: 'You pay for the data processed by the Replicator. For cross-region replication, you also pay for cross-region data transfer.' It does not mention an hourly fee. aws.amazon.com/msk/pricing could not be read on 2026-12-02, so the hourly fee and both unit prices (lib/knowledge/prices.ts) stay unverified wherever they are used.",
  },

  // ── Apache Kafka MirrorMaker 2 ───────────────────────────────────────────
  "mm2.runs-anywhere": {
    statement:
      "MirrorMaker 2 is open-source Kafka Connect connectors (source, checkpoint, heartbeat): it replicates between any Kafka clusters it can reach, in any account, on-premises or in another cloud.",
    source: "https://docs.aws.amazon.com/whitepapers/latest/amazon-msk-migration-guide/mirrormaker-2.0-mm2.html",
    checked: CHECKED,
    status: "verified",
  },
  "mm2.auth": {
    statement:
      "MirrorMaker 2 authenticates with whatever Kafka clients support, per cluster: IAM on MSK (with the aws-msk-iam-auth library), mTLS, SASL/SCRAM, SASL/PLAIN and SASL/OAUTHBEARER.",
    source: "https://github.com/aws/aws-msk-iam-auth",
    checked: CHECKED,
    status: "verified",
  },
  "mm2.cross-account": {
    statement:
      "Across accounts MirrorMaker 2 needs network reach (multi-VPC connectivity, peering, Transit Gateway or PrivateLink) and credentials for both clusters; with IAM, the other account's cluster policy must allow the MirrorMaker 2 role.",
    source: "https://docs.aws.amazon.com/msk/latest/developerguide/mvpc-cross-account-update-cluster-policy.html",
    checked: CHECKED,
    status: "secondary",
  },
  "mm2.default-policy": {
    statement:
      "DefaultReplicationPolicy prefixes remote topics with the source alias (primary.orders), which records provenance and makes bidirectional (active-active) replication safe.",
    source:
      "https://github.com/apache/kafka/blob/trunk/connect/mirror-client/src/main/java/org/apache/kafka/connect/mirror/DefaultReplicationPolicy.java",
    checked: CHECKED,
    status: "verified",
  },
  "mm2.identity-policy": {
    statement:
      "IdentityReplicationPolicy keeps topic names but cannot detect cycles for any topic except heartbeats, which makes cross-replication (active-active) effectively impossible: use it one way only.",
    source:
      "https://github.com/apache/kafka/blob/trunk/connect/mirror-client/src/main/java/org/apache/kafka/connect/mirror/IdentityReplicationPolicy.java",
    checked: CHECKED,
    status: "verified",
  },
  "mm2.custom-policy": {
    statement:
      "MirrorMaker 2 accepts a custom replication.policy.class (and Connect SMTs and filters) for renaming or transforming topics.",
    source: "https://github.com/aws-samples/mirrormaker2-msk-migration",
    checked: CHECKED,
    status: "verified",
  },
  "mm2.offset-sync": {
    statement:
      "MirrorCheckpointConnector emits checkpoints every 60 s; with sync.group.offsets.enabled=true (default false) it writes translated offsets to the target only for groups with no active consumers there. Translation is approximate (at-least-once).",
    source:
      "https://github.com/apache/kafka/blob/trunk/connect/mirror/src/main/java/org/apache/kafka/connect/mirror/MirrorCheckpointConfig.java",
    checked: CHECKED,
    status: "verified",
  },
  "mm2.exactly-once": {
    statement:
      "MirrorMaker 2 can replicate exactly-once: on a dedicated MirrorMaker cluster from Kafka 3.5.0, and on a distributed Kafka Connect cluster with exactly.once.source.support=enabled on the workers and a read_committed consumer for the source; consumer failover via translated offsets stays at-least-once.",
    source: "https://github.com/apache/kafka/pull/12366",
    checked: RECHECKED,
    status: "verified",
    note: "PR #12366 (merged): MirrorSourceConnector implements SourceConnector::exactlyOnceSupport (KIP-618) and requires the read_committed isolation level on the source consumer. The Kafka docs (https://kafka.apache.org/documentation/#georeplication-exactly-once) describe the dedicated mode. Unverified: the first release that shipped the connector's support, and whether MSK Connect lets you set the worker property.",
  },
  "mm2.replication-factor": {
    statement: "MirrorMaker 2 creates remote topics with replication.factor 2 by default; set 3 on MSK.",
    source:
      "https://github.com/apache/kafka/blob/trunk/connect/mirror/src/main/java/org/apache/kafka/connect/mirror/MirrorSourceConfig.java",
    checked: CHECKED,
    status: "verified",
  },
  "mm2.operations": {
    statement:
      "Self-run MirrorMaker 2 is yours to operate: AWS does not offer support for it. The AWS reference runs it as a distributed Kafka Connect cluster on ECS Fargate (1 vCPU / 4 GB tasks) with CPU-based autoscaling, Prometheus and Grafana.",
    source: "https://github.com/aws-samples/mirrormaker2-msk-migration",
    checked: CHECKED,
    status: "verified",
  },
  "mm2.throughput-per-task": {
    statement:
      "Throughput per MirrorMaker 2 task depends on record size, compression and network; no published figure exists, so benchmark it before sizing production.",
    source: "https://github.com/aws-samples/mirrormaker2-msk-migration",
    checked: CHECKED,
    status: "unverified",
    note: "The estimates assume 25 MB/s per 1 vCPU task; treat it as a starting point only.",
  },

  // ── S3 backup through MSK Connect ────────────────────────────────────────
  "s3.pattern": {
    statement:
      "An S3 sink connector on MSK Connect archives topics to Amazon S3, for archival, replay and recovery from deletion or poisoned data; restoring replays the objects into a cluster.",
    source: "https://aws.amazon.com/blogs/architecture/amazon-msk-backup-for-archival-replay-or-analytics/",
    checked: CHECKED,
    status: "verified",
  },
  "s3.not-hot-standby": {
    statement:
      "S3 is not a hot standby: recovery means creating topics with the same partition counts and replaying from S3, usually hours for a large backlog.",
    source: "https://docs.confluent.io/kafka-connectors/s3-source/current/backup-and-restore/overview.html",
    checked: CHECKED,
    status: "verified",
  },
  "s3.offsets-lost": {
    statement:
      "Restored records get new offsets, so consumer group offsets do not survive a restore; consumers restart from the earliest offset or seek by timestamp (an envelope can keep the original offset as metadata).",
    source: "https://docs.lenses.io/latest/connectors/tutorials/backup-and-restore",
    checked: CHECKED,
    status: "verified",
  },
  "s3.rpo": {
    statement:
      "The recovery point of an S3 backup is bounded by how often the sink writes an object: the generated Lenses Stream Reactor S3 sink flushes on flush.interval (seconds), flush.count or flush.size, whichever comes first.",
    source: "https://docs.lenses.io/latest/connectors/kafka-connectors/sinks/aws-s3",
    checked: RECHECKED,
    status: "secondary",
    note: "The generated code (lib/iac) configures the Lenses connector's flush.interval and flush.count; the domain review noted the fact cited the Confluent sink's rotate.interval.ms instead. Whether flush.interval fires on wall-clock time with no new records was not checked: measure the age of the newest object before relying on the bound.",
  },
  "s3.msk-connect": {
    statement:
      "MSK Connect runs Kafka Connect 2.7.1 or 3.7.x; capacity is in MCUs (1 MCU = 1 vCPU and 4 GiB), 1, 2, 4 or 8 per worker and up to 10 workers per connector (so at most 80 MCUs), provisioned or autoscaled. It authenticates to the Kafka cluster with IAM or not at all (no SASL/SCRAM or mTLS).",
    source: "https://docs.aws.amazon.com/msk/latest/developerguide/msk-connect-capacity.html",
    checked: "2026-11-26",
    status: "verified",
    note: "Not in the reference sheet, both read 2026-11-26 in the MSK Connect API reference: the 10-worker limit (AutoScaling: maxWorkerCount and minWorkerCount, valid range 1 to 10, https://docs.aws.amazon.com/MSKC/latest/mskc/API_AutoScaling.html) and the authentication (KafkaClusterClientAuthentication: NONE or IAM, https://docs.aws.amazon.com/MSKC/latest/mskc/API_KafkaClusterClientAuthentication.html).",
  },
  "s3.msk-connect-auth": {
    statement:
      "MSK Connect workers authenticate to their Kafka cluster with IAM or with no client authentication (NONE) only. IAM exists only on Amazon MSK, so a self-managed, on-premises or other-cloud cluster that requires SASL/SCRAM, SASL/PLAIN, OAuth or mTLS cannot feed an S3 sink on MSK Connect: replicate into MSK first and back up from there, or run the sink on your own Kafka Connect.",
    source: "https://docs.aws.amazon.com/MSKC/latest/mskc/API_KafkaClusterClientAuthentication.html",
    checked: RECHECKED,
    status: "verified",
    note: "Valid values: NONE | IAM (API reference and AWS::KafkaConnect::Connector KafkaClusterClientAuthentication, both read 2026-12-02).",
  },
  "s3.dr-long-rto": {
    statement:
      "For teams that can withstand a longer RTO, backing data up to Amazon S3 with MSK Connect is a valid DR plan: no standby cluster runs until it is needed.",
    source: "https://aws.amazon.com/blogs/architecture/amazon-msk-backup-for-archival-replay-or-analytics/",
    checked: RECHECKED,
    status: "secondary",
    note: "The AWS blog behind the product puts it as 'For companies that can withstand a longer RTO but require a lower RPO, backing up data to Amazon S3 (using Amazon MSK Connect) is a valid DR plan' (quoted by the domain review); the archival blog cited here describes the same pattern.",
  },
  "s3.object-lock": {
    statement:
      "An archive kept for compliance should be versioned and, where records must not be altered or deleted for a period, use S3 Object Lock (write-once-read-many retention, compliance or governance mode), set when the bucket is created.",
    source: "https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-lock.html",
    checked: RECHECKED,
    status: "secondary",
    note: "Not re-read on 2026-12-02; well established S3 feature. The generated bucket is versioned and takes an Object Lock mode (GOVERNANCE by default for a compliance archive, COMPLIANCE or NONE) with the retention in days as inputs.",
  },
  "s3.restore-throughput": {
    statement:
      "A restore replays objects through an S3 source connector; its speed is bounded by the connector's capacity (MSK Connect: at most 80 MCUs per connector) and by the cluster's ingress, so restore time grows with the volume to replay.",
    source: "https://docs.aws.amazon.com/msk/latest/developerguide/msk-connect-capacity.html",
    checked: RECHECKED,
    status: "unverified",
    note: "The throughput per MCU is an assumption (lib/estimates ASSUMPTIONS.s3MbpsPerMcu); benchmark a restore.",
  },
  "s3.one-way": {
    statement: "An S3 backup is one-way archival; it cannot serve active-active traffic or a live migration cut-over.",
    source: "https://aws.amazon.com/blogs/architecture/amazon-msk-backup-for-archival-replay-or-analytics/",
    checked: CHECKED,
    status: "verified",
  },

  // ── Multi-AZ only ────────────────────────────────────────────────────────
  "multiaz.scope": {
    statement:
      "Multi-AZ protects against the loss of a broker or an Availability Zone, not against the loss of a Region, an account compromise or an accidental topic deletion.",
    source: "https://docs.aws.amazon.com/msk/latest/developerguide/bestpractices.html",
    checked: CHECKED,
    status: "verified",
  },
  "multiaz.durability": {
    statement:
      "With replication factor 3, min.insync.replicas 2 and producers using acks=all across three AZs, an acknowledged write survives the loss of a broker or an AZ. Express brokers fix default.replication.factor at 3 and min.insync.replicas at 2 (read-only).",
    source: "https://docs.aws.amazon.com/msk/latest/developerguide/bestpractices-kafka-client.html",
    checked: "2026-11-26",
    status: "verified",
    note: "Express read-only configurations: https://docs.aws.amazon.com/msk/latest/developerguide/msk-configuration-express-read-only.html (read 2026-11-26); auto.create.topics.enable stays editable (msk-configuration-express-read-write.html).",
  },
  "multiaz.no-transfer-charge": {
    statement:
      "Replication between brokers inside an MSK cluster is not billed as data transfer; only traffic into and out of the cluster is.",
    source: "https://aws.amazon.com/msk/pricing/",
    checked: CHECKED,
    status: "secondary",
  },
  "msk.auth-methods": {
    statement:
      "Amazon MSK clusters authenticate clients with IAM, mutual TLS or SASL/SCRAM, or not at all; they offer no SASL/PLAIN and no OAuth with your own identity provider.",
    source: "https://docs.aws.amazon.com/msk/latest/developerguide/kafka_apis_iam.html",
    checked: RECHECKED,
    status: "verified",
    note: "'You can use IAM to authenticate clients … Alternatively, you can use TLS or SASL/SCRAM to authenticate clients' (read 2026-12-02).",
  },
  "msk.mtls-private-ca": {
    statement:
      "Mutual TLS on an Amazon MSK cluster needs an AWS Private CA (in the same or another account); MSK does not support certificate revocation lists.",
    source: "https://docs.aws.amazon.com/msk/latest/developerguide/msk-authentication.html",
    checked: RECHECKED,
    status: "verified",
  },
  "msk.brokers-per-cluster": {
    statement:
      "An MSK Provisioned cluster with Standard brokers has up to 30 brokers (ZooKeeper) or 60 brokers (KRaft) by default, adjustable in Service Quotas; AWS's best practices recommend an upper bound of partitions (leaders and followers) per Standard broker by size, 1,000 for kafka.m5.large up to 4,000 for kafka.m5.4xlarge and larger.",
    source: "https://docs.aws.amazon.com/msk/latest/developerguide/limits.html",
    checked: RECHECKED,
    status: "secondary",
    note: "Brokers per cluster read in the zh_cn and ko_kr copies of limits.html on 2026-12-02. The per-broker partition figures are from bestpractices.html ('Right-size your cluster') and were not re-read: treat them as guidance to confirm. Express brokers advertise higher partition counts.",
  },
  "msk.standby-sizing": {
    statement:
      "AWS recommends provisioning identical capacity for the source and target clusters of a replication: the standby cluster is sized like the primary.",
    source: "https://docs.aws.amazon.com/msk/latest/developerguide/msk-replicator-bp-sizing.html",
    checked: RECHECKED,
    status: "secondary",
    note: "Quoted by the domain review ('We recommend that you provision identical capacity for your source and target clusters'); the estimates size the standby from the throughput and partitions you entered, as an estimate.",
  },
  "serverless.iam-only": {
    statement:
      "MSK Serverless requires IAM access control for every cluster and supports no Apache Kafka ACLs: replication from or to a Serverless cluster authenticates with IAM.",
    source: "https://docs.aws.amazon.com/msk/latest/developerguide/serverless.html",
    checked: RECHECKED,
    status: "verified",
    note: "Read in the ja_jp copy of serverless.html on 2026-12-02; msk-replicator-requirements says the same ('MSK Serverless clusters require IAM access control').",
  },
  "serverless.regions": {
    statement:
      "MSK Serverless is available in US East (Ohio), US East (N. Virginia), US West (Oregon), Canada (Central), Asia Pacific (Mumbai), Asia Pacific (Singapore), Asia Pacific (Sydney), Asia Pacific (Tokyo), Asia Pacific (Seoul), Europe (Frankfurt), Europe (Stockholm), Europe (Ireland), Europe (Paris) and Europe (London).",
    source: "https://docs.aws.amazon.com/msk/latest/developerguide/serverless.html",
    checked: RECHECKED,
    status: "verified",
    note: "The same 14 Regions in the ja_jp, it_it, fr_fr and docs.amazonaws.cn copies read on 2026-12-02; the live English page may list more.",
  },
  "serverless.quota-ingress": {
    statement:
      "An MSK Serverless cluster takes at most 200 MBps of ingress (writes are throttled beyond it) and a limited number of partitions (120 in an older copy of the quota table; the current figure was not verified).",
    source: "https://docs.aws.amazon.com/msk/latest/developerguide/limits.html#serverless-quota",
    checked: RECHECKED,
    status: "secondary",
    note: "200 MBps from an archived copy of the quota table (domain review); the partition quota is unverified, so the plan warns from 120 partitions and asks you to confirm the current quota.",
  },
  "transfer.by-source-region": {
    statement:
      "Data transfer between AWS Regions is charged by the source Region, per GB; rates differ by Region, from about $0.01/GB between US East (N. Virginia) and US East (Ohio) to $0.02/GB from most US, Canada and Europe Regions and more from South America, the Middle East, Africa and parts of Asia Pacific.",
    source: "https://aws.amazon.com/ec2/pricing/on-demand/#Data_Transfer",
    checked: RECHECKED,
    status: "secondary",
    note: "AWS Global Network FAQ: 'we charge for data transfer only based on the source Region'. Per-Region rates from secondary copies of the EC2 pricing page (lib/knowledge/prices.ts INTER_REGION_RATES); Regions not in that table are flagged, not guessed.",
  },
  "transfer.cross-az": {
    statement:
      "Traffic between Availability Zones in one Region is charged in each direction (about $0.01/GB each way), and Amazon MSK bills standard data transfer for traffic into and out of a cluster: replication workers and sink connectors pay it for the share of partition leaders in other AZs (about two thirds in a three-AZ cluster).",
    source: "https://aws.amazon.com/ec2/pricing/on-demand/#Data_Transfer",
    checked: RECHECKED,
    status: "secondary",
    note: "MSK pricing (Japanese copy): standard AWS data transfer for data in/out of MSK clusters; no charge for replication between brokers. The 2/3 share assumes leaders spread evenly across three AZs.",
  },
  "transfer.egress": {
    statement:
      "Data leaving AWS for an on-premises data center or another cloud is charged as data transfer out: over the internet about $0.09/GB for the first 10 TB a month, less over AWS Direct Connect.",
    source: "https://aws.amazon.com/ec2/pricing/on-demand/#Data_Transfer",
    checked: RECHECKED,
    status: "secondary",
  },
  "rpo.zero-cross-region": {
    statement:
      "Every cross-Region option here replicates asynchronously, and Amazon MSK has no synchronous cross-Region mode: an RPO of 0 across Regions is out of reach; only in-cluster replication with acks=all (Multi-AZ, within one Region) loses no acknowledged write.",
    source: "https://docs.aws.amazon.com/msk/latest/developerguide/msk-replicator-bp-multi-region.html",
    checked: RECHECKED,
    status: "verified",
  },
  "firehose.msk-s3": {
    statement:
      "Amazon Data Firehose reads a topic of an MSK Provisioned or Serverless cluster and delivers it to Amazon S3 with no connector to build or run; the cluster needs IAM access control with multi-VPC private connectivity and a cluster policy for Firehose. It has no restore path back into Kafka.",
    source: "https://docs.aws.amazon.com/firehose/latest/dev/writing-with-msk.html",
    checked: RECHECKED,
    status: "verified",
    note: "Read 2026-12-02. 'No restore path' is the product's reading: Firehose delivers to S3 only.",
  },
  "msk.multi-vpc-sharing": {
    statement:
      "MSK multi-VPC private connectivity (with a cluster policy) connects Kafka clients in other VPCs and AWS accounts to one MSK cluster, without a second cluster or any replication.",
    source: "https://docs.aws.amazon.com/msk/latest/developerguide/aws-access-mult-vpc.html",
    checked: RECHECKED,
    status: "secondary",
    note: "Quoted by the domain review ('enables you to more quickly connect Kafka clients hosted in different Virtual Private Clouds (VPCs) and AWS accounts to an Amazon MSK cluster'); Firehose's MSK source page (read 2026-12-02) relies on the same feature.",
  },
  "mm2.on-msk-connect": {
    statement:
      "MirrorMaker 2's connectors can run on MSK Connect (a custom plugin and an IAM role), so AWS runs the Connect workers while you own the connector configuration; MSK Connect reaches its cluster with IAM or no authentication only.",
    source:
      "https://aws.amazon.com/blogs/big-data/use-msk-connect-for-managed-mirrormaker-2-deployment-with-iam-authentication/",
    checked: RECHECKED,
    status: "secondary",
  },
  "multiaz.needs-msk": {
    statement:
      "Relying on Multi-AZ means relying on one Amazon MSK cluster's own replication across Availability Zones.",
    source: "https://docs.aws.amazon.com/msk/latest/developerguide/what-is-msk.html",
    checked: CHECKED,
    status: "verified",
  },
  // ── The failover day: switch, parity, schemas ──────────────────────────
  "replicator.acls-copied": {
    statement:
      "MSK Replicator copies only LITERAL ACLs on topics (Alter, AlterConfigs, Create, Delete, Describe, DescribeConfigs, Read, and Write as deny only); PREFIXED ACLs and ACLs on other resources are not copied, and ACLs are never deleted on the target. It copies no IAM policy: with IAM access control, clients need their policies for the target cluster too.",
    source: "https://docs.aws.amazon.com/msk/latest/developerguide/msk-replicator-metadata-acl.html",
    checked: "2026-12-02",
    status: "verified",
  },
  "mm2.acls-copied": {
    statement:
      "MirrorMaker 2 (sync.topic.acls.enabled) copies topic ACLs only, downgrading ALLOW ALL to READ so that nothing but MirrorMaker 2 writes to remote topics; write ACLs and group ACLs are not copied. IAM access control has no Kafka ACLs to copy.",
    source:
      "https://cwiki.apache.org/confluence/display/KAFKA/KIP-965:+Support+disaster+recovery+between+clusters+by+MirrorMaker",
    checked: "2026-12-02",
    status: "secondary",
    note: "KIP-965 (under discussion) restates KIP-382's READ downgrade as current behaviour; Redpanda's MirrorMaker 2 connector page says the same (write ACLs not copied, group ACLs not copied). That IAM has no Kafka ACLs follows from MSK's ACL page, which says Replicator copies only the Kafka ACLs IAM access control does not use.",
  },
  "ssm.parameter-store": {
    statement:
      "Parameter Store standard parameters have no additional charge; a parameter belongs to one Region; applications read one with ssm:GetParameter on the parameter's ARN (arn:aws:ssm:<region>:<account>:parameter/<name without the leading slash>).",
    source: "https://docs.aws.amazon.com/systems-manager/latest/userguide/sysman-paramstore-access.html",
    checked: "2026-12-02",
    status: "secondary",
    note: "Read the IAM table (ssm:GetParameter to retrieve one parameter) in the Parameter Store setup page's translation; the price of the standard tier is from https://aws.amazon.com/systems-manager/pricing/, not read today.",
  },
  "schemas.confluent-ids": {
    statement:
      "Records serialised with a Confluent-compatible schema registry carry the schema's numeric ID; migrating a registry to another keeps the IDs only with the registry's own migration (import mode, Schema Linking or Replicator's schema migration), so a standby registry must be fed from the primary's schemas topic or migrated, not re-registered.",
    source: "https://docs.confluent.io/platform/current/schema-registry/installation/migrate.html",
    checked: "2026-12-02",
    status: "verified",
  },
  "schemas.glue-regional": {
    statement:
      "AWS Glue Schema Registry is a Regional, serverless registry; its serializers and deserializers are configured with one Region. No built-in copy of a registry to another Region was found.",
    source: "https://docs.aws.amazon.com/glue/latest/dg/schema-registry.html",
    checked: "2026-12-02",
    status: "unverified",
    note: "The absence of cross-Region replication is a search result, not a statement of AWS; that records carry the schema version ID the other Region's registry does not know follows from how the SerDe library works (github.com/awslabs/aws-glue-schema-registry), not re-read today.",
  },

  // ── Monitoring: the metrics the generated alarms and dashboards read ──────
  "monitoring.replicator-metrics": {
    statement:
      "MSK Replicator publishes ReplicationLatency (ms), MessageLag (summed over partitions), ReplicatorFailure, AuthError and ThrottleTime in the AWS/Kafka namespace with the ReplicatorName dimension.",
    source: `${MSKR}/msk-replicator-metrics-ref.html`,
    checked: "2026-12-02",
    status: "verified",
    note: "Names, namespace and dimension confirmed by the deploy-readiness review against this page (2026-12-02).",
  },
  "monitoring.msk-cluster-metrics": {
    statement:
      "At the free DEFAULT monitoring level an MSK provisioned cluster publishes, in AWS/Kafka, ActiveControllerCount and OfflinePartitionsCount with the Cluster Name dimension, and UnderReplicatedPartitions and UnderMinIsrPartitionCount with the Cluster Name and Broker ID dimensions; consumer-group lag (MaxOffsetLag, SumOffsetLag, EstimatedMaxTimeLag in seconds) comes with the Consumer Group and Topic dimensions.",
    source: `${MSKR}/metrics-details.html`,
    checked: "2026-12-02",
    status: "secondary",
    note: "Read in the developer guide's source (awsdocs/amazon-msk-developer-guide, doc_source/metrics-details.md) on 2026-12-02; the Express broker page (metrics-details-express.html) lists ActiveControllerCount at DEFAULT level, the partition metrics there were not re-read. The per-broker metrics are alarmed through a Metrics Insights query, which matches every Broker ID without listing them.",
  },
  "monitoring.ecs-metrics": {
    statement:
      "Amazon ECS publishes a service's CPUUtilization and MemoryUtilization in AWS/ECS, and Container Insights its RunningTaskCount in ECS/ContainerInsights, both with the ClusterName and ServiceName dimensions.",
    source: "https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/Container-Insights-metrics-ECS.html",
    checked: "2026-12-02",
    status: "secondary",
    note: "Confirmed by the deploy-readiness review (2026-12-02); service utilization metrics: https://docs.aws.amazon.com/AmazonECS/latest/developerguide/available-metrics.html.",
  },
  "monitoring.msk-connect-metrics": {
    statement:
      "MSK Connect publishes, at no extra cost and with the ConnectorName dimension, ErroredTaskCount, RunningTaskCount, WorkerCount, SinkRecordReadRate, SinkRecordSendRate, CpuUtilization and MemoryUtilization among others, in the AWS/KafkaConnect namespace.",
    source: `${MSKR}/mkc-monitoring-overview.html`,
    checked: "2026-12-02",
    status: "secondary",
    note: "Metric names and the ConnectorName dimension from the page (read 2026-12-02); the page does not print the namespace: AWS/KafkaConnect is the namespace public tooling reads them from (prometheus-community/yet-another-cloudwatch-exporter's service list, read 2026-12-02). A sink connector's consumer group is connect-<connector name> (Apache Kafka SinkUtils.consumerGroupId), so its lag is MSK's consumer-lag metric for that group.",
  },
  "monitoring.mm2-metrics": {
    statement:
      "MirrorMaker 2's MirrorSourceConnector reports, per replicated partition, replication-latency-ms(-max/-min/-avg) ('time it takes records to replicate from source to target cluster') and record-age-ms(-max/...) over JMX (kafka.connect.mirror:type=MirrorSourceConnector, tags target, topic, partition, and source in newer releases); Kafka Connect's worker reports connector-running-task-count and connector-failed-task-count per connector (kafka.connect:type=connect-worker-metrics,connector=...). Nothing exports them to CloudWatch by itself.",
    source:
      "https://github.com/apache/kafka/blob/trunk/connect/mirror/src/main/java/org/apache/kafka/connect/mirror/MirrorSourceMetrics.java",
    checked: "2026-12-02",
    status: "verified",
    note: "Worker metrics: https://kafka.apache.org/39/generated/connect_metrics.html (read 2026-12-02).",
  },
  "monitoring.cloudwatch-agent-prometheus": {
    statement:
      "The CloudWatch agent scrapes Prometheus endpoints (a standard Prometheus scrape_config) and turns the series its emf_processor metric_declaration selects into CloudWatch metrics (embedded metric format, dimensions from labels, metric_namespace); on Amazon ECS its configuration comes from the CW_CONFIG_CONTENT and PROMETHEUS_CONFIG_CONTENT variables, and the Prometheus JMX exporter java agent is AWS's documented way to expose a JVM's MBeans to it. Its task role needs CloudWatchAgentServerPolicy.",
    source:
      "https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/ContainerInsights-Prometheus-Setup-configure-ECS.html",
    checked: "2026-12-02",
    status: "secondary",
    note: "Java/JMX with the JMX exporter: https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/ContainerInsights-Prometheus-Sample-Workloads-ECS-javajmx.html (read 2026-12-02). The agent's own jmx section only knows JVM, Kafka broker/client and Tomcat metrics (CloudWatch-Agent-JMX-metrics.html), not MirrorMaker 2's connector MBeans, hence the exporter. The emf_processor metric_namespace key was read in the agent's own test configurations (aws/amazon-cloudwatch-agent), not on the AWS page.",
  },
  "monitoring.metrics-insights-alarms": {
    statement:
      "A CloudWatch alarm can watch a Metrics Insights query that returns one aggregated time series (SELECT MAX(metric) FROM namespace WHERE dimension = 'value'); resources that start matching the query later join the alarm without changing it.",
    source: "https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/cloudwatch-metrics-insights-alarms.html",
    checked: "2026-12-02",
    status: "verified",
    note: "Create_Metrics_Insights_Alarm.html (read 2026-12-02); in CloudFormation and Terraform the query is the alarm's metric expression (Metrics[].Expression / metric_query.expression) with a period.",
  },
  "monitoring.dashboards": {
    statement:
      "A CloudWatch dashboard body is JSON: metric widgets list metrics as [namespace, name, dimension, value, {options such as stat, label, region}] or expressions ({expression, label, id}), each widget (or metric) names its Region, and annotations.horizontal draws a line at a value, such as the RPO.",
    source: "https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/CloudWatch-Dashboard-Body-Structure.html",
    checked: "2026-12-02",
    status: "secondary",
    note: "Not re-read today; the structure is long-standing. The resources are aws_cloudwatch_dashboard (dashboard_name, dashboard_body; hashicorp/aws 5.100.0 schema, 2026-12-02) and AWS::CloudWatch::Dashboard (DashboardName, DashboardBody).",
  },
} as const satisfies Record<string, Fact>;

/** The newest date any fact was checked: what the footer and the decision record call "facts checked". */
export const FACTS_CHECKED = Object.values(FACTS).reduce((latest, f) => (f.checked > latest ? f.checked : latest), "");

export type FactId = keyof typeof FACTS;

export function fact(id: FactId): Fact {
  return FACTS[id];
}

/** Regions where MSK Serverless is documented (fact serverless.regions). */
export const SERVERLESS_REGIONS = [
  "us-east-2",
  "us-east-1",
  "us-west-2",
  "ca-central-1",
  "ap-south-1",
  "ap-southeast-1",
  "ap-southeast-2",
  "ap-northeast-1",
  "ap-northeast-2",
  "eu-central-1",
  "eu-north-1",
  "eu-west-1",
  "eu-west-3",
  "eu-west-2",
] as const;

export function isServerlessRegion(region: string): boolean {
  return (SERVERLESS_REGIONS as readonly string[]).includes(region);
}

/**
 * Regions where MSK Replicator is documented (fact replicator.regions, the developer guide's list,
 * re-read 2026-12-02) or reported by secondary sources (fact replicator.regions-secondary). Any
 * other Region is "unknown": flagged in the plan, never ruled out.
 */
export const REPLICATOR_REGIONS = {
  verified: [
    "us-east-1",
    "us-east-2",
    "us-west-1",
    "us-west-2",
    "ca-central-1",
    "eu-west-1",
    "eu-west-2",
    "eu-west-3",
    "eu-central-1",
    "eu-north-1",
    "ap-south-1",
    "ap-southeast-1",
    "ap-southeast-2",
    "ap-northeast-1",
    "ap-northeast-2",
    "sa-east-1",
  ],
  secondary: [
    "af-south-1",
    "ap-east-1",
    "ap-northeast-3",
    "ap-southeast-3",
    "ap-southeast-4",
    "ap-southeast-6",
    "eu-central-2",
    "eu-south-1",
    "il-central-1",
    "me-central-1",
    "me-south-1",
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
  /** MSK Serverless ingress per cluster, MBps. */
  serverlessMaxIngressMbps: { value: 200, fact: "serverless.quota-ingress" },
  /** MSK Serverless partitions per cluster in an older copy of the quota table (current figure unverified). */
  serverlessMaxPartitions: { value: 120, fact: "serverless.quota-ingress" },
  /** Standard brokers per cluster (KRaft), default quota. */
  brokersPerCluster: { value: 60, fact: "msk.brokers-per-cluster" },
  /** Recommended upper bound of partition replicas per Standard broker, for the largest sizes. */
  partitionsPerBroker: { value: 4000, fact: "msk.brokers-per-cluster" },
  /** Assumed MirrorMaker 2 throughput per 1 vCPU / 4 GB Fargate task, MB/s. Unverified: benchmark it. */
  mm2MbpsPerTask: { value: 25, fact: "mm2.throughput-per-task" },
} as const satisfies Record<string, { value: number; fact: FactId }>;
