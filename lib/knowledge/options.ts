/** The four options the advisor weighs, in the contract's order (README "How it works"). */
export const OPTION_IDS = ["msk-replicator", "mirrormaker2", "s3-backup", "multi-az"] as const;
export type OptionId = (typeof OPTION_IDS)[number];

export interface OptionInfo {
  id: OptionId;
  name: string;
  short: string;
  summary: string;
}

export const OPTIONS: Record<OptionId, OptionInfo> = {
  "msk-replicator": {
    id: "msk-replicator",
    name: "Amazon MSK Replicator",
    short: "MSK Replicator",
    summary: "Managed, serverless replication between MSK clusters, and from self-managed Kafka into MSK Provisioned.",
  },
  mirrormaker2: {
    id: "mirrormaker2",
    name: "Apache Kafka MirrorMaker 2",
    short: "MirrorMaker 2",
    summary:
      "Kafka Connect based replication you run yourselves, on Amazon ECS with Fargate: any cluster, any account, any policy.",
  },
  "s3-backup": {
    id: "s3-backup",
    name: "S3 backup through MSK Connect",
    short: "S3 backup",
    summary:
      "Topics archived to Amazon S3 by a sink connector and restored on demand: long recovery time, long retention.",
  },
  "multi-az": {
    id: "multi-az",
    name: "Multi-AZ only",
    short: "Multi-AZ",
    summary:
      "No cross-cluster replication: one MSK cluster across three Availability Zones (RF 3, min ISR 2, acks=all).",
  },
};
