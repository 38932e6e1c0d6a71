import { architectureOf } from "@/lib/architecture";
import type { MultiAzSpec } from "@/lib/architecture";
import { alarmsQuiet, awsFlags, consumerLag, metric, src, topics, type RunbookContext } from "./context";
import { bash } from "@/lib/markdown";
import { type Section, type Step } from "./sections";

// Multi-AZ only: no second cluster, so no failover. What happens on its own when a broker or an
// Availability Zone is lost, and what to check while it does and after.

const METRICS = "https://docs.aws.amazon.com/msk/latest/developerguide/metrics-details.html";
const BEST_PRACTICES = "https://docs.aws.amazon.com/msk/latest/developerguide/bestpractices.html";

export function multiAzSections(ctx: RunbookContext): Section[] {
  const m = architectureOf(ctx.arch, "multi-az").multiAz;
  return [preChecks(ctx, m), onLoss(ctx, m), afterLoss(ctx)];
}

const flags = (ctx: RunbookContext, m: MultiAzSpec) => awsFlags(ctx, "source", m.region);
const clusterDim = '"Name=Cluster Name,Value=$SOURCE_CLUSTER_NAME"';

function state(ctx: RunbookContext, m: MultiAzSpec): string {
  return bash(
    `aws kafka describe-cluster-v2 --cluster-arn "$SOURCE_CLUSTER_ARN" --query ClusterInfo.State --output text ${flags(ctx, m)}`,
  );
}

function preChecks(ctx: RunbookContext, m: MultiAzSpec): Section {
  const steps: Step[] = [
    {
      title: "The cluster is ACTIVE",
      body: [state(ctx, m)],
      verify: "the state is `ACTIVE`.",
      sources: ["https://docs.aws.amazon.com/cli/latest/reference/kafka/describe-cluster-v2.html"],
    },
    {
      title: `Topics have replication factor ${m.replicationFactor} and min.insync.replicas ${m.minInsyncReplicas}`,
      body: [bash(topics("source", '--describe --topic "$TOPIC"'))],
      verify: `the output shows \`ReplicationFactor: ${m.replicationFactor}\`, \`min.insync.replicas=${m.minInsyncReplicas}\` (from the topic or the cluster configuration), and replicas spread over brokers in ${m.availabilityZones} AZs.`,
      sources: [src("multiaz.durability")],
    },
    {
      title: "No under-replicated or under-min-ISR partitions",
      body: [
        bash(
          topics("source", "--describe --under-replicated-partitions"),
          topics("source", "--describe --under-min-isr-partitions"),
        ),
      ],
      verify: "both commands print nothing.",
      sources: [src("multiaz.durability")],
    },
    {
      title: `Producers use acks=${m.producerAcks}`,
      body: [
        "Check every producer's configuration: `acks=all` (the default of Kafka 3.0+ clients with idempotence on). With `acks=1` an acknowledged write can still be lost with its broker.",
      ],
      verify: `each producer's startup log lists \`acks = all\` (or \`-1\`).`,
      sources: [src("multiaz.durability")],
    },
    {
      title: "Consumers are keeping up",
      body: consumerLag(ctx, "source"),
      verify:
        "the `LAG` column (or `MaxOffsetLag`) is small and stable: this is the baseline to compare with during an incident.",
    },
    alarmsQuiet(
      ctx,
      awsFlags(ctx, "source", m.region),
      "offline partitions, active controller, under-min-ISR and under-replicated partitions; created when the code creates the cluster or names an existing one",
      "the partitions at risk (largest over brokers) and the active controller",
    ),
  ];
  return {
    title: "Pre-checks: is the cluster resilient?",
    intro: [
      `This option protects against the loss of a broker or an Availability Zone in ${m.region}, not of the Region, the account or a deleted topic: for those, this runbook has no recovery.`,
    ],
    steps,
  };
}

function onLoss(ctx: RunbookContext, m: MultiAzSpec): Section {
  return {
    title: "When a broker or an Availability Zone fails",
    intro: [
      `**What happens on its own:** the controller moves partition leadership to in-sync replicas in the other Availability Zones, clients follow the new leaders through their metadata, and Amazon MSK replaces the failed broker. With replication factor ${m.replicationFactor}, \`min.insync.replicas=${m.minInsyncReplicas}\` and \`acks=all\`, no acknowledged write is lost. While a partition has fewer than ${m.minInsyncReplicas} in-sync replicas, \`acks=all\` writes to it fail with \`NotEnoughReplicas\`: by design, not a fault to work around.`,
    ],
    steps: [
      {
        title: "Confirm no partition is offline",
        body: [
          metric(ctx, "source", m.region, "OfflinePartitionsCount", "Maximum", [clusterDim]),
          metric(ctx, "source", m.region, "ActiveControllerCount", "Maximum", [clusterDim]),
        ],
        verify: "`OfflinePartitionsCount` is 0 and exactly one broker is the active controller.",
        sources: [METRICS],
      },
      {
        title: "Check under-replicated and under-min-ISR partitions",
        body: [
          bash(
            topics("source", "--describe --under-replicated-partitions"),
            topics("source", "--describe --under-min-isr-partitions"),
          ),
        ],
        verify: `under-replicated partitions are expected until the broker is replaced; the under-min-ISR list is empty. If it is not, writes to those partitions are refused: do not lower \`min.insync.replicas\`, wait for the replacement.`,
        sources: [src("multiaz.durability")],
      },
      {
        title: "Check that clients recovered",
        body: ["Producers retry within `delivery.timeout.ms`; consumers rebalance.", ...consumerLag(ctx, "source")],
        verify: "producers log no persistent errors and consumer lag returns to its baseline within minutes.",
      },
      {
        title: "Watch the surviving brokers",
        body: [
          "The remaining brokers carry the failed broker's leaders:",
          metric(ctx, "source", m.region, "CpuUser", "Maximum", [clusterDim, '"Name=Broker ID,Value=<broker-id>"']),
        ],
        verify: "CPU (user plus system) stays below about 60% and disk use below 85% on every broker.",
        sources: [BEST_PRACTICES],
      },
    ],
  };
}

function afterLoss(ctx: RunbookContext): Section {
  const m = architectureOf(ctx.arch, "multi-az").multiAz;
  return {
    title: "After the broker or the Availability Zone is back",
    steps: [
      {
        title: "The replacement broker has joined",
        body: [
          state(ctx, m),
          bash(
            `aws kafka list-nodes --cluster-arn "$SOURCE_CLUSTER_ARN" --query 'NodeInfoList[].BrokerNodeInfo.[BrokerId,ClientSubnet]' --output text ${flags(ctx, m)}`,
          ),
        ],
        verify: "the state is `ACTIVE` and every broker is listed, spread over the original subnets.",
      },
      {
        title: "Replicas are back in sync",
        body: [bash(topics("source", "--describe --under-replicated-partitions"))],
        verify: "the command prints nothing (`UnderReplicatedPartitions` is 0 on every broker).",
        sources: [METRICS],
      },
      {
        title: "Leadership is balanced again",
        body: [
          metric(ctx, "source", m.region, "LeaderCount", "Maximum", [clusterDim, '"Name=Broker ID,Value=<broker-id>"']),
        ],
        verify:
          "each broker leads roughly the same number of partitions (automatic leader rebalancing can take a few minutes).",
        sources: [METRICS],
      },
    ],
  };
}
