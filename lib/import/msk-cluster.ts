import * as z from "zod/mini";
import { parseArn, type Arn } from "./arn";
import { schemaProblems } from "./schema-issues";

/**
 * `aws kafka describe-cluster-v2` output (the DescribeClusterV2 response; field names from the
 * Amazon MSK API reference and the AWS SDKs' DescribeClusterV2 response syntax, checked
 * 2026-12-02). `describe-cluster` (v1, provisioned clusters only) keeps the same fields directly
 * under ClusterInfo and is read too. Only the fields the answers need are described; the rest of
 * the output is allowed and ignored.
 */
const enabled = z.optional(z.looseObject({ Enabled: z.optional(z.boolean()) }));
const clientAuthentication = z.optional(
  z.looseObject({
    Sasl: z.optional(z.looseObject({ Iam: enabled, Scram: enabled })),
    Tls: enabled,
    Unauthenticated: enabled,
  }),
);
const brokerFields = {
  BrokerNodeGroupInfo: z.optional(z.looseObject({ InstanceType: z.optional(z.string()) })),
  CurrentBrokerSoftwareInfo: z.optional(z.looseObject({ KafkaVersion: z.optional(z.string()) })),
  ClientAuthentication: clientAuthentication,
  NumberOfBrokerNodes: z.optional(z.number()),
};

export const describeClusterV2Schema = z.looseObject({
  ClusterInfo: z.looseObject({
    ClusterType: z.enum(["PROVISIONED", "SERVERLESS"]),
    ClusterArn: z.string(),
    ClusterName: z.optional(z.string()),
    Provisioned: z.optional(z.looseObject(brokerFields)),
    Serverless: z.optional(z.looseObject({ ClientAuthentication: clientAuthentication })),
  }),
});

export const describeClusterV1Schema = z.looseObject({
  ClusterInfo: z.looseObject({ ClusterArn: z.string(), ClusterName: z.optional(z.string()), ...brokerFields }),
});

/** Authentication values of the permalink, in the order replication prefers them (IAM first: MSK Replicator uses it). */
export const AUTH_PREFERENCE = ["iam", "sasl-scram", "mtls", "none"] as const;
export type ClusterAuth = (typeof AUTH_PREFERENCE)[number];

/** What one cluster's description says, each fact with its field. */
export interface ClusterFacts {
  arn: Arn;
  arnText: string;
  /** The permalink's source/target value. */
  type: { value: "msk-provisioned" | "msk-express" | "msk-serverless"; field: string };
  /** Client authentication methods enabled on the cluster, in AUTH_PREFERENCE order. */
  auth: { value: ClusterAuth; field: string }[];
  kafkaVersion?: { value: string; field: string };
  name?: { value: string; field: string };
}

export type ClusterRead = { ok: true; facts: ClusterFacts } | { ok: false; problem: string };

type Auth = z.infer<typeof clientAuthentication>;

function enabledMethods(auth: Auth, at: string): ClusterFacts["auth"] {
  const out: ClusterFacts["auth"] = [];
  if (auth?.Sasl?.Iam?.Enabled) out.push({ value: "iam", field: `${at}.Sasl.Iam.Enabled = true` });
  if (auth?.Sasl?.Scram?.Enabled) out.push({ value: "sasl-scram", field: `${at}.Sasl.Scram.Enabled = true` });
  if (auth?.Tls?.Enabled) out.push({ value: "mtls", field: `${at}.Tls.Enabled = true` });
  if (auth?.Unauthenticated?.Enabled) out.push({ value: "none", field: `${at}.Unauthenticated.Enabled = true` });
  return out;
}

function clusterArn(text: string): Arn | undefined {
  const arn = parseArn(text);
  return arn &&
    arn.service === "kafka" &&
    arn.resource.startsWith("cluster/") &&
    arn.region !== "" &&
    arn.account !== ""
    ? arn
    : undefined;
}

