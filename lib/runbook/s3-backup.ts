import { architectureOf } from "@/lib/architecture";
import type { S3BackupSpec } from "@/lib/architecture";
import { formatMinutes } from "@/lib/format";
import { alarmsQuiet, awsFlags, consumerGroups, endOffsets, src, topics, type RunbookContext } from "./context";
import { formatSeconds } from "@/lib/format";
import { bash } from "@/lib/markdown";
import { type Section, type Step } from "./sections";

// S3 backup through MSK Connect: keep the backup healthy (and keep a topic inventory beside it),
// then restore on demand: pre-create topics with the same partition counts, run a restore
// connector, position consumers from the earliest offset or a timestamp.

const KAFKACONNECT_CLI = "https://docs.aws.amazon.com/cli/latest/reference/kafkaconnect/";
const LENSES_S3_SOURCE = "https://docs.lenses.io/latest/connectors/kafka-connectors/sources/aws-s3";

export function s3BackupSections(ctx: RunbookContext): Section[] {
  const s = architectureOf(ctx.arch, "s3-backup").s3Backup;
  return [preChecks(ctx, s), restore(ctx, s), afterRestore(ctx, s)];
}

const sinkFlags = (ctx: RunbookContext, s: S3BackupSpec) =>
  awsFlags(ctx, ctx.source.isMsk ? "source" : "target", s.connectorRegion);
const bucketFlags = (ctx: RunbookContext, s: S3BackupSpec) => awsFlags(ctx, "target", s.bucketRegion);

/** State of a connector: the sink runs beside the cluster it reads, the restore connector beside the target. */
function connectorState(ctx: RunbookContext, s: S3BackupSpec, name: string, flags = sinkFlags(ctx, s)): string {
  return bash(
    `aws kafkaconnect list-connectors --connector-name-prefix ${name} \\`,
    `  --query 'connectors[].[connectorName,connectorState]' --output text ${flags}`,
  );
}

function preChecks(ctx: RunbookContext, s: S3BackupSpec): Section {
  const rotate = s.rotateIntervalMs / 1000;
  const steps: Step[] = [
    {
      title: "The S3 sink connector is RUNNING",
      body: [connectorState(ctx, s, s.connectorName)],
      verify: `\`${s.connectorName}\` shows \`RUNNING\`.`,
      sources: [`${KAFKACONNECT_CLI}list-connectors.html`],
    },
    {
      title: "New objects arrive in the bucket",
      body: [
        bash(
          `aws s3api list-objects-v2 --bucket ${s.bucketName} --prefix "$TOPIC" \\`,
          `  --query 'sort_by(Contents,&LastModified)[-1].[Key,LastModified]' --output text ${bucketFlags(ctx, s)}`,
        ),
      ],
      verify: `the newest object for \`$TOPIC\` is younger than the rotation interval (${formatSeconds(rotate)}) plus a few minutes: that age is your current recovery point.`,
      sources: [src("s3.rpo")],
    },
    {
      title: "The sink keeps up with the topics",
      body: [
        `MSK Connect sink connectors consume as the group \`connect-${s.connectorName}\`:`,
        bash(consumerGroups("source", `--describe --group connect-${s.connectorName}`)),
      ],
      verify: "the `LAG` column is small and stable for every partition.",
    },
    {
      title: "The topic inventory is saved beside the backup",
      body: [
        "A restore needs every topic's partition count and configuration, even when the source cluster is gone. Save them with the backup after every topic change:",
        bash(
          `${topics("source", "--describe")} > topics.txt`,
          `aws s3 cp topics.txt s3://${s.bucketName}/inventory/topics.txt ${bucketFlags(ctx, s)}`,
        ),
      ],
      verify: `\`aws s3 ls s3://${s.bucketName}/inventory/ ${bucketFlags(ctx, s)}\` lists \`topics.txt\` with today's date.`,
      sources: [src("s3.not-hot-standby")],
    },
    {
      title: "The bucket keeps versions",
      body: [bash(`aws s3api get-bucket-versioning --bucket ${s.bucketName} ${bucketFlags(ctx, s)}`)],
      verify: `\`Status\` is \`Enabled\`, and the lifecycle rule keeps ${s.retentionDays} days (\`aws s3api get-bucket-lifecycle-configuration --bucket ${s.bucketName}\`).`,
    },
  ];
  steps.push(
    alarmsQuiet(
      ctx,
      sinkFlags(ctx, s),
      ctx.source.isMsk ? "errored tasks, running tasks, the sink's time lag" : "errored tasks, running tasks",
      ctx.source.isMsk
        ? `the sink's consumer-group time lag against a line at the RPO (${formatSeconds(ctx.a.rpo)}), its tasks and its record rates`
        : "the connector's tasks and its record rates",
    ),
  );
  return {
    title: "Pre-checks: is the backup healthy?",
    intro: ["Run these every week and whenever an alarm fires."],
    steps,
  };
}

