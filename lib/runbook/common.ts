import { IAC_NAMES, clientAuth, type ReplicatorSpec } from "@/lib/architecture";
import type { Answers } from "@/lib/answers";
import { formatMinutes, formatSeconds } from "@/lib/format";
import { bash, cell } from "@/lib/markdown";
import { awsFlags, arnLookup, type RunbookContext, type Side } from "./context";
import { type Section, type Step } from "./sections";
import { switchIntroStep } from "./switch";

/** The "Before you start" section: names, shell variables and client configuration. */
export function beforeYouStart(ctx: RunbookContext): Section {
  const switchable = ctx.arch.option === "msk-replicator" || ctx.arch.option === "mirrormaker2";
  return {
    title: "Before you start",
    intro: [namesTable(ctx)],
    steps: [variablesStep(ctx), clientConfigStep(ctx), ...(switchable ? [switchIntroStep(ctx)] : [])],
  };
}

function namesTable(ctx: RunbookContext): string {
  const { arch } = ctx;
  const rows: string[][] = [];
  const clusterRow = (side: Side) => {
    const c = side === "source" ? ctx.source : ctx.target;
    const label = side === "source" ? ctx.sourceLabel : ctx.targetLabel;
    const iac = c.isMsk
      ? side === "source"
        ? IAC_NAMES.sourceCluster
        : IAC_NAMES.targetCluster
      : IAC_NAMES.externalSource;
    rows.push([
      label.replace(/^the /, "").replace(/^./, (s) => s.toUpperCase()),
      c.isMsk ? `$${side.toUpperCase()}_CLUSTER_ARN` : `$SOURCE_BOOTSTRAP`,
      iacCell(iac),
    ]);
  };
  clusterRow("source");
  if (arch.option !== "multi-az") clusterRow("target");
  for (const r of arch.replicators) {
    const when = r.phase === "steady" ? "runs all the time" : `created only for ${ctx.words.failback}`;
    rows.push([
      `MSK Replicator, ${replicatorRole(ctx, r)} (${when})`,
      `${r.name} in ${r.region}`,
      iacCell(
        r.id === "forward"
          ? { terraform: ["aws_msk_replicator.forward"], cloudformation: ["ForwardReplicator"] }
          : IAC_NAMES.reverseReplicator,
      ),
    ]);
  }
  if (arch.option === "mirrormaker2") {
    const m = arch.mirrorMaker2;
    rows.push([
      `MirrorMaker 2 on ECS Fargate (${m.desiredCount} tasks)`,
      `cluster ${arch.name}-mm2, service ${arch.name}-mm2 in ${m.region}`,
      iacCell({ terraform: ["aws_ecs_service.mm2"], cloudformation: ["Mm2Service"] }),
    ]);
    rows.push([
      "MirrorMaker 2 cluster aliases",
      `${m.aliases.source} (source), ${m.aliases.target} (target)`,
      "MirrorMaker 2 properties",
    ]);
  }
  if (arch.option === "s3-backup") {
    const s = arch.s3Backup;
    rows.push([
      "S3 sink connector (MSK Connect)",
      `${s.connectorName} in ${s.connectorRegion}`,
      iacCell({ terraform: ["aws_mskconnect_connector.s3_sink"], cloudformation: ["S3SinkConnector"] }),
    ]);
    rows.push(["Backup bucket", `${s.bucketName} in ${s.bucketRegion}`, iacCell(IAC_NAMES.s3Bucket)]);
  }
  if (arch.option === "multi-az") {
    const m = arch.multiAz;
    rows.push([
      "Durability settings",
      `replication factor ${m.replicationFactor}, min.insync.replicas ${m.minInsyncReplicas}, acks=${m.producerAcks}, ${m.availabilityZones} AZs`,
      iacCell(IAC_NAMES.multiAz),
    ]);
  }
  const r = ctx.assessment?.recovery;
  const objectives = r
    ? `Expected recovery point about ${formatSeconds(r.rpoSeconds)} (objective ${formatSeconds(ctx.a.rpo)}), expected recovery time about ${formatMinutes(r.rtoMinutes)} (objective ${formatMinutes(ctx.a.rto)}).`
    : `Objectives: RPO ${formatSeconds(ctx.a.rpo)}, RTO ${formatMinutes(ctx.a.rto)}.`;
  return [
    objectives,
    "",
    "| What | Name | In the generated IaC |",
    "|---|---|---|",
    ...rows.map((row) => `| ${row.map(cell).join(" | ")} |`),
  ].join("\n");
}

