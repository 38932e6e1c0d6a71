// MirrorMaker 2 on Amazon ECS (Fargate), in the target's Region: the service, its three
// connectors, and the reverse flow (always for active-active, after failover otherwise).
import { isMskSource, regionName, type Answers } from "@/lib/answers";
import { ASSUMPTIONS, mm2TasksPerDirection } from "@/lib/estimates";
import { IAC_NAMES, copyIacNames as names } from "../iac-names";
import type { ArchFlow, ArchNode, Carry, MirrorMaker2Spec } from "../model";
import { INTERNAL_TOPICS, replicationLabel } from "../parts";

function mm2Spec(a: Answers): MirrorMaker2Spec {
  const active = a.topology === "active-active";
  // Identity names cannot go both ways (no cycle detection): active-active falls back to prefixes.
  const policy: MirrorMaker2Spec["replicationPolicy"] =
    a.naming === "custom" ? "custom" : a.naming === "identical" && !active ? "identity" : "default";
  const tasks = mm2TasksPerDirection(a);
  const directions = active ? 2 : 1;
  const readOnlySource = !isMskSource(a.source) || a.accounts === "cross";
  return {
    aliases: { source: "primary", target: "standby" },
    directions: active
      ? [
          { from: "source", to: "target" },
          { from: "target", to: "source" },
        ]
      : [{ from: "source", to: "target" }],
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

/** The MirrorMaker 2 settings, its nodes and the flows through them. */
export function mirrorMaker2Part(a: Answers): { mirrorMaker2: MirrorMaker2Spec; nodes: ArchNode[]; flows: ArchFlow[] } {
  const nodes: ArchNode[] = [];
  const flows: ArchFlow[] = [];
  const offsets = a.offsets === "yes";
  const mirrorMaker2 = mm2Spec(a);
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
    {
      id: "mm2-source-connector",
      label: "MirrorSourceConnector",
      sub: "data · topic configs · ACLs",
      carries: ["data", "topic-configs", "acls"] as Carry[],
    },
    {
      id: "mm2-checkpoint-connector",
      label: "MirrorCheckpointConnector",
      sub: offsets ? "checkpoints · offset sync" : "checkpoints",
      carries: (offsets ? ["checkpoints", "consumer-offsets"] : ["checkpoints"]) as Carry[],
    },
    {
      id: "mm2-heartbeat-connector",
      label: "MirrorHeartbeatConnector",
      sub: "heartbeats",
      carries: ["heartbeats"] as Carry[],
    },
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
    flows.push({
      id: `mm2-service->${c.id}`,
      from: "mm2-service",
      to: c.id,
      kind: "in-cluster",
      carries: [],
      label: "runs",
      phase: "always",
      animated: false,
    });
    flows.push({
      id: `source-cluster->${c.id}`,
      from: "source-cluster",
      to: c.id,
      kind: "replication",
      carries: c.carries,
      label: "reads",
      naming: a.naming,
      phase: "always",
      animated: true,
    });
    flows.push({
      id: `${c.id}->target-cluster`,
      from: c.id,
      to: "target-cluster",
      kind: "replication",
      carries: c.carries,
      label: replicationLabel(
        c.carries,
        c.id === "mm2-source-connector"
          ? m.replicationPolicy === "identity"
            ? "identical"
            : m.replicationPolicy === "default"
              ? "prefixed"
              : "custom"
          : undefined,
      ),
      phase: "always",
      animated: true,
    });
  }
  if (a.topology === "active-active") {
    flows.push({
      id: "target-cluster->mm2-service",
      from: "target-cluster",
      to: "mm2-service",
      kind: "replication",
      carries: ["data", "topic-configs", "consumer-offsets"],
      label: "reads (reverse flow)",
      naming: "prefixed",
      phase: "always",
      animated: true,
    });
    flows.push({
      id: "mm2-service->source-cluster",
      from: "mm2-service",
      to: "source-cluster",
      kind: "replication",
      carries: ["data", "topic-configs", "consumer-offsets"],
      label: "standby → primary (prefixed names)",
      naming: "prefixed",
      phase: "always",
      animated: true,
    });
  } else {
    flows.push({
      id: "target-cluster->mm2-service",
      from: "target-cluster",
      to: "mm2-service",
      kind: "replication",
      carries: ["data"],
      label: "reads (reverse flow)",
      phase: "failover",
      animated: true,
    });
    flows.push({
      id: "mm2-service->source-cluster",
      from: "mm2-service",
      to: "source-cluster",
      kind: "replication",
      carries: ["data"],
      label: "reverse flow for failback",
      phase: "failover",
      animated: true,
    });
  }
  return { mirrorMaker2, nodes, flows };
}
