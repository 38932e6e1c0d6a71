import { QUESTIONS, isMskSource, isSourceOutsideAws, regionName, type Answers, type RegionCode } from "@/lib/answers";
import { ASSUMPTIONS, hasPermanentReverseReplicator, isCrossRegion, mm2TasksPerDirection, replicatorOffsetSyncMode, s3RotateSeconds, s3SinkMcus } from "@/lib/estimates";
import { OPTIONS, type OptionId } from "@/lib/knowledge";
import type { Plan } from "@/lib/scoring";
import type {
  ArchFlow,
  ArchGroup,
  ArchNode,
  Architecture,
  Carry,
  ClusterSpec,
  IacNames,
  MirrorMaker2Spec,
  MultiAzSpec,
  ReplicatorSpec,
  S3BackupSpec,
} from "./model";

/**
 * Names of the generated IaC resources, shared by the architecture (the diagram's side panel
 * shows them) and the generators (which must use exactly these). Terraform addresses and
 * CloudFormation logical IDs.
 */
export const IAC_NAMES = {
  sourceCluster: { terraform: ["var.source_cluster_arn"], cloudformation: ["SourceClusterArn"] },
  targetCluster: { terraform: ["var.target_cluster_arn"], cloudformation: ["TargetClusterArn"] },
  externalSource: { terraform: ["var.source_bootstrap_brokers", "data.aws_secretsmanager_secret.source_credentials"], cloudformation: ["SourceBootstrapBrokers", "SourceCredentialsSecretArn"] },
  replicator: {
    terraform: ["aws_msk_replicator.forward", "aws_iam_role.replicator", "aws_cloudwatch_log_group.replicator", "aws_cloudwatch_metric_alarm.replication_latency", "aws_cloudwatch_metric_alarm.message_lag", "aws_cloudwatch_metric_alarm.replicator_failure"],
    cloudformation: ["ForwardReplicator", "ReplicatorRole", "ReplicatorLogGroup", "ReplicationLatencyAlarm", "MessageLagAlarm", "ReplicatorFailureAlarm"],
  },
  reverseReplicator: { terraform: ["aws_msk_replicator.reverse"], cloudformation: ["ReverseReplicator"] },
  clusterPolicy: { terraform: ["aws_msk_cluster_policy.source"], cloudformation: ["SourceClusterPolicy"] },
  mm2: {
    terraform: ["aws_ecs_cluster.mm2", "aws_ecs_task_definition.mm2", "aws_ecs_service.mm2", "aws_iam_role.mm2_task", "aws_iam_role.mm2_execution", "aws_cloudwatch_log_group.mm2", "aws_security_group.mm2"],
    cloudformation: ["Mm2Cluster", "Mm2TaskDefinition", "Mm2Service", "Mm2TaskRole", "Mm2ExecutionRole", "Mm2LogGroup", "Mm2SecurityGroup"],
  },
  s3Sink: {
    terraform: ["aws_mskconnect_connector.s3_sink", "aws_mskconnect_custom_plugin.s3", "aws_iam_role.s3_sink"],
    cloudformation: ["S3SinkConnector", "S3SinkPlugin", "S3SinkRole"],
  },
  s3Bucket: { terraform: ["aws_s3_bucket.backup"], cloudformation: ["BackupBucket"] },
  multiAz: { terraform: ["aws_msk_configuration.durability"], cloudformation: ["DurabilityConfiguration"] },
} as const satisfies Record<string, IacNames>;

const none: IacNames = { terraform: [], cloudformation: [] };
const names = (n: IacNames): IacNames => ({ terraform: [...n.terraform], cloudformation: [...n.cloudformation] });

const CLUSTER_TYPE_WORDS: Record<ClusterSpec["type"], string> = {
  "msk-provisioned": "Standard brokers",
  "msk-express": "Express brokers",
  "msk-serverless": "MSK Serverless",
  "self-managed": "Self-managed on EC2",
  "on-premises": "On-premises",
  "other-cloud": "Other cloud",
};

