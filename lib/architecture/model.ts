// The architecture: a framework-neutral graph of what a team would build for one option of a
// plan. Renderers (the diagram, Terraform, CloudFormation, MirrorMaker 2 properties, the runbook,
// the decision record) read this model, never the raw answers.
import type { Answers, Auth, Naming, RegionCode, Source, Target } from "@/lib/answers";
import type { OptionId } from "@/lib/knowledge";

/** When a node or flow exists: in normal operation, only after failover (or cut-over), or both. */
export type Phase = "steady" | "failover" | "always";

export type GroupKind = "account" | "aws-region" | "on-premises" | "other-cloud" | "availability-zone";

export interface ArchGroup {
  id: string;
  kind: GroupKind;
  label: string;
  /** Enclosing group (a Region inside an account, an AZ inside a Region). */
  parent?: string;
  role?: "primary" | "standby" | "shared";
  region?: RegionCode;
}

export type NodeKind =
  | "kafka-cluster"
  | "broker"
  | "msk-replicator"
  | "mm2-service"
  | "mm2-connector"
  | "msk-connect-connector"
  | "s3-bucket"
  | "producers"
  | "consumers";

/** Names of the generated IaC resources a node maps to (Terraform addresses, CloudFormation logical IDs). */
export interface IacNames {
  terraform: string[];
  cloudformation: string[];
}

export interface ArchNode {
  id: string;
  kind: NodeKind;
  label: string;
  /** Second line: the type or role, e.g. "Express brokers" or "Source connector". */
  sublabel: string;
  group: string;
  phase: Phase;
  /** What it is, in a sentence, for the side panel and the text alternative. */
  description: string;
  /** Settings the plan chose for it, in display order. */
  settings: { label: string; value: string }[];
  iac: IacNames;
}

export type Carry =
  | "data"
  | "topic-configs"
  | "acls"
  | "consumer-offsets"
  | "heartbeats"
  | "checkpoints"
  | "backup"
  | "restore"
  | "produce"
  | "consume"
  | "in-sync-replicas";

export interface ArchFlow {
  id: string;
  from: string;
  to: string;
  kind: "replication" | "client" | "backup" | "restore" | "in-cluster";
  carries: Carry[];
  /** Short label for the edge, e.g. "data · configs · ACLs · offsets (identical names)". */
  label: string;
  naming?: Naming;
  phase: Phase;
  /** Live replication is drawn animated. */
  animated: boolean;
}

export type ClusterLocation = "aws" | "on-premises" | "other-cloud";

export interface ClusterSpec {
  id: "source" | "target";
  type: Source | Target;
  location: ClusterLocation;
  /** AWS Region; undefined for clusters outside AWS. */
  region?: RegionCode;
  /** "a" is the source's account, "b" the target's when they differ. */
  account: "a" | "b";
  auth: Auth;
  role: "primary" | "standby";
  /** True when the cluster is Amazon MSK (referenced by ARN in the IaC). */
  isMsk: boolean;
}

export interface ReplicatorSpec {
  id: "forward" | "reverse";
  /** Replicator name: `^[0-9A-Za-z][0-9A-Za-z-]{0,}$`, at most 128 characters. */
  name: string;
  sourceCluster: "source" | "target";
  targetCluster: "source" | "target";
  /**
   * The MSK cluster the replicator is created beside, in its Region and account: its target cluster,
   * or, when the target is not an MSK cluster (the rollback replicator towards self-managed Kafka),
   * the MSK cluster it reads. The single source of truth for where the generated code, the runbook
   * and the diagram put the replicator.
   */
  host: "source" | "target";
  /** The host cluster's Region: where the replicator is created. */
  region: RegionCode;
  purpose: "replication" | "active-active" | "failback" | "rollback";
  /** Deployed from day one (steady) or only when failing over/back (failover). */
  phase: "steady" | "failover";
  topicNameConfiguration: "IDENTICAL" | "PREFIXED_WITH_SOURCE_CLUSTER_ALIAS";
  startingPosition: "LATEST" | "EARLIEST";
  consumerGroupOffsetSyncMode: "LEGACY" | "ENHANCED";
  synchroniseConsumerGroupOffsets: boolean;
  detectAndCopyNewTopics: boolean;
  detectAndCopyNewConsumerGroups: boolean;
  copyTopicConfigurations: boolean;
  copyAccessControlListsForTopics: boolean;
  targetCompressionType: "NONE" | "GZIP" | "SNAPPY" | "LZ4" | "ZSTD";
  topicsToReplicate: string[];
  topicsToExclude: string[];
  consumerGroupsToReplicate: string[];
  consumerGroupsToExclude: string[];
}

