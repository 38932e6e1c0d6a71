import { describe, expect, it } from "vitest";
import { DEFAULT_ANSWERS, SOURCES, TARGETS, TOPOLOGIES, type Answers } from "@/lib/answers";
import { buildArchitecture, deploymentRegion, terraformRootPerRegion } from "@/lib/architecture";
import type { OptionId } from "@/lib/knowledge";
import { planFor } from "@/test/fixtures/plans";
import { assessOptions, buildPlan } from "@/lib/scoring";
import { attr, block, printHcl, raw } from "./hcl";
import { makeIacContext, type IacFormat } from "./model/context";
import { parseProperties } from "@/test/helpers/properties";
import { renderReadme } from "./readme";
import { codeFiles, lightPlan, parseTemplates, parseTerraform, terraformRootFiles } from "@/test/helpers/iac";
import { FACTS } from "@/lib/knowledge";
import { ASSUMPTIONS, clusterBrokers, estimateCost } from "@/lib/estimates";
import { MM2_METRICS, MM2_NAMESPACE, mm2Alarms, multiAzAlarms, replicatorAlarms, s3BackupAlarms } from "./model/alarms";
import { dashboardBody, dashboardFor } from "./model/dashboard";
import { input, literal } from "./model/expr";
import { JMX_EXPORTER_CONFIG, cloudWatchAgentConfig } from "./model/mm2-metrics";
import { replicatorPlans } from "./model/placement";

/**
 * The rules a deploy-readiness review found missing, each pinned on the generated code (the rule
 * that would have caught it), over the bundles where it applies.
 */

