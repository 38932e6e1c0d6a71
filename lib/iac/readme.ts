import { architectureOf } from "@/lib/architecture";
import { answerInWords } from "@/lib/answers";
import { replicatorsPerDirection } from "@/lib/estimates";
import { replicatorSplitNote } from "@/lib/scoring";
import { PRIMARY_BROKERS_INPUT, clientSwitchPlacements, hasClientSwitch } from "./model/client-switch";
import { s3SinkPort } from "./model/connector";
import { clusterAuth, optionName, s3SinkUsesIam, type IacContext } from "./model/context";
import type { BundleFile } from "./model/files";
import { inputsFor, type InputDef } from "./model/inputs";
import { usesSourceAccountRole } from "./model/mirrormaker2";
import {
  TEMPLATE_FILES,
  cloudFormationStack,
  failbackPlacements,
  needsSourceClusterPolicy,
  needsTargetClusterPolicy,
  replicatorPlans,
  terraformRoot,
  terraformRootPerRegion,
  terraformRoots,
  type StackRef,
} from "./model/placement";
import { AWS_PROVIDER_CONSTRAINT } from "./model/provider";
import {
  MM2_NAMESPACE,
  messageLagThreshold,
  mm2Alarms,
  multiAzAlarms,
  s3BackupAlarms,
  type AlarmDef,
} from "./model/alarms";
import { DASHBOARD_SUFFIX } from "./model/dashboard";
import { input, literal } from "./model/expr";
import { CLOUDWATCH_AGENT_POLICY, JMX_EXPORTER_JAR, JMX_EXPORTER_PORT } from "./model/mm2-metrics";
import {
  ALARM_TOPIC,
  CLUSTER_TOGGLE,
  FAILBACK_TOGGLE,
  MONITORED_CLUSTER,
  REVERSE_STACK_TOGGLE,
  ROLLBACK_SECRET,
} from "./model/toggles";

// README.md of the bundle: what the files are, how to apply them in order, and what the code
// cannot do for you (turning on multi-VPC connectivity, building the MirrorMaker 2 image, a restore).

const md = (s: string) => s.replace(/[\\`*_[\]<>|]/g, (c) => `\\${c}`);

const FILE_PURPOSE: Record<string, string> = {
  "versions.tf": "Terraform and provider versions, providers and common tags.",
  "variables.tf": "Inputs, with descriptions and validations.",
  "main.tf": "The resources.",
  "outputs.tf": "What you need after applying (ARNs, names, policies for another account).",
  "template.yaml": "The CloudFormation template for the main Region.",
  "source-region.yaml": "A second CloudFormation template for the source cluster's Region.",
  "backup-bucket.yaml": "A second CloudFormation template for the backup bucket's Region.",
  "mirrormaker2.properties": "MirrorMaker 2 configuration (dedicated mode); the task definition carries the same text.",
  "README.md": "This file.",
  "RUNBOOK.md": "Failover and failback steps.",
  "DECISION-RECORD.md": "Why this option, what was weighed, and the diagram.",
  "architecture.svg": "The architecture diagram (normal operation) that DECISION-RECORD.md shows.",
};

/** What a file is for; a file in a Region's root folder says which root it belongs to. */
function filePurpose(ctx: IacContext, path: string): string {
  const slash = path.lastIndexOf("/");
  const purpose = FILE_PURPOSE[path.slice(slash + 1)] ?? "";
  if (slash < 0) return purpose;
  const root = terraformRoots(ctx.arch).find((r) => r.dir === path.slice(0, slash));
  return root
    ? `${root.placement === "source" ? "Primary" : "Standby"} Region's root (${root.region}): ${purpose}`
    : purpose;
}

function inputsTable(ctx: IacContext, defs: InputDef[]): string[] {
  const tf = ctx.opts.format === "terraform";
  // CloudFormation's alarm topic parameter says "none" rather than "" (see cloudformation/builder.ts).
  const shown = (d: InputDef) =>
    !tf && d.key === ALARM_TOPIC.key
      ? "none"
      : !tf && d.cfnNone
        ? d.cfnNone.word
        : d.default === ""
          ? '""'
          : String(d.default);
  const rows = defs
    .filter((d) => tf || d.cfn !== "")
    .map(
      (d) =>
        `| \`${tf ? d.key : d.cfn}\` | ${md(!tf && d.key === ALARM_TOPIC.key ? ALARM_TOPIC.cfnDescription : !tf && d.cfnNone ? d.cfnNone.description : d.description)} | ${d.default === undefined ? "required" : `\`${md(shown(d))}\``} |`,
    );
  return [`| ${tf ? "Variable" : "Parameter"} | What it is | Default |`, "|---|---|---|", ...rows];
}

/** The example lines of a terraform.tfvars with the required inputs of one root. */
function tfvarsExample(defs: InputDef[], indent: string): string[] {
  return [
    `${indent}\`\`\`hcl`,
    ...defs.map((d) => `${indent}${d.key} = ${d.type === "list" ? `["…", "…"]` : d.type === "number" ? "0" : `"…"`}`),
    `${indent}\`\`\``,
  ];
}

