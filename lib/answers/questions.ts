import type { AnswerKey, Answers } from "./values";
import type { NumberKey } from "./values";

// Question wording, help text and option labels, typed by the schema's keys so that a field
// cannot exist without its label. The wizard, the command line's messages and the decision
// record all read this catalogue.

export interface ChoiceCopy {
  label: string;
  help?: string;
}

interface QuestionBase {
  /** The question as asked. */
  label: string;
  /** What the answer means, in a sentence or two. */
  help: string;
  /** Why the answer changes the recommendation. */
  why: string;
}

export interface ChoiceQuestion<K extends AnswerKey> extends QuestionBase {
  kind: "choice";
  choices: Record<Extract<Answers[K], string>, ChoiceCopy>;
}

export interface NumberQuestion extends QuestionBase {
  kind: "number";
  unit: string;
  /** Step for the number input: 1 for integers. */
  step: number;
}

export interface RegionQuestion extends QuestionBase {
  kind: "region";
}

export interface TextQuestion extends QuestionBase {
  kind: "text";
  placeholder: string;
}

type ChoiceKeys = Exclude<AnswerKey, NumberKey | "primary" | "secondary" | "name" | "kafka" | "v">;

export type QuestionCatalogue = { [K in ChoiceKeys]: ChoiceQuestion<K> } & {
  [K in NumberKey]: NumberQuestion;
} & { primary: RegionQuestion; secondary: RegionQuestion; name: TextQuestion; kafka: TextQuestion };

