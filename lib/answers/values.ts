// The answers as plain data: allowed values, bounds, defaults, the permalink's parameter order
// and the `Answers` type written from these lists. The zod schema (schema.ts) is built from them and
// is the one validator; it checks that what it accepts is exactly `Answers`. This module holds no
// zod, so the wizard can draw the form and write the
// permalink without loading the validator (it arrives when the form is first touched).
//
// Compatibility (permalink contract, version 1): option lists are append-only.
// Never rename, reorder the meaning of, or remove a value: old links must keep decoding.

export const GOALS = ["dr", "migration", "compliance", "analytics"] as const;
export const SOURCES = [
  "msk-provisioned",
  "msk-express",
  "msk-serverless",
  "self-managed",
  "on-premises",
  "other-cloud",
] as const;
export const TARGETS = ["msk-provisioned", "msk-express", "msk-serverless"] as const;
export const ACCOUNTS = ["same", "cross"] as const;
export const AUTHS = ["iam", "mtls", "sasl-scram", "none", "oauth", "sasl-plain"] as const;
export const TOPOLOGIES = ["active-passive", "active-active"] as const;
export const NAMINGS = ["identical", "prefixed", "custom"] as const;
export const OFFSETS = ["yes", "no"] as const;
export const OPS = ["managed", "control"] as const;
export const IAC_FORMATS = ["terraform", "cloudformation"] as const;

/**
 * Commercial AWS Regions (checked 2026-11-25 against the AWS Regions list,
 * https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html).
 * Append new Regions at the end; the order here is the order the wizard shows.
 */
export const REGIONS = [
  { code: "us-east-1", name: "US East (N. Virginia)" },
  { code: "us-east-2", name: "US East (Ohio)" },
  { code: "us-west-1", name: "US West (N. California)" },
  { code: "us-west-2", name: "US West (Oregon)" },
  { code: "af-south-1", name: "Africa (Cape Town)" },
  { code: "ap-east-1", name: "Asia Pacific (Hong Kong)" },
  { code: "ap-east-2", name: "Asia Pacific (Taipei)" },
  { code: "ap-south-1", name: "Asia Pacific (Mumbai)" },
  { code: "ap-south-2", name: "Asia Pacific (Hyderabad)" },
  { code: "ap-southeast-1", name: "Asia Pacific (Singapore)" },
  { code: "ap-southeast-2", name: "Asia Pacific (Sydney)" },
  { code: "ap-southeast-3", name: "Asia Pacific (Jakarta)" },
  { code: "ap-southeast-4", name: "Asia Pacific (Melbourne)" },
  { code: "ap-southeast-5", name: "Asia Pacific (Malaysia)" },
  { code: "ap-southeast-6", name: "Asia Pacific (New Zealand)" },
  { code: "ap-southeast-7", name: "Asia Pacific (Thailand)" },
  { code: "ap-northeast-1", name: "Asia Pacific (Tokyo)" },
  { code: "ap-northeast-2", name: "Asia Pacific (Seoul)" },
  { code: "ap-northeast-3", name: "Asia Pacific (Osaka)" },
  { code: "ca-central-1", name: "Canada (Central)" },
  { code: "ca-west-1", name: "Canada West (Calgary)" },
  { code: "eu-central-1", name: "Europe (Frankfurt)" },
  { code: "eu-central-2", name: "Europe (Zurich)" },
  { code: "eu-west-1", name: "Europe (Ireland)" },
  { code: "eu-west-2", name: "Europe (London)" },
  { code: "eu-west-3", name: "Europe (Paris)" },
  { code: "eu-south-1", name: "Europe (Milan)" },
  { code: "eu-south-2", name: "Europe (Spain)" },
  { code: "eu-north-1", name: "Europe (Stockholm)" },
  { code: "il-central-1", name: "Israel (Tel Aviv)" },
  { code: "me-south-1", name: "Middle East (Bahrain)" },
  { code: "me-central-1", name: "Middle East (UAE)" },
  { code: "mx-central-1", name: "Mexico (Central)" },
  { code: "sa-east-1", name: "South America (São Paulo)" },
] as const;