/** Required inputs a root's variables.tf declares without a default. */
function requiredIn(ctx: IacContext, files: BundleFile[], dir: string): InputDef[] {
  const text = files.find((f) => f.path === `${dir}/variables.tf`)?.content ?? "";
  return inputsFor(ctx).filter((d) => d.default === undefined && text.includes(`variable "${d.key}" {`));
}

/** Apply steps of Terraform split into one root per Region, and how to work during an outage. */
function splitApplySteps(ctx: IacContext, files: BundleFile[]): string[] {
  const [primary, standby] = terraformRoots(ctx.arch);
  if (!primary || !standby) return [];
  const reps = replicatorPlans(ctx);
  const steadyReverse = reps.some((r) => r.placement === "source" && !r.toggled);
  const chdir = (dir: string, rest: string) => `\`terraform -chdir=${dir} ${rest}\``;
  const created = ctx.createTarget && reps.some((r) => r.placement === "source");
  const steps = [
    `1. In each folder write a \`terraform.tfvars\` with its required inputs. \`${primary.dir}/terraform.tfvars\`:`,
    "",
    ...tfvarsExample(requiredIn(ctx, files, primary.dir), "   "),
    "",
    `   \`${standby.dir}/terraform.tfvars\`:`,
    "",
    ...tfvarsExample(requiredIn(ctx, files, standby.dir), "   "),
    "",
    `2. Give each root its own state, **in its own Region**: the standby root's state must stay readable when ${primary.region} is down. For example, a \`backend.tf\` in \`${standby.dir}/\` with \`terraform { backend "s3" { bucket = "<a state bucket in ${standby.region}>", key = "${ctx.arch.name}/${standby.dir}.tfstate", region = "${standby.region}", use_lockfile = true } }\` (Terraform 1.10 or later for \`use_lockfile\`), and the same in \`${primary.dir}/\` with a bucket in ${primary.region}. Neither root reads the other's state: values cross as inputs.`,
    ...(created
      ? [
          `3. ${chdir(standby.dir, "init")}, then ${chdir(standby.dir, "apply -target=" + (ctx.target.type === "msk-serverless" ? "aws_msk_serverless_cluster.target" : "aws_msk_cluster.target"))}: it creates the target cluster only. Put its \`target_cluster_arn\` output into \`${primary.dir}/terraform.tfvars\`.`,
        ]
      : []),
    `${created ? 4 : 3}. ${chdir(primary.dir, "init")}, ${chdir(primary.dir, "plan -out plan.tfplan")}, read the plan, ${chdir(primary.dir, "apply plan.tfplan")}${needsSourceClusterPolicy(ctx.arch) ? ": it attaches the source cluster policy the forward replicator needs, and" : ":"} it creates the primary's copy of the clients' switch.`,
    `${created ? 5 : 4}. ${chdir(standby.dir, "init")}, ${chdir(standby.dir, "plan -out plan.tfplan")}, read the plan, ${chdir(standby.dir, "apply plan.tfplan")}.`,
    ...(steadyReverse
      ? [
          `${created ? 6 : 5}. Set \`${REVERSE_STACK_TOGGLE.key} = true\` in \`${primary.dir}/terraform.tfvars\` and apply \`${primary.dir}/\` again: the reverse replicator reads the target through the policy the standby root attached.`,
        ]
      : []),
    "",
    `**While ${primary.region} is down**, work in \`${standby.dir}/\` only: it holds no resource, provider or state in ${primary.region}, so \`terraform plan\` and \`apply\` there do not wait for it. IAM is global, with [one control plane, in us-east-1](https://docs.aws.amazon.com/IAM/latest/UserGuide/disaster-recovery-resiliency.html): ${primary.region === "us-east-1" ? "**here that is the failed Region**, so creating or changing roles and policies may fail and refreshing them may stall until it is back; existing roles keep working. Plan with `-refresh=false`, or limit the change with `-target`, to change anything else in the standby Region." : `an outage of ${primary.region} does not affect it.`}`,
  ];
  return steps;
}

/** The failback.auto.tfvars file(s) that hold the failback toggle, in the order to apply them. */
function failbackTfvars(ctx: IacContext): string {
  const dirs = [...new Set(failbackPlacements(ctx.arch).map((p) => terraformRoot(ctx.arch, p).dir))];
  return dirs.map((d) => `\`${d ? `${d}/` : ""}failback.auto.tfvars\``).join(", then ");
}