/** Topics the replication never copies: Kafka and MSK internals. */
const INTERNAL_TOPICS = ["__.*", ".*[-.]internal", ".*\\.replica"];

function clusters(a: Answers): ClusterSpec[] {
  const outside = isSourceOutsideAws(a.source);
  return [
    {
      id: "source",
      type: a.source,
      location: a.source === "on-premises" ? "on-premises" : a.source === "other-cloud" ? "other-cloud" : "aws",
      ...(outside ? {} : { region: a.primary }),
      account: "a",
      auth: a.auth,
      role: "primary",
      isMsk: isMskSource(a.source),
    },
    { id: "target", type: a.target, location: "aws", region: a.secondary, account: a.accounts === "cross" ? "b" : "a", auth: a.auth, role: "standby", isMsk: true },
  ];
}

function groups(a: Answers, option: OptionId): ArchGroup[] {
  const out: ArchGroup[] = [];
  const cross = a.accounts === "cross";
  if (cross) {
    out.push({ id: "account-a", kind: "account", label: "Source account", role: "primary" });
    out.push({ id: "account-b", kind: "account", label: "Target account", role: "standby" });
  }
  const src = clusters(a)[0]!;
  if (src.location !== "aws") {
    out.push({ id: "primary", kind: src.location, label: src.location === "on-premises" ? "On-premises data centre" : "Other cloud", role: "primary" });
  } else {
    out.push({ id: "primary", kind: "aws-region", label: `${regionName(a.primary)} · ${a.primary}`, region: a.primary, role: "primary", ...(cross ? { parent: "account-a" } : {}) });
  }
  if (option !== "multi-az") {
    // Same Region: say which side each group is, or the two boxes would carry the same name.
    const sameRegion = src.location === "aws" && a.primary === a.secondary;
    if (sameRegion) out[out.length - 1]!.label += " · source side";
    out.push({ id: "standby", kind: "aws-region", label: `${regionName(a.secondary)} · ${a.secondary}${sameRegion ? " · target side" : ""}`, region: a.secondary, role: "standby", ...(cross ? { parent: "account-b" } : {}) });
  } else {
    for (const az of [1, 2, 3]) out.push({ id: `az-${az}`, kind: "availability-zone", label: `Availability Zone ${az}`, parent: "primary" });
  }
  return out;
}

function clusterNode(spec: ClusterSpec, group: string, a: Answers): ArchNode {
  const isSource = spec.id === "source";
  const where = spec.region ? regionName(spec.region) : CLUSTER_TYPE_WORDS[spec.type];
  return {
    id: `${spec.id}-cluster`,
    kind: "kafka-cluster",
    label: isSource ? "Source cluster" : "Target cluster",
    sublabel: CLUSTER_TYPE_WORDS[spec.type],
    group,
    phase: "always",
    description: `${isSource ? "The primary" : "The standby"} Kafka cluster (${(QUESTIONS.source.choices as Record<string, { label: string }>)[spec.type]?.label ?? spec.type}) in ${where}.`,
    settings: [
      { label: "Type", value: CLUSTER_TYPE_WORDS[spec.type] },
      { label: "Location", value: spec.region ? `${regionName(spec.region)} (${spec.region})` : CLUSTER_TYPE_WORDS[spec.type] },
      { label: "Authentication", value: QUESTIONS.auth.choices[a.auth].label },
      ...(a.accounts === "cross" ? [{ label: "Account", value: spec.account === "a" ? "Source account" : "Target account" }] : []),
    ],
    iac: spec.isMsk ? names(isSource ? IAC_NAMES.sourceCluster : IAC_NAMES.targetCluster) : names(IAC_NAMES.externalSource),
  };
}

