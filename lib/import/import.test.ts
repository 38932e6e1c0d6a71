import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_ANSWERS } from "../answers/values";
import { decodePermalink } from "../answers/permalink";
import { importFiles, MAX_INPUT_CHARS, resourceName, type ImportInput, type ImportSuccess } from "./index";
import { parseProperties } from "./mm2";

const fixture = (name: string): ImportInput => ({
  label: name,
  text: readFileSync(join(__dirname, "fixtures", name), "utf8"),
});

function success(inputs: ImportInput[]): ImportSuccess {
  const result = importFiles(inputs);
  if (!result.ok) throw new Error(`expected success, got: ${result.problems.join(" | ")}`);
  return result;
}
const failure = (inputs: ImportInput[]) => {
  const result = importFiles(inputs);
  if (result.ok) throw new Error(`expected a failure, got ${result.query}`);
  return result.problems;
};
const filled = (r: ImportSuccess) => Object.fromEntries(r.evidence.map((e) => [e.param, e.value]));
const fieldOf = (r: ImportSuccess, param: string) => r.evidence.find((e) => e.param === param)?.field;
/** Parameters read that this version of the answers does not (yet) know are named, never guessed. */
const knows = (param: string) => decodePermalink(`${param}=x`).issues[0]?.kind !== "unknown-parameter";

describe("describe-cluster-v2", () => {
  it("Provisioned Standard brokers: type, Region, authentication, Kafka version and name, each with its field", () => {
    const r = success([fixture("cluster-provisioned-standard.json")]);
    expect(filled(r)).toMatchObject({
      source: "msk-provisioned",
      primary: "us-east-1",
      auth: "iam",
      name: "orders-prod",
    });
    expect(fieldOf(r, "source")).toBe("ClusterInfo.Provisioned.BrokerNodeGroupInfo.InstanceType = kafka.m5.large");
    expect(fieldOf(r, "auth")).toBe("ClusterInfo.Provisioned.ClientAuthentication.Sasl.Iam.Enabled = true");
    expect(fieldOf(r, "primary")).toContain("us-east-1, account 111122223333");
    expect(r.answers).toMatchObject({
      source: "msk-provisioned",
      primary: "us-east-1",
      auth: "iam",
      name: "orders-prod",
      goal: DEFAULT_ANSWERS.goal,
    });
    expect(r.defaults).toContain("goal");
    expect(r.defaults).toContain("rpo");
    expect(r.defaults).not.toContain("source");
    expect(r.read).toEqual([{ input: "cluster-provisioned-standard.json", kind: "msk-cluster" }]);
    // The VPC-connectivity authentication block (all disabled) is not the cluster's.
    expect(r.evidence.every((e) => !e.field.includes("VpcConnectivity"))).toBe(true);
  });

  it("emits the Kafka version as `kafka`; kept when the answers know it, named as ignored when not", () => {
    const r = success([fixture("cluster-provisioned-standard.json")]);
    if (knows("kafka")) {
      expect(fieldOf(r, "kafka")).toBe("ClusterInfo.Provisioned.CurrentBrokerSoftwareInfo.KafkaVersion = 3.6.0");
    } else {
      expect(r.evidence.some((e) => e.param === "kafka")).toBe(false);
      expect(r.notes.join("\n")).toMatch(
        /kafka: "3\.6\.0" was read \(cluster-provisioned-standard\.json: ClusterInfo\.Provisioned\.CurrentBrokerSoftwareInfo\.KafkaVersion = 3\.6\.0\), but this version/,
      );
    }
  });

  it("Express brokers from the instance type", () => {
    const r = success([fixture("cluster-express.json")]);
    expect(filled(r)).toMatchObject({ source: "msk-express", primary: "us-west-2", auth: "iam", name: "orders-dr" });
    expect(fieldOf(r, "source")).toBe("ClusterInfo.Provisioned.BrokerNodeGroupInfo.InstanceType = express.m7g.large");
  });

  it("Serverless from the cluster type, with its own authentication block", () => {
    const r = success([fixture("cluster-serverless.json")]);
    expect(filled(r)).toMatchObject({
      source: "msk-serverless",
      primary: "eu-west-1",
      auth: "iam",
      name: "clickstream",
    });
    expect(fieldOf(r, "source")).toBe("ClusterInfo.ClusterType = SERVERLESS");
    expect(fieldOf(r, "auth")).toBe("ClusterInfo.Serverless.ClientAuthentication.Sasl.Iam.Enabled = true");
    expect(r.evidence.some((e) => e.param === "kafka")).toBe(false);
  });

  it("SASL/SCRAM, and a cluster name made fit for resource names", () => {
    const r = success([fixture("cluster-scram.json")]);
    expect(filled(r)).toMatchObject({
      source: "msk-provisioned",
      primary: "eu-central-1",
      auth: "sasl-scram",
      name: "ledger-events",
    });
    expect(fieldOf(r, "name")).toBe("ClusterInfo.ClusterName = Ledger_Events");
  });

  it("mutual TLS", () => {
    const r = success([fixture("cluster-mtls.json")]);
    expect(filled(r)).toMatchObject({ auth: "mtls", primary: "ap-southeast-2" });
    expect(fieldOf(r, "auth")).toBe("ClusterInfo.Provisioned.ClientAuthentication.Tls.Enabled = true");
  });

  it("IAM is preferred when a cluster enables several methods", () => {
    const json = JSON.parse(fixture("cluster-scram.json").text);
    json.ClusterInfo.Provisioned.ClientAuthentication.Sasl.Iam.Enabled = true;
    expect(filled(success([{ label: "both.json", text: JSON.stringify(json) }])).auth).toBe("iam");
  });

  it("a cross-Region pair: the first is the source, the second the target; same account", () => {
    const r = success([fixture("cluster-provisioned-standard.json"), fixture("cluster-express.json")]);
    expect(filled(r)).toMatchObject({
      source: "msk-provisioned",
      target: "msk-express",
      primary: "us-east-1",
      secondary: "us-west-2",
      accounts: "same",
      auth: "iam",
      name: "orders-prod",
    });
    expect(fieldOf(r, "secondary")).toContain("us-west-2, account 111122223333");
    expect(fieldOf(r, "accounts")).toContain("source 111122223333");
    expect(new URLSearchParams(r.query).get("target")).toBe("msk-express");
  });

  it("a pair across accounts; a target with no authentication in common is said, the source's kept", () => {
    const r = success([fixture("cluster-scram.json"), fixture("cluster-serverless.json")]);
    expect(filled(r)).toMatchObject({
      accounts: "cross",
      target: "msk-serverless",
      secondary: "eu-west-1",
      auth: "sasl-scram",
    });
    expect(r.notes.join("\n")).toMatch(/share no client authentication method/);
  });

  it("describe-cluster (v1) output is read as a provisioned cluster", () => {
    const v2 = JSON.parse(fixture("cluster-provisioned-standard.json").text);
    const { Provisioned, ...rest } = v2.ClusterInfo;
    delete rest.ClusterType;
    const v1 = { ClusterInfo: { ...rest, ...Provisioned } };
    const r = success([{ label: "v1.json", text: JSON.stringify(v1) }]);
    expect(filled(r)).toMatchObject({ source: "msk-provisioned", auth: "iam", primary: "us-east-1" });
    expect(fieldOf(r, "source")).toBe("ClusterInfo.BrokerNodeGroupInfo.InstanceType = kafka.m5.large");
  });
});

