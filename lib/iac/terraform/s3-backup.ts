// Terraform for the S3 backup: the bucket, the connector plugin, role and network, and the connector.
import { architectureOf } from "@/lib/architecture";
import { attr, block, raw, tpl, type HclValue, type Raw } from "../hcl";
import {
  BUCKET,
  restoreWorkerProperties,
  s3ConnectorConfig,
  s3EgressDescription,
  s3SinkPort,
} from "../model/connector";
import { s3SinkUsesIam } from "../model/context";
import { s3BackupAlarms } from "../model/alarms";
import { dashboardFor } from "../model/dashboard";
import { concat, input, literal, resourceRef } from "../model/expr";
import { s3SinkStatements } from "../model/iam";
import type { Placement } from "../model/placement";
import type { TerraformBuilder } from "./builder";

export function s3Backup(tf: TerraformBuilder): void {
  const ctx = tf.ctx;
  const s = architectureOf(ctx.arch, "s3-backup").s3Backup;
  const bucketPlacement: Placement = s.bucketRegion !== s.connectorRegion ? "backup" : "main";
  const bucket = raw("aws_s3_bucket.backup.id");
  const bucketArn = resourceRef("aws_s3_bucket.backup.arn", null);

  tf.section(
    "Backup bucket: versioned, Object Lock, SSE-KMS, no public access, TLS only, expires after the retention period",
  );
  tf.resource(
    "aws_s3_bucket",
    "backup",
    [
      attr("bucket", raw("var.bucket_name")),
      attr("force_destroy", false),
      attr("object_lock_enabled", raw('var.object_lock_mode != "NONE"')),
    ],
    bucketPlacement,
  );
  tf.resource(
    "aws_s3_bucket_versioning",
    "backup",
    [attr("bucket", bucket), block("versioning_configuration", [], [attr("status", "Enabled")])],
    bucketPlacement,
  );
  tf.resource(
    "aws_s3_bucket_server_side_encryption_configuration",
    "backup",
    [
      attr("bucket", bucket),
      block(
        "rule",
        [],
        [
          attr("bucket_key_enabled", true),
          block("apply_server_side_encryption_by_default", [], [attr("sse_algorithm", "aws:kms")]),
        ],
      ),
    ],
    bucketPlacement,
  );
  tf.resource(
    "aws_s3_bucket_object_lock_configuration",
    "backup",
    [
      attr("count", raw('var.object_lock_mode == "NONE" ? 0 : 1')),
      attr("bucket", bucket),
      block(
        "rule",
        [],
        [
          block(
            "default_retention",
            [],
            [attr("mode", raw("var.object_lock_mode")), attr("days", raw("var.retention_days"))],
          ),
        ],
      ),
      attr("depends_on", [raw("aws_s3_bucket_versioning.backup")]),
    ],
    bucketPlacement,
  );
  tf.resource(
    "aws_s3_bucket_lifecycle_configuration",
    "backup",
    [
      attr("bucket", bucket),
      block(
        "rule",
        [],
        [
          attr("id", "expire-backups"),
          attr("status", "Enabled"),
          block("filter", [], []),
          block("expiration", [], [attr("days", raw("var.retention_days"))]),
          block("noncurrent_version_expiration", [], [attr("noncurrent_days", 7)]),
          block("abort_incomplete_multipart_upload", [], [attr("days_after_initiation", 7)]),
        ],
      ),
    ],
    bucketPlacement,
  );
  tf.resource(
    "aws_s3_bucket_public_access_block",
    "backup",
    [
      attr("bucket", bucket),
      attr("block_public_acls", true),
      attr("block_public_policy", true),
      attr("ignore_public_acls", true),
      attr("restrict_public_buckets", true),
    ],
    bucketPlacement,
  );
  const bucketPolicy = tf.policy("backup_bucket", [
    {
      sid: "DenyInsecureTransport",
      effect: "Deny",
      actions: ["s3:*"],
      principals: [{ type: "AWS", ids: [literal("*")] }],
      resources: [bucketArn, concat(bucketArn, "/*")],
      conditions: [{ test: "Bool", variable: "aws:SecureTransport", values: [literal("false")] }],
    },
  ]);
  tf.resource(
    "aws_s3_bucket_policy",
    "backup",
    [
      attr("bucket", bucket),
      attr("policy", bucketPolicy),
      attr("depends_on", [raw("aws_s3_bucket_public_access_block.backup")]),
    ],
    bucketPlacement,
  );

  tf.section("Connector plugin, role and network");
  tf.resource("aws_mskconnect_custom_plugin", "s3", [
    attr("name", tpl(raw("var.name"), "-s3-sink")),
    attr("description", "S3 sink connector plugin (Lenses Stream Reactor AWS S3)"),
    attr("content_type", "ZIP"),
    block(
      "location",
      [],
      [
        block(
          "s3",
          [],
          [attr("bucket_arn", raw("var.plugin_bucket_arn")), attr("file_key", raw("var.plugin_file_key"))],
        ),
      ],
    ),
  ]);
  if (ctx.external)
    tf.data("aws_secretsmanager_secret", "source_credentials", [attr("arn", raw("var.source_credentials_secret_arn"))]);
  const statements = s3SinkStatements(
    ctx,
    bucketArn,
    resourceRef("data.aws_secretsmanager_secret.source_credentials.arn", null),
  );
  tf.role("s3_sink", "-s3-sink", "kafkaconnect.amazonaws.com", "MSK Connect S3 sink connector role", [], statements);
  tf.resource("aws_cloudwatch_log_group", "s3_sink", [
    attr("name", tpl("/aws/mskconnect/", raw("var.name"), "-s3-sink")),
    attr("retention_in_days", 30),
  ]);
  tf.securityGroup("s3_sink", "-s3-sink", "MSK Connect S3 sink workers", raw("var.vpc_id"));
  tf.rule(
    "egress",
    "s3_sink_kafka",
    raw("aws_security_group.s3_sink.id"),
    [9092, 9098],
    { cidr: raw("var.source_cidr") },
    "Source cluster brokers",
  );
  if (ctx.source.isMsk)
    tf.rule(
      "ingress",
      "source_from_s3_sink",
      raw("var.source_cluster_security_group_id"),
      s3SinkPort(ctx),
      { sg: raw("aws_security_group.s3_sink.id") },
      "MSK Connect S3 sink workers to the source brokers",
    );
  tf.rule(
    "egress",
    "s3_sink_https",
    raw("aws_security_group.s3_sink.id"),
    443,
    { cidr: "0.0.0.0/0" },
    s3EgressDescription(bucketPlacement === "backup"),
  );

  tf.section("Connector");
  const iam = s3SinkUsesIam(ctx);
  tf.resource("aws_mskconnect_connector", "s3_sink", [
    attr("name", tpl(raw("var.name"), "-s3-sink")),
    attr("description", "Backs up every topic to S3 with keys, headers and original offsets (envelope)."),
    attr("kafkaconnect_version", s.kafkaConnectVersion),
    attr("service_execution_role_arn", raw("aws_iam_role.s3_sink.arn")),
    block(
      "capacity",
      [],
      [
        block(
          "provisioned_capacity",
          [],
          [attr("worker_count", raw("var.worker_count")), attr("mcu_count", raw("var.mcu_count"))],
        ),
      ],
    ),
    attr(
      "connector_configuration",
      s3ConnectorConfig(
        ctx,
        (b) => tpl(...b.map((p) => (p === BUCKET ? raw("var.bucket_name") : p))),
        raw(bucketPlacement === "backup" ? "var.backup_region" : "var.region"),
        raw("tostring(var.tasks_max)"),
      ) as HclValue,
    ),
    block(
      "kafka_cluster",
      [],
      [
        block(
          "apache_kafka_cluster",
          [],
          [
            attr("bootstrap_servers", raw("var.source_bootstrap_brokers")),
            block(
              "vpc",
              [],
              [attr("security_groups", [raw("aws_security_group.s3_sink.id")]), attr("subnets", raw("var.subnet_ids"))],
            ),
          ],
        ),
      ],
    ),
    block("kafka_cluster_client_authentication", [], [attr("authentication_type", iam ? "IAM" : "NONE")]),
    block("kafka_cluster_encryption_in_transit", [], [attr("encryption_type", "TLS")]),
    block(
      "plugin",
      [],
      [
        block(
          "custom_plugin",
          [],
          [
            attr("arn", raw("aws_mskconnect_custom_plugin.s3.arn")),
            attr("revision", raw("aws_mskconnect_custom_plugin.s3.latest_revision")),
          ],
        ),
      ],
    ),
    block(
      "log_delivery",
      [],
      [
        block(
          "worker_log_delivery",
          [],
          [
            block(
              "cloudwatch_logs",
              [],
              [attr("enabled", true), attr("log_group", raw("aws_cloudwatch_log_group.s3_sink.name"))],
            ),
          ],
        ),
      ],
    ),
    attr("depends_on", [
      raw("aws_iam_role_policy.s3_sink"),
      raw("aws_s3_bucket_policy.backup"),
      ...(ctx.source.isMsk ? [raw("aws_vpc_security_group_ingress_rule.source_from_s3_sink")] : []),
    ]),
  ]);
  // In the bucket's Region, where a restore connector runs (a worker configuration is regional).
  tf.section("Restore: the worker configuration a restore (S3 source) connector is created with");
  tf.resource(
    "aws_mskconnect_worker_configuration",
    "restore",
    [
      attr("name", tpl(raw("var.name"), "-s3-restore")),
      attr(
        "description",
        "Restore connector workers: a fixed offset storage topic, so a restore resumes where it stopped.",
      ),
      attr("properties_file_content", tpl(...splitName(restoreWorkerProperties(NAME)))),
    ],
    bucketPlacement,
  );

  tf.section("Alarms and dashboard");
  for (const a of s3BackupAlarms(ctx, input("name"))) tf.alarm(a);
  tf.dashboard(dashboardFor(ctx));

  tf.output("backup_bucket", "Name of the backup bucket.", raw("aws_s3_bucket.backup.id"));
  tf.output(
    "restore_worker_configuration_arn",
    "Worker configuration to create the restore (S3 source) connector with (README, Restoring).",
    raw("aws_mskconnect_worker_configuration.restore.arn"),
  );
  tf.output("connector_arn", "ARN of the S3 sink connector.", raw("aws_mskconnect_connector.s3_sink.arn"));
  if (ctx.source.isMsk) tf.output("source_cluster_arn", "Cluster being backed up.", raw("var.source_cluster_arn"));
  tf.output("restore_target_cluster_arn", "Cluster a restore writes to (see README).", raw("var.target_cluster_arn"));
}

/** Marker for the base name inside a text the Terraform writes as a template. */
const NAME = "\u0000name\u0000";

/** A text's parts with the base name marker as var.name. */
function splitName(text: string): (string | Raw)[] {
  return text.split(NAME).flatMap((p, i) => (i === 0 ? [p] : [raw("var.name"), p]));
}