/** Reads a parsed JSON document that has a top-level ClusterInfo. */
export function readCluster(json: unknown): ClusterRead {
  const info = (json as { ClusterInfo?: Record<string, unknown> }).ClusterInfo;
  const v1 =
    info !== null &&
    typeof info === "object" &&
    !("ClusterType" in info) &&
    !("Provisioned" in info) &&
    !("Serverless" in info);
  if (v1) {
    const parsed = describeClusterV1Schema.safeParse(json);
    if (!parsed.success) return { ok: false, problem: schemaProblems(parsed.error) };
    const c = parsed.data.ClusterInfo;
    return facts(c.ClusterArn, "ClusterInfo.ClusterArn", c.ClusterName, {
      type: "PROVISIONED",
      broker: c,
      at: "ClusterInfo",
    });
  }
  const parsed = describeClusterV2Schema.safeParse(json);
  if (!parsed.success) return { ok: false, problem: schemaProblems(parsed.error) };
  const c = parsed.data.ClusterInfo;
  if (c.ClusterType === "PROVISIONED" && c.Serverless)
    return {
      ok: false,
      problem:
        "ClusterInfo.ClusterType is PROVISIONED but ClusterInfo.Serverless is present: the output contradicts itself.",
    };
  if (c.ClusterType === "SERVERLESS" && c.Provisioned)
    return {
      ok: false,
      problem:
        "ClusterInfo.ClusterType is SERVERLESS but ClusterInfo.Provisioned is present: the output contradicts itself.",
    };
  if (c.ClusterType === "SERVERLESS") {
    return facts(c.ClusterArn, "ClusterInfo.ClusterArn", c.ClusterName, {
      type: "SERVERLESS",
      auth: c.Serverless?.ClientAuthentication,
    });
  }
  return facts(c.ClusterArn, "ClusterInfo.ClusterArn", c.ClusterName, {
    type: "PROVISIONED",
    broker: c.Provisioned ?? {},
    at: "ClusterInfo.Provisioned",
  });
}

type Shape =
  | { type: "SERVERLESS"; auth: Auth }
  | {
      type: "PROVISIONED";
      broker: {
        BrokerNodeGroupInfo?: { InstanceType?: string };
        CurrentBrokerSoftwareInfo?: { KafkaVersion?: string };
        ClientAuthentication?: Auth;
      };
      at: string;
    };

function facts(arnText: string, arnField: string, name: string | undefined, shape: Shape): ClusterRead {
  const arn = clusterArn(arnText);
  if (!arn)
    return {
      ok: false,
      problem: `${arnField}: "${arnText.slice(0, 80)}" is not an Amazon MSK cluster ARN (arn:aws:kafka:<Region>:<account>:cluster/<name>/<id>).`,
    };
  const named = name ? { value: name, field: "ClusterInfo.ClusterName" } : undefined;
  if (shape.type === "SERVERLESS") {
    return {
      ok: true,
      facts: {
        arn,
        arnText,
        type: { value: "msk-serverless", field: "ClusterInfo.ClusterType = SERVERLESS" },
        auth: enabledMethods(shape.auth, "ClusterInfo.Serverless.ClientAuthentication"),
        name: named,
      },
    };
  }
  const { broker, at } = shape;
  const instance = broker.BrokerNodeGroupInfo?.InstanceType;
  const express = instance !== undefined && /^express\./i.test(instance);
  const version = broker.CurrentBrokerSoftwareInfo?.KafkaVersion;
  return {
    ok: true,
    facts: {
      arn,
      arnText,
      type: instance
        ? {
            value: express ? "msk-express" : "msk-provisioned",
            field: `${at}.BrokerNodeGroupInfo.InstanceType = ${instance}`,
          }
        : { value: "msk-provisioned", field: "ClusterInfo.ClusterType = PROVISIONED" },
      auth: enabledMethods(broker.ClientAuthentication, `${at}.ClientAuthentication`),
      kafkaVersion: version
        ? { value: version, field: `${at}.CurrentBrokerSoftwareInfo.KafkaVersion = ${version}` }
        : undefined,
      name: named,
    },
  };
}