function clientNodes(a: Answers, option: OptionId): { nodes: ArchNode[]; flows: ArchFlow[] } {
  const nodes: ArchNode[] = [];
  const flows: ArchFlow[] = [];
  const client = (id: string, kind: "producers" | "consumers", group: string, phase: ArchNode["phase"], where: string): ArchNode => ({
    id,
    kind,
    label: kind === "producers" ? "Producers" : "Consumers",
    sublabel: where,
    group,
    phase,
    description: kind === "producers" ? `Applications writing to Kafka (${where.toLowerCase()}).` : `Applications reading from Kafka (${where.toLowerCase()}).`,
    settings: kind === "producers" && option === "multi-az" ? [{ label: "acks", value: "all" }] : [],
    iac: none,
  });
  const clientFlows = (p: string, c: string, cluster: string, phase: ArchFlow["phase"]) => {
    flows.push({ id: `${p}->${cluster}`, from: p, to: cluster, kind: "client", carries: ["produce"], label: "produce", phase, animated: false });
    flows.push({ id: `${cluster}->${c}`, from: cluster, to: c, kind: "client", carries: ["consume"], label: "consume", phase, animated: false });
  };

  if (option === "multi-az") {
    nodes.push(client("producers", "producers", "primary", "always", "Primary"), client("consumers", "consumers", "primary", "always", "Primary"));
    // Steady: clients talk to the leader in AZ 1; after the AZ loss, to the new leader in AZ 2.
    clientFlows("producers", "consumers", "broker-1", "steady");
    clientFlows("producers", "consumers", "broker-2", "failover");
    return { nodes, flows };
  }
  // An S3 backup is one-way (active-active is ruled out for it): its standby clients only exist after a restore.
  const active = a.topology === "active-active" && option !== "s3-backup";
  nodes.push(client("producers-primary", "producers", "primary", active ? "always" : "steady", "Primary"));
  nodes.push(client("consumers-primary", "consumers", "primary", active ? "always" : "steady", "Primary"));
  clientFlows("producers-primary", "consumers-primary", "source-cluster", active ? "always" : "steady");
  nodes.push(client("producers-standby", "producers", "standby", active ? "always" : "failover", active ? "Standby (active)" : "Standby, after failover"));
  nodes.push(client("consumers-standby", "consumers", "standby", active ? "always" : "failover", active ? "Standby (active)" : "Standby, after failover"));
  clientFlows("producers-standby", "consumers-standby", "target-cluster", active ? "always" : "failover");
  return { nodes, flows };
}

function replicationLabel(carries: Carry[], naming: Answers["naming"] | undefined): string {
  const words: Partial<Record<Carry, string>> = { data: "data", "topic-configs": "topic configs", acls: "ACLs", "consumer-offsets": "offsets", heartbeats: "heartbeats", checkpoints: "checkpoints" };
  const list = carries.map((c) => words[c]).filter(Boolean).join(" · ");
  return naming ? `${list} (${naming === "identical" ? "identical names" : naming === "prefixed" ? "prefixed names" : "custom names"})` : list;
}

/**
 * Where a replicator is created. Between MSK clusters, in its target cluster's Region (FACTS
 * replicator.target-region). A cluster outside Amazon MSK has no Region MSK Replicator knows of: the
 * API names it by bootstrap servers and cluster ID, and the replicator reaches it over the network
 * from the MSK side's VPC (FACTS replicator.external-source). So a replicator writing to one (the
 * rollback replicator, FACTS replicator.external-reverse) is created beside the MSK cluster it reads,
 * in that cluster's Region and account, like the forward replicator (FACTS replicator.external-region).
 */
function replicatorHost(from: ClusterSpec, to: ClusterSpec): { host: ReplicatorSpec["host"]; region: RegionCode } {
  const host = to.isMsk ? to : from;
  if (!host.isMsk || !host.region) throw new Error(`MSK Replicator needs an MSK cluster on one side (${from.type} → ${to.type})`);
  return { host: host.id, region: host.region };
}

