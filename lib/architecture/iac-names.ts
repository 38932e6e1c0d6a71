// Names of the generated IaC resources, shared by the architecture (the diagram's side panel
// shows them) and the generators (which must use exactly these): Terraform addresses and
// CloudFormation logical IDs.
import type { IacNames } from "./model";

export const IAC_NAMES = {
  sourceCluster: { terraform: ["var.source_cluster_arn"], cloudformation: ["SourceClusterArn"] },
  targetCluster: { terraform: ["var.target_cluster_arn"], cloudformation: ["TargetClusterArn"] },
  externalSource: {
    terraform: ["var.source_bootstrap_brokers", "data.aws_secretsmanager_secret.source_credentials"],
    cloudformation: ["SourceBootstrapBrokers", "SourceCredentialsSecretArn"],
  },
  replicator: {
    terraform: [
      "aws_msk_replicator.forward",
      "aws_iam_role.replicator",
      "aws_cloudwatch_log_group.replicator",
      "aws_cloudwatch_metric_alarm.replication_latency",
      "aws_cloudwatch_metric_alarm.message_lag",
      "aws_cloudwatch_metric_alarm.replicator_failure",
    ],
    cloudformation: [
      "ForwardReplicator",
      "ReplicatorRole",
      "ReplicatorLogGroup",
      "ReplicationLatencyAlarm",
      "MessageLagAlarm",
      "ReplicatorFailureAlarm",
    ],
  },
  reverseReplicator: { terraform: ["aws_msk_replicator.reverse"], cloudformation: ["ReverseReplicator"] },
  clusterPolicy: { terraform: ["aws_msk_cluster_policy.source"], cloudformation: ["SourceClusterPolicy"] },
  mm2: {
    terraform: [
      "aws_ecs_cluster.mm2",
      "aws_ecs_task_definition.mm2",
      "aws_ecs_service.mm2",
      "aws_iam_role.mm2_task",
      "aws_iam_role.mm2_execution",
      "aws_cloudwatch_log_group.mm2",
      "aws_security_group.mm2",
    ],
    cloudformation: [
      "Mm2Cluster",
      "Mm2TaskDefinition",
      "Mm2Service",
      "Mm2TaskRole",
      "Mm2ExecutionRole",
      "Mm2LogGroup",
      "Mm2SecurityGroup",
    ],
  },
  s3Sink: {
    terraform: ["aws_mskconnect_connector.s3_sink", "aws_mskconnect_custom_plugin.s3", "aws_iam_role.s3_sink"],
    cloudformation: ["S3SinkConnector", "S3SinkPlugin", "S3SinkRole"],
  },
  s3Bucket: { terraform: ["aws_s3_bucket.backup"], cloudformation: ["BackupBucket"] },
  multiAz: { terraform: ["aws_msk_configuration.durability"], cloudformation: ["DurabilityConfiguration"] },
} as const satisfies Record<string, IacNames>;

/** A node that maps to no generated resource. */
export const NO_IAC: IacNames = { terraform: [], cloudformation: [] };

/** A fresh copy, so that no node shares its lists with another. */
export const copyIacNames = (n: IacNames): IacNames => ({
  terraform: [...n.terraform],
  cloudformation: [...n.cloudformation],
});
