// IAM statements in neutral form; each renderer writes them as a policy document of its format.
import { architectureOf } from "@/lib/architecture";
import type { IacContext } from "./context";
import { arnAs, concat, input, literal, pseudo, resourceRef, type Expr } from "./expr";

export interface Statement {
  sid: string;
  actions: string[];
  /** Omitted in trust policies. */
  resources?: Expr[];
  principals?: { type: "Service" | "AWS"; ids: Expr[] }[];
  conditions?: { test: string; variable: string; values: Expr[] }[];
  effect?: "Allow" | "Deny";
}

/** Cluster ARN expression for one side (the created cluster, or the input). */
export function clusterArn(ctx: IacContext, side: "source" | "target"): Expr {
  if (side === "target" && ctx.createTarget) {
    return ctx.target.type === "msk-serverless"
      ? resourceRef("aws_msk_serverless_cluster.target.arn", { Ref: "TargetCluster" })
      : resourceRef("aws_msk_cluster.target.arn", { Ref: "TargetCluster" });
  }
  return input(side === "source" ? "source_cluster_arn" : "target_cluster_arn");
}

/** Whether MirrorMaker 2 writes into this side: it is the target of a flow (reverse heartbeats are off otherwise). */
export function mm2WritesTo(ctx: IacContext, side: "source" | "target"): boolean {
  return architectureOf(ctx.arch, "mirrormaker2").mirrorMaker2.directions.some((d) => d.to === side);
}

/**
 * kafka-cluster actions a MirrorMaker 2 node needs on one cluster, scoped to that cluster's ARNs.
 * A cluster MirrorMaker 2 only reads from (no flow into it, reverse heartbeats off, offset syncs
 * kept on the target) gets read-only rights. No AlterCluster: ACLs are not synced with IAM.
 */
export function mm2ClusterStatements(ctx: IacContext, side: "source" | "target", sid: string): Statement[] {
  const arn = clusterArn(ctx, side);
  if (!mm2WritesTo(ctx, side))
    return [
      {
        sid: `${sid}Cluster`,
        actions: [
          "kafka-cluster:Connect",
          "kafka-cluster:DescribeCluster",
          "kafka-cluster:DescribeClusterDynamicConfiguration",
        ],
        resources: [arn],
      },
      {
        sid: `${sid}Topics`,
        actions: [
          "kafka-cluster:DescribeTopic",
          "kafka-cluster:DescribeTopicDynamicConfiguration",
          "kafka-cluster:ReadData",
        ],
        resources: [arnAs(arn, "topic", "/*")],
      },
      { sid: `${sid}Groups`, actions: ["kafka-cluster:DescribeGroup"], resources: [arnAs(arn, "group", "/*")] },
    ];
  return [
    // WriteDataIdempotently is authorised on the cluster, not on topics (AWS's managed replicator policy grants it there too).
    {
      sid: `${sid}Cluster`,
      actions: [
        "kafka-cluster:Connect",
        "kafka-cluster:DescribeCluster",
        "kafka-cluster:DescribeClusterDynamicConfiguration",
        "kafka-cluster:WriteDataIdempotently",
      ],
      resources: [arn],
    },
    {
      sid: `${sid}Topics`,
      actions: [
        "kafka-cluster:DescribeTopic",
        "kafka-cluster:CreateTopic",
        "kafka-cluster:AlterTopic",
        "kafka-cluster:ReadData",
        "kafka-cluster:WriteData",
        "kafka-cluster:DescribeTopicDynamicConfiguration",
        "kafka-cluster:AlterTopicDynamicConfiguration",
      ],
      resources: [arnAs(arn, "topic", "/*")],
    },
    {
      sid: `${sid}Groups`,
      actions: ["kafka-cluster:DescribeGroup", "kafka-cluster:AlterGroup"],
      resources: [arnAs(arn, "group", "/*")],
    },
    {
      sid: `${sid}TransactionalIds`,
      actions: ["kafka-cluster:DescribeTransactionalId", "kafka-cluster:AlterTransactionalId"],
      resources: [arnAs(arn, "transactional-id", "/*")],
    },
  ];
}

