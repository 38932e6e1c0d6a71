import { failbackInWords } from "@/lib/architecture";
import { FACTS } from "@/lib/knowledge";
import { bash } from "@/lib/markdown";
import { consumerGroups, kafkaConn, type RunbookContext } from "./context";
import type { Section, Step } from "./sections";

/**
 * Parity between the primary and the standby: what replication copies and what it does not (topic
 * configurations, ACLs, consumer groups, client permissions, schemas), as exact commands. The drill
 * kit's parity-check.sh runs the same comparisons.
 */

const REPLICATOR_ACLS = FACTS["replicator.acls-copied"].source;
const MM2_ACLS = FACTS["mm2.acls-copied"].source;
const CONFLUENT_SCHEMA_MIGRATION = FACTS["schemas.confluent-ids"].source;
const GLUE_SCHEMA_REGISTRY = FACTS["schemas.glue-regional"].source;
export const IAM_SIMULATE = "https://docs.aws.amazon.com/cli/latest/reference/iam/simulate-principal-policy.html";

/** The configs that decide whether the standby behaves like the primary after a failover. */
export const PARITY_CONFIGS = ["retention.ms", "cleanup.policy", "min.insync.replicas", "max.message.bytes"] as const;

/** How a source topic is named on the standby, as a sed expression turning standby names back into source names; undefined when names are identical. */
export function remotePrefix(ctx: RunbookContext): string | undefined {
  const { arch } = ctx;
  if (arch.option === "msk-replicator")
    return ctx.forward?.topicNameConfiguration === "PREFIXED_WITH_SOURCE_CLUSTER_ALIAS" ? "$ALIAS." : undefined;
  if (arch.option === "mirrormaker2")
    return arch.mirrorMaker2!.replicationPolicy === "identity" ? undefined : `${arch.mirrorMaker2!.aliases.source}.`;
  return undefined;
}

const TOPIC_PARTITIONS_AWK = `awk -F'\\t' '/PartitionCount/ { t = ""; p = ""; for (i = 1; i <= NF; i++) { if ($i ~ /^Topic: /) t = substr($i, 8); if ($i ~ /^PartitionCount: /) p = substr($i, 17) } print t, p }'`;