export const REGION_CODES = REGIONS.map((r) => r.code) as unknown as readonly [RegionCode, ...RegionCode[]];
export type RegionCode = (typeof REGIONS)[number]["code"];

export const NAME_PATTERN = /^[a-z][a-z0-9-]{0,30}$/;

/** The source cluster's Apache Kafka version: major.minor or major.minor.patch (absent: unknown). */
export const KAFKA_VERSION_PATTERN = /^(0|[1-9]\d{0,2})\.(0|[1-9]\d{0,2})(\.(0|[1-9]\d{0,2}))?$/;

/** A Kafka version as [major, minor, patch]; a missing patch counts as 0. Undefined when not a version. */
export function parseKafkaVersion(version: string | undefined): [number, number, number] | undefined {
  if (version === undefined || !KAFKA_VERSION_PATTERN.test(version)) return undefined;
  const [major = 0, minor = 0, patch = 0] = version.split(".").map(Number);
  return [major, minor, patch];
}

/**
 * Whether the source runs at least `minimum` ("2.8.1"): true or false when the version is known,
 * undefined when the answer is absent (the plan then states what each option requires).
 */
export function kafkaAtLeast(version: string | undefined, minimum: string): boolean | undefined {
  const v = parseKafkaVersion(version);
  const m = parseKafkaVersion(minimum);
  if (!v || !m) return undefined;
  for (let i = 0; i < 3; i++) if (v[i]! !== m[i]!) return v[i]! > m[i]!;
  return true;
}

/**
 * Bounds of the number answers: the schema, the form's inputs and the messages all read them.
 * `integer`: whole numbers only; `above`: the minimum itself is not allowed (throughput > 0).
 */
export const NUMBER_BOUNDS = {
  /** Recovery point objective, seconds. */
  rpo: { min: 0, max: 86_400, integer: true, above: false },
  /** Recovery time objective, minutes. */
  rto: { min: 1, max: 10_080, integer: true, above: false },
  /** Peak write throughput to replicate, MB/s. */
  mbps: { min: 0, max: 10_000, integer: false, above: true },
  partitions: { min: 1, max: 200_000, integer: true, above: false },
} as const;

/** Canonical parameter order of the permalink: the order of the README's "Permalink parameters" table. Append only. */
export const ANSWER_KEYS = [
  "v",
  "goal",
  "source",
  "target",
  "accounts",
  "auth",
  "topology",
  "naming",
  "offsets",
  "rpo",
  "rto",
  "mbps",
  "partitions",
  "ops",
  "primary",
  "secondary",
  "iac",
  "name",
  "kafka",
] as const;
export type AnswerKey = (typeof ANSWER_KEYS)[number];

/** The allowed values of each choice answer, by parameter: the schema's enums are built from it. */
export const CHOICES = {
  goal: GOALS,
  source: SOURCES,
  target: TARGETS,
  accounts: ACCOUNTS,
  auth: AUTHS,
  topology: TOPOLOGIES,
  naming: NAMINGS,
  offsets: OFFSETS,
  ops: OPS,
  primary: REGION_CODES,
  secondary: REGION_CODES,
  iac: IAC_FORMATS,
} as const;
export type ChoiceKey = keyof typeof CHOICES;

export type Goal = (typeof GOALS)[number];
export type Source = (typeof SOURCES)[number];
export type Target = (typeof TARGETS)[number];
export type Auth = (typeof AUTHS)[number];
export type Naming = (typeof NAMINGS)[number];
export type Topology = (typeof TOPOLOGIES)[number];

/** One set of answers: what the wizard asks, the permalink carries and the plan is built from. */
export interface Answers {
  /** Permalink contract version. */
  v: 1;
  goal: Goal;
  source: Source;
  target: Target;
  accounts: (typeof ACCOUNTS)[number];
  auth: Auth;
  topology: Topology;
  naming: Naming;
  offsets: (typeof OFFSETS)[number];
  /** Recovery point objective, seconds (NUMBER_BOUNDS.rpo). */
  rpo: number;
  /** Recovery time objective, minutes (NUMBER_BOUNDS.rto). */
  rto: number;
  /** Peak write throughput, MB/s (NUMBER_BOUNDS.mbps). */
  mbps: number;
  /** Partitions to replicate (NUMBER_BOUNDS.partitions). */
  partitions: number;
  ops: (typeof OPS)[number];
  primary: RegionCode;
  secondary: RegionCode;
  iac: (typeof IAC_FORMATS)[number];
  /** Base name for resources (NAME_PATTERN). */
  name: string;
  /** The source cluster's Apache Kafka version (KAFKA_VERSION_PATTERN); absent when unknown. */
  kafka?: string;
}