/** Secrets Manager read (and KMS decrypt through Secrets Manager only) for the given secrets. */
export function secretReadStatements(secrets: Expr[], sid: string): Statement[] {
  if (secrets.length === 0) return [];
  return [
    {
      sid: `${sid}Secrets`,
      actions: ["secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret"],
      resources: secrets,
    },
    {
      sid: `${sid}SecretsKms`,
      actions: ["kms:Decrypt"],
      resources: [concat("arn:", pseudo("partition"), ":kms:*:", pseudo("account"), ":key/*")],
      conditions: [
        { test: "StringLike", variable: "kms:ViaService", values: [literal("secretsmanager.*.amazonaws.com")] },
      ],
    },
  ];
}

/** The cluster policy that lets MSK Replicator (kafka.amazonaws.com) connect across Regions. */
export function replicatorClusterPolicy(arn: Expr): Statement[] {
  return [
    {
      sid: "AllowMskReplicator",
      actions: ["kafka:CreateVpcConnection", "kafka:GetBootstrapBrokers", "kafka:DescribeClusterV2"],
      principals: [{ type: "Service", ids: [literal("kafka.amazonaws.com")] }],
      resources: [arn],
    },
  ];
}

/** The S3 sink connector's role: read and write the backup bucket, and read the source cluster (IAM on MSK, or its credentials secret). */
export function s3SinkStatements(ctx: IacContext, bucketArn: Expr, credentialsSecret: Expr): Statement[] {
  const statements: Statement[] = [
    {
      sid: "BackupBucket",
      actions: ["s3:ListBucket", "s3:GetBucketLocation", "s3:ListBucketMultipartUploads"],
      resources: [bucketArn],
    },
    {
      sid: "BackupObjects",
      actions: ["s3:PutObject", "s3:GetObject", "s3:AbortMultipartUpload", "s3:ListMultipartUploadParts"],
      resources: [concat(bucketArn, "/*")],
    },
  ];
  if (ctx.source.isMsk) {
    const arn = input("source_cluster_arn");
    statements.push(
      { sid: "SourceCluster", actions: ["kafka-cluster:Connect", "kafka-cluster:DescribeCluster"], resources: [arn] },
      {
        sid: "SourceTopicsRead",
        actions: ["kafka-cluster:DescribeTopic", "kafka-cluster:ReadData"],
        resources: [arnAs(arn, "topic", "/*")],
      },
      {
        sid: "ConnectInternalTopics",
        actions: ["kafka-cluster:CreateTopic", "kafka-cluster:WriteData"],
        resources: [arnAs(arn, "topic", "/__amazon_msk_connect_*")],
      },
      {
        sid: "SourceGroups",
        actions: ["kafka-cluster:DescribeGroup", "kafka-cluster:AlterGroup"],
        resources: [arnAs(arn, "group", "/*")],
      },
    );
  } else {
    statements.push(...secretReadStatements([credentialsSecret], "SourceCluster"));
  }
  return statements;
}

/**
 * The trust statement of a service role, with the confused-deputy conditions AWS documents for
 * that service: the account for every service (MSK Replicator's and ECS's examples), and for MSK
 * Connect also the connector ARN pattern (its documented service execution role trust policy).
 */
export function serviceTrust(service: string, region: Expr = pseudo("region")): Statement {
  const conditions: NonNullable<Statement["conditions"]> = [
    { test: "StringEquals", variable: "aws:SourceAccount", values: [pseudo("account")] },
  ];
  if (service === "kafkaconnect.amazonaws.com")
    conditions.push({
      test: "ArnLike",
      variable: "aws:SourceArn",
      values: [concat("arn:", pseudo("partition"), ":kafkaconnect:", region, ":", pseudo("account"), ":connector/*")],
    });
  return {
    sid: "TrustService",
    actions: ["sts:AssumeRole"],
    principals: [{ type: "Service", ids: [literal(service)] }],
    conditions,
  };
}
