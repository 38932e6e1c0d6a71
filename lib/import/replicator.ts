import * as z from "zod/mini";
import { parseArn, type Arn } from "./arn";
import { schemaProblems } from "./schema-issues";

/**
 * `aws kafka describe-replicator` output (the DescribeReplicator response; field names from the
 * AWS SDKs' DescribeReplicator and CreateReplicator syntax, checked 2026-12-02:
 * https://docs.aws.amazon.com/boto3/latest/reference/services/kafka/client/describe_replicator.html).
 * A self-managed source appears as ApacheKafkaCluster with SASL/SCRAM client authentication.
 */
const kafkaCluster = z.looseObject({
  KafkaClusterAlias: z.optional(z.string()),
  AmazonMskCluster: z.optional(z.looseObject({ MskClusterArn: z.string() })),
  ApacheKafkaCluster: z.optional(
    z.looseObject({ ApacheKafkaClusterId: z.optional(z.string()), BootstrapBrokerString: z.optional(z.string()) }),
  ),
  ClientAuthentication: z.optional(
    z.looseObject({ SaslScram: z.optional(z.looseObject({ Mechanism: z.optional(z.string()) })) }),
  ),
});

const replicationInfo = z.looseObject({
  SourceKafkaClusterAlias: z.optional(z.string()),
  TargetKafkaClusterAlias: z.optional(z.string()),
  TopicReplication: z.optional(
    z.looseObject({
      TopicNameConfiguration: z.optional(
        z.looseObject({ Type: z.optional(z.enum(["PREFIXED_WITH_SOURCE_CLUSTER_ALIAS", "IDENTICAL"])) }),
      ),
    }),
  ),
  ConsumerGroupReplication: z.optional(
    z.looseObject({
      SynchroniseConsumerGroupOffsets: z.optional(z.boolean()),
      ConsumerGroupOffsetSyncMode: z.optional(z.enum(["LEGACY", "ENHANCED"])),
    }),
  ),
});

export const describeReplicatorSchema = z.looseObject({
  ReplicatorArn: z.optional(z.string()),
  ReplicatorName: z.optional(z.string()),
  KafkaClusters: z.array(kafkaCluster).check(z.minLength(2), z.maxLength(2)),
  ReplicationInfoList: z.array(replicationInfo).check(z.minLength(1)),
});

type KafkaCluster = z.infer<typeof kafkaCluster>;

/** One end of the replication as the replicator names it. */
export interface ReplicatorEnd {
  /** Where in the output it is described, e.g. "KafkaClusters[0]". */
  at: string;
  arn?: Arn;
  arnText?: string;
  /** Set for a self-managed Apache Kafka cluster. */
  selfManaged?: { field: string };
  scram?: { field: string };
}

export interface ReplicatorFacts {
  arnText?: string;
  name?: string;
  source: ReplicatorEnd;
  target: ReplicatorEnd;
  naming?: { value: "identical" | "prefixed"; field: string };
  offsets?: { value: "yes" | "no"; field: string };
}

export type ReplicatorRead = { ok: true; facts: ReplicatorFacts } | { ok: false; problem: string };

function end(cluster: KafkaCluster, at: string): ReplicatorEnd | string {
  if (cluster.AmazonMskCluster) {
    const text = cluster.AmazonMskCluster.MskClusterArn;
    const arn = parseArn(text);
    if (!arn || arn.service !== "kafka" || arn.region === "" || arn.account === "") {
      return `${at}.AmazonMskCluster.MskClusterArn: "${text.slice(0, 80)}" is not an Amazon MSK cluster ARN.`;
    }
    return { at, arn, arnText: text };
  }
  if (cluster.ApacheKafkaCluster) {
    const scram = cluster.ClientAuthentication?.SaslScram;
    return {
      at,
      selfManaged: { field: `${at}.ApacheKafkaCluster` },
      scram: scram
        ? { field: `${at}.ClientAuthentication.SaslScram${scram.Mechanism ? `.Mechanism = ${scram.Mechanism}` : ""}` }
        : undefined,
    };
  }
  return `${at}: neither AmazonMskCluster nor ApacheKafkaCluster is given.`;
}

/** Reads a parsed JSON document that looks like DescribeReplicator's response. */
export function readReplicator(json: unknown): ReplicatorRead {
  const parsed = describeReplicatorSchema.safeParse(json);
  if (!parsed.success) return { ok: false, problem: schemaProblems(parsed.error) };
  const r = parsed.data;
  const info = r.ReplicationInfoList[0]!;
  // The aliases say which cluster is which; without them the order of KafkaClusters does.
  const aliases = r.KafkaClusters.map((c) => c.KafkaClusterAlias);
  let sourceIndex = 0;
  if (info.SourceKafkaClusterAlias !== undefined && info.TargetKafkaClusterAlias !== undefined) {
    const s = aliases.indexOf(info.SourceKafkaClusterAlias);
    const t = aliases.indexOf(info.TargetKafkaClusterAlias);
    if (s < 0 || t < 0 || s === t) {
      return {
        ok: false,
        problem: `ReplicationInfoList[0]: SourceKafkaClusterAlias "${info.SourceKafkaClusterAlias}" and TargetKafkaClusterAlias "${info.TargetKafkaClusterAlias}" do not name the two KafkaClusters (${aliases.map((a) => `"${a ?? ""}"`).join(", ")}).`,
      };
    }
    sourceIndex = s;
  }
  const targetIndex = 1 - sourceIndex;
  const source = end(r.KafkaClusters[sourceIndex]!, `KafkaClusters[${sourceIndex}]`);
  const target = end(r.KafkaClusters[targetIndex]!, `KafkaClusters[${targetIndex}]`);
  if (typeof source === "string") return { ok: false, problem: source };
  if (typeof target === "string") return { ok: false, problem: target };
  if (target.selfManaged)
    return {
      ok: false,
      problem: `${target.at}: the target of a replicator is an Amazon MSK cluster, but this one is ApacheKafkaCluster.`,
    };
  if (source.arnText !== undefined && source.arnText === target.arnText) {
    return { ok: false, problem: `KafkaClusters: the source and the target are the same cluster (${source.arnText}).` };
  }

  const nameType = info.TopicReplication?.TopicNameConfiguration?.Type;
  const sync = info.ConsumerGroupReplication?.SynchroniseConsumerGroupOffsets;
  const mode = info.ConsumerGroupReplication?.ConsumerGroupOffsetSyncMode;
  return {
    ok: true,
    facts: {
      arnText: r.ReplicatorArn,
      name: r.ReplicatorName,
      source,
      target,
      naming: nameType
        ? {
            value: nameType === "IDENTICAL" ? "identical" : "prefixed",
            field: `ReplicationInfoList[0].TopicReplication.TopicNameConfiguration.Type = ${nameType}`,
          }
        : undefined,
      offsets:
        sync !== undefined
          ? {
              value: sync ? "yes" : "no",
              field: `ReplicationInfoList[0].ConsumerGroupReplication.SynchroniseConsumerGroupOffsets = ${sync}${sync && mode ? ` (ConsumerGroupOffsetSyncMode = ${mode})` : ""}`,
            }
          : undefined,
    },
  };
}
