// The inputs of the S3 backup.
import { architectureOf } from "@/lib/architecture";
import { s3SinkUsesIam, type IacContext } from "../context";
import {
  PATTERNS,
  alarmTopic,
  bootstrap,
  secret,
  sg,
  sourceArn,
  subnets,
  targetArn,
  vpc,
  type AddInput,
} from "./definitions";
import { s3SinkPort } from "../connector";

export function s3BackupInputs(ctx: IacContext, add: AddInput): void {
  const a = ctx.arch;
  const s = architectureOf(a, "s3-backup").s3Backup;
  const split = s.bucketRegion !== s.connectorRegion;
  if (split)
    add({
      key: "backup_region",
      cfn: "",
      description: "AWS Region of the backup bucket.",
      type: "string",
      default: s.bucketRegion,
      pattern: PATTERNS.region,
      patternHint: "an AWS Region code such as us-west-2",
    });
  // No default: bucket names are global, so a name derived from the plan alone would collide.
  add({
    key: "bucket_name",
    cfn: "BucketName",
    description: `Name of the backup bucket, unique across all AWS accounts: for example ${s.bucketName}-<your account ID>.`,
    type: "string",
    pattern: PATTERNS.s3BucketName,
    patternHint: "3–63 lowercase letters, digits, dots or hyphens",
    placements: split ? ["main", "backup"] : ["main"],
  });
  add({
    key: "retention_days",
    cfn: "RetentionDays",
    description:
      "Days each backup object is kept: the Object Lock retention and the lifecycle expiry. The default is the cost estimate's assumption; set what your records policy requires.",
    type: "number",
    default: s.retentionDays,
    min: 1,
    placements: split ? ["backup"] : ["main"],
  });
  add({
    key: "object_lock_mode",
    cfn: "ObjectLockMode",
    description:
      "S3 Object Lock default retention: GOVERNANCE (users with s3:BypassGovernanceRetention can still delete), COMPLIANCE (nobody, not even the root user, can delete or shorten it) or NONE. Choose before the first apply: turning Object Lock on or off later replaces the bucket.",
    type: "string",
    default: s.objectLockMode,
    pattern: "^(GOVERNANCE|COMPLIANCE|NONE)$",
    patternHint: "GOVERNANCE, COMPLIANCE or NONE",
    placements: split ? ["backup"] : ["main"],
  });
  if (ctx.source.isMsk) add(sourceArn());
  add({
    ...targetArn(),
    description: "ARN of the Amazon MSK cluster that restores are written to (not used until a restore).",
  });
  add(
    bootstrap(
      "source",
      "Source",
      ctx.source.isMsk
        ? s3SinkUsesIam(ctx)
          ? "Bootstrap servers of the source cluster's IAM listener (port 9098; aws kafka get-bootstrap-brokers)."
          : "Bootstrap servers of the source cluster's unauthenticated TLS listener (port 9094; aws kafka get-bootstrap-brokers)."
        : "Bootstrap servers of the source cluster's TLS listener, host:port pairs separated by commas.",
    ),
  );
  if (ctx.external)
    add(
      secret(
        "source_credentials_secret_arn",
        "SourceCredentialsSecretArn",
        "Secrets Manager secret for the self-managed source cluster; MSK Connect itself connects without client authentication, so the connector reads it only if you add a config provider (see README).",
      ),
    );
  add(vpc("vpc_id", "VpcId", "VPC of the source cluster, where the connector's workers run."));
  add({
    key: "source_cidr",
    cfn: "SourceCidr",
    description: "CIDR block of the source cluster's brokers, which the connector's workers may reach.",
    type: "string",
    pattern: PATTERNS.cidr,
    patternHint: "a CIDR block such as 10.0.0.0/16",
  });
  if (ctx.source.isMsk)
    add(
      sg(
        "source_cluster_security_group_id",
        "SourceClusterSecurityGroupId",
        `Security group of the source cluster's brokers; a rule lets the connector's workers in on port ${s3SinkPort(ctx)}.`,
      ),
    );
  add(subnets("subnet_ids", "SubnetIds", "Private subnets for the connector's workers (2 or 3).", ["main"], 2, 3));
  add({
    key: "worker_count",
    cfn: "WorkerCount",
    description:
      "MSK Connect workers of the sink connector (1–10). Two or more keep the backup running while MSK Connect replaces a failed worker.",
    type: "number",
    default: s.workerCount,
    min: 1,
  });
  add({
    key: "mcu_count",
    cfn: "McuCount",
    description: "MSK Connect units (MCUs) per worker: 1, 2, 4 or 8.",
    type: "number",
    default: s.mcuCountPerWorker,
    min: 1,
  });
  add({
    key: "tasks_max",
    cfn: "TasksMax",
    description:
      "The connector's tasks.max: one task per MCU by default; raise it with the workers, up to the number of partitions backed up.",
    type: "number",
    default: s.workerCount * s.mcuCountPerWorker,
    min: 1,
  });
  add({
    key: "plugin_bucket_arn",
    cfn: "PluginBucketArn",
    description: "ARN of the bucket holding the S3 sink connector plugin ZIP (Lenses Stream Reactor AWS S3 connector).",
    type: "string",
    pattern: PATTERNS.s3BucketArn,
    patternHint: "an S3 bucket ARN",
  });
  add({
    key: "plugin_file_key",
    cfn: "PluginFileKey",
    description: "Object key of the connector plugin ZIP in that bucket.",
    type: "string",
    default: "plugins/kafka-connect-aws-s3.zip",
    pattern: PATTERNS.s3Key,
    patternHint: "an object key ending in .zip or .jar",
  });
  add(alarmTopic());
}