describe("describe-replicator", () => {
  it("Regions, accounts, naming, offsets and one direction", () => {
    const r = success([fixture("replicator.json")]);
    expect(filled(r)).toMatchObject({
      primary: "us-east-1",
      secondary: "us-west-2",
      accounts: "same",
      auth: "iam",
      naming: "identical",
      offsets: "yes",
      topology: "active-passive",
    });
    expect(fieldOf(r, "naming")).toBe(
      "ReplicationInfoList[0].TopicReplication.TopicNameConfiguration.Type = IDENTICAL",
    );
    expect(fieldOf(r, "offsets")).toContain(
      "SynchroniseConsumerGroupOffsets = true (ConsumerGroupOffsetSyncMode = ENHANCED)",
    );
    // The ARN does not say Standard or Express brokers: the types stay defaults, marked as such.
    expect(r.defaults).toEqual(expect.arrayContaining(["source", "target", "goal"]));
  });

  it("with its clusters, in any order: the roles come from the replicator's ARNs", () => {
    const r = success([
      fixture("cluster-express.json"),
      fixture("replicator.json"),
      fixture("cluster-provisioned-standard.json"),
    ]);
    expect(filled(r)).toMatchObject({
      source: "msk-provisioned",
      target: "msk-express",
      primary: "us-east-1",
      secondary: "us-west-2",
      naming: "identical",
    });
  });

  it("aliases decide the roles, not the order of KafkaClusters", () => {
    const json = JSON.parse(fixture("replicator.json").text);
    json.KafkaClusters.reverse();
    expect(filled(success([{ label: "r.json", text: JSON.stringify(json) }]))).toMatchObject({
      primary: "us-east-1",
      secondary: "us-west-2",
    });
  });

  it("a self-managed source with SASL/SCRAM, prefixed names, offsets not synchronised", () => {
    const r = success([fixture("replicator-self-managed.json")]);
    expect(filled(r)).toMatchObject({
      source: "self-managed",
      secondary: "eu-west-1",
      auth: "sasl-scram",
      naming: "prefixed",
      offsets: "no",
    });
    expect(fieldOf(r, "auth")).toBe("KafkaClusters[0].ClientAuthentication.SaslScram.Mechanism = SHA512");
    expect(r.evidence.some((e) => e.param === "accounts")).toBe(false);
  });

  it("two replicators in opposite directions: active-active", () => {
    const forward = JSON.parse(fixture("replicator.json").text);
    const back = structuredClone(forward);
    [back.ReplicationInfoList[0].SourceKafkaClusterAlias, back.ReplicationInfoList[0].TargetKafkaClusterAlias] = [
      forward.ReplicationInfoList[0].TargetKafkaClusterAlias,
      forward.ReplicationInfoList[0].SourceKafkaClusterAlias,
    ];
    const r = success([
      { label: "forward.json", text: JSON.stringify(forward) },
      { label: "back.json", text: JSON.stringify(back) },
    ]);
    expect(filled(r).topology).toBe("active-active");
    expect(
      failure([
        { label: "forward.json", text: JSON.stringify(forward) },
        { label: "same.json", text: JSON.stringify(forward) },
      ])[0],
    ).toMatch(/same\.json: a second replicator must replicate the other way/);
  });
});