function replicatorSpecs(a: Answers, base: string): ReplicatorSpec[] {
  const [source, target] = clusters(a) as [ClusterSpec, ClusterSpec];
  const identical = a.naming === "identical";
  const external = !isMskSource(a.source);
  const active = a.topology === "active-active";
  const permanentReverse = hasPermanentReverseReplicator(a);
  const noAcls = a.target === "msk-serverless" || a.source === "msk-serverless" || external;
  const common = {
    topicNameConfiguration: identical ? ("IDENTICAL" as const) : ("PREFIXED_WITH_SOURCE_CLUSTER_ALIAS" as const),
    consumerGroupOffsetSyncMode: replicatorOffsetSyncMode(a),
    synchroniseConsumerGroupOffsets: a.offsets === "yes",
    detectAndCopyNewTopics: true,
    detectAndCopyNewConsumerGroups: a.offsets === "yes",
    copyTopicConfigurations: true,
    targetCompressionType: "NONE" as const,
    topicsToReplicate: [".*"],
    topicsToExclude: [...INTERNAL_TOPICS],
    consumerGroupsToReplicate: [".*"],
    consumerGroupsToExclude: ["amazon\\.msk\\..*"],
  };
  // Analytics shares what is produced from now on; every other goal needs the retained history too.
  const start = a.goal === "analytics" ? ("LATEST" as const) : ("EARLIEST" as const);
  const forward: ReplicatorSpec = {
    ...common,
    id: "forward",
    name: `${base}-forward`,
    sourceCluster: "source",
    targetCluster: "target",
    ...replicatorHost(source, target),
    purpose: active ? "active-active" : "replication",
    phase: "steady",
    startingPosition: start,
    copyAccessControlListsForTopics: !noAcls,
  };
  const reverse: ReplicatorSpec = {
    ...common,
    id: "reverse",
    name: `${base}-reverse`,
    sourceCluster: "target",
    targetCluster: "source",
    // Back in the source's Region for an MSK source; beside the target for self-managed Kafka.
    ...replicatorHost(target, source),
    purpose: active ? "active-active" : external ? "rollback" : "failback",
    phase: permanentReverse ? "steady" : "failover",
    // After an unplanned failover, EARLIEST copies back what was written during the event (AWS).
    startingPosition: active ? start : "EARLIEST",
    copyAccessControlListsForTopics: !noAcls,
  };
  return [forward, reverse];
}

function mm2Spec(a: Answers): MirrorMaker2Spec {
  const active = a.topology === "active-active";
  // Identity names cannot go both ways (no cycle detection): active-active falls back to prefixes.
  const policy: MirrorMaker2Spec["replicationPolicy"] = a.naming === "custom" ? "custom" : a.naming === "identical" && !active ? "identity" : "default";
  const tasks = mm2TasksPerDirection(a);
  const directions = active ? 2 : 1;
  const readOnlySource = !isMskSource(a.source) || a.accounts === "cross";
  return {
    aliases: { source: "primary", target: "standby" },
    directions: active ? [{ from: "source", to: "target" }, { from: "target", to: "source" }] : [{ from: "source", to: "target" }],
    replicationPolicy: policy,
    replicationPolicyClass: {
      default: "org.apache.kafka.connect.mirror.DefaultReplicationPolicy",
      identity: "org.apache.kafka.connect.mirror.IdentityReplicationPolicy",
      custom: "com.example.kafka.CustomReplicationPolicy",
    }[policy],
    mode: "dedicated",
    region: a.secondary,
    tasksMax: tasks,
    desiredCount: tasks * directions,
    taskCpu: 1024,
    taskMemory: ASSUMPTIONS.mm2TaskGb * 1024,
    replicationFactor: 3,
    syncGroupOffsets: a.offsets === "yes",
    emitCheckpointsIntervalSeconds: 60,
    syncGroupOffsetsIntervalSeconds: 60,
    // Keeping offset-syncs on the target lets MirrorMaker 2 run with read-only access to a source it does not own.
    offsetSyncsTopicLocation: readOnlySource ? "target" : "source",
    exactlyOnce: true,
    topics: ".*",
    topicsExclude: INTERNAL_TOPICS.join(", "),
    groups: ".*",
  };
}