// Every parameter of the permalink is an answer and every answer a parameter: a mismatch fails to compile.
const everyKeyListed: [Exclude<keyof Answers, AnswerKey> | Exclude<AnswerKey, keyof Answers>] extends [never]
  ? true
  : false = true;
void everyKeyListed;

/**
 * The permalink's canonical query string (without "?"): every parameter, contract order. An
 * optional answer that is absent (the Kafka version when unknown) is left out.
 */
export function encodeAnswers(answers: Answers): string {
  const params = new URLSearchParams();
  for (const key of ANSWER_KEYS) {
    const value = answers[key];
    if (value !== undefined) params.set(key, String(value));
  }
  return params.toString();
}

/** The canonical permalink path on `/`. */
export function permalinkPath(answers: Answers): string {
  return `/?${encodeAnswers(answers)}`;
}

/** Defaults from the permalink contract (README "Permalink parameters"). */
export const DEFAULT_ANSWERS: Answers = {
  v: 1,
  goal: "dr",
  source: "msk-provisioned",
  target: "msk-provisioned",
  accounts: "same",
  auth: "iam",
  topology: "active-passive",
  naming: "identical",
  offsets: "yes",
  rpo: 60,
  rto: 60,
  mbps: 10,
  partitions: 100,
  ops: "managed",
  primary: "us-east-1",
  secondary: "us-west-2",
  iac: "terraform",
  name: "kafka-dr",
};

export const NUMBER_KEYS = ["rpo", "rto", "mbps", "partitions"] as const satisfies readonly AnswerKey[];
export type NumberKey = (typeof NUMBER_KEYS)[number];

export function isNumberKey(key: AnswerKey): key is NumberKey {
  return (NUMBER_KEYS as readonly string[]).includes(key);
}

/** Sources that are not in AWS: the primary Region is ignored for them. */
export function isSourceOutsideAws(source: Source): boolean {
  return source === "on-premises" || source === "other-cloud";
}

/** Sources that are Amazon MSK clusters (any broker type). */
export function isMskSource(source: Source): boolean {
  return source === "msk-provisioned" || source === "msk-express" || source === "msk-serverless";
}

export function regionName(code: string): string {
  return REGIONS.find((r) => r.code === code)?.name ?? code;
}

/** Words for the allowed values of a parameter, for error messages and help. */
export function describeAllowed(key: AnswerKey): string {
  switch (key) {
    case "v":
      return "1";
    case "rpo":
      return `a whole number of seconds from ${NUMBER_BOUNDS.rpo.min} to ${NUMBER_BOUNDS.rpo.max}`;
    case "rto":
      return `a whole number of minutes from ${NUMBER_BOUNDS.rto.min} to ${NUMBER_BOUNDS.rto.max}`;
    case "mbps":
      return `a number of MB/s greater than ${NUMBER_BOUNDS.mbps.min} and at most ${NUMBER_BOUNDS.mbps.max}`;
    case "partitions":
      return `a whole number from ${NUMBER_BOUNDS.partitions.min} to ${NUMBER_BOUNDS.partitions.max}`;
    case "primary":
    case "secondary":
      return "an AWS Region code such as us-east-1 or eu-west-1";
    case "name":
      return "1–31 characters: a lowercase letter, then lowercase letters, digits or hyphens";
    case "kafka":
      return "an Apache Kafka version such as 2.8.1 or 3.7 (major.minor or major.minor.patch), or nothing when unknown";
    default:
      return CHOICES[key].join(", ");
  }
}

/** Allowed values of an enum answer, in contract order. */
export function enumValues<K extends ChoiceKey>(key: K): readonly Answers[K][] {
  return CHOICES[key] as unknown as readonly Answers[K][];
}
