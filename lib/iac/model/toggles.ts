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
export const ALARM_TOPIC = {
  key: "alarm_topic_arn",
  cfn: "AlarmTopicArn",
  condition: "HasAlarmTopic",
  description: "SNS topic ARN notified by the alarms (empty: a topic this code creates, output alarm_topic_arn).",
  cfnNone: "none",
  cfnDescription:
    'SNS topic ARN notified by the alarms, or "none" for a topic this stack creates (output AlarmTopicArn).',
} as const;
/**
 * The cluster the Multi-AZ alarms and dashboard watch: the new one when the code creates it, else
 * the existing cluster named by this input; none when neither is given.
 */
export const MONITORED_CLUSTER = {
  key: "existing_cluster_name",
  cfn: "ExistingClusterName",
  condition: "HasMonitoredCluster",
  local: "local.monitored_cluster_name",
} as const;
