// CloudFormation for the S3 backup: the connector stack, and a bucket stack when the bucket lives
// in another Region.
import { architectureOf } from "@/lib/architecture";
import { s3BackupAlarms } from "../model/alarms";
import { dashboardFor } from "../model/dashboard";
import {
  BUCKET,
  restoreWorkerProperties,
  s3ConnectorConfig,
  s3EgressDescription,
  s3SinkPort,
} from "../model/connector";
import { s3SinkUsesIam, type IacContext } from "../model/context";
import { concat, input, literal, pseudo, resourceRef, type Expr } from "../model/expr";
import { s3SinkStatements } from "../model/iam";
import { TEMPLATE_FILES } from "../model/placement";
import { Equals, GetAtt, If, Not, NoValue, Ref, Sub, Template } from "./builder";

const OBJECT_LOCK_ON = "ObjectLockOn";
const OBJECT_LOCK_COMPLIANCE = "ObjectLockCompliance";

export function s3Backup(ctx: IacContext): Template[] {
  const s = architectureOf(ctx.arch, "s3-backup").s3Backup;
  const split = s.bucketRegion !== s.connectorRegion;
  const main = new Template(
    ctx,
    "main",
    TEMPLATE_FILES.main,
    `S3 backup of ${ctx.arch.name} through an MSK Connect S3 sink connector (this stack runs in the source cluster's Region).`,
  );
  const bucketT = split
    ? new Template(
        ctx,
        "backup",
        TEMPLATE_FILES.backup,
        `Backup bucket of ${ctx.arch.name} (deploy in ${s.bucketRegion} before template.yaml).`,
      )
    : main;
  // Object Lock is set when the bucket is created; its default retention follows the inputs.
  bucketT.condition(OBJECT_LOCK_ON, Not(Equals(bucketT.in("object_lock_mode"), "NONE")));
  // The mode through a condition, not a Ref: a linter resolves a Ref to the parameter's default
  // (possibly NONE) even inside the branch that only applies when the lock is on.
  bucketT.condition(OBJECT_LOCK_COMPLIANCE, Equals(bucketT.in("object_lock_mode"), "COMPLIANCE"));
  bucketT.resource(
    "BackupBucket",
    "AWS::S3::Bucket",
    {
      BucketName: bucketT.in("bucket_name"),
      VersioningConfiguration: { Status: "Enabled" },
      ObjectLockEnabled: If(OBJECT_LOCK_ON, true, NoValue),
      ObjectLockConfiguration: If(
        OBJECT_LOCK_ON,
        {
          ObjectLockEnabled: "Enabled",
          Rule: {
            DefaultRetention: {
              Mode: If(OBJECT_LOCK_COMPLIANCE, "COMPLIANCE", "GOVERNANCE"),
              Days: bucketT.in("retention_days"),
            },
          },
        },
        NoValue,
      ),
      BucketEncryption: {
        ServerSideEncryptionConfiguration: [
          { ServerSideEncryptionByDefault: { SSEAlgorithm: "aws:kms" }, BucketKeyEnabled: true },
        ],
      },
      LifecycleConfiguration: {
        Rules: [
          {
            Id: "expire-backups",
            Status: "Enabled",
            ExpirationInDays: bucketT.in("retention_days"),
            NoncurrentVersionExpiration: { NoncurrentDays: 7 },
            AbortIncompleteMultipartUpload: { DaysAfterInitiation: 7 },
          },
        ],
      },
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      Tags: bucketT.tags(),
    },
    { DeletionPolicy: "Retain", UpdateReplacePolicy: "Retain" },
  );
  const bucketArnIn = (t: Template): Expr =>
    t === bucketT
      ? resourceRef("", GetAtt("BackupBucket", "Arn"))
      : concat("arn:", pseudo("partition"), ":s3:::", input("bucket_name"));
  bucketT.resource("BackupBucketPolicy", "AWS::S3::BucketPolicy", {
    Bucket: Ref("BackupBucket"),
    PolicyDocument: bucketT.policyDocument([
      {
        sid: "DenyInsecureTransport",
        effect: "Deny",
        actions: ["s3:*"],
        principals: [{ type: "AWS", ids: [literal("*")] }],
        resources: [bucketArnIn(bucketT), concat(bucketArnIn(bucketT), "/*")],
        conditions: [{ test: "Bool", variable: "aws:SecureTransport", values: [literal("false")] }],
      },
    ]),
  });
  bucketT.output("BackupBucketName", "Name of the backup bucket.", Ref("BackupBucket"));

  main.resource("S3SinkPlugin", "AWS::KafkaConnect::CustomPlugin", {
    Name: main.name("-s3-sink"),
    Description: "S3 sink connector plugin (Lenses Stream Reactor AWS S3)",
    ContentType: "ZIP",
    Location: { S3Location: { BucketArn: main.in("plugin_bucket_arn"), FileKey: main.in("plugin_file_key") } },
    Tags: main.tags(),
  });
  const bucketArn = bucketArnIn(main);
  const statements = s3SinkStatements(ctx, bucketArn, input("source_credentials_secret_arn"));
  main.role(
    "S3SinkRole",
    "-s3-sink",
    "kafkaconnect.amazonaws.com",
    "MSK Connect S3 sink connector role",
    [],
    statements,
  );
  main.resource("S3SinkLogGroup", "AWS::Logs::LogGroup", {
    LogGroupName: Sub("/aws/mskconnect/${Name}-s3-sink"),
    RetentionInDays: 30,
    Tags: main.tags(),
  });
  main.securityGroup("S3SinkSecurityGroup", "-s3-sink", "MSK Connect S3 sink workers", main.in("vpc_id"), [
    { FromPort: 9092, ToPort: 9098, CidrIp: main.in("source_cidr"), Description: "Source cluster brokers" },
    { FromPort: 443, ToPort: 443, CidrIp: "0.0.0.0/0", Description: s3EgressDescription(split) },
  ]);
  if (ctx.source.isMsk)
    main.resource("SourceFromS3SinkIngress", "AWS::EC2::SecurityGroupIngress", {
      GroupId: main.in("source_cluster_security_group_id"),
      Description: "MSK Connect S3 sink workers to the source brokers",
      IpProtocol: "tcp",
      FromPort: s3SinkPort(ctx),
      ToPort: s3SinkPort(ctx),
      SourceSecurityGroupId: GetAtt("S3SinkSecurityGroup", "GroupId"),
    });
  const iam = s3SinkUsesIam(ctx);
  const dependsOn = [
    ...(split ? [] : ["BackupBucketPolicy"]),
    ...(ctx.source.isMsk ? ["SourceFromS3SinkIngress"] : []),
  ];
  const config = s3ConnectorConfig(
    ctx,
    (parts) => Sub(parts.map((p) => (p === BUCKET ? "${BucketName}" : p.replace(/\$\{/g, "${!"))).join("")),
    // The bucket stack is deployed to this Region (README); the connector names it.
    s.bucketRegion,
    main.in("tasks_max"),
  );
  main.in("bucket_name");
  main.resource(
    "S3SinkConnector",
    "AWS::KafkaConnect::Connector",
    {
      ConnectorName: main.name("-s3-sink"),
      ConnectorDescription: "Backs up every topic to S3 with keys, headers and original offsets (envelope).",
      KafkaConnectVersion: s.kafkaConnectVersion,
      ServiceExecutionRoleArn: GetAtt("S3SinkRole", "Arn"),
      Capacity: { ProvisionedCapacity: { WorkerCount: main.in("worker_count"), McuCount: main.in("mcu_count") } },
      ConnectorConfiguration: config,
      KafkaCluster: {
        ApacheKafkaCluster: {
          BootstrapServers: main.in("source_bootstrap_brokers"),
          Vpc: { SecurityGroups: [GetAtt("S3SinkSecurityGroup", "GroupId")], Subnets: main.in("subnet_ids") },
        },
      },
      KafkaClusterClientAuthentication: { AuthenticationType: iam ? "IAM" : "NONE" },
      KafkaClusterEncryptionInTransit: { EncryptionType: "TLS" },
      Plugins: [
        {
          CustomPlugin: {
            CustomPluginArn: GetAtt("S3SinkPlugin", "CustomPluginArn"),
            Revision: GetAtt("S3SinkPlugin", "Revision"),
          },
        },
      ],
      LogDelivery: { WorkerLogDelivery: { CloudWatchLogs: { Enabled: true, LogGroup: Ref("S3SinkLogGroup") } } },
      Tags: main.tags(),
    },
    dependsOn.length ? { DependsOn: dependsOn } : {},
  );
  // In the bucket's Region, where a restore connector runs (a worker configuration is regional).
  bucketT.resource("RestoreWorkerConfiguration", "AWS::KafkaConnect::WorkerConfiguration", {
    Name: bucketT.name("-s3-restore"),
    Description: "Restore connector workers: a fixed offset storage topic, so a restore resumes where it stopped.",
    // Long form: a YAML node takes one tag, so !Base64 cannot carry a !Sub.
    PropertiesFileContent: { "Fn::Base64": Sub(restoreWorkerProperties("${Name}")) },
    Tags: bucketT.tags(),
  });
  for (const a of s3BackupAlarms(ctx, input("name"))) main.alarm(a);
  main.dashboard(dashboardFor(ctx));
  main.output("ConnectorArn", "ARN of the S3 sink connector.", Ref("S3SinkConnector"));
  bucketT.output(
    "RestoreWorkerConfigurationArn",
    "Worker configuration to create the restore (S3 source) connector with (README, Restoring).",
    GetAtt("RestoreWorkerConfiguration", "WorkerConfigurationArn"),
  );
  if (ctx.source.isMsk) main.output("SourceClusterArn", "Cluster being backed up.", main.in("source_cluster_arn"));
  main.output("RestoreTargetClusterArn", "Cluster a restore writes to (see README).", main.in("target_cluster_arn"));
  return split ? [main, bucketT] : [main];
}