type Obj = Record<string, unknown>;
const list = (v: unknown): unknown[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

function bundle(query: string, option: OptionId | undefined, format: IacFormat, createTargetCluster = false) {
  const { plan, arch } = planFor(query, option);
  const files = codeFiles({ plan, arch, format, createTargetCluster });
  const readme = renderReadme(makeIacContext(plan, arch, { format, createTargetCluster }), files);
  // A file by its path, or by its name where the code is one root per Region and the name is unique.
  const text = (path: string) =>
    (files.find((f) => f.path === path) ?? files.filter((f) => f.path.endsWith(`/${path}`)).at(0))?.content ?? "";
  return { plan, arch, files, readme, text };
}

/** Every bundle of a small sample: each source, target and topology, each eligible option, both formats. */
function* sample(): Generator<
  ReturnType<typeof bundle> & { format: IacFormat; option: OptionId; createTargetCluster: boolean }
> {
  const base = buildPlan(DEFAULT_ANSWERS);
  for (const source of SOURCES)
    for (const target of TARGETS)
      for (const topology of TOPOLOGIES) {
        const answers: Answers = { ...DEFAULT_ANSWERS, source, target, topology };
        const plan = lightPlan(base, answers);
        for (const option of assessOptions(answers)
          .filter((o) => o.eligible)
          .map((o) => o.id)) {
          const arch = buildArchitecture(plan, option);
          for (const format of ["terraform", "cloudformation"] as const)
            for (const createTargetCluster of option === "msk-replicator" || option === "mirrormaker2"
              ? [false, true]
              : [false]) {
              const files = codeFiles({ plan, arch, format, createTargetCluster });
              const readme = renderReadme(makeIacContext(plan, arch, { format, createTargetCluster }), files);
              yield {
                plan,
                arch,
                files,
                readme,
                text: (p: string) =>
                  (files.find((f) => f.path === p) ?? files.find((f) => f.path.endsWith(`/${p}`)))?.content ?? "",
                format,
                option,
                createTargetCluster,
              };
            }
        }
      }
}

const resources = (docs: Obj[], type: string): [string, Obj][] =>
  docs.flatMap((d) =>
    Object.entries(((d.resource as Obj | undefined)?.[type] as Record<string, Obj[]> | undefined) ?? {}).map(
      ([n, b]) => [n, b[0]!] as [string, Obj],
    ),
  );

describe("HCL writer: alignment as terraform fmt does it", () => {
  it("aligns runs of single-line attributes; a bracketed multi-line value stands alone; a heredoc joins the run before it and ends it", () => {
    const text = printHcl([
      block(
        "resource",
        ["t", "n"],
        [
          attr("a", 1),
          attr("long_name", 2),
          attr("list", [
            raw("x"),
            raw(
              "yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy",
            ),
          ]),
          attr("b", 3),
          attr("cc", 4),
          attr("heredoc_name", raw("<<-EOT\n  x\nEOT")),
          attr("d", 5),
        ],
      ),
    ]);
    expect(text).toBe(
      [
        'resource "t" "n" {',
        "  a         = 1",
        "  long_name = 2",
        "  list = [",
        "    x,",
        "    yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy,",
        "  ]",
        "  b            = 3",
        "  cc           = 4",
        "  heredoc_name = <<-EOT",
        "    x",
        "  EOT",
        "  d = 5",
        "}",
        "",
      ].join("\n"),
    );
  });
});

describe("deploy-review rules over a sample of bundles", () => {
  const all = [...sample()];

  it("F4: every cluster the Terraform code creates refuses destroy; CloudFormation retains it", async () => {
    let seen = 0;
    for (const b of all) {
      if (b.format === "terraform") {
        const docs = await parseTerraform(b.files);
        for (const type of ["aws_msk_cluster", "aws_msk_serverless_cluster"])
          for (const [name, body] of resources(docs, type)) {
            seen++;
            expect((list(body.lifecycle)[0] as Obj | undefined)?.prevent_destroy, `${type}.${name}`).toBe(true);
          }
      } else
        for (const t of parseTemplates(b.files))
          for (const [id, r] of Object.entries((t.Resources ?? {}) as Record<string, Obj>))
            if (r.Type === "AWS::MSK::Cluster" || r.Type === "AWS::MSK::ServerlessCluster")
              expect(r.DeletionPolicy, id).toBe("Retain");
    }
    expect(seen).toBeGreaterThan(0);
  });

  it("F12: every service trust policy names the account (aws:SourceAccount)", () => {
    for (const b of all) {
      const code = b.files
        .filter((f) => !f.path.endsWith(".properties"))
        .map((f) => f.content)
        .join("\n");
      const trusts =
        b.format === "terraform"
          ? (code.match(/data "aws_iam_policy_document" "\w+_trust" \{[\s\S]*?\n\}/g) ?? [])
          : (code.match(/AssumeRolePolicyDocument:[\s\S]*?(?=\n {6}\w)/g) ?? []);
      expect(trusts.length, `${b.option} ${b.format}`).toBeGreaterThan(0);
      for (const t of trusts) expect(t, `${b.option} ${b.format}`).toContain("aws:SourceAccount");
    }
  });

  it("F11: replicator alarms read MessageLag's Maximum and include AuthError and ThrottleTime; every alarm notifies a topic", () => {
    for (const b of all) {
      const code = b.files.map((f) => f.content).join("\n");
      if (b.format === "terraform") {
        expect(code).not.toMatch(/alarm_actions\s*=\s*var\.alarm_topic_arn == "" \? \[\]/);
        for (const a of code.match(/resource "aws_cloudwatch_metric_alarm"[\s\S]*?\n\}/g) ?? [])
          expect(a).toMatch(/alarm_actions\s*= \[/);
      } else expect(code).not.toMatch(/AlarmActions: !If/);
      if (b.option !== "msk-replicator") continue;
      expect(code).toMatch(/AuthError/);
      expect(code).toMatch(/ThrottleTime/);
      const lag =
        b.format === "terraform"
          ? /metric_name\s*= "MessageLag"\s*\n\s*statistic\s*= "(\w+)"/.exec(code)
          : /MetricName: MessageLag\s*\n\s*Statistic: (\w+)/.exec(code);
      expect(lag?.[1]).toBe("Maximum");
    }
  });

  it("F8: MirrorMaker 2's running-task alarm follows the desired count input", () => {
    for (const b of all.filter((x) => x.option === "mirrormaker2")) {
      const code = b.files.map((f) => f.content).join("\n");
      if (b.format === "terraform")
        expect(code).toMatch(/metric_name\s*= "RunningTaskCount"[\s\S]*?threshold\s*= var\.desired_count/);
      else expect(code).toMatch(/MetricName: RunningTaskCount[\s\S]*?Threshold: !Ref DesiredCount/);
    }
  });

  it("F6: MirrorMaker 2 only writes into a cluster it replicates into; a disabled flow emits no heartbeats", () => {
    for (const b of all.filter((x) => x.option === "mirrormaker2")) {
      const props = parseProperties(b.text("mirrormaker2.properties"));
      for (const [k, v] of props)
        if (/^[\w-]+->[\w-]+\.enabled$/.test(k) && v === "false")
          expect(props.get(k.replace(/\.enabled$/, ".emit.heartbeats.enabled")), k).toBe("false");
      const oneWay = b.arch.option === "mirrormaker2" && b.arch.mirrorMaker2.directions.length === 1;
      if (!oneWay) continue;
      // The statements scoped to the source cluster carry no write action.
      const code = b.files.map((f) => f.content).join("\n");
      const sourceBlocks =
        code.match(/sid\s*= "(?:SourceCluster|MirrorMaker)\w*"[\s\S]*?\]\n/g) ??
        code.match(/Sid: (?:SourceCluster|MirrorMaker)\w*[\s\S]*?Resource/g) ??
        [];
      for (const s of sourceBlocks)
        expect(s).not.toMatch(/WriteData|CreateTopic|AlterTopic|AlterGroup|AlterCluster|TransactionalId/);
    }
  });

  it("F18, F19: MirrorMaker 2 takes one CIDR per cluster; its task has a health check and reads its address from the ECS task metadata endpoint", () => {
    let seen = 0;
    for (const b of all.filter((x) => x.option === "mirrormaker2")) {
      seen++;
      const code = b.files.map((f) => f.content).join("\n");
      expect(code).not.toMatch(/\bkafka_cidr\b|KafkaCidr\b(?<!SourceKafkaCidr|TargetKafkaCidr)/);
      expect(code).toContain("ECS_CONTAINER_METADATA_URI_V4");
      if (b.format === "terraform") {
        expect(code).toMatch(/cidr_ipv4\s*= var\.source_kafka_cidr/);
        expect(code).toMatch(
          /count\s*= var\.target_kafka_cidr == var\.source_kafka_cidr \? 0 : 1[\s\S]*?cidr_ipv4\s*= var\.target_kafka_cidr/,
        );
        expect(code).toMatch(/healthCheck = \{\n\s*command\s*= \["CMD-SHELL", /);
      } else {
        expect(code).toContain("CidrIp: !Ref SourceKafkaCidr");
        expect(code).toContain("CidrIp: !Ref TargetKafkaCidr");
        expect(code).toMatch(/HealthCheck:\n\s*Command:\n\s*- CMD-SHELL/);
      }
    }
    expect(seen).toBeGreaterThan(0);
  });

  it("F14: the S3 backup leaves internal topics out", () => {
    for (const b of all.filter((x) => x.option === "s3-backup"))
      expect(b.files.map((f) => f.content).join("\n")).toContain("^(?!__).*");
  });

  it("F14: the archive can be locked for its retention, the bucket name has no colliding default, capacity and restore workers are set by inputs", () => {
    let seen = 0;
    const queries = [
      "?goal=compliance&offsets=no&rto=600&name=audit-archive",
      "?goal=compliance&offsets=no&rto=600&secondary=us-east-1&name=audit-local",
      "?goal=dr&name=orders-dr",
    ];
    for (const b of queries.flatMap((q) =>
      (["terraform", "cloudformation"] as const).map((format) => bundle(q, "s3-backup", format)),
    )) {
      seen++;
      const code = b.files.map((f) => f.content).join("\n");
      // Kafka's and MSK's internal topics (and the restore's offset topic) are not archived.
      expect(code).toContain("^(?!__).*");
      if (b.files.some((f) => f.path.endsWith(".tf"))) {
        const vars = b.text("variables.tf");
        expect(/variable "bucket_name" \{[\s\S]*?\n\}/.exec(vars)![0]).not.toContain("default");
        for (const v of ["retention_days", "object_lock_mode", "worker_count", "mcu_count", "tasks_max"])
          expect(vars, v).toContain(`variable "${v}" {`);
        expect(code).toMatch(/object_lock_enabled\s*= var\.object_lock_mode != "NONE"/);
        expect(code).toMatch(
          /resource "aws_s3_bucket_object_lock_configuration" "backup" \{[\s\S]*?mode = var\.object_lock_mode\n\s*days = var\.retention_days/,
        );
        expect(code).toMatch(/expiration \{\n\s*days = var\.retention_days/);
        expect(code).toMatch(/worker_count = var\.worker_count\n\s*mcu_count\s*= var\.mcu_count/);
        expect(code).toMatch(/"tasks\.max"\s*= tostring\(var\.tasks_max\)/);
        // The restore workers' configuration lives where a restore runs: the bucket's Region.
        const restore = /resource "aws_mskconnect_worker_configuration" "restore" \{[\s\S]*?\n\}/.exec(code)![0];
        expect(restore).toContain("offset.storage.topic=__amazon_msk_connect_offsets_${var.name}-s3-restore");
        const split = b.arch.option === "s3-backup" && b.arch.s3Backup.bucketRegion !== b.arch.s3Backup.connectorRegion;
        expect(
          restore.includes("provider = aws.backup") || restore.includes("provider                = aws.backup"),
        ).toBe(split);
      } else {
        const bucketFile = b.files.find((f) => /ObjectLockConfiguration/.test(f.content))!;
        expect(bucketFile.content).toContain('Mode: !If ["ObjectLockCompliance", "COMPLIANCE", "GOVERNANCE"]');
        expect(bucketFile.content).toContain("Days: !Ref RetentionDays");
        expect(bucketFile.content).toContain("ExpirationInDays: !Ref RetentionDays");
        expect(bucketFile.content).toMatch(
          /RestoreWorkerConfiguration:\n\s*Type: AWS::KafkaConnect::WorkerConfiguration/,
        );
        expect(code).toMatch(/BucketName:\n\s*Type: String\n\s*Description: [^\n]*\n(?!\s*Default)/);
        expect(code).toContain("WorkerCount: !Ref WorkerCount");
        expect(code).toContain("tasks.max: !Ref TasksMax");
      }
      // A compliance archive is locked by default; the README says what each mode allows.
      const mode = b.arch.option === "s3-backup" ? b.arch.s3Backup.objectLockMode : undefined;
      expect(mode).toBe(b.plan.answers.goal === "compliance" ? "GOVERNANCE" : "NONE");
      expect(b.readme).toContain("COMPLIANCE lets nobody, not even the root user, delete or shorten it");
      expect(b.readme).toMatch(/restore_worker_configuration_arn|RestoreWorkerConfigurationArn/);
    }
    expect(seen).toBeGreaterThan(0);
  });

  it("F2: the S3 connector is let into an MSK source cluster's security group", () => {
    for (const b of all.filter((x) => x.option === "s3-backup" && x.arch.source.isMsk)) {
      const code = b.files.map((f) => f.content).join("\n");
      if (b.format === "terraform")
        expect(code).toMatch(
          /resource "aws_vpc_security_group_ingress_rule" "source_from_s3_sink" \{\n\s*security_group_id\s*= var\.source_cluster_security_group_id/,
        );
      else expect(code).toMatch(/SourceFromS3SinkIngress:\n\s*Type: AWS::EC2::SecurityGroupIngress/);
    }
  });

  it("SSM switch: both parameters, value ignored after creation (Terraform), read policy and standby client policy", () => {
    for (const b of all.filter((x) => x.option === "msk-replicator" || x.option === "mirrormaker2")) {
      const code = b.files.map((f) => f.content).join("\n");
      expect(code).toContain("/kafka/bootstrap-brokers");
      expect(code).toContain("/kafka/active-side");
      if (b.format === "terraform") {
        for (const p of code.match(/resource "aws_ssm_parameter"[\s\S]*?\n\}/g) ?? [])
          expect(p).toMatch(/ignore_changes = \[value\]/);
        expect(code).toMatch(/resource "aws_iam_policy" "client_switch_read"/);
        expect(code).toMatch(/resource "aws_iam_policy" "standby_client"/);
      } else {
        expect(code).toMatch(/ClientSwitchReadPolicy:\n\s*Type: AWS::IAM::ManagedPolicy/);
        expect(code).toMatch(/StandbyClientPolicy:\n\s*Type: AWS::IAM::ManagedPolicy/);
      }
    }
  });
});

describe("F7: failover does not depend on the failed Region", () => {
  const all = [...sample()].filter((b) => terraformRootPerRegion(b.arch));
  const section = (docs: Obj[], name: string): Obj[] => docs.flatMap((d) => list(d[name]) as Obj[]);
  const blocksOf = (docs: Obj[], kind: "resource" | "data"): [string, Obj][] =>
    section(docs, kind).flatMap((byType) =>
      Object.entries(byType).flatMap(([type, byName]) =>
        Object.entries(byName as Obj).flatMap(([name, bodies]) =>
          (list(bodies) as Obj[]).map((body) => [`${type}.${name}`, body] as [string, Obj]),
        ),
      ),
    );
  const variableDefault = (docs: Obj[], name: string): unknown =>
    (list(section(docs, "variable").find((v) => name in v)?.[name])[0] as Obj | undefined)?.default;

  it("every cross-Region Terraform bundle is a root per Region; the standby's has no provider, resource or state of the primary's", async () => {
    const seen = new Set<OptionId>();
    for (const b of all.filter((x) => x.format === "terraform")) {
      const where = `${b.option}${b.createTargetCluster ? " +target" : ""} ${b.arch.source.type}→${b.arch.target.type}`;
      const roots = terraformRootFiles(b.files);
      expect([...roots.keys()].sort(), where).toEqual(["primary", "standby"]);
      const primaryRegion = b.arch.source.region!;
      const standbyRegion = deploymentRegion(b.arch);
      expect(standbyRegion).not.toBe(primaryRegion);
      for (const [dir, region, regionVar] of [
        ["standby", standbyRegion, "region"],
        ["primary", primaryRegion, "source_region"],
      ] as const) {
        const files = roots.get(dir)!;
        const docs = await parseTerraform(files);
        // One provider, its own Region's: no alias another Region could hide behind.
        const providers = section(docs, "provider").flatMap((p) => list(p.aws) as Obj[]);
        expect(providers, `${where} ${dir}`).toEqual([expect.objectContaining({ region: `\${var.${regionVar}}` })]);
        expect(providers[0]!.alias, `${where} ${dir}`).toBeUndefined();
        expect(variableDefault(docs, regionVar), `${where} ${dir}`).toBe(region);
        for (const [address, body] of [...blocksOf(docs, "resource"), ...blocksOf(docs, "data")])
          expect(body.provider, `${where} ${dir}: ${address}`).toBeUndefined();
        if (dir === "standby") {
          // Nothing in the standby root reads the primary root's state, or any other state.
          const code = files.map((f) => f.content).join("\n");
          expect(code, where).not.toContain("terraform_remote_state");
          expect(
            blocksOf(docs, "data").map(([a]) => a.split(".")[0]),
            where,
          ).not.toContain("terraform_remote_state");
          // What the architecture places in the primary Region is not here.
          expect(code, where).not.toMatch(
            /resource "aws_msk_cluster_policy" "source"|resource "aws_msk_replicator" "reverse"/,
          );
        }
      }
      seen.add(b.option);
    }
    expect([...seen].sort()).toEqual(["mirrormaker2", "msk-replicator"]);
  });

  it("the clients' switch parameters exist in both Regions, each created by its own Region's root or stack", () => {
    const seen = new Set<string>();
    for (const b of all) {
      const where = `${b.option} ${b.format}`;
      if (b.format === "terraform") {
        const roots = terraformRootFiles(b.files);
        for (const [dir, suffix] of [
          ["primary", "primary_region"],
          ["standby", "standby_region"],
        ] as const) {
          const main = roots.get(dir)!.find((f) => f.path === "main.tf")!.content;
          expect(main, `${where} ${dir}`).toContain(`resource "aws_ssm_parameter" "bootstrap_brokers_${suffix}"`);
          expect(main, `${where} ${dir}`).toContain(`resource "aws_ssm_parameter" "active_side_${suffix}"`);
        }
      } else {
        for (const file of ["template.yaml", "source-region.yaml"]) {
          expect(b.text(file), `${where} ${file}`).toMatch(
            /ClientBootstrapBrokersParameter:\n\s*Type: AWS::SSM::Parameter/,
          );
          expect(b.text(file), `${where} ${file}`).toMatch(/ClientActiveSideParameter:\n\s*Type: AWS::SSM::Parameter/);
        }
        expect(b.readme, where).toContain(
          `--template-file source-region.yaml --stack-name ${b.arch.name}-source --region ${b.arch.source.region}`,
        );
      }
      seen.add(where);
    }
    expect(seen).toContain("mirrormaker2 terraform");
    expect(seen).toContain("mirrormaker2 cloudformation");
  });

  it("the README says where each root keeps its state and how to work while the primary Region is down", () => {
    const tf = bundle("?goal=dr&name=orders-dr", undefined, "terraform");
    expect(tf.readme).toContain("`terraform -chdir=standby plan -out plan.tfplan`");
    expect(tf.readme).toMatch(/backend "s3" \{ bucket = "<a state bucket in us-west-2>"[^`]*region = "us-west-2"/);
    expect(tf.readme).toContain("**While us-east-1 is down**, work in `standby/` only");
  });
});

describe("deploy-review rules on the reviewed bundles", () => {
  it("MSK clusters on SASL/SCRAM, mTLS or none: the replicator README says to turn IAM on beside it first, naming which clusters", () => {
    const turnOn = (q: string) =>
      /Turn on IAM access control on ([^.]*?) before applying/.exec(
        bundle(q, "msk-replicator", "terraform").readme,
      )?.[1];
    expect(turnOn("?auth=sasl-scram&name=a")).toBe("the source and target clusters");
    expect(turnOn("?auth=mtls&name=a")).toBe("the source and target clusters");
    // A created target is made with IAM, and a self-managed source is reached with its own credentials.
    expect(
      /Turn on IAM access control on ([^.]*?) before applying/.exec(
        bundle("?auth=mtls&name=a", "msk-replicator", "terraform", true).readme,
      )?.[1],
    ).toBe("the source cluster");
    expect(turnOn("?source=self-managed&auth=sasl-scram&name=a")).toBe("the target cluster");
    expect(turnOn("?auth=iam&name=a")).toBeUndefined();
  });

  it("F1, F9, F13: the migration's reverse replicator writes with its own principal and role; the self-managed entry has a VPC", () => {
    const q = "?goal=migration&source=on-premises&target=msk-express&auth=sasl-scram&name=legacy-move";
    const tf = bundle(q, undefined, "terraform", true);
    const main = tf.text("main.tf");
    const reverse = /resource "aws_msk_replicator" "reverse" \{[\s\S]*?\n\}/.exec(main)![0];
    expect(reverse).toContain("secret_arn = var.rollback_credentials_secret_arn");
    expect(reverse).toContain("aws_iam_role.reverse_replicator.arn");
    expect(reverse).toMatch(/apache_kafka_cluster \{[\s\S]*?\}\n[\s\S]*?vpc_config \{/);
    expect(tf.readme).toMatch(/Write, Create, DescribeConfigs and AlterConfigs on the topics/);
    const cfn = bundle(q, undefined, "cloudformation", true);
    expect(cfn.text("template.yaml")).toContain("!Ref RollbackCredentialsSecretArn");
  });

  it("F10: a new Express cluster defaults to a Kafka version AWS documents for Express, and only Express instance types", () => {
    const tf = bundle(
      "?goal=migration&source=on-premises&target=msk-express&auth=sasl-scram&name=legacy-move",
      undefined,
      "terraform",
      true,
    );
    const vars = tf.text("variables.tf");
    expect(vars).toMatch(/variable "target_kafka_version" \{[\s\S]*?default\s*= "3\.8\.x"/);
    expect(vars).toMatch(/variable "target_broker_instance_type" \{[\s\S]*?\^express/);
  });

  it("F3: a bucket in another Region: the connector reads its Region from the variable; the guidance names NAT or an interface endpoint", () => {
    const tf = bundle("?goal=compliance&offsets=no&rto=600&name=audit-archive", "s3-backup", "terraform");
    expect(tf.text("main.tf")).toMatch(/"connect\.s3\.aws\.region"\s*= var\.backup_region/);
    expect(tf.readme).toMatch(/NAT gateway or an S3 interface endpoint/);
  });

  it("F5: the Terraform cluster policy merges the cluster's existing one; both READMEs warn", () => {
    const tf = bundle("?goal=dr&name=orders-dr", undefined, "terraform");
    expect(tf.text("primary/main.tf")).toMatch(
      /data "aws_iam_policy_document" "source_cluster_policy" \{\n\s*source_policy_documents = var\.source_cluster_existing_policy_json == "" \? \[\] : \[var\.source_cluster_existing_policy_json\]/,
    );
    expect(tf.readme).toContain("A cluster has one cluster policy.");
    expect(bundle("?goal=dr&name=orders-dr", undefined, "cloudformation").readme).toContain(
      "A cluster has one cluster policy.",
    );
  });

  it("F16: failover outputs: target brokers, the topic prefix where names are prefixed", () => {
    const tf = bundle("?goal=dr&topology=active-active&naming=prefixed&name=payments", undefined, "terraform");
    expect(tf.text("standby/outputs.tf")).toContain('output "target_bootstrap_brokers_iam"');
    expect(tf.text("standby/outputs.tf")).toMatch(/output "forward_topic_prefix" \{[\s\S]*?source_kafka_cluster_alias/);
    expect(tf.text("primary/outputs.tf")).toMatch(/output "reverse_topic_prefix" \{[\s\S]*?source_kafka_cluster_alias/);
  });

  it("F21: a CloudFormation README talks CloudFormation and links the CloudFormation permalink", () => {
    for (const [q, option] of [
      ["?goal=dr&name=orders-dr", undefined],
      ["?goal=dr&accounts=cross&name=shared-dr", "mirrormaker2"],
      ["?goal=compliance&name=a", "s3-backup"],
    ] as const) {
      const cfn = bundle(q, option, "cloudformation");
      expect(cfn.readme).not.toMatch(/terraform/i);
    }
  });
});

/** Every CloudWatch alarm and dashboard of a bundle, read from the parsed code. */
async function monitoring(b: { files: ReturnType<typeof codeFiles>; format: IacFormat }) {
  if (b.format === "terraform") {
    const docs = await parseTerraform(b.files);
    return {
      alarms: resources(docs, "aws_cloudwatch_metric_alarm").map(([n, a]) => ({
        id: n,
        namespace: a.namespace as string | undefined,
        metric: a.metric_name as string | undefined,
        query: (list(a.metric_query)[0] as Obj | undefined)?.expression as string | undefined,
        threshold: a.threshold,
        actions: a.alarm_actions,
      })),
      dashboards: resources(docs, "aws_cloudwatch_dashboard").map(([, d]) => String(d.dashboard_body)),
      topics: resources(docs, "aws_sns_topic").length,
    };
  }
  const templates = parseTemplates(b.files);
  const all = templates.flatMap((t) => Object.entries((t.Resources ?? {}) as Record<string, Obj>));
  const of = (type: string) =>
    all.filter(([, r]) => r.Type === type).map(([id, r]) => [id, r.Properties as Obj] as const);
  const subText = (v: unknown): string => {
    const sub = (v as Obj)["Fn::Sub"];
    return typeof sub === "string" ? sub : String((sub as unknown[])[0]);
  };
  return {
    alarms: of("AWS::CloudWatch::Alarm").map(([id, a]) => ({
      id,
      namespace: a.Namespace as string | undefined,
      metric: a.MetricName as string | undefined,
      query: JSON.stringify((list(a.Metrics)[0] as Obj | undefined)?.Expression ?? "") || undefined,
      threshold: a.Threshold,
      actions: a.AlarmActions,
    })),
    dashboards: of("AWS::CloudWatch::Dashboard").map(([, d]) => subText(d.DashboardBody)),
    topics: of("AWS::SNS::Topic").length,
  };
}

describe("monitoring: lag against the RPO, health alarms and one dashboard per bundle", () => {
  // The sample, plus the options its default goal does not make eligible.
  const extra = (
    [
      ["?goal=compliance&name=audit-archive", "s3-backup"],
      ["?goal=compliance&source=self-managed&auth=iam&name=audit-archive", "s3-backup"],
      ["?goal=dr&secondary=us-east-1&name=single-region", "multi-az"],
    ] as const
  ).flatMap(([q, option]) =>
    (["terraform", "cloudformation"] as const).map((format) => ({
      ...bundle(q, option, format),
      format,
      option,
      createTargetCluster: false,
    })),
  );
  const all = [...sample(), ...extra];
  for (const option of ["msk-replicator", "mirrormaker2", "s3-backup", "multi-az"])
    it(`samples ${option}`, () => expect(all.filter((b) => b.option === option).length).toBeGreaterThan(1));

  // The cost estimate sits below the IaC and counts the monitoring it bills from its assumptions: hold them equal.
  it("the cost estimate bills the alarms the code creates: per replicator, for the MirrorMaker 2 service, the S3 sink and the Multi-AZ cluster", () => {
    for (const b of all.filter((x) => x.format === "terraform" && !x.createTargetCluster)) {
      const ctx = makeIacContext(b.plan, b.arch, { format: "terraform" });
      const lines = estimateCost(b.option, b.plan.answers).lines;
      const billed = lines.find((l) => l.label === "CloudWatch alarms");
      const insights = lines.filter((l) => l.price === "cloudwatchInsightsAlarmMetricMonth");
      if (b.option === "msk-replicator") {
        for (const r of replicatorPlans(ctx))
          expect(replicatorAlarms(ctx, r, literal("r")).length).toBe(ASSUMPTIONS.alarmsPerReplicator);
        // Replicators kept off for failback are not billed while off.
        const running = replicatorPlans(ctx).filter((r) => !r.toggled).length;
        expect(billed?.quantity).toBe(ASSUMPTIONS.alarmsPerReplicator * running);
        expect(insights).toEqual([]);
      } else if (b.option === "mirrormaker2") {
        expect(mm2Alarms(ctx, literal("c"), literal("s")).length).toBe(ASSUMPTIONS.alarmsPerMirrorMaker2);
        expect(billed?.quantity).toBe(ASSUMPTIONS.alarmsPerMirrorMaker2);
        // One custom metric per exported MirrorMaker 2 metric (one dimension set: cluster and service).
        const metrics = lines.find((l) => l.price === "cloudwatchCustomMetricMonth");
        expect(metrics?.quantity).toBe(Object.keys(MM2_METRICS).length);
        expect(insights).toEqual([]);
      } else {
        // Standard alarms name their metric; Metrics Insights alarms are billed per series they read.
        const alarms = b.option === "s3-backup" ? s3BackupAlarms(ctx, input("name")) : multiAzAlarms(literal("c"));
        expect(billed?.quantity, b.option).toBe(alarms.filter((a) => !a.query).length);
        expect(insights.length, b.option).toBe(alarms.some((a) => a.query) ? 1 : 0);
        if (b.option === "multi-az")
          expect(insights[0]?.quantity).toBe(
            alarms.filter((a) => a.query).length * clusterBrokers(b.plan.answers, b.plan.answers.source),
          );
      }
    }
  });

  it("the cost estimate bills the one dashboard each bundle creates", async () => {
    for (const b of all) {
      const billed = estimateCost(b.option, b.plan.answers).lines.filter((l) => l.price === "cloudwatchDashboardMonth");
      expect(
        billed.map((l) => l.quantity),
        `${b.option} ${b.format}`,
      ).toEqual([(await monitoring(b)).dashboards.length]);
    }
  });

  it("alarm tables: every alarm names the fact that sources its metric, and that fact names the metric and its namespace", () => {
    for (const b of all.filter((x) => x.format === "terraform" && !x.createTargetCluster)) {
      const ctx = makeIacContext(b.plan, b.arch, { format: "terraform" });
      const alarms =
        b.option === "msk-replicator"
          ? replicatorPlans(ctx).flatMap((r) => replicatorAlarms(ctx, r, literal("r")))
          : b.option === "mirrormaker2"
            ? mm2Alarms(ctx, literal("c"), literal("s"))
            : b.option === "s3-backup"
              ? s3BackupAlarms(ctx, input("name"))
              : multiAzAlarms(literal("c"));
      expect(alarms.length).toBeGreaterThan(0);
      for (const a of alarms) {
        const f = FACTS[a.source];
        expect(f.checked, a.tf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        if (a.namespace === MM2_NAMESPACE) {
          // Our own namespace: the exporter names the metric and the agent publishes it.
          expect(JMX_EXPORTER_CONFIG).toContain(`name: ${a.metric}`);
          expect(JSON.stringify(cloudWatchAgentConfig)).toContain(`^${a.metric}$`);
        } else {
          expect(f.statement, a.tf).toContain(a.metric);
          expect(f.statement, a.tf).toContain(a.namespace);
          for (const d of a.dimensions) expect(f.statement, `${a.tf} ${d.name}`).toContain(d.name);
        }
      }
    }
  });

  it("F11, F15, F14: every bundle has alarms, each notifying a topic (created when none is given), and exactly one dashboard", async () => {
    for (const b of all) {
      const m = await monitoring(b);
      expect(m.alarms.length, `${b.option} ${b.format}`).toBeGreaterThan(0);
      expect(m.topics, `${b.option} ${b.format}`).toBeGreaterThan(0);
      for (const a of m.alarms) expect(list(a.actions).length, a.id).toBe(1);
      expect(m.dashboards.length, `${b.option} ${b.format}`).toBe(1);
    }
  });

  it("F11: the dashboard draws the RPO as a horizontal line where lag is a time, and its CloudFormation body is valid JSON", async () => {
    for (const b of all) {
      const ctx = makeIacContext(b.plan, b.arch, { format: b.format, createTargetCluster: b.createTargetCluster });
      const def = dashboardFor(ctx, literal("cluster"));
      const body = JSON.stringify(dashboardBody(def, () => "x"));
      const rpo = Math.max(30, b.plan.answers.rpo);
      if (b.option === "msk-replicator" || b.option === "mirrormaker2")
        expect(body).toContain(`"horizontal":[{"label":"RPO ${b.plan.answers.rpo} s","value":${rpo * 1000}}]`);
      if (b.option === "s3-backup" && b.arch.source.isMsk) expect(body).toMatch(/"horizontal":\[\{"label":"RPO/);
      if (b.format === "cloudformation") {
        const [text] = (await monitoring(b)).dashboards;
        const parsed = JSON.parse(text!.replace(/\$\{[^}]*\}/g, "x")) as {
          widgets: unknown[];
        };
        expect(parsed.widgets.length).toBe(def.widgets.length);
      }
    }
  });

  it("F8: MirrorMaker 2 exports its replication latency and task health (exporter java agent, CloudWatch agent sidecar with its policy) and alarms on the latency against the RPO", () => {
    for (const b of all.filter((x) => x.option === "mirrormaker2")) {
      const code = b.files.map((f) => f.content).join("\n");
      expect(code).toContain("-javaagent:/opt/jmx_exporter/jmx_prometheus_javaagent.jar=9404:/tmp/jmx-exporter.yaml");
      expect(code).toContain("CW_CONFIG_CONTENT");
      expect(code).toContain("PROMETHEUS_CONFIG_CONTENT");
      expect(code).toContain("CloudWatchAgentServerPolicy");
      expect(code).toContain("kafka.connect.mirror<type=MirrorSourceConnector");
      const threshold = Math.max(30, b.plan.answers.rpo) * 1000;
      if (b.format === "terraform")
        expect(code).toMatch(
          new RegExp(`metric_name\\s*= "${MM2_METRICS.latency}"[\\s\\S]*?threshold\\s*= ${threshold}\\n`),
        );
      else expect(code).toMatch(new RegExp(`MetricName: ${MM2_METRICS.latency}[\\s\\S]*?Threshold: ${threshold}\\n`));
    }
    // The threshold follows the RPO answer.
    const slow = bundle("?goal=dr&accounts=cross&rpo=900&name=shared-dr", "mirrormaker2", "terraform");
    // Cross-Region: the tasks, and their alarms, are in the standby Region's root.
    expect(slow.text("standby/main.tf")).toMatch(
      /metric_name\s*= "mm2_replication_latency_ms_max"[\s\S]*?threshold\s*= 900000\n/,
    );
  });

  it("F14: the S3 backup alarms on errored and missing connector tasks (AWS/KafkaConnect) and, for an MSK source, on its consumer group's time lag", async () => {
    for (const b of all.filter((x) => x.option === "s3-backup")) {
      const m = await monitoring(b);
      const metrics = m.alarms.map((a) => a.metric ?? a.query ?? "");
      expect(m.alarms.find((a) => a.metric === "ErroredTaskCount")?.namespace).toBe("AWS/KafkaConnect");
      expect(m.alarms.find((a) => a.metric === "RunningTaskCount")?.namespace).toBe("AWS/KafkaConnect");
      const lag = metrics.find((x) => x.includes("EstimatedMaxTimeLag"));
      if (b.arch.source.isMsk) expect(lag).toMatch(/Consumer Group\\?" = 'connect-/);
      else expect(lag).toBeUndefined();
    }
  });

  it("F15: the Multi-AZ bundle creates the cluster alarms its README lists, on the new cluster or an existing one", async () => {
    for (const b of all.filter((x) => x.option === "multi-az")) {
      const m = await monitoring(b);
      const watched = m.alarms.map((a) => a.metric ?? a.query ?? "").join("\n");
      for (const metric of [
        "OfflinePartitionsCount",
        "ActiveControllerCount",
        "UnderMinIsrPartitionCount",
        "UnderReplicatedPartitions",
      ]) {
        expect(watched).toContain(metric);
        expect(b.readme).toContain(`\`${metric}\``);
      }
      expect(b.readme).not.toContain("- [ ] Alarm on");
      expect(b.files.map((f) => f.content).join("\n")).toMatch(
        b.format === "terraform" ? /existing_cluster_name/ : /ExistingClusterName/,
      );
    }
  });
});