function restore(ctx: RunbookContext, s: S3BackupSpec): Section {
  const r = ctx.assessment?.recovery;
  const restoreName = `${ctx.arch.name}-s3-restore`;
  const intro = [
    `S3 is not a hot standby: recovery means replaying the archive into ${ctx.targetLabel}. **What may be lost:** everything written since the last object, up to the rotation interval (${formatSeconds(s.rotateIntervalMs / 1000)}${r ? `; the plan's expected recovery point is about ${formatSeconds(r.rpoSeconds)}, your objective ${formatSeconds(ctx.a.rpo)}` : ""}). **How consumers resume:** restored records get new offsets, so committed offsets are meaningless; consumers start from the earliest offset or from a timestamp.${r ? ` Expect the restore to take about ${formatMinutes(r.rtoMinutes)} (objective ${formatMinutes(ctx.a.rto)}).` : ""}`,
  ];
  const config = [
    "cat > restore.json <<'EOF'",
    "{",
    `  "connectorName": "${restoreName}",`,
    `  "kafkaConnectVersion": "${s.kafkaConnectVersion}",`,
    `  "capacity": { "provisionedCapacity": { "mcuCount": ${s.mcuCountPerWorker}, "workerCount": ${s.workerCount} } },`,
    // The generated code creates it in the bucket's Region: a fixed offset.storage.topic, so a restore resumes.
    `  "workerConfiguration": { "workerConfigurationArn": "<the ${ctx.a.iac === "cloudformation" ? "RestoreWorkerConfigurationArn" : "restore_worker_configuration_arn"} output>", "revision": 1 },`,
    `  "connectorConfiguration": {`,
    `    "connector.class": "io.lenses.streamreactor.connect.aws.s3.source.S3SourceConnector",`,
    `    "tasks.max": "${Math.max(1, s.workerCount)}",`,
    `    "connect.s3.aws.region": "${s.bucketRegion}",`,
    `    "connect.s3.kcql": "INSERT INTO <topic> SELECT * FROM ${s.bucketName}:<topic-prefix> STOREAS <format> PROPERTIES('store.envelope'=true)"`,
    `  },`,
    `  "kafkaCluster": { "apacheKafkaCluster": { "bootstrapServers": "<target bootstrap brokers>", "vpc": { "subnets": ["<subnet-id>"], "securityGroups": ["<security-group-id>"] } } },`,
    `  "kafkaClusterClientAuthentication": { "authenticationType": "${ctx.a.auth === "iam" ? "IAM" : "NONE"}" },`,
    `  "kafkaClusterEncryptionInTransit": { "encryptionType": "TLS" },`,
    `  "plugins": [ { "customPlugin": { "customPluginArn": "<arn of the S3 connector plugin the sink uses>", "revision": 1 } } ],`,
    `  "serviceExecutionRoleArn": "<arn of a role that can read ${s.bucketName}>"`,
    "}",
    "EOF",
    `aws kafkaconnect create-connector --cli-input-json file://restore.json ${awsFlags(ctx, "target", ctx.arch.standbyRegion)}`,
  ];
  const steps: Step[] = [
    {
      title: "Decide what to restore, and from when",
      body: [
        `List the archive of each topic to restore; after a bad write or a deletion, pick the last good time.`,
        bash(
          `aws s3 ls s3://${s.bucketName}/ ${bucketFlags(ctx, s)}`,
          `aws s3 ls s3://${s.bucketName}/"$TOPIC"/ --recursive ${bucketFlags(ctx, s)} | tail -5`,
        ),
      ],
      verify:
        "every topic to restore has objects up to the expected point in time, and the scope is written in the incident record.",
    },
    {
      title: "Pre-create the topics with the same partition counts",
      body: [
        "Auto-created topics would take the broker defaults: with fewer partitions the restore fails or stalls, with more the extra ones stay empty. Read the counts from the saved inventory:",
        bash(
          `aws s3 cp s3://${s.bucketName}/inventory/topics.txt - ${bucketFlags(ctx, s)} | grep -E "^Topic: $TOPIC\\s"`,
          topics(
            "target",
            '--create --topic "$TOPIC" --partitions <PartitionCount from the inventory> --replication-factor 3',
          ),
        ),
      ],
      verify: `\`${topics("target", '--describe --topic "$TOPIC"')}\` shows the same \`PartitionCount\` as the inventory.`,
      sources: [src("s3.not-hot-standby")],
    },
    {
      title: "Start the restore connector",
      body: [
        `Run an S3 source connector on MSK Connect that reads the objects the sink wrote (message envelope on, so keys, headers and partitions are rebuilt). Use the same bucket prefix and \`STOREAS\` format as the sink's \`connect.s3.kcql\` in the generated code:`,
        bash(...config),
        connectorState(ctx, s, restoreName, awsFlags(ctx, "target", ctx.arch.standbyRegion)),
      ],
      verify: `\`${restoreName}\` shows \`RUNNING\`, and \`${endOffsets("target", '"$TOPIC"')}\` grows between two runs.`,
      sources: [LENSES_S3_SOURCE, `${KAFKACONNECT_CLI}create-connector.html`, src("s3.offsets-lost")],
    },
    {
      title: "Wait for the replay to finish",
      body: [bash(endOffsets("target", '"$TOPIC"'), "sleep 60", endOffsets("target", '"$TOPIC"'))],
      verify:
        "the end offsets no longer change, and the record count per partition matches the archive (the envelope keeps each record's original partition and offset).",
    },
    {
      title: "Delete the restore connector",
      body: [
        bash(
          `RESTORE_ARN=$(aws kafkaconnect list-connectors --connector-name-prefix ${restoreName} --query 'connectors[0].connectorArn' --output text ${awsFlags(ctx, "target", ctx.arch.standbyRegion)})`,
          `aws kafkaconnect delete-connector --connector-arn "$RESTORE_ARN" ${awsFlags(ctx, "target", ctx.arch.standbyRegion)}`,
        ),
      ],
      verify: `\`${restoreName}\` no longer appears in \`aws kafkaconnect list-connectors\`.`,
      sources: [`${KAFKACONNECT_CLI}delete-connector.html`],
    },
    {
      title: "Position consumers: from the earliest offset or a timestamp",
      body: [
        "Offsets did not survive the restore. Before starting each group, set its position explicitly:",
        bash(
          consumerGroups("target", '--group "$GROUP" --topic "$TOPIC" --reset-offsets --to-earliest --execute'),
          "# or, to skip what was already processed before the incident:",
          consumerGroups(
            "target",
            '--group "$GROUP" --topic "$TOPIC" --reset-offsets --to-datetime <YYYY-MM-DDTHH:mm:SS.sss> --execute',
          ),
        ),
      ],
      verify: `\`${consumerGroups("target", '--describe --group "$GROUP"')}\` shows \`CURRENT-OFFSET\` at the chosen position for every partition.`,
      sources: [src("s3.offsets-lost")],
    },
    {
      title: "Point producers and consumers at the restored cluster",
      body: [
        "Repoint applications at `$TARGET_BOOTSTRAP`; topic names are the same as before.",
        bash(consumerGroups("target", '--describe --group "$GROUP"')),
      ],
      verify: "the group has active members and its `LAG` falls towards 0; producers log no errors.",
    },
  ];
  return { title: "Restore from the backup", intro, steps };
}

function afterRestore(ctx: RunbookContext, s: S3BackupSpec): Section {
  return {
    title: "After the restore",
    intro: ["The backup protects the cluster producers write to: make sure it follows them."],
    steps: [
      {
        title: "Back up the cluster that now takes the writes",
        body: [
          `If producers stay on the restored cluster, re-apply the generated IaC with that cluster as the sink's source (or create a second sink), so \`${s.bucketName}\` keeps receiving objects.`,
          connectorState(ctx, s, s.connectorName),
        ],
        verify: `a sink connector is \`RUNNING\` against the cluster producers use, and new objects for \`$TOPIC\` appear in \`${s.bucketName}\` within ${formatSeconds(s.rotateIntervalMs / 1000)}.`,
      },
      {
        title: "Refresh the topic inventory",
        body: [
          bash(
            `${topics("target", "--describe")} > topics.txt`,
            `aws s3 cp topics.txt s3://${s.bucketName}/inventory/topics.txt ${bucketFlags(ctx, s)}`,
          ),
        ],
        verify: `\`s3://${s.bucketName}/inventory/topics.txt\` lists the restored cluster's topics.`,
      },
    ],
  };
}