function applySteps(ctx: IacContext, files: BundleFile[]): string[] {
  if (ctx.opts.format === "terraform" && terraformRootPerRegion(ctx.arch)) {
    const [primary, standby] = terraformRoots(ctx.arch);
    return [
      `Requires Terraform 1.6 or later and the \`hashicorp/aws\` provider \`${AWS_PROVIDER_CONSTRAINT}\`${ctx.arch.option === "msk-replicator" ? " (the first release with every MSK Replicator argument used here)" : " (the release line the generated code is validated against)"}.`,
      "",
      `The code is two root modules, one per Region, each with its own providers, inputs, state and outputs: \`${primary!.dir}/\` for the primary cluster's Region (${primary!.region}) and \`${standby!.dir}/\` for the standby's (${standby!.region}). Everything in the standby Region can then be planned and applied while the primary Region is down.`,
      "",
      ...splitApplySteps(ctx, files),
    ];
  }
  if (ctx.opts.format === "terraform") {
    const required = inputsFor(ctx).filter((d) => d.default === undefined);
    return [
      `Requires Terraform 1.6 or later and the \`hashicorp/aws\` provider \`${AWS_PROVIDER_CONSTRAINT}\`${ctx.arch.option === "msk-replicator" ? " (the first release with every MSK Replicator argument used here)" : " (the release line the generated code is validated against)"}.`,
      "",
      "1. Write a `terraform.tfvars` with the required inputs, for example:",
      "",
      "   ```hcl",
      ...required.map((d) => `   ${d.key} = ${d.type === "list" ? `["…", "…"]` : d.type === "number" ? "0" : `"…"`}`),
      "   ```",
      "2. `terraform init`",
      "3. `terraform plan -out plan.tfplan` and read the plan.",
      "4. `terraform apply plan.tfplan`",
    ];
  }
  const templates = files.filter((f) => f.path.endsWith(".yaml")).map((f) => f.path);
  const deploy = (s: StackRef) =>
    `   \`aws cloudformation deploy --template-file ${s.file} --stack-name ${s.stack} --region ${s.region} --capabilities CAPABILITY_NAMED_IAM --parameter-overrides Key=Value …\``;
  const [main, source, backup] = (["main", "source", "backup"] as const).map((p) =>
    templates.includes(TEMPLATE_FILES[p]) ? cloudFormationStack(ctx.arch, p) : undefined,
  );
  const steps: string[] = [];
  if (source) {
    const steady = replicatorPlans(ctx).some((r) => r.placement === "source" && !r.toggled);
    steps.push(
      `1. In the source Region (${source.region}), deploy \`${source.file}\`${steady ? ` with \`${REVERSE_STACK_TOGGLE.cfn}=false\`` : ""}: it ${[
        needsSourceClusterPolicy(ctx.arch) ? "attaches the source cluster policy" : "",
        clientSwitchPlacements(ctx).includes("source") ? "creates the primary's copy of the clients' switch" : "",
      ]
        .filter(Boolean)
        .join(" and ")}.`,
      deploy(source),
      `2. In the target Region (${main!.region}), deploy \`${main!.file}\`:`,
      deploy(main!),
      ...(steady
        ? [
            `3. Update the source-Region stack with \`${REVERSE_STACK_TOGGLE.cfn}=true\` to create the reverse replicator.`,
          ]
        : []),
    );
  } else if (backup) {
    steps.push(
      `1. In ${backup.region}, deploy \`${backup.file}\`:`,
      deploy(backup),
      `2. In ${main!.region}, deploy \`${main!.file}\` with the same \`BucketName\`:`,
      deploy(main!),
    );
  } else {
    steps.push(`1. In ${main!.region}, deploy \`${main!.file}\`:`, deploy(main!));
  }
  return [
    "Requires the AWS CLI v2 and permission to create the resources below (IAM roles are named, hence `CAPABILITY_NAMED_IAM`).",
    "",
    ...steps,
  ];
}

const COMPARE: Record<AlarmDef["comparison"], string> = {
  GreaterThanThreshold: "above",
  GreaterThanOrEqualToThreshold: "at or above",
  LessThanThreshold: "below",
};

/** One README line per alarm, read from the same table the code is generated from. */
function alarmLines(ctx: IacContext, alarms: AlarmDef[]): string[] {
  const tf = ctx.opts.format === "terraform";
  return alarms.map((a) => {
    const threshold = a.thresholdInput
      ? `\`${tf ? a.thresholdInput : (inputsFor(ctx).find((d) => d.key === a.thresholdInput)?.cfn ?? a.thresholdInput)}\``
      : a.threshold.toLocaleString("en-US");
    const minutes = (a.period * a.evaluationPeriods) / 60;
    const over = a.query ? "the largest over every matching series (a Metrics Insights query)" : a.statistic;
    return `  - \`${a.metric}\` (\`${a.namespace}\`, ${over}) ${COMPARE[a.comparison]} ${threshold} for ${minutes} min${a.treatMissingData === "breaching" ? ", or missing" : ""}.`;
  });
}

/** Where the alarms go and where the dashboard is: the same for every option. */
function monitoringLines(ctx: IacContext, sourceRegionTopic = false): string[] {
  const tf = ctx.opts.format === "terraform";
  return [
    `- The alarms notify the SNS topic you give (\`${tf ? ALARM_TOPIC.key : ALARM_TOPIC.cfn}\`), or one this code creates (output \`${tf ? "alarm_topic_arn" : "AlarmTopicArn"}\`; subscribe your on-call address to it)${sourceRegionTopic ? ". Alarms in the source Region notify a topic created there (an alarm notifies a topic in its own Region): output `alarm_topic_arn_source`" : ""}.`,
    `- The CloudWatch dashboard \`<name>${DASHBOARD_SUFFIX}\` (output \`${tf ? "dashboard_name" : "DashboardName"}\`) shows ${
      ctx.arch.option === "multi-az"
        ? "the partitions at risk and the active controller (nothing is replicated to another cluster, so there is no lag to draw)"
        : `the lag against the RPO (a horizontal line at ${ctx.plan.answers.rpo} s)`
    } and the metrics the alarms watch.`,
  ];
}