function s3Spec(a: Answers, base: string): S3BackupSpec {
  const mcus = s3SinkMcus(a);
  const perWorker = ([1, 2, 4, 8] as const).find((m) => m * 10 >= mcus) ?? 8;
  return {
    bucketName: `${base}-kafka-backup`,
    bucketRegion: a.secondary,
    connectorRegion: isSourceOutsideAws(a.source) ? a.secondary : a.primary,
    connectorName: `${base}-s3-sink`,
    connectorClass: "io.lenses.streamreactor.connect.aws.s3.sink.S3SinkConnector",
    mcuCountPerWorker: perWorker,
    workerCount: Math.min(10, Math.max(1, Math.ceil(mcus / perWorker))),
    rotateIntervalMs: s3RotateSeconds(a) * 1000,
    retentionDays: ASSUMPTIONS.s3RetentionDays,
    topics: ".*",
    kafkaConnectVersion: "3.7.x",
  };
}

/**
 * Builds the architecture of one option of a plan (the recommendation unless another is asked for).
 * Pure and deterministic.
 */
export function buildArchitecture(plan: Plan, option: OptionId = plan.recommendation): Architecture {
  const a = plan.answers;
  const base = a.name;
  const crossRegion = isCrossRegion(a);
  const clusterSpecs = clusters(a);
  const [source, target] = clusterSpecs as [ClusterSpec, ClusterSpec];
  const clusterNodes = [clusterNode(source, "primary", a), clusterNode(target, "standby", a)];
  const nodes: ArchNode[] = [];
  const flows: ArchFlow[] = [];
  let replicators: ReplicatorSpec[] = [];
  let mirrorMaker2: MirrorMaker2Spec | undefined;
  let s3Backup: S3BackupSpec | undefined;
  let multiAz: MultiAzSpec | undefined;
  const offsets = a.offsets === "yes";
  let failoverLabel = a.goal === "migration" ? "After cut-over" : "After failover";

  if (option === "multi-az") {
    const region = a.primary;
    multiAz = { region, availabilityZones: 3, brokerCount: 3, replicationFactor: 3, minInsyncReplicas: 2, producerAcks: "all" };
    failoverLabel = "After an AZ loss";
    for (const az of [1, 2, 3]) {
      nodes.push({
        id: `broker-${az}`,
        kind: "broker",
        label: `Broker ${az}`,
        sublabel: az === 1 ? "Leader (until AZ 1 fails)" : az === 2 ? "Follower, new leader after failover" : "Follower (in-sync replica)",
        group: `az-${az}`,
        phase: "always",
        description: `A broker of the ${CLUSTER_TYPE_WORDS[source.type]} cluster in Availability Zone ${az}; every partition has a replica here (replication factor 3).`,
        settings: [
          { label: "default.replication.factor", value: "3" },
          { label: "min.insync.replicas", value: "2" },
        ],
        iac: names(IAC_NAMES.multiAz),
      });
    }
    flows.push(
      { id: "broker-1->broker-2", from: "broker-1", to: "broker-2", kind: "in-cluster", carries: ["in-sync-replicas"], label: "in-sync replication", phase: "steady", animated: true },
      { id: "broker-1->broker-3", from: "broker-1", to: "broker-3", kind: "in-cluster", carries: ["in-sync-replicas"], label: "in-sync replication", phase: "steady", animated: true },
      { id: "broker-2->broker-3", from: "broker-2", to: "broker-3", kind: "in-cluster", carries: ["in-sync-replicas"], label: "in-sync replication", phase: "failover", animated: true },
      // The lost broker is not forgotten: when its AZ returns it re-joins the ISR by copying from the new leader.
      { id: "broker-2->broker-1", from: "broker-2", to: "broker-1", kind: "in-cluster", carries: ["in-sync-replicas"], label: "catches up when AZ 1 returns", phase: "failover", animated: false },
    );
    const clients = clientNodes(a, option);
    nodes.push(...clients.nodes);
    flows.push(...clients.flows);
  } else {
    if (option === "s3-backup") {
      // Nothing reaches the target cluster until a restore: it belongs to the "after a restore" view.
      const t = clusterNodes[1]!;
      t.phase = "failover";
      t.description += " Restored into on demand from the backup bucket.";
    }
    nodes.push(...clusterNodes);
    const clients = clientNodes(a, option);
    nodes.push(...clients.nodes);
    flows.push(...clients.flows);
  }

  if (option === "msk-replicator") {
    replicators = replicatorSpecs(a, base);
    const active = a.topology === "active-active";
    for (const r of replicators) {
      const carries: Carry[] = ["data", "topic-configs", ...(r.copyAccessControlListsForTopics ? (["acls"] as const) : []), ...(r.synchroniseConsumerGroupOffsets ? (["consumer-offsets"] as const) : [])];
      const forward = r.id === "forward";
      nodes.push({
        id: `replicator-${r.id}`,
        kind: "msk-replicator",
        label: forward ? "MSK Replicator" : active ? "MSK Replicator (reverse)" : r.purpose === "rollback" ? "Rollback replicator" : "Failback replicator",
        sublabel: `${r.name} · ${r.region}`,
        // Drawn in the group of the cluster it is created beside (same Region and account).
        group: r.host === "target" ? "standby" : "primary",
        phase: r.phase === "steady" ? "always" : "failover",
        description: forward
          ? `Serverless replication from the source to the target cluster, created in the target's Region (${r.region}).`
          : r.purpose === "rollback"
            ? `Replicates from MSK back to the self-managed cluster so the migration can be rolled back; created beside the MSK cluster, in ${r.region}.`
            : active
              ? "Replicates the standby's writes back to the primary (active-active)."
              : `Created during failover, starting at EARLIEST, to copy what is written on the standby back to the primary for failback.`,
        settings: [
          { label: "Topic names", value: r.topicNameConfiguration },
          { label: "Starting position", value: r.startingPosition },
          { label: "Offset sync", value: r.synchroniseConsumerGroupOffsets ? r.consumerGroupOffsetSyncMode : "off" },
          { label: "Copy topic configs", value: String(r.copyTopicConfigurations) },
          { label: "Copy ACLs", value: String(r.copyAccessControlListsForTopics) },
          { label: "Topics", value: `${r.topicsToReplicate.join(", ")} (excluding ${r.topicsToExclude.join(", ")})` },
          { label: "Compression", value: r.targetCompressionType },
        ],
        iac: forward ? names(crossRegion && source.isMsk && source.type !== "msk-serverless" ? { terraform: [...IAC_NAMES.replicator.terraform, ...IAC_NAMES.clusterPolicy.terraform], cloudformation: [...IAC_NAMES.replicator.cloudformation, ...IAC_NAMES.clusterPolicy.cloudformation] } : IAC_NAMES.replicator) : names(IAC_NAMES.reverseReplicator),
      });
      const from = r.sourceCluster === "source" ? "source-cluster" : "target-cluster";
      const to = r.targetCluster === "source" ? "source-cluster" : "target-cluster";
      const phase: ArchFlow["phase"] = r.phase === "steady" ? "always" : "failover";
      const label = replicationLabel(carries, a.naming);
      flows.push({ id: `${from}->replicator-${r.id}`, from, to: `replicator-${r.id}`, kind: "replication", carries, label: "reads", naming: a.naming, phase, animated: true });
      flows.push({ id: `replicator-${r.id}->${to}`, from: `replicator-${r.id}`, to, kind: "replication", carries, label, naming: a.naming, phase, animated: true });
    }
  }

  if (option === "mirrormaker2") {
    mirrorMaker2 = mm2Spec(a);
    const m = mirrorMaker2;
    nodes.push({
      id: "mm2-service",
      kind: "mm2-service",
      label: "MirrorMaker 2",
      sublabel: `ECS Fargate · ${m.desiredCount} tasks`,
      group: "standby",
      phase: "always",
      description: `Dedicated MirrorMaker 2 nodes on Amazon ECS with Fargate in ${regionName(m.region)}: they consume from the source and produce to the target.`,
      settings: [
        { label: "Replication policy", value: m.replicationPolicyClass.split(".").pop() ?? m.replicationPolicyClass },
        { label: "Tasks", value: `${m.desiredCount} × 1 vCPU / ${m.taskMemory / 1024} GB` },
        { label: "tasks.max", value: String(m.tasksMax) },
        { label: "replication.factor", value: "3" },
        { label: "sync.group.offsets.enabled", value: String(m.syncGroupOffsets) },
        { label: "offset-syncs.topic.location", value: m.offsetSyncsTopicLocation },
        { label: "Exactly-once", value: m.exactlyOnce ? "enabled (dedicated mode, Kafka 3.5+)" : "off" },
      ],
      iac: names(IAC_NAMES.mm2),
    });
    const connectors = [
      { id: "mm2-source-connector", label: "MirrorSourceConnector", sub: "data · topic configs · ACLs", carries: ["data", "topic-configs", "acls"] as Carry[] },
      { id: "mm2-checkpoint-connector", label: "MirrorCheckpointConnector", sub: offsets ? "checkpoints · offset sync" : "checkpoints", carries: (offsets ? ["checkpoints", "consumer-offsets"] : ["checkpoints"]) as Carry[] },
      { id: "mm2-heartbeat-connector", label: "MirrorHeartbeatConnector", sub: "heartbeats", carries: ["heartbeats"] as Carry[] },
    ];
    for (const c of connectors) {
      nodes.push({
        id: c.id,
        kind: "mm2-connector",
        label: c.label,
        sublabel: c.sub,
        group: "standby",
        phase: "always",
        description: `${c.label}, one of MirrorMaker 2's three connectors, running in the MirrorMaker 2 tasks.`,
        settings: [],
        iac: names(IAC_NAMES.mm2),
      });
      // The connectors run inside the MirrorMaker 2 tasks.
      flows.push({ id: `mm2-service->${c.id}`, from: "mm2-service", to: c.id, kind: "in-cluster", carries: [], label: "runs", phase: "always", animated: false });
      flows.push({ id: `source-cluster->${c.id}`, from: "source-cluster", to: c.id, kind: "replication", carries: c.carries, label: "reads", naming: a.naming, phase: "always", animated: true });
      flows.push({ id: `${c.id}->target-cluster`, from: c.id, to: "target-cluster", kind: "replication", carries: c.carries, label: replicationLabel(c.carries, c.id === "mm2-source-connector" ? (m.replicationPolicy === "identity" ? "identical" : m.replicationPolicy === "default" ? "prefixed" : "custom") : undefined), phase: "always", animated: true });
    }
    if (a.topology === "active-active") {
      flows.push({ id: "target-cluster->mm2-service", from: "target-cluster", to: "mm2-service", kind: "replication", carries: ["data", "topic-configs", "consumer-offsets"], label: "reads (reverse flow)", naming: "prefixed", phase: "always", animated: true });
      flows.push({ id: "mm2-service->source-cluster", from: "mm2-service", to: "source-cluster", kind: "replication", carries: ["data", "topic-configs", "consumer-offsets"], label: "standby → primary (prefixed names)", naming: "prefixed", phase: "always", animated: true });
    } else {
      flows.push({ id: "target-cluster->mm2-service", from: "target-cluster", to: "mm2-service", kind: "replication", carries: ["data"], label: "reads (reverse flow)", phase: "failover", animated: true });
      flows.push({ id: "mm2-service->source-cluster", from: "mm2-service", to: "source-cluster", kind: "replication", carries: ["data"], label: "reverse flow for failback", phase: "failover", animated: true });
    }
  }

  if (option === "s3-backup") {
    s3Backup = s3Spec(a, base);
    const s = s3Backup;
    failoverLabel = "After a restore";
    const sinkGroup = s.connectorRegion === a.primary && !isSourceOutsideAws(a.source) ? "primary" : "standby";
    nodes.push({
      id: "s3-sink",
      kind: "msk-connect-connector",
      label: "S3 sink connector",
      sublabel: `MSK Connect · ${s.workerCount} × ${s.mcuCountPerWorker} MCU`,
      group: sinkGroup,
      phase: "always",
      description: "An MSK Connect connector that writes every topic's records, with keys, headers and original offsets, to the backup bucket.",
      settings: [
        { label: "Connector", value: s.connectorClass },
        { label: "Capacity", value: `${s.workerCount} worker(s) × ${s.mcuCountPerWorker} MCU` },
        { label: "Rotation interval", value: `${s.rotateIntervalMs / 1000} s` },
        { label: "Kafka Connect", value: s.kafkaConnectVersion },
      ],
      iac: names(IAC_NAMES.s3Sink),
    });
    nodes.push({
      id: "s3-bucket",
      kind: "s3-bucket",
      label: "Backup bucket",
      sublabel: `${s.bucketName} · ${s.bucketRegion}`,
      group: "standby",
      phase: "always",
      description: "Versioned, encrypted S3 bucket holding the topic archive; a lifecycle rule expires old objects.",
      settings: [
        { label: "Versioning", value: "enabled" },
        { label: "Encryption", value: "SSE-KMS" },
        { label: "Retention", value: `${s.retentionDays} days` },
        { label: "Public access", value: "blocked" },
      ],
      iac: names(IAC_NAMES.s3Bucket),
    });
    nodes.push({
      id: "s3-restore",
      kind: "msk-connect-connector",
      label: "S3 restore connector",
      sublabel: "MSK Connect · on demand",
      group: "standby",
      phase: "failover",
      description: "Started only to restore: reads the archive and re-publishes records into pre-created topics on the target cluster.",
      settings: [{ label: "Offsets", value: "new offsets on restore" }],
      iac: none,
    });
    flows.push(
      { id: "source-cluster->s3-sink", from: "source-cluster", to: "s3-sink", kind: "backup", carries: ["data"], label: "reads", phase: "always", animated: true },
      { id: "s3-sink->s3-bucket", from: "s3-sink", to: "s3-bucket", kind: "backup", carries: ["backup"], label: `objects every ${s.rotateIntervalMs / 1000} s`, phase: "always", animated: true },
      { id: "s3-bucket->s3-restore", from: "s3-bucket", to: "s3-restore", kind: "restore", carries: ["restore"], label: "replay", phase: "failover", animated: true },
      { id: "s3-restore->target-cluster", from: "s3-restore", to: "target-cluster", kind: "restore", carries: ["data"], label: "restored records (new offsets)", phase: "failover", animated: true },
    );
  }

  const used = new Set(nodes.map((n) => n.group));
  const allGroups = groups(a, option);
  // Keep a group when it holds a node or encloses one that does.
  const keep = (g: ArchGroup): boolean => used.has(g.id) || allGroups.some((c) => c.parent === g.id && keep(c));

  return {
    option,
    name: base,
    permalink: plan.permalink,
    tags: { Application: base, ManagedBy: "kafka-replication-advisor", ReplicationOption: option },
    goal: a.goal,
    topology: a.topology,
    naming: a.naming,
    offsets,
    crossRegion,
    crossAccount: a.accounts === "cross",
    ...(isSourceOutsideAws(a.source) ? {} : { primaryRegion: a.primary }),
    standbyRegion: a.secondary,
    failoverLabel,
    clusters: clusterSpecs,
    groups: allGroups.filter(keep),
    nodes,
    flows,
    replicators,
    ...(mirrorMaker2 ? { mirrorMaker2 } : {}),
    ...(s3Backup ? { s3Backup } : {}),
    ...(multiAz ? { multiAz } : {}),
  };
}

/** A short title for the architecture, e.g. "Amazon MSK Replicator: us-east-1 → us-west-2". */
export function architectureTitle(arch: Architecture): string {
  const from = arch.primaryRegion ?? (arch.clusters[0]?.location === "on-premises" ? "on-premises" : "other cloud");
  if (arch.option === "multi-az") return `${OPTIONS[arch.option].name}: ${from}`;
  return `${OPTIONS[arch.option].name}: ${from} ${arch.topology === "active-active" ? "⇄" : "→"} ${arch.standbyRegion}`;
}
