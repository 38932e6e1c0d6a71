import { mskEndpoint } from "./arn";

/**
 * A MirrorMaker 2 properties file (connect-mirror-maker.properties: `clusters`, `<alias>.bootstrap.servers`,
 * `<source>-><target>.enabled`, `replication.policy.class`, `sync.group.offsets.enabled`, and each
 * cluster's client settings, prefixed with its alias or shared). Kafka's documentation names these
 * settings (https://kafka.apache.org/documentation/#georeplication, checked 2026-12-02).
 */

/** An odd number of backslashes at the end of a line continues it (counted, not matched: no backtracking). */
function continues(line: string): boolean {
  let n = 0;
  for (let i = line.length - 1; i >= 0 && line[i] === "\\"; i--) n++;
  return n % 2 === 1;
}

/** Java properties: `key=value`, `key: value` or `key value`; `#`/`!` comments; `\` continues a line. */
export function parseProperties(text: string): Map<string, { value: string; line: number }> {
  const out = new Map<string, { value: string; line: number }>();
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length; i++) {
    const start = i;
    let line = lines[i]!.replace(/^\s+/, "");
    if (line === "" || line.startsWith("#") || line.startsWith("!")) continue;
    while (continues(line) && i + 1 < lines.length) {
      i++;
      line = line.slice(0, -1) + lines[i]!.replace(/^\s+/, "");
    }
    const m = /^((?:\\.|[^=:\s\\])+)\s*(?:[=:]\s*|\s+|$)(.*)$/.exec(line);
    if (!m) continue;
    const unescape = (s: string) =>
      s.replace(/\\(.)/g, (_, c: string) => ({ t: "\t", n: "\n", r: "\r", f: "\f" })[c] ?? c);
    const key = unescape(m[1]!);
    // A key given twice keeps its last value, as java.util.Properties does.
    out.set(key, { value: unescape(m[2]!.trimEnd()), line: start + 1 });
  }
  return out;
}

type Props = ReturnType<typeof parseProperties>;

export interface Mm2End {
  alias: string;
  bootstrap?: { servers: string; field: string };
  /** The Region of an Amazon MSK bootstrap address. */
  region?: string;
  serverless: boolean;
  /** No Amazon MSK address among the bootstrap servers. */
  outsideMsk: boolean;
  auth?: { value: string; field: string };
  authNote?: string;
}

export interface Mm2Facts {
  source: Mm2End;
  target: Mm2End;
  flows: { field: string }[];
  activeActive: boolean;
  naming: { value: "identical" | "prefixed" | "custom"; field: string };
  offsets?: { value: "yes" | "no"; field: string };
  notes: string[];
}

export type Mm2Read = { ok: true; facts: Mm2Facts } | { ok: false; problem: string };

const at = (props: Props, key: string) => {
  const found = props.get(key);
  return found ? { ...found, key } : undefined;
};
const field = (f: { key: string; value: string; line: number }) => `${f.key} = ${f.value} (line ${f.line})`;

/** The first of the keys that is set: per-flow or per-cluster settings before the shared one. */
function first(props: Props, keys: string[]) {
  for (const key of keys) {
    const f = at(props, key);
    if (f) return f;
  }
  return undefined;
}

/** Which permalink `auth` a cluster's client settings amount to. */
function authOf(props: Props, alias: string): { auth?: Mm2End["auth"]; note?: string } {
  const keys = (name: string) => [`${alias}.${name}`, name];
  const protocol = first(props, keys("security.protocol"));
  const mechanism = first(props, keys("sasl.mechanism"));
  const handler =
    first(props, keys("sasl.login.callback.handler.class")) ?? first(props, keys("sasl.client.callback.handler.class"));
  const keystore = first(props, keys("ssl.keystore.location")) ?? first(props, keys("ssl.keystore.certificate.chain"));
  const proto = protocol?.value.toUpperCase();
  if (proto === "SASL_SSL" || proto === "SASL_PLAINTEXT" || (mechanism && !proto)) {
    const mech = (mechanism?.value ?? "GSSAPI").toUpperCase();
    const by = mechanism ? field(mechanism) : `${field(protocol!)} (sasl.mechanism not set: Kafka's default is GSSAPI)`;
    if (mech === "AWS_MSK_IAM") return { auth: { value: "iam", field: by } };
    if (mech === "OAUTHBEARER") {
      // MSK's IAM library signs in through OAUTHBEARER with its own callback handler.
      if (handler && /software\.amazon\.msk\.auth\.iam/.test(handler.value))
        return { auth: { value: "iam", field: `${by}; ${field(handler)}` } };
      return { auth: { value: "oauth", field: by } };
    }
    if (mech === "SCRAM-SHA-256" || mech === "SCRAM-SHA-512") return { auth: { value: "sasl-scram", field: by } };
    if (mech === "PLAIN") return { auth: { value: "sasl-plain", field: by } };
    return {
      note: `${alias}: SASL mechanism ${mech} (${by}) is not one the advisor plans for; authentication kept at its default.`,
    };
  }
  if (proto === "SSL")
    return keystore
      ? { auth: { value: "mtls", field: `${field(protocol!)}; ${field(keystore)}` } }
      : {
          auth: {
            value: "none",
            field: `${field(protocol!)} without a client keystore (TLS, no client authentication)`,
          },
        };
  if (proto === "PLAINTEXT") return { auth: { value: "none", field: field(protocol!) } };
  return {};
}