describe("MirrorMaker 2 properties", () => {
  it("a custom replication policy, a self-managed source with SASL/PLAIN, offsets synchronised", () => {
    const r = success([fixture("mm2-custom-policy.properties")]);
    expect(filled(r)).toMatchObject({
      source: "self-managed",
      secondary: "eu-west-1",
      naming: "custom",
      offsets: "yes",
      topology: "active-passive",
    });
    expect(fieldOf(r, "naming")).toBe(
      "replication.policy.class = com.example.platform.kafka.TeamReplicationPolicy (line 13)",
    );
    expect(fieldOf(r, "topology")).toBe("dc1->aws.enabled = true (line 8)");
    expect(fieldOf(r, "source")).toContain("dc1.bootstrap.servers = kafka-1.dc1.example.com:9093");
    // A line continued with "\" is one value: the second broker's address belongs to it.
    expect(fieldOf(r, "secondary")).toContain("b-2.dc1replica");
    if (knows("auth") && decodePermalink("auth=sasl-plain").issues.length === 0)
      expect(filled(r).auth).toBe("sasl-plain");
    else expect(r.notes.join("\n")).toMatch(/auth: "sasl-plain" is not allowed.*dc1\.sasl\.mechanism = PLAIN/);
  });

  it("both directions and the identity policy: active-active, identical names; MSK IAM through OAUTHBEARER is IAM", () => {
    const r = success([fixture("mm2-active-active-identity.properties")]);
    expect(filled(r)).toMatchObject({
      primary: "us-east-1",
      secondary: "us-west-2",
      topology: "active-active",
      naming: "identical",
      offsets: "no",
      auth: "iam",
    });
    expect(fieldOf(r, "auth")).toContain("IAMOAuthBearerLoginCallbackHandler");
  });

  it("OAUTHBEARER without MSK's IAM handler is oauth; SCRAM is sasl-scram; the default policy prefixes", () => {
    const props = (auth: string) =>
      `clusters = a, b\na.bootstrap.servers = k1.example.net:9093\nb.bootstrap.servers = b-1.x.y.c1.kafka.us-east-2.amazonaws.com:9096\na->b.enabled = true\n${auth}`;
    const oauth = importFiles([
      { label: "o", text: props("a.security.protocol=SASL_SSL\na.sasl.mechanism=OAUTHBEARER") },
    ]);
    expect(oauth.ok).toBe(true);
    if (oauth.ok) {
      const read = oauth.evidence.find((e) => e.param === "auth") ?? oauth.notes.find((n) => n.startsWith("auth:"));
      expect(JSON.stringify(read)).toContain("oauth");
      expect(oauth.evidence.find((e) => e.param === "naming")).toMatchObject({
        value: "prefixed",
        field: expect.stringContaining("not set"),
      });
    }
    const scram = success([{ label: "s", text: props("security.protocol=SASL_SSL\nsasl.mechanism=SCRAM-SHA-512") }]);
    expect(filled(scram)).toMatchObject({ auth: "sasl-scram", secondary: "us-east-2" });
    const mtls = success([
      { label: "m", text: props("security.protocol=SSL\nssl.keystore.location=/etc/kafka/client.jks") },
    ]);
    expect(filled(mtls).auth).toBe("mtls");
  });

  it("parses Java properties: separators, comments, escapes and continuations", () => {
    const p = parseProperties(
      "# c\n! c\nkey1=v1\nkey2 : v2\nkey3 v3\nkey\\ 4 = a\\\n   b\n  spaced   =   x  \nempty=\n",
    );
    expect(Object.fromEntries([...p].map(([k, v]) => [k, v.value]))).toEqual({
      key1: "v1",
      key2: "v2",
      key3: "v3",
      "key 4": "ab",
      spaced: "x",
      empty: "",
    });
  });
});

