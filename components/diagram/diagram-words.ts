import type { ArchFlow, ArchGroup, ArchNode, Architecture, Carry, NodeKind, Phase } from "@/lib/architecture";

/** Words for the diagram's labels, aria-labels and text alternative. No React Flow here. */

export const KIND_WORDS: Record<NodeKind, string> = {
  "kafka-cluster": "Kafka cluster",
  broker: "Broker",
  "msk-replicator": "MSK Replicator",
  "mm2-service": "MirrorMaker 2 on ECS Fargate",
  "mm2-connector": "MirrorMaker 2 connector",
  "msk-connect-connector": "MSK Connect connector",
  "s3-bucket": "S3 bucket",
  producers: "Producers",
  consumers: "Consumers",
};

const CARRY_WORDS: Record<Carry, string> = {
  data: "data",
  "topic-configs": "topic configs",
  acls: "ACLs",
  "consumer-offsets": "consumer offsets",
  heartbeats: "heartbeats",
  checkpoints: "checkpoints",
  backup: "backup objects",
  restore: "restored records",
  produce: "records produced",
  consume: "records consumed",
  "in-sync-replicas": "in-sync replicas",
};

export function carriesWords(flow: ArchFlow): string {
  return flow.carries.length ? flow.carries.map((c) => CARRY_WORDS[c]).join(", ") : flow.label;
}

export function phaseWords(phase: Phase, failoverLabel: string): string {
  return phase === "always" ? "Always" : phase === "steady" ? "Before failover only" : `${failoverLabel} only`;
}

/** Where a group is: its label, then its enclosing groups' ("US West (Oregon) · us-west-2, Target account"). */
export function groupPath(arch: Architecture, groupId: string): string {
  const parts: string[] = [];
  let g: ArchGroup | undefined = arch.groups.find((x) => x.id === groupId);
  while (g) {
    parts.push(g.label);
    const parent: string | undefined = g.parent;
    g = parent ? arch.groups.find((x) => x.id === parent) : undefined;
  }
  return parts.join(", ");
}

/** "MSK Replicator, kafka-dr-forward · us-west-2, in US West (Oregon) · us-west-2" */
export function nodeAriaLabel(arch: Architecture, node: ArchNode): string {
  return `${node.label}, ${node.sublabel}, in ${groupPath(arch, node.group)}`;
}

export function nodeLabel(arch: Architecture, id: string): string {
  return arch.nodes.find((n) => n.id === id)?.label ?? id;
}
