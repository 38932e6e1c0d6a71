// Pieces every option's architecture shares: the two clusters, the groups (accounts, Regions,
// AZs), the cluster and client nodes, and the words on replication edges.
import { QUESTIONS, isMskSource, isSourceOutsideAws, regionName, type Answers } from "@/lib/answers";
import type { OptionId } from "@/lib/knowledge";
import { IAC_NAMES, copyIacNames as names, NO_IAC as none } from "./iac-names";
import type { ArchFlow, ArchGroup, ArchNode, Carry, ClusterSpec } from "./model";

export const CLUSTER_TYPE_WORDS: Record<ClusterSpec["type"], string> = {
  "msk-provisioned": "Standard brokers",
  "msk-express": "Express brokers",
  "msk-serverless": "MSK Serverless",
  "self-managed": "Self-managed on EC2",
  "on-premises": "On-premises",
  "other-cloud": "Other cloud",
};

/** Topics the replication never copies: Kafka and MSK internals. */
export const INTERNAL_TOPICS = ["__.*", ".*[-.]internal", ".*\\.replica"];

/** The source and target clusters of the answers. */
export function clusterPair(a: Answers): { source: ClusterSpec; target: ClusterSpec } {
  const [source, target] = clusters(a);
  return { source, target };
}

function clusters(a: Answers): [ClusterSpec, ClusterSpec] {
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
    {
      id: "target",
      type: a.target,
      location: "aws",
      region: a.secondary,
      account: a.accounts === "cross" ? "b" : "a",
      auth: a.auth,
      role: "standby",
      isMsk: true,
    },
  ];
}

export function groups(a: Answers, option: OptionId): ArchGroup[] {
  const out: ArchGroup[] = [];
  const cross = a.accounts === "cross";
  if (cross) {
    out.push({ id: "account-a", kind: "account", label: "Source account", role: "primary" });
    out.push({ id: "account-b", kind: "account", label: "Target account", role: "standby" });
  }
  const src = clusters(a)[0];
  if (src.location !== "aws") {
    out.push({
      id: "primary",
      kind: src.location,
      label: src.location === "on-premises" ? "On-premises data centre" : "Other cloud",
      role: "primary",
    });
  } else {
    out.push({
      id: "primary",
      kind: "aws-region",
      label: `${regionName(a.primary)} · ${a.primary}`,
      region: a.primary,
      role: "primary",
      ...(cross ? { parent: "account-a" } : {}),
    });
  }
  if (option !== "multi-az") {
    // Same Region: say which side each group is, or the two boxes would carry the same name.
    const sameRegion = src.location === "aws" && a.primary === a.secondary;
    if (sameRegion) out[out.length - 1]!.label += " · source side";
    out.push({
      id: "standby",
      kind: "aws-region",
      label: `${regionName(a.secondary)} · ${a.secondary}${sameRegion ? " · target side" : ""}`,
      region: a.secondary,
      role: "standby",
      ...(cross ? { parent: "account-b" } : {}),
    });
  } else {
    for (const az of [1, 2, 3])
      out.push({ id: `az-${az}`, kind: "availability-zone", label: `Availability Zone ${az}`, parent: "primary" });
  }
  return out;
}

export function clusterNode(spec: ClusterSpec, group: string, a: Answers): ArchNode {
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
      {
        label: "Location",
        value: spec.region ? `${regionName(spec.region)} (${spec.region})` : CLUSTER_TYPE_WORDS[spec.type],
      },
      { label: "Authentication", value: QUESTIONS.auth.choices[a.auth].label },
      ...(a.accounts === "cross"
        ? [{ label: "Account", value: spec.account === "a" ? "Source account" : "Target account" }]
        : []),
    ],
    iac: spec.isMsk
      ? names(isSource ? IAC_NAMES.sourceCluster : IAC_NAMES.targetCluster)
      : names(IAC_NAMES.externalSource),
  };
}

export function clientNodes(a: Answers, option: OptionId): { nodes: ArchNode[]; flows: ArchFlow[] } {
  const nodes: ArchNode[] = [];
  const flows: ArchFlow[] = [];
  const client = (
    id: string,
    kind: "producers" | "consumers",
    group: string,
    phase: ArchNode["phase"],
    where: string,
  ): ArchNode => ({
    id,
    kind,
    label: kind === "producers" ? "Producers" : "Consumers",
    sublabel: where,
    group,
    phase,
    description:
      kind === "producers"
        ? `Applications writing to Kafka (${where.toLowerCase()}).`
        : `Applications reading from Kafka (${where.toLowerCase()}).`,
    settings: kind === "producers" && option === "multi-az" ? [{ label: "acks", value: "all" }] : [],
    iac: none,
  });
  const clientFlows = (p: string, c: string, cluster: string, phase: ArchFlow["phase"]) => {
    flows.push({
      id: `${p}->${cluster}`,
      from: p,
      to: cluster,
      kind: "client",
      carries: ["produce"],
      label: "produce",
      phase,
      animated: false,
    });
    flows.push({
      id: `${cluster}->${c}`,
      from: cluster,
      to: c,
      kind: "client",
      carries: ["consume"],
      label: "consume",
      phase,
      animated: false,
    });
  };

  if (option === "multi-az") {
    nodes.push(
      client("producers", "producers", "primary", "always", "Primary"),
      client("consumers", "consumers", "primary", "always", "Primary"),
    );
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
  nodes.push(
    client(
      "producers-standby",
      "producers",
      "standby",
      active ? "always" : "failover",
      active ? "Standby (active)" : "Standby, after failover",
    ),
  );
  nodes.push(
    client(
      "consumers-standby",
      "consumers",
      "standby",
      active ? "always" : "failover",
      active ? "Standby (active)" : "Standby, after failover",
    ),
  );
  clientFlows("producers-standby", "consumers-standby", "target-cluster", active ? "always" : "failover");
  return { nodes, flows };
}

export function replicationLabel(carries: Carry[], naming: Answers["naming"] | undefined): string {
  const words: Partial<Record<Carry, string>> = {
    data: "data",
    "topic-configs": "topic configs",
    acls: "ACLs",
    "consumer-offsets": "offsets",
    heartbeats: "heartbeats",
    checkpoints: "checkpoints",
  };
  const list = carries
    .map((c) => words[c])
    .filter(Boolean)
    .join(" · ");
  return naming
    ? `${list} (${naming === "identical" ? "identical names" : naming === "prefixed" ? "prefixed names" : "custom names"})`
    : list;
}