export const QUESTIONS: QuestionCatalogue = {
  goal: {
    kind: "choice",
    label: "What is the replication for?",
    help: "The outcome you need on the day it matters.",
    why: "Disaster recovery needs a warm standby in another Region; a compliance copy can live with a long restore; a migration ends with a cut-over.",
    choices: {
      dr: { label: "Disaster recovery", help: "Survive the loss of a Region with a standby cluster." },
      migration: { label: "Migration", help: "Move to Amazon MSK, or between clusters, then cut over." },
      compliance: { label: "Compliance copy", help: "Keep a governed, restorable copy of the data." },
      analytics: { label: "Analytics / sharing", help: "Share or aggregate data across Regions or environments." },
    },
  },
  source: {
    kind: "choice",
    label: "Where does the data live now?",
    help: "The source cluster that producers write to today.",
    why: "MSK Replicator reads from MSK clusters, and from self-managed Apache Kafka (SASL/SCRAM, mTLS or SASL/OAUTHBEARER) into MSK Provisioned clusters; other routes need MirrorMaker 2. MSK Connect (the S3 sink) reads MSK clusters with IAM only.",
    choices: {
      "msk-provisioned": { label: "Amazon MSK Provisioned (Standard brokers)" },
      "msk-express": { label: "Amazon MSK Provisioned (Express brokers)" },
      "msk-serverless": { label: "Amazon MSK Serverless" },
      "self-managed": { label: "Self-managed Kafka on Amazon EC2" },
      "on-premises": { label: "On-premises Kafka" },
      "other-cloud": { label: "Kafka in another cloud" },
    },
  },
  target: {
    kind: "choice",
    label: "Where must it go?",
    help: "The target (standby or destination) Amazon MSK cluster.",
    why: "A self-managed source can be replicated by MSK Replicator into MSK Provisioned (Standard or Express brokers) but not into Serverless. MSK Serverless accepts IAM only, takes at most 200 MB/s of writes per cluster, exists in 14 Regions and receives no ACLs.",
    choices: {
      "msk-provisioned": { label: "Amazon MSK Provisioned (Standard brokers)" },
      "msk-express": { label: "Amazon MSK Provisioned (Express brokers)" },
      "msk-serverless": { label: "Amazon MSK Serverless" },
    },
  },
  accounts: {
    kind: "choice",
    label: "Are source and target in the same AWS account?",
    help: "Cross-account copies are common for isolation and for compliance.",
    why: "MSK Replicator only replicates between MSK clusters in the same AWS account.",
    choices: {
      same: { label: "Same account" },
      cross: { label: "Different accounts" },
    },
  },
  auth: {
    kind: "choice",
    label: "How do clients authenticate to the clusters?",
    help: "What your Kafka clusters accept today; replication can use it too. IAM exists only on Amazon MSK, and MSK Serverless accepts nothing else; an MSK cluster can have IAM on beside SASL/SCRAM, mTLS or unauthenticated access.",
    why: "MSK Replicator connects to MSK clusters with IAM only (turned on beside your clients' authentication if need be), and to a self-managed cluster with SASL/SCRAM, mTLS or SASL/OAUTHBEARER; MSK Connect (the S3 sink) uses IAM or nothing; MirrorMaker 2 speaks whatever Kafka clients speak.",
    choices: {
      iam: { label: "IAM access control", help: "AWS_MSK_IAM / SASL on port 9098. Amazon MSK only." },
      mtls: { label: "Mutual TLS", help: "Client certificates; on Amazon MSK they must come from AWS Private CA." },
      "sasl-scram": { label: "SASL/SCRAM", help: "User name and password kept in AWS Secrets Manager." },
      none: { label: "None (plaintext or TLS without client auth)", help: "Not recommended outside a lab." },
      oauth: {
        label: "OAuth (SASL/OAUTHBEARER)",
        help: "Tokens from your identity provider, on a self-managed cluster. MSK Replicator supports it for external clusters.",
      },
      "sasl-plain": {
        label: "SASL/PLAIN",
        help: "User name and password over TLS, as some hosted Kafka services offer. MirrorMaker 2 only.",
      },
    },
  },
  topology: {
    kind: "choice",
    label: "One-way or both ways?",
    help: "Active-passive keeps a standby; active-active lets both Regions take writes.",
    why: "Active-active needs loop prevention in both directions and changes how consumers subscribe.",
    choices: {
      "active-passive": { label: "Active-passive", help: "One-way replication to a standby." },
      "active-active": { label: "Active-active", help: "Both ways; producers write in each Region." },
    },
  },
  naming: {
    kind: "choice",
    label: "What should replicated topics be called?",
    help: "Identical names need no client changes on failover; prefixed names show where data came from.",
    why: "MSK Replicator offers identical or source-alias-prefixed names; anything else (renames, transforms) needs a custom MirrorMaker 2 replication policy.",
    choices: {
      identical: { label: "Identical to the source" },
      prefixed: { label: "Prefixed with the source cluster alias" },
      custom: { label: "Custom (rename or transform)" },
    },
  },
  offsets: {
    kind: "choice",
    label: "Must consumer group offsets follow the data?",
    help: "Consumers resume near where they stopped after a failover, instead of from the start or the end.",
    why: "Both MSK Replicator and MirrorMaker 2 translate offsets; an S3 restore cannot keep them.",
    choices: {
      yes: { label: "Yes, resume where they were" },
      no: { label: "No, consumers can re-read or skip" },
    },
  },
  rpo: {
    kind: "number",
    label: "Recovery point objective",
    help: "How much recent data you could afford to lose, in seconds (0 = none).",
    why: "Asynchronous replication loses the un-replicated tail; S3 backup loses everything since the last flush.",
    unit: "seconds",
    step: 1,
  },
  rto: {
    kind: "number",
    label: "Recovery time objective",
    help: "How long the service may be down before it runs again, in minutes.",
    why: "A warm standby is minutes away; a restore from S3 takes hours; building a cluster takes longer.",
    unit: "minutes",
    step: 1,
  },
  mbps: {
    kind: "number",
    label: "Peak write throughput to replicate",
    help: "Megabytes per second at peak, across the topics you replicate.",
    why: "One MSK Replicator handles up to 1 GB/s; throughput also drives the per-GB charge and the MirrorMaker 2 task count.",
    unit: "MB/s",
    step: 0.1,
  },
  partitions: {
    kind: "number",
    label: "Partitions to replicate",
    help: "The total across the topics you replicate.",
    why: "Too few partitions raise replication latency; many partitions need more replicators or MirrorMaker 2 tasks.",
    unit: "partitions",
    step: 1,
  },
  ops: {
    kind: "choice",
    label: "Managed or in your control?",
    help: "Whether you would rather run nothing, or own and tune the replication yourselves.",
    why: "MSK Replicator is serverless; MirrorMaker 2 gives full control but you run Kafka Connect.",
    choices: {
      managed: { label: "Managed: no infrastructure to run" },
      control: { label: "Full control: we have Kafka Connect skills" },
    },
  },
  primary: {
    kind: "region",
    label: "Primary (source) Region",
    help: "Where the source cluster runs. Ignored for on-premises and other-cloud sources.",
    why: "Cross-Region replication needs multi-VPC connectivity on the source; prices and availability vary by Region.",
  },
  secondary: {
    kind: "region",
    label: "Standby (target) Region",
    help: "Where the target cluster runs. The same Region as the primary means same-Region replication.",
    why: "MSK Replicator is created in the target's Region and must be available there.",
  },
  iac: {
    kind: "choice",
    label: "Which infrastructure as code?",
    help: "The format of the generated starting point.",
    why: "Does not change the recommendation, only the code you download.",
    choices: {
      terraform: { label: "Terraform" },
      cloudformation: { label: "AWS CloudFormation" },
    },
  },
  name: {
    kind: "text",
    label: "Base name for resources",
    help: "Lowercase letters, digits and hyphens; starts with a letter; at most 31 characters.",
    why: "Used in every generated resource name and tag.",
    placeholder: "kafka-dr",
  },
  kafka: {
    kind: "text",
    label: "Apache Kafka version of the source (optional)",
    help: "For example 2.8.1 or 3.7. Leave it empty if you do not know: the plan then says what each option needs.",
    why: "MSK Replicator needs Kafka 2.7.0 or later on MSK clusters, and 2.8.1 or later for identical topic names and for self-managed sources.",
    placeholder: "unknown",
  },
};

/** The wizard's steps, in the order an engineer thinks about the problem. */
export const STEPS = [
  { id: "route", title: "Purpose and route", keys: ["goal", "source", "target"] },
  { id: "security", title: "Accounts and security", keys: ["accounts", "auth", "kafka"] },
  { id: "topology", title: "Topology, names and offsets", keys: ["topology", "naming", "offsets"] },
  { id: "objectives", title: "Objectives and load", keys: ["rpo", "rto", "mbps", "partitions", "ops"] },
  { id: "output", title: "Regions and output", keys: ["primary", "secondary", "iac", "name"] },
] as const satisfies readonly { id: string; title: string; keys: readonly AnswerKey[] }[];

export type StepId = (typeof STEPS)[number]["id"];

/** The label of an answer's value in words, e.g. source=msk-express → "Amazon MSK Provisioned (Express brokers)". */
export function answerInWords<K extends AnswerKey>(key: K, value: Answers[K]): string {
  const q = (
    QUESTIONS as Record<string, QuestionBase & { kind: string; choices?: Record<string, ChoiceCopy>; unit?: string }>
  )[key];
  // An optional answer left out (the source's Kafka version) is unknown, not "undefined".
  if (value === undefined) return "unknown";
  if (!q) return String(value);
  if (q.kind === "choice" && q.choices) return q.choices[String(value)]?.label ?? String(value);
  if (q.kind === "number" && q.unit) return `${String(value)} ${q.unit}`;
  return String(value);
}
