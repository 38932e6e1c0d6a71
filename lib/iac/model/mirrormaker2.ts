import { architectureOf } from "@/lib/architecture";
import type { ClusterSpec } from "@/lib/architecture";
import { assertNoConfigReference, commentText, propertiesKey, propertiesValue } from "../escape";
import { clusterAuth, headerLines, type IacContext } from "./context";
import { input, resourceRef, type Expr } from "./expr";
import { mm2ClusterStatements, type Statement } from "./iam";

// The MirrorMaker 2 properties file (dedicated mode, `connect-mirror-maker.sh`) and the environment
// the ECS task gives it. Bootstrap servers and every credential arrive as environment variables,
// injected by ECS from variables and Secrets Manager, and are read through Kafka's
// EnvVarConfigProvider (`${env:NAME}`, Kafka 3.5+): the file itself never holds a secret.

export interface Mm2EnvVar {
  name: string;
  /** Plain value (an input or resource attribute), or a Secrets Manager secret (optionally one JSON key of it). */
  from: { value: Expr } | { secret: string; jsonKey?: string };
}

/** Kafka's environment-variable config provider reference. */
const env = (name: string) => `\${env:${name}}`;

interface Side {
  alias: string;
  prefix: string; // env var prefix, e.g. PRIMARY
  cluster: ClusterSpec;
  inputPrefix: "source" | "target";
}

function sides(ctx: IacContext): [Side, Side] {
  const m = architectureOf(ctx.arch, "mirrormaker2").mirrorMaker2;
  return [
    {
      alias: m.aliases.source,
      prefix: m.aliases.source.toUpperCase().replace(/[^A-Z0-9]/g, "_"),
      cluster: ctx.source,
      inputPrefix: "source",
    },
    {
      alias: m.aliases.target,
      prefix: m.aliases.target.toUpperCase().replace(/[^A-Z0-9]/g, "_"),
      cluster: ctx.target,
      inputPrefix: "target",
    },
  ];
}

/** Cross-account IAM: MirrorMaker 2 assumes a role in the source account to read the source cluster. */
export function usesSourceAccountRole(ctx: IacContext): boolean {
  return ctx.arch.crossAccount && ctx.source.isMsk && clusterAuth(ctx.source) === "iam";
}

/** Authentication that reads client credentials from a secret (an external cluster then keeps its root CA in a second one). */
function hasClientCredentials(auth: ReturnType<typeof clusterAuth>): boolean {
  return auth === "sasl-scram" || auth === "mtls" || auth === "sasl-plain" || auth === "oauth";
}

/** Whether a side needs a credentials secret (SCRAM, PLAIN, OAuth, mTLS), and for an external cluster a root CA secret. */
export function secretInputs(ctx: IacContext): { key: string; cfn: string; description: string }[] {
  const out: { key: string; cfn: string; description: string }[] = [];
  for (const s of sides(ctx)) {
    const auth = clusterAuth(s.cluster);
    const who = s.inputPrefix === "source" ? "source" : "target";
    const Who = who === "source" ? "Source" : "Target";
    if (auth === "sasl-scram" || auth === "sasl-plain")
      out.push({
        key: `${who}_credentials_secret_arn`,
        cfn: `${Who}CredentialsSecretArn`,
        description: `Secrets Manager secret with the ${auth === "sasl-plain" ? "SASL/PLAIN" : "SASL/SCRAM"} credentials for the ${who} cluster, as JSON {"username": ..., "password": ...}.`,
      });
    else if (auth === "oauth")
      out.push({
        key: `${who}_credentials_secret_arn`,
        cfn: `${Who}CredentialsSecretArn`,
        description: `Secrets Manager secret with the OAuth client credentials for the ${who} cluster, as JSON {"client_id": ..., "client_secret": ..., "token_endpoint_url": ...}.`,
      });
    else if (auth === "mtls")
      out.push({
        key: `${who}_credentials_secret_arn`,
        cfn: `${Who}CredentialsSecretArn`,
        description: `Secrets Manager secret with the client certificate for the ${who} cluster, as JSON {"certificate_chain": PEM, "private_key": PEM (PKCS#8)}.`,
      });
    else if (!s.cluster.isMsk)
      out.push({
        key: `${who}_credentials_secret_arn`,
        cfn: `${Who}CredentialsSecretArn`,
        description: `Secrets Manager secret holding the ${who} cluster's root CA certificate (PEM) that MirrorMaker 2 trusts; the cluster is reached over TLS without client authentication.`,
      });
    if (!s.cluster.isMsk && hasClientCredentials(auth))
      out.push({
        key: `${who}_root_ca_secret_arn`,
        cfn: `${Who}RootCaSecretArn`,
        description: `Secrets Manager secret holding the ${who} cluster's root CA certificate (PEM), for TLS.`,
      });
  }
  return out;
}