function endOf(props: Props, alias: string): Mm2End {
  const b = at(props, `${alias}.bootstrap.servers`);
  const end: Mm2End = { alias, serverless: false, outsideMsk: false };
  if (b) {
    end.bootstrap = { servers: b.value, field: field(b) };
    const hosts = b.value
      .split(",")
      .map((h) => h.trim())
      .filter(Boolean);
    const msk = hosts.map((h) => mskEndpoint(h)).find((e) => e !== undefined);
    if (msk) {
      end.region = msk.region;
      end.serverless = msk.serverless;
    } else if (hosts.length > 0) end.outsideMsk = true;
  }
  const { auth, note } = authOf(props, alias);
  end.auth = auth;
  end.authNote = note;
  return end;
}

const IDENTITY = /(^|\.)IdentityReplicationPolicy$/;
const DEFAULT = /^org\.apache\.kafka\.connect\.mirror\.DefaultReplicationPolicy$/;

export function looksLikeProperties(text: string): boolean {
  return /^\s*clusters\s*[=:]/m.test(text) || /^\s*[\w.-]+->[\w.-]+\.enabled\s*[=:]/m.test(text);
}

export function readMm2(text: string): Mm2Read {
  const props = parseProperties(text);
  const clustersLine = at(props, "clusters");
  if (!clustersLine)
    return {
      ok: false,
      problem: "no `clusters` line: a MirrorMaker 2 file names its clusters first, e.g. `clusters = primary, standby`.",
    };
  const clusters = clustersLine.value
    .split(",")
    .map((c) => c.trim())
    .filter(Boolean);
  if (clusters.length < 2)
    return {
      ok: false,
      problem: `\`clusters\` (line ${clustersLine.line}) names ${clusters.length} cluster; replication needs two.`,
    };

  const flows: { from: string; to: string; line: number; key: string; value: string }[] = [];
  for (const [key, { value, line }] of props) {
    const m = /^([^>\s]+)->([^>\s]+)\.enabled$/.exec(key);
    if (!m) continue;
    const [from, to] = [m[1]!, m[2]!];
    for (const alias of [from, to]) {
      if (!clusters.includes(alias))
        return {
          ok: false,
          problem: `${key} (line ${line}) names the cluster "${alias}", which \`clusters\` (line ${clustersLine.line}) does not list.`,
        };
    }
    if (from === to) return { ok: false, problem: `${key} (line ${line}) replicates a cluster into itself.` };
    if (value.trim().toLowerCase() === "true") flows.push({ from, to, line, key, value });
  }
  if (flows.length === 0)
    return {
      ok: false,
      problem: "no replication flow is enabled: expected a line such as `primary->standby.enabled = true`.",
    };
  const main = flows[0]!;
  const back = flows.find((f) => f.from === main.to && f.to === main.from);
  const notes: string[] = [];
  const others = flows.filter((f) => f !== main && f !== back);
  if (others.length > 0)
    notes.push(
      `Only the flow ${main.from}->${main.to}${back ? " and its reverse" : ""} was read; ${others.map((f) => `${f.from}->${f.to}`).join(", ")} ignored.`,
    );

  const flowKey = (name: string) => [`${main.from}->${main.to}.${name}`, name];
  const policy = first(props, flowKey("replication.policy.class"));
  const naming: Mm2Facts["naming"] = !policy
    ? {
        value: "prefixed",
        field: "replication.policy.class not set (MirrorMaker 2's DefaultReplicationPolicy prefixes the source alias)",
      }
    : IDENTITY.test(policy.value.trim())
      ? { value: "identical", field: field(policy) }
      : DEFAULT.test(policy.value.trim())
        ? { value: "prefixed", field: field(policy) }
        : { value: "custom", field: field(policy) };
  const sync = first(props, flowKey("sync.group.offsets.enabled"));
  const syncValue = sync?.value.trim().toLowerCase();
  const offsets =
    syncValue === "true" || syncValue === "false"
      ? { value: syncValue === "true" ? ("yes" as const) : ("no" as const), field: field(sync!) }
      : undefined;

  const source = endOf(props, main.from);
  const target = endOf(props, main.to);
  for (const end of [source, target]) if (end.authNote) notes.push(end.authNote);
  return {
    ok: true,
    facts: {
      source,
      target,
      flows: [main, ...(back ? [back] : [])].map((f) => ({ field: `${f.key} = ${f.value} (line ${f.line})` })),
      activeActive: back !== undefined,
      naming,
      offsets,
      notes,
    },
  };
}
