// Multi-AZ only: one cluster across three Availability Zones, drawn as its brokers with in-sync
// replication between them, and the leader moving when an AZ is lost.
import type { Answers } from "@/lib/answers";
import { IAC_NAMES, copyIacNames as names } from "../iac-names";
import type { ArchFlow, ArchNode, ClusterSpec, MultiAzSpec } from "../model";
import { CLUSTER_TYPE_WORDS } from "../parts";

/** The durability settings, the three brokers and the replication between them. */
export function multiAzPart(
  a: Answers,
  source: ClusterSpec,
): { multiAz: MultiAzSpec; nodes: ArchNode[]; flows: ArchFlow[] } {
  const nodes: ArchNode[] = [];
  const flows: ArchFlow[] = [];
  const region = a.primary;
  const multiAz: MultiAzSpec = {
    region,
    availabilityZones: 3,
    brokerCount: 3,
    replicationFactor: 3,
    minInsyncReplicas: 2,
    producerAcks: "all",
  };
  for (const az of [1, 2, 3]) {
    nodes.push({
      id: `broker-${az}`,
      kind: "broker",
      label: `Broker ${az}`,
      sublabel:
        az === 1
          ? "Leader (until AZ 1 fails)"
          : az === 2
            ? "Follower, new leader after failover"
            : "Follower (in-sync replica)",
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
    {
      id: "broker-1->broker-2",
      from: "broker-1",
      to: "broker-2",
      kind: "in-cluster",
      carries: ["in-sync-replicas"],
      label: "in-sync replication",
      phase: "steady",
      animated: true,
    },
    {
      id: "broker-1->broker-3",
      from: "broker-1",
      to: "broker-3",
      kind: "in-cluster",
      carries: ["in-sync-replicas"],
      label: "in-sync replication",
      phase: "steady",
      animated: true,
    },
    {
      id: "broker-2->broker-3",
      from: "broker-2",
      to: "broker-3",
      kind: "in-cluster",
      carries: ["in-sync-replicas"],
      label: "in-sync replication",
      phase: "failover",
      animated: true,
    },
    // The lost broker is not forgotten: when its AZ returns it re-joins the ISR by copying from the new leader.
    {
      id: "broker-2->broker-1",
      from: "broker-2",
      to: "broker-1",
      kind: "in-cluster",
      carries: ["in-sync-replicas"],
      label: "catches up when AZ 1 returns",
      phase: "failover",
      animated: false,
    },
  );
  return { multiAz, nodes, flows };
}