/** The environment variables of the MirrorMaker 2 container, in a stable order. */
export function mm2Environment(ctx: IacContext): Mm2EnvVar[] {
  const out: Mm2EnvVar[] = [];
  for (const s of sides(ctx)) {
    const who = s.inputPrefix;
    const bootstrap: Expr =
      who === "target" && ctx.createTarget && ctx.opts.format === "terraform"
        ? resourceRef(
            ctx.target.type === "msk-serverless"
              ? "aws_msk_serverless_cluster.target.bootstrap_brokers_sasl_iam"
              : "aws_msk_cluster.target.bootstrap_brokers_sasl_iam",
            null,
          )
        : input(`${who}_bootstrap_brokers`);
    out.push({ name: `${s.prefix}_BOOTSTRAP_SERVERS`, from: { value: bootstrap } });
    const auth = clusterAuth(s.cluster);
    const secret = `${who}_credentials_secret_arn`;
    if (auth === "sasl-scram" || auth === "sasl-plain") {
      out.push(
        { name: `${s.prefix}_SASL_USERNAME`, from: { secret, jsonKey: "username" } },
        { name: `${s.prefix}_SASL_PASSWORD`, from: { secret, jsonKey: "password" } },
      );
    } else if (auth === "oauth") {
      out.push(
        { name: `${s.prefix}_OAUTH_CLIENT_ID`, from: { secret, jsonKey: "client_id" } },
        { name: `${s.prefix}_OAUTH_CLIENT_SECRET`, from: { secret, jsonKey: "client_secret" } },
        { name: `${s.prefix}_OAUTH_TOKEN_ENDPOINT_URL`, from: { secret, jsonKey: "token_endpoint_url" } },
      );
    } else if (auth === "mtls") {
      out.push(
        { name: `${s.prefix}_TLS_CERTIFICATE_CHAIN`, from: { secret, jsonKey: "certificate_chain" } },
        { name: `${s.prefix}_TLS_PRIVATE_KEY`, from: { secret, jsonKey: "private_key" } },
      );
    }
    if (!s.cluster.isMsk) {
      out.push({
        name: `${s.prefix}_TLS_CA_CERTIFICATE`,
        from: { secret: hasClientCredentials(auth) ? `${who}_root_ca_secret_arn` : secret },
      });
    }
    if (who === "source" && usesSourceAccountRole(ctx))
      out.push({ name: `${s.prefix}_AWS_ROLE_ARN`, from: { value: input("source_account_role_arn") } });
  }
  return out;
}

/** Cluster ARNs MirrorMaker 2 needs IAM permissions on (MSK clusters using IAM, in this account). */
export function mm2IamClusters(ctx: IacContext): ("source" | "target")[] {
  const out: ("source" | "target")[] = [];
  if (ctx.source.isMsk && clusterAuth(ctx.source) === "iam" && !usesSourceAccountRole(ctx)) out.push("source");
  if (clusterAuth(ctx.target) === "iam") out.push("target");
  return out;
}

