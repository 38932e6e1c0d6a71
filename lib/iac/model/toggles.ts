// Switches the generated code exposes as inputs: a boolean (or an optional topic) with its
// Terraform variable, CloudFormation parameter and CloudFormation condition names.

export const FAILBACK_TOGGLE = {
  key: "enable_failback_replicator",
  cfn: "EnableFailbackReplicator",
  condition: "FailbackReplicatorEnabled",
} as const;
export const REVERSE_STACK_TOGGLE = {
  key: "enable_reverse_replicator",
  cfn: "EnableReverseReplicator",
  condition: "ReverseReplicatorEnabled",
} as const;
export const CLUSTER_TOGGLE = {
  key: "create_cluster",
  cfn: "CreateCluster",
  condition: "CreateClusterEnabled",
} as const;
/** The self-managed cluster's second principal: the reverse replicator writes there, the forward one only reads. */
export const ROLLBACK_SECRET = { key: "rollback_credentials_secret_arn", cfn: "RollbackCredentialsSecretArn" } as const;
export const ALARM_TOPIC = { key: "alarm_topic_arn", cfn: "AlarmTopicArn", condition: "HasAlarmTopic" } as const;