function optionNotes(ctx: IacContext): string[] {
  const a = ctx.arch;
  const tf = ctx.opts.format === "terraform";
  const out: string[] = [];
  if (a.option === "msk-replicator") {
    const reps = replicatorPlans(ctx);
    const reverse = reps.find((r) => r.tf === "reverse");
    out.push("## MSK Replicator", "");
    // MSK Replicator reaches an MSK cluster with IAM only; a cluster on SASL/SCRAM, mTLS or no
    // authentication can turn IAM on beside it (msk-replicator-supported-configs).
    const withoutIam = [ctx.source, ctx.target].filter((c) => c.isMsk && clusterAuth(c) !== "iam");
    if (withoutIam.length > 0) {
      const which =
        withoutIam.length === 2
          ? "the source and target clusters"
          : withoutIam[0] === ctx.source
            ? "the source cluster"
            : "the target cluster";
      const auth = clusterAuth(withoutIam[0]!);
      const now = auth === "none" ? "unauthenticated access" : answerInWords("auth", auth);
      out.push(
        `- **Turn on IAM access control on ${which} before applying.** [MSK Replicator connects to an MSK cluster with IAM only](https://docs.aws.amazon.com/msk/latest/developerguide/msk-replicator-supported-configs.html), not with ${now}; an MSK cluster can have IAM on alongside it (console: cluster → Properties → Security settings, or \`aws kafka update-security\`), so your other clients keep ${now}.`,
      );
    }
    out.push(
      `- The replicator runs in the target cluster's Region and reaches ${ctx.external ? "the target" : "both clusters"} with IAM access control on port 9098${ctx.external ? "; it reads the self-managed source over TLS with its own credentials" : ""}. Creating one takes up to about 30 minutes${tf ? "; the Terraform timeouts are set to 60 min (create), 180 min (update) and 90 min (delete)" : ", and the stack waits for it"}.`,
      "- Its role has the AWS managed policy `AWSMSKReplicatorExecutionRole`." +
        (ctx.external
          ? " That policy has no Secrets Manager or KMS permissions, so an inline policy adds read access to the two secrets (and KMS decrypt through Secrets Manager only)."
          : ""),
      "- Whoever applies this code needs `iam:PassRole` on the role, `kafka:CreateReplicator`, the EC2 describe and network-interface permissions, and the CloudWatch Logs delivery permissions (`logs:CreateLogDelivery`, `logs:PutResourcePolicy`, `logs:DescribeResourcePolicies`, `logs:DescribeLogGroups`) for log delivery.",
      `- Alarms (namespace \`AWS/Kafka\`, dimension \`ReplicatorName\`): \`ReplicationLatency\` above the RPO (${ctx.plan.answers.rpo} s) for 5 minutes; \`MessageLag\` (its Maximum per minute: the metric is already summed over partitions) above ${messageLagThreshold(ctx).toLocaleString("en-US")} messages, about one RPO of traffic at the planned throughput; \`ReplicatorFailure\`, \`AuthError\` and \`ThrottleTime\` above 0. AuthError does not see topic-level refusals: a topic whose \`ReplicationLatency\` drops to 0 while producers still write to it is one. While a new replicator copies from EARLIEST, latency stays above the RPO until it catches up: expect that alarm on day one.`,
      ...monitoringLines(ctx, tf && replicatorPlans(ctx).some((r) => r.placement === "source")),
    );
    if (reps[0]?.spec.consumerGroupOffsetSyncMode === "LEGACY" && reps[0].spec.synchroniseConsumerGroupOffsets)
      out.push(
        "- Consumer-group offsets are synced with LEGACY mode, which translates offsets from source to target only; failback resets consumer offsets by time (RUNBOOK.md). The sync mode cannot be changed in place: moving to ENHANCED later replaces the replicator, which then copies again from its starting position.",
      );
    if (replicatorsPerDirection(ctx.plan.answers) > 1) out.push(`- **${replicatorSplitNote(ctx.plan.answers)}**`);
    if (needsSourceClusterPolicy(ctx.arch) || needsTargetClusterPolicy(ctx.arch)) {
      out.push(
        tf
          ? "- **A cluster has one cluster policy.** Applying this code replaces any policy the cluster already has, and destroying it removes the policy. If `aws kafka get-cluster-policy` returns one (other accounts or VPCs connect through multi-VPC connectivity), pass it as `source_cluster_existing_policy_json`" +
              (needsTargetClusterPolicy(ctx.arch) && !ctx.createTarget
                ? " (and `target_cluster_existing_policy_json` for the target)"
                : "") +
              ": its statements are merged into the generated policy."
          : "- **A cluster has one cluster policy.** The stack replaces any policy the cluster already has, and deleting the stack removes it. If `aws kafka get-cluster-policy` returns one (other accounts or VPCs connect through multi-VPC connectivity), add its statements to the `ClusterPolicy` resource's document before deploying, or have the cluster owner merge the generated statement into the existing policy and leave the resource out.",
      );
      out.push(
        "- **Cross-Region: turn on multi-VPC private connectivity with IAM on the source cluster before applying** (console: cluster → Properties → Networking settings, or `aws kafka update-connectivity`). The code attaches the cluster policy that lets `kafka.amazonaws.com` call `kafka:CreateVpcConnection`, `kafka:GetBootstrapBrokers` and `kafka:DescribeClusterV2`; no security group is needed on the source side." +
          (needsTargetClusterPolicy(ctx.arch)
            ? " The reverse replicator reads the target cluster across Regions too, so the target needs multi-VPC connectivity and the same policy."
            : ""),
      );
    } else if (!ctx.external) {
      out.push(
        "- Same Region: the source and target subnets must be in the same Availability Zones. Security group rules let the replicator's network interfaces reach both clusters' brokers on port 9098.",
      );
    }
    if (ctx.external) {
      out.push(
        `- Self-managed source: Kafka 2.8.1 or later, reached over VPN or Direct Connect from the target VPC, with TLS and ${clusterAuth(ctx.source) === "mtls" ? "mutual TLS" : "SASL/SCRAM (SHA-512)"}.${clusterAuth(ctx.source) === "oauth" ? " **Your cluster uses SASL/OAUTHBEARER, which MSK Replicator supports for external clusters, but the AWS provider and CloudFormation resource this code targets have no OAuth block for it: the code is written for SASL/SCRAM. Create this replicator with the CreateReplicator API (AWS CLI) and its OAuth client authentication instead, or enable SASL/SCRAM for the replicator's user.**" : ""} The user needs Read and Describe on every topic and group and Describe on the cluster. The replicator's network interfaces also need HTTPS to Secrets Manager and KMS (VPC endpoints or a NAT gateway).`,
        "- Store the credentials and the root CA certificate in Secrets Manager first; the code only takes their ARNs.",
      );
      if (reverse)
        out.push(
          `- **Two principals on the self-managed cluster.** The forward replicator reads with \`${tf ? "source_credentials_secret_arn" : "SourceCredentialsSecretArn"}\` (Read and Describe on all topics and groups, Describe on the cluster). The reverse (rollback) replicator writes there with \`${tf ? ROLLBACK_SECRET.key : ROLLBACK_SECRET.cfn}\`: it produces into the topics, creates missing ones and commits translated group offsets, so its user needs Describe, Read, Write, Create, DescribeConfigs and AlterConfigs on the topics, Describe and Read on the groups, and Describe, Create and IdempotentWrite on the cluster (Kafka's ACL for each request it sends).`,
        );
      if (tf)
        out.push(
          `- Known provider issue hashicorp/terraform-provider-aws#50070: updating a replicator whose source or target is the self-managed cluster (${reverse ? "both replicators here" : "the replicator here"}) may fail; change topics or groups with \`aws kafka update-replication-info\`, or replace the replicator (it copies again from its starting position).`,
        );
    }
    if (reverse) {
      const stacks = failbackPlacements(ctx.arch).map((p) => cloudFormationStack(ctx.arch, p));
      const toggleStacks =
        !tf && stacks.length > 1
          ? ` (in both stacks: \`${stacks[0]!.stack}\` in ${stacks[0]!.region}, then \`${stacks[1]!.stack}\` in ${stacks[1]!.region})`
          : "";
      out.push(
        reverse.toggled
          ? `- The reverse (failback) replicator is generated but **off**: set \`${tf ? FAILBACK_TOGGLE.key : FAILBACK_TOGGLE.cfn}\` to \`true\` during failover, as RUNBOOK.md says${toggleStacks}${tf ? ` (in ${failbackTfvars(ctx)}, which every later \`terraform apply\` there reads, so a plain apply does not remove the replicator again)` : ""}. It is created in ${reverse.spec.region} and starts at EARLIEST so that what was written on the standby during the event is copied back.`
          : `- The reverse replicator runs permanently in ${reverse.spec.region} (${reverse.spec.purpose})${reverse.spec.consumerGroupOffsetSyncMode === "ENHANCED" ? ", which ENHANCED consumer-group offset sync needs (with identical topic names) to translate offsets in both directions" : ""}.`,
      );
    }
  }
  if (a.option === "mirrormaker2") {
    const m = architectureOf(a, "mirrormaker2").mirrorMaker2;
    out.push("## MirrorMaker 2 on ECS Fargate", "");
    out.push(
      `- Build an image with Apache Kafka 3.5 or later in \`/opt/kafka\`${[ctx.source, ctx.target].some((c) => clusterAuth(c) === "iam") ? " and the `aws-msk-iam-auth` JAR in `/opt/kafka/libs`" : ""}, push it to ECR, and pass its URI as the image input.`,
      `- ${m.desiredCount} tasks of 1 vCPU / ${m.taskMemory / 1024} GB run in private subnets without public IPs. The properties file reaches the container as an environment variable; bootstrap servers and credentials come from the environment, injected by ECS from inputs and Secrets Manager, and are read with Kafka's \`EnvVarConfigProvider\`. No secret is in any file.`,
      m.exactlyOnce
        ? "- Exactly-once delivery is on (dedicated mode, Kafka 3.5+): the nodes talk to each other on port 8080 (internal REST), which the security group allows between tasks only. For an existing MirrorMaker 2 deployment, first roll out with `exactly.once.source.support = preparing`, then `enabled`."
        : "",
      `- **Lag in CloudWatch.** MirrorMaker 2 reports its replication latency only over JMX. Build the Prometheus JMX exporter java agent into the image at \`${JMX_EXPORTER_JAR}\`: \`KAFKA_OPTS\` loads it, with rules that expose only \`replication-latency-ms-max\`, \`record-age-ms-max\` and the connectors' running and failed task counts on localhost:${JMX_EXPORTER_PORT}. A CloudWatch agent sidecar in the same task (\`${tf ? "cloudwatch_agent_image" : "CloudWatchAgentImage"}\`; the task role has \`${CLOUDWATCH_AGENT_POLICY}\`) scrapes them and publishes them in the \`${MM2_NAMESPACE}\` namespace with the ECS \`ClusterName\` and \`ServiceName\` dimensions. Its subnets need HTTPS to CloudWatch Logs (the metrics arrive as embedded metric format) and to ECR Public for the agent image, or your own copy in ECR.`,
      "- Alarms:",
      ...alarmLines(ctx, mm2Alarms(ctx, input("name"), input("name"))),
      ...monitoringLines(ctx),
      "- Each task advertises its own address to the others (`rest.advertised.host.name`), read from the ECS task metadata endpoint v4 (Fargate platform 1.4.0 or later; `curl` or `wget` in the image, else `hostname -i`). A container health check lets ECS replace a task whose MirrorMaker 2 JVM is gone; whether it replicates is for the alarms.",
      `- **Open the brokers to the tasks.** The tasks' security group (output \`${tf ? "mm2_security_group_id" : "Mm2SecurityGroupId"}\`) may only leave for the Kafka ports of the two CIDR blocks you give (\`${tf ? "source_kafka_cidr" : "SourceKafkaCidr"}\`, \`${tf ? "target_kafka_cidr" : "TargetKafkaCidr"}\`); ${ctx.createTarget ? "the new target cluster already admits it, and the source cluster's security group" : "each existing cluster's security group"} needs an inbound rule from it (or from the tasks' subnets, across a peering) on the port of its listener.`,
    );
    if (a.crossAccount) {
      out.push(
        "- **Cross-account.** The tasks run in the target's account. In the source account:",
        a.crossRegion
          ? `  1. Multi-VPC private connectivity only reaches clients in the cluster's own Region, so connect the tasks' VPC to the source cluster's VPC with inter-Region VPC peering or a transit gateway, and let the tasks' subnets reach the brokers' port. Across a peering the data plane is authorised by the source account's role below; the cluster policy in the \`${tf ? "source_cluster_policy_json" : "SourceClusterPolicyJson"}\` output only serves multi-VPC connectivity in the cluster's own Region, so it is not needed on this path.`
          : `  1. Turn on multi-VPC private connectivity on the source cluster, attach the cluster policy from the \`${tf ? "source_cluster_policy_json" : "SourceClusterPolicyJson"}\` output (\`aws kafka put-cluster-policy\`), then create the managed VPC connection in this account (\`aws kafka create-vpc-connection\`) and use its bootstrap servers as the source's.`,
        ...(usesSourceAccountRole(ctx)
          ? [
              `  2. Create a role with the trust policy and permissions from the \`${tf ? "source_account_role_trust_policy_json" : "SourceAccountRoleTrustPolicyJson"}\` and \`${tf ? "source_account_role_policy_json" : "SourceAccountRolePolicyJson"}\` outputs, and pass its ARN as \`${tf ? "source_account_role_arn" : "SourceAccountRoleArn"}\`: MirrorMaker 2 assumes it (IAMLoginModule \`awsRoleArn\`) to read the source.`,
            ]
          : []),
      );
    }
  }
  if (a.option === "s3-backup") {
    const s = architectureOf(a, "s3-backup").s3Backup;
    out.push("## S3 backup through MSK Connect", "");
    out.push(
      "- Upload the connector plugin ZIP (Lenses Stream Reactor AWS S3 connector, with the `aws-msk-iam-auth` JAR if your build needs it) and pass its bucket ARN and key.",
      `- The connector runs ${s.workerCount} worker(s) × ${s.mcuCountPerWorker} MCU (inputs \`${tf ? "worker_count" : "WorkerCount"}\`, \`${tf ? "mcu_count" : "McuCount"}\` and \`${tf ? "tasks_max" : "TasksMax"}\`; two workers or more keep the backup running while MSK Connect replaces a failed one) on Kafka Connect ${s.kafkaConnectVersion}, ${ctx.external ? "with TLS to the cluster" : s3SinkUsesIam(ctx) ? "with IAM authentication and TLS to the cluster" : "with TLS and no client authentication to the cluster"}, and writes every topic in envelope mode (key, value, headers and the original topic, partition, offset and timestamp) every ${s.rotateIntervalMs / 1000} s.`,
      `- The bucket is versioned, encrypted with SSE-KMS, blocks public access, refuses requests without TLS, and expires objects after \`${tf ? "retention_days" : "RetentionDays"}\` (${s.retentionDays} days by default, the cost estimate's assumption: set what your records policy requires). Its name (\`${tf ? "bucket_name" : "BucketName"}\`) has no default: bucket names are unique across all AWS accounts.`,
      `- [S3 Object Lock](https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-lock.html) (\`${tf ? "object_lock_mode" : "ObjectLockMode"}\`, default \`${s.objectLockMode}\`) keeps every object for the retention period${s.objectLockMode === "NONE" ? " when turned on" : ""}: GOVERNANCE lets principals with \`s3:BypassGovernanceRetention\` delete early; COMPLIANCE lets nobody, not even the root user, delete or shorten it. It is set when the bucket is created, so choose before the first ${tf ? "apply" : "deploy"}.`,
      `- Topics whose names start with \`__\` (Kafka's and MSK's internal topics, MSK Connect's own) are not backed up (\`topics.regex\`).`,
      `- Alarms on the connector (MSK Connect metrics, dimension \`ConnectorName\`)${ctx.source.isMsk ? " and on the lag of its consumer group `connect-<name>-s3-sink` (MSK's consumer-lag metrics, which the connector's offset commits feed)" : ""}:`,
      ...alarmLines(ctx, s3BackupAlarms(ctx, input("name"))),
      ...monitoringLines(ctx),
      ...(ctx.source.isMsk
        ? [
            `- The code lets the workers' security group into the source cluster's security group (\`${tf ? "source_cluster_security_group_id" : "SourceClusterSecurityGroupId"}\`) on port ${s3SinkPort(ctx)}.`,
          ]
        : [
            "- **Let the workers in.** The self-managed brokers' firewall must accept the workers' subnets on the TLS listener's port.",
          ]),
      s.bucketRegion !== s.connectorRegion
        ? `- The bucket is in ${s.bucketRegion}, the workers in ${s.connectorRegion}: an S3 gateway endpoint only reaches buckets in its own Region, so the workers' subnets need a NAT gateway or an S3 interface endpoint that serves ${s.bucketRegion}.`
        : "- The workers reach S3 through a gateway endpoint or a NAT gateway.",
      ...(ctx.source.isMsk && s3SinkUsesIam(ctx) && clusterAuth(ctx.source) !== "iam"
        ? [
            `- **Turn on IAM access control on the source cluster before applying.** MSK Connect authenticates with IAM or not at all, not with ${clusterAuth(ctx.source) === "mtls" ? "mutual TLS" : "SASL/SCRAM"}; an MSK cluster can have IAM on alongside it, so your other clients are not affected.`,
          ]
        : []),
      ...(ctx.external
        ? [
            "- MSK Connect connects to a self-managed cluster without client authentication or with IAM only: for SASL/SCRAM, add a Secrets Manager config provider to a worker configuration and reference the secret from the connector configuration.",
          ]
        : []),
      "",
      "### Restoring",
      "",
      "1. Create the topics on the target cluster first, with the same partition counts as the originals (the source connector does not create them the way you want).",
      `2. Create an S3 *source* connector (same plugin) reading the bucket in envelope mode, writing to those topics, with the worker configuration this code creates (output \`${tf ? "restore_worker_configuration_arn" : "RestoreWorkerConfigurationArn"}\`): its \`offset.storage.topic\` is fixed, so a restore connector created again under the same name resumes where the last one stopped (MSK Connect reads that property from the worker configuration only).`,
      "3. Restored records get **new offsets**: committed consumer-group offsets do not apply. Restart consumers from the earliest offset, or seek by timestamp.",
      "4. Watch the connector's throughput and stop it when the replay has caught up.",
    );
  }
  if (a.option === "multi-az") {
    const m = architectureOf(a, "multi-az").multiAz;
    const express = ctx.source.type === "msk-express";
    out.push("## Multi-AZ", "");
    out.push(
      `- ${express ? `Express brokers fix \`default.replication.factor=${m.replicationFactor}\` and \`min.insync.replicas=${m.minInsyncReplicas}\` themselves (read-only), so the configuration only turns off \`auto.create.topics.enable\`.` : `The configuration sets \`default.replication.factor=${m.replicationFactor}\`, \`min.insync.replicas=${m.minInsyncReplicas}\` and \`unclean.leader.election.enable=false\`.`} With producers on \`acks=all\`, the cluster survives the loss of one Availability Zone without losing acknowledged writes. It does not survive the loss of the Region, or a deleted topic.`,
      `- \`${tf ? CLUSTER_TOGGLE.key : CLUSTER_TOGGLE.cfn}\` (off by default) also creates a new cluster of three brokers, one per Availability Zone, with IAM authentication, TLS and encryption at rest.`,
      `- Alarms on the new cluster, or on the existing cluster \`${tf ? MONITORED_CLUSTER.key : MONITORED_CLUSTER.cfn}\` names (none when neither; the per-broker metrics are read with a Metrics Insights query, so every broker is covered without listing it):`,
      ...alarmLines(ctx, multiAzAlarms(literal("<cluster>"))),
      ...monitoringLines(ctx),
      "",
      "### Checklist for an existing cluster",
      "",
      "- [ ] The cluster spans three Availability Zones, and its broker count is a multiple of three.",
      "- [ ] Apply the configuration: `aws kafka update-cluster-configuration --cluster-arn … --configuration-info Arn=…,Revision=… --current-version …` (a rolling restart).",
      "- [ ] Existing topics keep their replication factor: list them with `kafka-topics.sh --describe` and raise any below 3 with a partition reassignment.",
      "- [ ] Remove topic-level `min.insync.replicas` overrides below 2.",
      "- [ ] Producers use `acks=all` and idempotence (`enable.idempotence=true`), with retries.",
      `- [ ] Set \`${tf ? MONITORED_CLUSTER.key : MONITORED_CLUSTER.cfn}\` to the cluster's name so that the alarms on \`UnderMinIsrPartitionCount\`, \`UnderReplicatedPartitions\`, \`OfflinePartitionsCount\` and \`ActiveControllerCount\` (AWS/Kafka) watch it.`,
    );
  }
  if (hasClientSwitch(ctx)) {
    const primaryCopy = clientSwitchPlacements(ctx).length > 1;
    out.push(
      "## One switch for clients",
      "",
      `- Applications read where to connect from SSM Parameter Store: \`/<name>/kafka/bootstrap-brokers\` (the active cluster's bootstrap brokers for your clients' authentication) and \`/<name>/kafka/active-side\` (\`primary\` or \`standby\`), in the standby Region (${ctx.region})${primaryCopy ? ` and in the primary Region (${ctx.sourceRegion}), each created by that Region's ${tf ? "root" : "stack"}` : ""}. They start with the primary's value (\`${tf ? PRIMARY_BROKERS_INPUT.key : PRIMARY_BROKERS_INPUT.cfn}\`); RUNBOOK.md flips them on failover and failback.`,
      tf
        ? "- Their `lifecycle { ignore_changes = [value] }` keeps a later `terraform apply` from putting the primary's value back after a flip."
        : `- A stack update rewrites the parameters only when \`${PRIMARY_BROKERS_INPUT.cfn}\` itself changes: keep that parameter as it is (\`UsePreviousValue\`) after a flip, or the update points clients back at the primary.`,
      `- Attach the managed policy \`${tf ? "client_switch_read_policy_arn" : "ClientSwitchReadPolicyArn"}\` (\`ssm:GetParameter\` on those parameters) to every application role, and \`${tf ? "standby_client_policy_arn" : "StandbyClientPolicyArn"}\` (connect, read, write, groups and transactional IDs on the standby cluster only) to the roles that must work after a failover.`,
    );
  }
  if (ctx.createTarget)
    out.push(
      "",
      `- The target cluster is created by this code (${ctx.target.type === "msk-serverless" ? "MSK Serverless, IAM" : "three brokers in three Availability Zones, IAM authentication, TLS in transit, encryption at rest"}). ${tf ? " `lifecycle { prevent_destroy = true }` makes `terraform destroy` refuse to delete it: remove that block first to delete it on purpose." : " The stack keeps it when deleted (`DeletionPolicy: Retain`): delete it deliberately."}`,
    );
  return out.filter((l) => l !== "");
}

/** The plan's permalink with the format of this README (a CloudFormation README links to CloudFormation). */
function permalinkFor(ctx: IacContext): string {
  const p = ctx.arch.permalink;
  return /([?&])iac=[a-z]+/.test(p) ? p.replace(/([?&])iac=[a-z]+/, `$1iac=${ctx.opts.format}`) : p;
}

export function renderReadme(ctx: IacContext, files: BundleFile[], images: readonly string[] = []): string {
  const a = ctx.arch;
  const tf = ctx.opts.format === "terraform";
  const allFiles = [...files.map((f) => f.path), "README.md", "RUNBOOK.md", "DECISION-RECORD.md", ...images];
  const lines = [
    `# ${md(a.name)}: ${optionName(a.option)} (${tf ? "Terraform" : "CloudFormation"})`,
    "",
    `Generated by Kafka Replication Advisor from [this permalink](${permalinkFor(ctx).replace(/[()\s]/g, encodeURIComponent)}). Regenerate from the permalink rather than editing by hand. Review the code before you apply it.`,
    "",
    "## Files",
    "",
    ...allFiles.map((p) => `- \`${p}\`: ${filePurpose(ctx, p)}`),
    "",
    "## Apply",
    "",
    ...applySteps(ctx, files),
    "",
    "Existing clusters, networks and secrets are inputs, referenced by ID or ARN; nothing is looked up by name and no credential is written in these files. Every resource is tagged " +
      Object.entries(a.tags)
        .map(([k, v]) => `\`${k}=${md(v)}\``)
        .join(", ") +
      ".",
    "",
    "## Inputs",
    "",
    ...inputsTable(ctx, inputsFor(ctx)),
    "",
    ...optionNotes(ctx).flatMap((l) => (l.startsWith("## ") || l.startsWith("### ") ? ["", l, ""] : [l])),
    "",
  ];
  return `${lines
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim()}\n`;
}