function iacCell(n: { terraform: readonly string[]; cloudformation: readonly string[] }): string {
  return `\`${n.terraform[0] ?? ""}\` / \`${n.cloudformation[0] ?? ""}\``;
}

export function replicatorRole(ctx: RunbookContext, r: ReplicatorSpec): string {
  if (r.id === "forward") return `${ctx.words.primary} → ${ctx.words.standby}`;
  if (r.purpose === "active-active") return `${ctx.words.standby} → ${ctx.words.primary}`;
  return `${ctx.words.standby} → ${ctx.words.primary}, for ${purposeWord(ctx, r)}`;
}

/** "failback" or "rollback": what the reverse replicator is for, in this goal's words. */
export function purposeWord(ctx: RunbookContext, r: ReplicatorSpec): string {
  return r.purpose === "failback" ? ctx.words.failback : r.purpose;
}

const BOOTSTRAP_QUERY: Record<RunbookContext["a"]["auth"], string> = {
  iam: "BootstrapBrokerStringSaslIam",
  "sasl-scram": "BootstrapBrokerStringSaslScram",
  mtls: "BootstrapBrokerStringTls",
  none: "BootstrapBrokerStringTls",
  // Amazon MSK offers neither: an MSK cluster is reached with IAM (the plan names the contradiction).
  oauth: "BootstrapBrokerStringSaslIam",
  "sasl-plain": "BootstrapBrokerStringSaslIam",
};

function variablesStep(ctx: RunbookContext): Step {
  const lines: string[] = [];
  const sides: Side[] = ctx.arch.option === "multi-az" ? ["source"] : ["source", "target"];
  for (const side of sides) {
    const c = side === "source" ? ctx.source : ctx.target;
    const V = side.toUpperCase();
    if (c.isMsk && c.region) {
      lines.push(`${V}_CLUSTER_ARN="arn:aws:kafka:${c.region}:<account-id>:cluster/<cluster-name>/<cluster-uuid>"`);
      lines.push(`${V}_CLUSTER_NAME="<cluster-name>"`);
      lines.push(
        `${V}_BOOTSTRAP=$(aws kafka get-bootstrap-brokers --cluster-arn "$${V}_CLUSTER_ARN" --query ${BOOTSTRAP_QUERY[ctx.a.auth]} --output text ${awsFlags(ctx, side, c.region)})`,
      );
    } else {
      lines.push(
        `${V}_BOOTSTRAP="<broker-1:9096,broker-2:9096,broker-3:9096>"   # the ${c.location === "on-premises" ? "on-premises" : "external"} cluster's TLS listener`,
      );
    }
  }
  lines.push(`GROUP="<a consumer group to watch>"`, `TOPIC="<a busy topic to watch>"`);
  for (const r of ctx.arch.replicators) if (r.phase === "steady") lines.push(arnLookup(ctx, r));
  const body = [
    "Set these shell variables once; every command below uses them. Pick a consumer group and a topic that carry real traffic.",
    bash(...lines),
  ];
  if (ctx.arch.crossAccount) {
    body.push(
      "The clusters are in two AWS accounts: configure two AWS CLI profiles, `source-account` and `target-account`, with credentials for each; the commands below pass the right one.",
    );
  }
  return {
    title: "Set the names used below",
    body,
    verify: `\`echo "$${sides.map((s) => `${s.toUpperCase()}_BOOTSTRAP`).join('" "$')}"\` prints broker lists${ctx.arch.replicators.some((r) => r.phase === "steady") ? ", and the replicator ARN variables are not empty" : ""}.`,
  };
}