export interface MirrorMaker2Spec {
  /** Cluster aliases used in the properties ("primary", "standby"). */
  aliases: { source: string; target: string };
  /** One-way or both ways. */
  directions: { from: "source" | "target"; to: "source" | "target" }[];
  replicationPolicy: "default" | "identity" | "custom";
  replicationPolicyClass: string;
  /** Dedicated MirrorMaker mode (connect-mirror-maker.sh) on ECS Fargate. */
  mode: "dedicated";
  /** Runs in the target's Region (consume remotely, produce locally). */
  region: RegionCode;
  tasksMax: number;
  /** Fargate tasks (MirrorMaker nodes). */
  desiredCount: number;
  taskCpu: 1024 | 2048 | 4096;
  taskMemory: number;
  replicationFactor: 3;
  syncGroupOffsets: boolean;
  emitCheckpointsIntervalSeconds: number;
  syncGroupOffsetsIntervalSeconds: number;
  offsetSyncsTopicLocation: "source" | "target";
  /** exactly.once.source.support (dedicated mode, Kafka 3.5+). */
  exactlyOnce: boolean;
  topics: string;
  topicsExclude: string;
  groups: string;
}

export interface S3BackupSpec {
  bucketName: string;
  bucketRegion: RegionCode;
  /** MSK Connect runs next to the cluster it reads. */
  connectorRegion: RegionCode;
  connectorName: string;
  connectorClass: string;
  mcuCountPerWorker: 1 | 2 | 4 | 8;
  workerCount: number;
  rotateIntervalMs: number;
  retentionDays: number;
  /** S3 Object Lock default retention of the archive: a compliance archive is locked (governance mode), others are not. */
  objectLockMode: "GOVERNANCE" | "COMPLIANCE" | "NONE";
  topics: string;
  kafkaConnectVersion: "3.7.x";
}

export interface MultiAzSpec {
  region: RegionCode;
  availabilityZones: 3;
  brokerCount: number;
  replicationFactor: 3;
  minInsyncReplicas: 2;
  producerAcks: "all";
}

/** What every option's architecture has. */
export interface ArchitectureBase {
  /** Base name for every generated resource (answers.name). */
  name: string;
  permalink: string;
  /** Tags every generated resource carries. */
  tags: Record<string, string>;
  goal: Answers["goal"];
  topology: Answers["topology"];
  naming: Naming;
  offsets: boolean;
  crossRegion: boolean;
  crossAccount: boolean;
  primaryRegion?: RegionCode;
  standbyRegion: RegionCode;
  /** What the failover view shows: "After failover", "After cut-over", "After an AZ loss", "After a restore". */
  failoverLabel: string;
  /** The cluster replicated from (the primary). */
  source: ClusterSpec;
  /** The cluster replicated to (the standby); for Multi-AZ, the answer's target, which nothing deploys. */
  target: ClusterSpec;
  groups: ArchGroup[];
  nodes: ArchNode[];
  flows: ArchFlow[];
  /** The MSK Replicators; empty for every other option. */
  replicators: ReplicatorSpec[];
}

export interface ReplicatorArchitecture extends ArchitectureBase {
  option: "msk-replicator";
}

export interface MirrorMaker2Architecture extends ArchitectureBase {
  option: "mirrormaker2";
  mirrorMaker2: MirrorMaker2Spec;
}

export interface S3BackupArchitecture extends ArchitectureBase {
  option: "s3-backup";
  s3Backup: S3BackupSpec;
}

export interface MultiAzArchitecture extends ArchitectureBase {
  option: "multi-az";
  multiAz: MultiAzSpec;
}

/** The architecture of one option: switch on `option` to read its settings. */
export type Architecture =
  ReplicatorArchitecture | MirrorMaker2Architecture | S3BackupArchitecture | MultiAzArchitecture;

/** The architecture of one option, or an error naming the mismatch (a caller asked for the wrong option's settings). */
export function architectureOf<O extends OptionId>(
  arch: Architecture,
  option: O,
): Extract<Architecture, { option: O }> {
  if (arch.option !== option) throw new Error(`expected the ${option} architecture, got ${arch.option}`);
  return arch as Extract<Architecture, { option: O }>;
}