function securityLines(s: Side, crossAccountRole: boolean): [string, string][] {
  const p = (k: string, v: string): [string, string] => [`${s.alias}.${k}`, v];
  const auth = clusterAuth(s.cluster);
  const lines: [string, string][] = [];
  if (auth === "iam") {
    lines.push(
      p("security.protocol", "SASL_SSL"),
      p("sasl.mechanism", "AWS_MSK_IAM"),
      p(
        "sasl.jaas.config",
        crossAccountRole
          ? `software.amazon.msk.auth.iam.IAMLoginModule required awsRoleArn="${env(`${s.prefix}_AWS_ROLE_ARN`)}";`
          : "software.amazon.msk.auth.iam.IAMLoginModule required;",
      ),
      p("sasl.client.callback.handler.class", "software.amazon.msk.auth.iam.IAMClientCallbackHandler"),
    );
  } else if (auth === "sasl-scram") {
    lines.push(
      p("security.protocol", "SASL_SSL"),
      p("sasl.mechanism", "SCRAM-SHA-512"),
      p(
        "sasl.jaas.config",
        `org.apache.kafka.common.security.scram.ScramLoginModule required username="${env(`${s.prefix}_SASL_USERNAME`)}" password="${env(`${s.prefix}_SASL_PASSWORD`)}";`,
      ),
    );
  } else if (auth === "sasl-plain") {
    lines.push(
      p("security.protocol", "SASL_SSL"),
      p("sasl.mechanism", "PLAIN"),
      p(
        "sasl.jaas.config",
        `org.apache.kafka.common.security.plain.PlainLoginModule required username="${env(`${s.prefix}_SASL_USERNAME`)}" password="${env(`${s.prefix}_SASL_PASSWORD`)}";`,
      ),
    );
  } else if (auth === "oauth") {
    // KIP-768 client credentials flow (Apache Kafka 3.1+; the handler's package as of 3.4).
    lines.push(
      p("security.protocol", "SASL_SSL"),
      p("sasl.mechanism", "OAUTHBEARER"),
      p("sasl.oauthbearer.token.endpoint.url", env(`${s.prefix}_OAUTH_TOKEN_ENDPOINT_URL`)),
      p(
        "sasl.login.callback.handler.class",
        "org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginCallbackHandler",
      ),
      p(
        "sasl.jaas.config",
        `org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginModule required clientId="${env(`${s.prefix}_OAUTH_CLIENT_ID`)}" clientSecret="${env(`${s.prefix}_OAUTH_CLIENT_SECRET`)}";`,
      ),
    );
  } else if (auth === "mtls") {
    lines.push(
      p("security.protocol", "SSL"),
      p("ssl.keystore.type", "PEM"),
      p("ssl.keystore.certificate.chain", env(`${s.prefix}_TLS_CERTIFICATE_CHAIN`)),
      p("ssl.keystore.key", env(`${s.prefix}_TLS_PRIVATE_KEY`)),
    );
  } else {
    lines.push(p("security.protocol", "SSL"));
  }
  if (!s.cluster.isMsk)
    lines.push(
      p("ssl.truststore.type", "PEM"),
      p("ssl.truststore.certificates", env(`${s.prefix}_TLS_CA_CERTIFICATE`)),
    );
  return lines;
}

/** Port of the internal REST listener that exactly-once dedicated mode needs between nodes. */
export const MM2_REST_PORT = 8080;

/** The MirrorMaker 2 properties file. Deterministic; every value escaped for the properties format. */
export function renderMirrorMaker2Properties(ctx: IacContext): string {
  const m = architectureOf(ctx.arch, "mirrormaker2").mirrorMaker2;
  const [src, tgt] = sides(ctx);
  const anyIam = [src, tgt].some((s) => clusterAuth(s.cluster) === "iam");
  const sections: { title: string; lines: [string, string][] }[] = [];
  sections.push({
    title: "Clusters: bootstrap servers come from the environment (set by the ECS task definition).",
    lines: [
      ["clusters", `${src.alias}, ${tgt.alias}`],
      [`${src.alias}.bootstrap.servers`, env(`${src.prefix}_BOOTSTRAP_SERVERS`)],
      [`${tgt.alias}.bootstrap.servers`, env(`${tgt.prefix}_BOOTSTRAP_SERVERS`)],
      ["config.providers", "env"],
      ["config.providers.env.class", "org.apache.kafka.common.config.provider.EnvVarConfigProvider"],
    ],
  });
  sections.push({
    title:
      clusterAuth(src.cluster) === "iam"
        ? `Security for ${src.alias} (${src.cluster.type}); IAM: the task's role signs in, there are no credentials.`
        : `Security for ${src.alias} (${src.cluster.type}); credentials are injected from Secrets Manager, never written here.`,
    lines: securityLines(src, usesSourceAccountRole(ctx)),
  });
  sections.push({ title: `Security for ${tgt.alias} (${tgt.cluster.type}).`, lines: securityLines(tgt, false) });

  const flows: [string, string][] = [];
  const topics = assertNoConfigReference(m.topics, "topics");
  const topicsExclude = assertNoConfigReference(m.topicsExclude, "topics.exclude");
  const groups = assertNoConfigReference(m.groups, "groups");
  const pairs = [
    { from: src, to: tgt, on: m.directions.some((d) => d.from === "source") },
    { from: tgt, to: src, on: m.directions.some((d) => d.from === "target") },
  ];
  for (const { from, to, on } of pairs) {
    const flow = `${from.alias}->${to.alias}`;
    flows.push([`${flow}.enabled`, String(on)]);
    // A disabled flow still gets a herder that writes heartbeats (and its worker topics) into its
    // target unless its heartbeats are off: keep the cluster MirrorMaker 2 only reads read-only.
    if (!on) {
      flows.push([`${flow}.emit.heartbeats.enabled`, "false"]);
      continue;
    }
    flows.push([`${flow}.topics`, topics], [`${flow}.topics.exclude`, topicsExclude], [`${flow}.groups`, groups]);
  }
  sections.push({ title: "Replication flows.", lines: flows });

  sections.push({
    title: "Replication policy, replication factors and offset translation.",
    lines: [
      ["replication.policy.class", assertNoConfigReference(m.replicationPolicyClass, "replication.policy.class")],
      ["replication.factor", String(m.replicationFactor)],
      ["offset-syncs.topic.replication.factor", "3"],
      ["checkpoints.topic.replication.factor", "3"],
      ["heartbeats.topic.replication.factor", "3"],
      ["config.storage.replication.factor", "3"],
      ["offset.storage.replication.factor", "3"],
      ["status.storage.replication.factor", "3"],
      ["offset-syncs.topic.location", m.offsetSyncsTopicLocation],
      ["emit.checkpoints.enabled", "true"],
      ["emit.checkpoints.interval.seconds", String(m.emitCheckpointsIntervalSeconds)],
      ["sync.group.offsets.enabled", String(m.syncGroupOffsets)],
      ["sync.group.offsets.interval.seconds", String(m.syncGroupOffsetsIntervalSeconds)],
      ["emit.heartbeats.enabled", "true"],
      ["sync.topic.configs.enabled", "true"],
      // IAM access control has no Kafka ACLs to copy.
      ["sync.topic.acls.enabled", String(!anyIam)],
      ["tasks.max", String(m.tasksMax)],
      ["producer.enable.idempotence", "true"],
    ],
  });
  if (m.exactlyOnce) {
    const eos: [string, string][] = [];
    for (const { to, on } of pairs) if (on) eos.push([`${to.alias}.exactly.once.source.support`, "enabled"]);
    for (const { from, on } of pairs) if (on) eos.push([`${from.alias}.consumer.isolation.level`, "read_committed"]);
    eos.push(["dedicated.mode.enable.internal.rest", "true"], ["listeners", `http://0.0.0.0:${MM2_REST_PORT}`]);
    sections.push({
      title:
        "Exactly-once delivery (dedicated mode, Kafka 3.5+): needs the internal REST listener between nodes. The task's entrypoint appends rest.advertised.host.name.",
      lines: eos,
    });
  }

  const out: string[] = headerLines(ctx, "Apache Kafka MirrorMaker 2 (dedicated mode) configuration").map(
    (l) => `# ${commentText(l)}`,
  );
  for (const s of sections) {
    out.push("", `# ${commentText(s.title)}`);
    for (const [k, v] of s.lines) out.push(`${propertiesKey(k)} = ${propertiesValue(v)}`);
  }
  return `${out.join("\n")}\n`;
}