export function paritySection(ctx: RunbookContext): Section | undefined {
  const { arch, words } = ctx;
  if (arch.option !== "msk-replicator" && arch.option !== "mirrormaker2") return undefined;
  const prefix = remotePrefix(ctx);
  const aliasLookup =
    prefix === "$ALIAS." && ctx.forward
      ? [
          `ALIAS=$(aws kafka describe-replicator --replicator-arn "$FORWARD_REPLICATOR_ARN" --query 'ReplicationInfoList[0].SourceKafkaClusterAlias' --output text --region ${ctx.forward.region}${arch.crossAccount ? " --profile target-account" : ""})`,
        ]
      : [];
  const standbyNames = prefix ? ` | grep -F "${prefix}" | sed "s/^${prefix.replace(".", "\\\\.")}//"` : "";
  const topicsCmd = (side: "source" | "target") =>
    `kafka-topics.sh ${kafkaConn(side)} --describe --exclude-internal | ${TOPIC_PARTITIONS_AWK}${side === "target" ? standbyNames : ""} | sort > ${side}-topics.txt`;
  const steps: Step[] = [
    {
      title: "Topics and partition counts",
      body: [
        `Every replicated topic must exist on the ${words.standby} with the same partition count${prefix ? ` (there under the name \`${prefix}<topic>\`)` : ""}; a missing one has lost every record written to it.`,
        bash(
          ...aliasLookup,
          topicsCmd("source"),
          topicsCmd("target"),
          "diff source-topics.txt target-topics.txt && echo 'topics: in parity'",
        ),
      ],
      verify: `\`diff\` prints nothing but the topics your filter deliberately leaves out (the plan excludes \`__.*\`, \`.*[-.]internal\` and \`.*\\.replica\`).`,
      sources: [FACTS["replicator.new-topics"].source],
    },
    {
      title: `Topic configurations that matter for a ${words.failover}`,
      body: [
        `\`${PARITY_CONFIGS.join("`, `")}\`: a shorter retention or a different cleanup policy on the ${words.standby} loses history, a lower \`min.insync.replicas\` weakens durability, a smaller \`max.message.bytes\` rejects records producers send after the switch.`,
        bash(
          ...aliasLookup,
          `for t in $(cut -d' ' -f1 source-topics.txt); do`,
          `  for side in source target; do`,
          `    name="$t"; bootstrap="$SOURCE_BOOTSTRAP"`,
          `    if [ "$side" = target ]; then name="${prefix ?? ""}$t"; bootstrap="$TARGET_BOOTSTRAP"; fi`,
          `    kafka-configs.sh --bootstrap-server "$bootstrap" --command-config "$side.properties" --entity-type topics --entity-name "$name" --describe --all \\`,
          `      | awk -v t="$t" '{ sub(/^ +/, ""); split($1, kv, "="); if (kv[1] ~ /^(${PARITY_CONFIGS.map((c) => c.replace(/\./g, "\\.")).join("|")})$/) print t, kv[1] "=" kv[2] }' > "$side-configs.txt"`,
          `  done`,
          `  diff source-configs.txt target-configs.txt || echo "configs differ for $t"`,
          `done`,
        ),
      ],
      verify: `no "configs differ" line. ${arch.option === "msk-replicator" ? "MSK Replicator copies topic configurations (Serverless targets take only a subset)" : "MirrorMaker 2 syncs topic configurations every 10 minutes (`sync.topic.configs.interval.seconds`)"}; a difference that stays is a setting someone changed on one side only.`,
      sources: [
        arch.option === "msk-replicator"
          ? FACTS["replicator.metadata"].source
          : "https://kafka.apache.org/documentation/#georeplication",
      ],
    },
    aclStep(ctx),
    {
      title: "Consumer groups",
      body: [
        bash(
          `${consumerGroups("source", "--list")} | sort > source-groups.txt`,
          `${consumerGroups("target", "--list")} | sort > target-groups.txt`,
          "comm -23 source-groups.txt target-groups.txt",
        ),
      ],
      verify: `\`comm\` lists no group that must move in a ${words.failover}; a missing group has no translated offsets and starts from \`auto.offset.reset\`.${ctx.a.offsets === "no" ? " Offsets are not replicated in this plan: expect every group to be missing and plan its reset by time." : ""}`,
      sources: [FACTS[arch.option === "msk-replicator" ? "replicator.offset-sync" : "mm2.offset-sync"].source],
    },
    schemaStep(ctx),
  ];
  return {
    title: `Parity checks: is the ${words.standby} ready?`,
    intro: [
      `Replication copies records, and some of the metadata. Run these after every change to topics, ACLs, client roles or schemas, and before every drill; the drill kit's \`parity-check.sh\` runs the first four.`,
    ],
    steps,
  };
}

function aclStep(ctx: RunbookContext): Step {
  const { arch, words } = ctx;
  const replicator = arch.option === "msk-replicator";
  if (ctx.a.auth === "iam") {
    return {
      title: "Client permissions (IAM access control)",
      body: [
        `With IAM access control there are no Kafka ACLs to copy: ${replicator ? "MSK Replicator" : "MirrorMaker 2"} copies no IAM policy. Every application role must be allowed on the ${words.standby} cluster too. Check a role with the IAM policy simulator:`,
        bash(
          `aws iam simulate-principal-policy --policy-source-arn <application-role-arn> \\`,
          `  --action-names kafka-cluster:Connect kafka-cluster:DescribeTopic kafka-cluster:ReadData kafka-cluster:WriteData kafka-cluster:DescribeGroup kafka-cluster:AlterGroup \\`,
          `  --resource-arns "$TARGET_CLUSTER_ARN" "$(echo "$TARGET_CLUSTER_ARN" | sed 's/:cluster\\//:topic\\//')/*" "$(echo "$TARGET_CLUSTER_ARN" | sed 's/:cluster\\//:group\\//')/*" \\`,
          `  --query 'EvaluationResults[].[EvalActionName,EvalResourceName,EvalDecision]' --output text`,
        ),
      ],
      verify: "every line ends in `allowed` for every role that runs on the standby after the switch.",
      sources: [IAM_SIMULATE, REPLICATOR_ACLS],
    };
  }
  return {
    title: "ACLs",
    body: [
      replicator
        ? "MSK Replicator copies only LITERAL ACLs on topics (Read, Describe, DescribeConfigs, Alter, AlterConfigs, Create, Delete, and Write as deny only), never PREFIXED ACLs, group or cluster ACLs, and never deletes an ACL on the target. Producers' write ACLs and consumers' group ACLs on the standby are yours to create."
        : "MirrorMaker 2 (`sync.topic.acls.enabled`) copies topic ACLs downgraded to READ, never WRITE, and no group ACLs. Producers' write ACLs and consumers' group ACLs on the standby are yours to create.",
      bash(
        `kafka-acls.sh ${kafkaConn("source")} --list | sort > source-acls.txt`,
        `kafka-acls.sh ${kafkaConn("target")} --list | sort > target-acls.txt`,
        "diff source-acls.txt target-acls.txt",
      ),
    ],
    verify: `every difference is one of the kinds replication does not copy, and each already has its twin created on the ${words.standby} (write ACLs for producers, group ACLs for consumers).`,
    sources: [replicator ? REPLICATOR_ACLS : MM2_ACLS],
  };
}

function schemaStep(ctx: RunbookContext): Step {
  const regions = [ctx.source.region, ctx.target.region].filter((r): r is NonNullable<typeof r> => r !== undefined);
  const profile = (i: number) => (ctx.arch.crossAccount ? ` --profile ${i === 0 ? "source" : "target"}-account` : "");
  return {
    title: "Schemas (when producers use a schema registry)",
    body: [
      "- **Confluent-compatible registry:** records carry the schema's numeric ID, so the standby's registry must serve the same IDs. Its store is the `_schemas` topic (one underscore, so the plan's topic filter replicates it); run the standby's registry on the replicated copy in read-only mode until the switch, or migrate with the registry's import mode, which keeps IDs. A registry that registers schemas on its own assigns new IDs and cannot read the old records.",
      "- **AWS Glue Schema Registry:** a registry lives in one Region and records carry the schema version's ID, which another Region's registry does not know. Register the same registries, schemas and versions in the standby Region as part of every schema change, and point producers there after the switch; records written before it still need the primary Region's registry to be read. No built-in cross-Region copy of Glue Schema Registry was found (checked 2026-12-02).",
      bash(
        `diff <(curl -s "$SOURCE_REGISTRY_URL/subjects" | tr -d '[]"' | tr ',' '\\n' | sort) <(curl -s "$TARGET_REGISTRY_URL/subjects" | tr -d '[]"' | tr ',' '\\n' | sort)`,
        ...(regions.length === 2
          ? [
              `diff <(aws glue list-schemas --registry-id RegistryName=<registry> --query 'Schemas[].SchemaName' --output text --region ${regions[0]}${profile(0)} | tr '\\t' '\\n' | sort) \\`,
              `     <(aws glue list-schemas --registry-id RegistryName=<registry> --query 'Schemas[].SchemaName' --output text --region ${regions[1]}${profile(1)} | tr '\\t' '\\n' | sort)`,
            ]
          : []),
      ),
    ],
    verify: "the subjects (or Glue schemas) match, and each schema's latest version is the same on both sides.",
    sources: [CONFLUENT_SCHEMA_MIGRATION, GLUE_SCHEMA_REGISTRY],
  };
}

/** The failback's cost and time (lib/architecture/failback.ts) with the runbook's lead-in. */
export function failbackCost(ctx: RunbookContext): string | undefined {
  const text = failbackInWords(ctx.arch, ctx.a);
  return text && `**What the ${ctx.words.failback} costs:** ${text}`;
}
