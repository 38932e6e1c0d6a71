// Amazon MSK Replicator: the forward replicator, and the reverse one (active-active, failback or
// rollback), each created beside the MSK cluster it writes to (or reads, towards self-managed Kafka).
import { isMskSource, type Answers, type RegionCode } from "@/lib/answers";
import { hasPermanentReverseReplicator, replicatorOffsetSyncMode } from "@/lib/estimates";
import { IAC_NAMES, copyIacNames as names } from "../iac-names";
import type { ArchFlow, ArchNode, Carry, ClusterSpec, ReplicatorSpec } from "../model";
import { INTERNAL_TOPICS, clusterPair, replicationLabel } from "../parts";

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
  if (!host.isMsk || !host.region)
    throw new Error(`MSK Replicator needs an MSK cluster on one side (${from.type} → ${to.type})`);
  return { host: host.id, region: host.region };
}

function replicatorSpecs(a: Answers, base: string): ReplicatorSpec[] {
  const { source, target } = clusterPair(a);
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

/** The replicators, their nodes and the flows through them. */
export function replicatorPart(
  a: Answers,
  source: ClusterSpec,
  crossRegion: boolean,
): { replicators: ReplicatorSpec[]; nodes: ArchNode[]; flows: ArchFlow[] } {
  const nodes: ArchNode[] = [];
  const flows: ArchFlow[] = [];
  const replicators = replicatorSpecs(a, a.name);
  const active = a.topology === "active-active";
  for (const r of replicators) {
    const carries: Carry[] = [
      "data",
      "topic-configs",
      ...(r.copyAccessControlListsForTopics ? (["acls"] as const) : []),
      ...(r.synchroniseConsumerGroupOffsets ? (["consumer-offsets"] as const) : []),
    ];
    const forward = r.id === "forward";
    nodes.push({
      id: `replicator-${r.id}`,
      kind: "msk-replicator",
      label: forward
        ? "MSK Replicator"
        : active
          ? "MSK Replicator (reverse)"
          : r.purpose === "rollback"
            ? "Rollback replicator"
            : "Failback replicator",
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
      iac: forward
        ? names(
            crossRegion && source.isMsk && source.type !== "msk-serverless"
              ? {
                  terraform: [...IAC_NAMES.replicator.terraform, ...IAC_NAMES.clusterPolicy.terraform],
                  cloudformation: [...IAC_NAMES.replicator.cloudformation, ...IAC_NAMES.clusterPolicy.cloudformation],
                }
              : IAC_NAMES.replicator,
          )
        : names(IAC_NAMES.reverseReplicator),
    });
    const from = r.sourceCluster === "source" ? "source-cluster" : "target-cluster";
    const to = r.targetCluster === "source" ? "source-cluster" : "target-cluster";
    const phase: ArchFlow["phase"] = r.phase === "steady" ? "always" : "failover";
    const label = replicationLabel(carries, a.naming);
    flows.push({
      id: `${from}->replicator-${r.id}`,
      from,
      to: `replicator-${r.id}`,
      kind: "replication",
      carries,
      label: "reads",
      naming: a.naming,
      phase,
      animated: true,
    });
    flows.push({
      id: `replicator-${r.id}->${to}`,
      from: `replicator-${r.id}`,
      to,
      kind: "replication",
      carries,
      label,
      naming: a.naming,
      phase,
      animated: true,
    });
  }
  return { replicators, nodes, flows };
}