/** The Kafka client settings for one cluster, as a properties file's lines (credentials as placeholders). */
export function clientProperties(answer: Answers["auth"], cluster: { isMsk: boolean }, profile?: string): string[] {
  switch (clientAuth(answer, cluster)) {
    case "iam":
      return [
        "security.protocol=SASL_SSL",
        "sasl.mechanism=AWS_MSK_IAM",
        profile
          ? `sasl.jaas.config=software.amazon.msk.auth.iam.IAMLoginModule required awsProfileName="${profile}";`
          : "sasl.jaas.config=software.amazon.msk.auth.iam.IAMLoginModule required;",
        "sasl.client.callback.handler.class=software.amazon.msk.auth.iam.IAMClientCallbackHandler",
      ];
    case "sasl-scram":
      return [
        "security.protocol=SASL_SSL",
        "sasl.mechanism=SCRAM-SHA-512",
        'sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="<user>" password="<password>";',
      ];
    case "mtls":
      return [
        "security.protocol=SSL",
        "ssl.keystore.location=<path/to/client.keystore.jks>",
        "ssl.keystore.password=<keystore-password>",
        "ssl.key.password=<key-password>",
      ];
    case "none":
      return ["security.protocol=SSL"];
    case "sasl-plain":
      return [
        "security.protocol=SASL_SSL",
        "sasl.mechanism=PLAIN",
        'sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="<user>" password="<password>";',
      ];
    case "oauth":
      return [
        "security.protocol=SASL_SSL",
        "sasl.mechanism=OAUTHBEARER",
        "sasl.oauthbearer.token.endpoint.url=<token-endpoint-url>",
        "sasl.login.callback.handler.class=org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginCallbackHandler",
        'sasl.jaas.config=org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginModule required clientId="<client-id>" clientSecret="<client-secret>";',
      ];
  }
}

function clientConfigStep(ctx: RunbookContext): Step {
  const sides: Side[] = ctx.arch.option === "multi-az" ? ["source"] : ["source", "target"];
  const props = (side: Side): string[] =>
    clientProperties(
      ctx.a.auth,
      side === "source" ? ctx.source : ctx.target,
      ctx.arch.crossAccount ? `${side}-account` : undefined,
    );
  const blocks = sides.flatMap((side) => [`cat > ${side}.properties <<'EOF'`, ...props(side), "EOF"]);
  return {
    title: "Configure the Kafka command-line tools",
    body: [
      `Use the Apache Kafka command-line tools (3.0 or later, for \`kafka-get-offsets.sh\`)${ctx.a.auth === "iam" ? " with the [aws-msk-iam-auth](https://github.com/aws/aws-msk-iam-auth) JAR in their `libs/` directory" : ""}. One client configuration per cluster:`,
      bash(...blocks),
    ],
    verify: `${sides.map((s) => `\`kafka-topics.sh --bootstrap-server "$${s.toUpperCase()}_BOOTSTRAP" --command-config ${s}.properties --list\``).join(" and ")} list the topics without an authentication error.`,
  };
}

/** The drill checklist: one step whose body is the checklist. */
export function drill(ctx: RunbookContext, specific: string[]): Section {
  const { words } = ctx;
  const r = ctx.assessment?.recovery;
  const items = [
    "Agree a date, an incident lead and a scribe; tell the teams that own producers and consumers.",
    "Run the pre-checks above and write down the baseline values (lag, latency, consumer lag).",
    ...(ctx.arch.option === "msk-replicator" || ctx.arch.option === "mirrormaker2"
      ? [
          `Run the parity checks above, then the drill kit (the \`drill/\` folder of the downloaded zip, or \`npm run -s advisor -- drill '${ctx.arch.permalink}'${ctx.plan.recommendation === ctx.arch.option ? "" : ` --option ${ctx.arch.option}`} --out drill\`): its canaries measure the replication lag and time the switch of a canary consumer group both ways, without touching your applications.`,
        ]
      : []),
    ...specific,
    "Time the whole exercise from the decision to the first successful consume: that is your measured recovery time.",
    "Compare the last record consumed before and after: the gap is your measured recovery point; check that consumers handled duplicates.",
    "Check that the alarms fired when they should have, and reached the on-call person.",
    "Update this runbook with every command or value that differed, and keep it beside the generated IaC.",
  ];
  const what =
    ctx.arch.option === "multi-az"
      ? "the loss of a broker"
      : ctx.arch.option === "s3-backup"
        ? "a restore"
        : `the ${words.failover} and the ${words.failback}`;
  return {
    title: "Drill checklist",
    intro: [
      `Rehearse this runbook at least every quarter${ctx.migration && ctx.arch.option !== "multi-az" ? " and before the real cut-over" : ""}, in a staging environment first: steps nobody has rehearsed fail on the worst day.`,
    ],
    steps: [
      {
        title: `Rehearse ${what}`,
        body: [items.map((i) => `- [ ] ${i}`).join("\n")],
        verify: `the drill record shows a measured recovery point within ${r ? `the objective of ${formatSeconds(ctx.a.rpo)}` : "the RPO"} and a measured recovery time within ${formatMinutes(ctx.a.rto)}; open a ticket for every gap.`,
      },
    ],
  };
}