describe("what cannot be read gets a message naming what was wrong", () => {
  const cases: [string, ImportInput[], RegExp][] = [
    ["nothing", [{ label: "Pasted text", text: "  \n" }], /Nothing to read/],
    [
      "plain text",
      [{ label: "notes.txt", text: "our cluster is in Ireland" }],
      /notes\.txt: not JSON and not a MirrorMaker 2 properties file/,
    ],
    ["broken JSON", [{ label: "c.json", text: '{"ClusterInfo": {' }], /c\.json: not valid JSON/],
    ["other JSON", [{ label: "x.json", text: '{"Topics": []}' }], /x\.json: JSON, but neither a top-level ClusterInfo/],
    ["a JSON array", [{ label: "a.json", text: "[1,2]" }], /a\.json: JSON, but not an object/],
    ["list-clusters output", [{ label: "l.json", text: '{"ClusterInfoList": []}' }], /list-clusters/],
    [
      "a wrong cluster type",
      [
        {
          label: "c.json",
          text: '{"ClusterInfo": {"ClusterType": "BIG", "ClusterArn": "arn:aws:kafka:us-east-1:111122223333:cluster/a/b"}}',
        },
      ],
      /c\.json \(aws kafka describe-cluster-v2 output\): ClusterInfo\.ClusterType: /,
    ],
    [
      "not a cluster ARN",
      [{ label: "c.json", text: '{"ClusterInfo": {"ClusterType": "SERVERLESS", "ClusterArn": "orders"}}' }],
      /ClusterInfo\.ClusterArn: "orders" is not an Amazon MSK cluster ARN/,
    ],
    [
      "a self-contradicting cluster",
      [
        {
          label: "c.json",
          text: '{"ClusterInfo": {"ClusterType": "SERVERLESS", "ClusterArn": "arn:aws:kafka:us-east-1:111122223333:cluster/a/b", "Provisioned": {}}}',
        },
      ],
      /SERVERLESS but ClusterInfo\.Provisioned is present/,
    ],
    [
      "too large",
      [{ label: "big.json", text: `{"a":"${"x".repeat(MAX_INPUT_CHARS)}"}` }],
      /big\.json: 1\.0 MB is too large; the limit is 1\.0 MB/,
    ],
    [
      "MM2 without flows",
      [{ label: "mm2.properties", text: "clusters = a, b\na.bootstrap.servers = x:9092" }],
      /no replication flow is enabled/,
    ],
    [
      "MM2 naming an unknown cluster",
      [{ label: "mm2.properties", text: "clusters = a, b\na->c.enabled = true" }],
      /a->c\.enabled \(line 2\) names the cluster "c", which `clusters` \(line 1\) does not list/,
    ],
    [
      "a replicator with one cluster",
      [{ label: "r.json", text: '{"ReplicatorArn": "x", "KafkaClusters": [{}], "ReplicationInfoList": [{}]}' }],
      /r\.json \(aws kafka describe-replicator output\): KafkaClusters: /,
    ],
  ];
  for (const [what, inputs, message] of cases) {
    it(what, () => {
      const problems = failure(inputs);
      expect(problems.join("\n")).toMatch(message);
    });
  }

  it("contradictory inputs: each side named with its field", () => {
    const problems = failure([fixture("replicator.json"), fixture("mm2-custom-policy.properties")]);
    expect(problems.join("\n")).toMatch(
      /Contradictory secondary: "us-west-2" from replicator\.json \(.*\) but "eu-west-1" from mm2-custom-policy\.properties/,
    );
  });

  it("a cluster that is neither end of the replicator", () => {
    expect(failure([fixture("replicator.json"), fixture("cluster-scram.json")])[0]).toMatch(
      /cluster-scram\.json describes .*Ledger_Events.*, which is neither the source nor the target/,
    );
  });

  it("the same cluster twice", () => {
    expect(
      failure([fixture("cluster-express.json"), { ...fixture("cluster-express.json"), label: "again.json" }])[0],
    ).toMatch(/again\.json and cluster-express\.json describe the same cluster/);
  });

  it("one bad input among good ones fails the whole import (nothing half-applied)", () => {
    expect(importFiles([fixture("cluster-express.json"), { label: "x", text: "nonsense" }]).ok).toBe(false);
  });
});

describe("resourceName", () => {
  it("keeps valid names, repairs others, gives up on hopeless ones", () => {
    expect(resourceName("orders-prod")).toBe("orders-prod");
    expect(resourceName("Ledger_Events")).toBe("ledger-events");
    expect(resourceName("2024 Billing!!")).toBe("billing");
    expect(resourceName("a".repeat(50))).toHaveLength(31);
    expect(resourceName("1234")).toBeUndefined();
  });
});