/**
 * The container command: writes the properties file, adds this node's address for the internal REST
 * listener, and starts MirrorMaker 2. The address is the task's own, read from the ECS task metadata
 * endpoint v4 that Fargate (platform 1.4.0+) injects as ECS_CONTAINER_METADATA_URI_V4 (its
 * Networks[0].IPv4Addresses); `hostname -i` is the fallback for an image without curl or wget.
 */
export const MM2_COMMAND = [
  "printf '%s\\n' \"$MM2_PROPERTIES\" > /tmp/mm2.properties",
  'ADDR=$({ curl -sf "$ECS_CONTAINER_METADATA_URI_V4" || wget -qO- "$ECS_CONTAINER_METADATA_URI_V4"; } 2>/dev/null | tr -d \' \\n\\t\' | sed -n \'s/.*"IPv4Addresses":\\["\\([0-9.]*\\)".*/\\1/p\')',
  "ADDR=${ADDR:-$(hostname -i | cut -d ' ' -f 1)}",
  "printf 'rest.advertised.host.name=%s\\n' \"$ADDR\" >> /tmp/mm2.properties",
  "exec /opt/kafka/bin/connect-mirror-maker.sh /tmp/mm2.properties",
].join(" && ");

/**
 * The container health check: the task's main process is MirrorMaker 2's JVM (the command execs
 * it), checked after a start period long enough for it to join its group. Whether it replicates is
 * what the replication-lag alarms watch; this only lets ECS replace a task whose JVM is gone or hung
 * in start-up.
 */
export const MM2_HEALTH_CHECK = {
  command: ["CMD-SHELL", "grep -q org.apache.kafka.connect.mirror.MirrorMaker /proc/1/cmdline || exit 1"],
  interval: 30,
  timeout: 5,
  retries: 3,
  startPeriod: 120,
} as const;

/** The MirrorMaker 2 task role: Kafka access on the clusters it reaches with IAM, and the source account's role to assume. */
export function mm2TaskStatements(ctx: IacContext): Statement[] {
  const statements: Statement[] = [];
  for (const side of mm2IamClusters(ctx))
    statements.push(...mm2ClusterStatements(ctx, side, side === "source" ? "SourceCluster" : "TargetCluster"));
  if (usesSourceAccountRole(ctx))
    statements.push({
      sid: "AssumeSourceAccountRole",
      actions: ["sts:AssumeRole"],
      resources: [input("source_account_role_arn")],
    });
  return statements;
}
