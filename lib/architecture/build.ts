// Builds the architecture of one option of a plan: the parts every option shares (clusters,
// groups, clients) here, each option's own parts in ./options.
import { isSourceOutsideAws } from "@/lib/answers";
import { isCrossRegion } from "@/lib/estimates";
import { OPTIONS, type OptionId } from "@/lib/knowledge";
import type { Plan } from "@/lib/scoring";
import type { ArchFlow, ArchGroup, ArchNode, Architecture, ArchitectureBase } from "./model";
import { mirrorMaker2Part } from "./options/mirrormaker2";
import { multiAzPart } from "./options/multi-az";
import { replicatorPart } from "./options/replicator";
import { s3BackupPart } from "./options/s3-backup";
import { clientNodes, clusterNode, clusterPair, groups } from "./parts";

/**
 * Builds the architecture of one option of a plan (the recommendation unless another is asked for).
 * Pure and deterministic.
 */
export function buildArchitecture(plan: Plan, option: OptionId = plan.recommendation): Architecture {
  const a = plan.answers;
  const base = a.name;
  const crossRegion = isCrossRegion(a);
  const { source, target } = clusterPair(a);
  const nodes: ArchNode[] = [];
  const flows: ArchFlow[] = [];
  const addClients = () => {
    const clients = clientNodes(a, option);
    nodes.push(...clients.nodes);
    flows.push(...clients.flows);
  };
  const addClusters = () => {
    const clusterNodes = [clusterNode(source, "primary", a), clusterNode(target, "standby", a)];
    if (option === "s3-backup") {
      // Nothing reaches the target cluster until a restore: it belongs to the "after a restore" view.
      const t = clusterNodes[1]!;
      t.phase = "failover";
      t.description += " Restored into on demand from the backup bucket.";
    }
    nodes.push(...clusterNodes);
  };
  const addPart = (part: { nodes: ArchNode[]; flows: ArchFlow[] }) => {
    nodes.push(...part.nodes);
    flows.push(...part.flows);
  };

  const base_: Omit<ArchitectureBase, "groups" | "failoverLabel" | "replicators"> = {
    name: base,
    permalink: plan.permalink,
    tags: { Application: base, ManagedBy: "kafka-replication-advisor", ReplicationOption: option },
    goal: a.goal,
    topology: a.topology,
    naming: a.naming,
    offsets: a.offsets === "yes",
    crossRegion,
    crossAccount: a.accounts === "cross",
    ...(isSourceOutsideAws(a.source) ? {} : { primaryRegion: a.primary }),
    standbyRegion: a.secondary,
    source,
    target,
    nodes,
    flows,
  };
  const cutOver = a.goal === "migration" ? "After cut-over" : "After failover";
  // Keep a group when it holds a node or encloses one that does (read after every node is added).
  const keptGroups = (): ArchGroup[] => {
    const used = new Set(nodes.map((n) => n.group));
    const allGroups = groups(a, option);
    const keep = (g: ArchGroup): boolean => used.has(g.id) || allGroups.some((c) => c.parent === g.id && keep(c));
    return allGroups.filter(keep);
  };

  switch (option) {
    case "multi-az": {
      const part = multiAzPart(a, source);
      addPart(part);
      addClients();
      return {
        option,
        ...base_,
        failoverLabel: "After an AZ loss",
        groups: keptGroups(),
        replicators: [],
        multiAz: part.multiAz,
      };
    }
    case "msk-replicator": {
      addClusters();
      addClients();
      const part = replicatorPart(a, source, crossRegion);
      addPart(part);
      return { option, ...base_, failoverLabel: cutOver, groups: keptGroups(), replicators: part.replicators };
    }
    case "mirrormaker2": {
      addClusters();
      addClients();
      const part = mirrorMaker2Part(a);
      addPart(part);
      return {
        option,
        ...base_,
        failoverLabel: cutOver,
        groups: keptGroups(),
        replicators: [],
        mirrorMaker2: part.mirrorMaker2,
      };
    }
    case "s3-backup": {
      addClusters();
      addClients();
      const part = s3BackupPart(a);
      addPart(part);
      return {
        option,
        ...base_,
        failoverLabel: "After a restore",
        groups: keptGroups(),
        replicators: [],
        s3Backup: part.s3Backup,
      };
    }
  }
}

/** A short title for the architecture, e.g. "Amazon MSK Replicator: us-east-1 → us-west-2". */
export function architectureTitle(arch: Architecture): string {
  const from = arch.primaryRegion ?? (arch.source.location === "on-premises" ? "on-premises" : "other cloud");
  if (arch.option === "multi-az") return `${OPTIONS[arch.option].name}: ${from}`;
  return `${OPTIONS[arch.option].name}: ${from} ${arch.topology === "active-active" ? "⇄" : "→"} ${arch.standbyRegion}`;
}
