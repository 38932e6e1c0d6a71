// The inputs (Terraform variables, CloudFormation parameters) of the generated code: their shape,
// the patterns that check them, and the kinds of input several options share.
import type { IacContext } from "../context";
import type { Placement } from "../placement";
import { ALARM_TOPIC } from "../toggles";

export interface InputDef {
  /** Terraform variable name (snake_case). */
  key: string;
  /** CloudFormation parameter name (PascalCase). */
  cfn: string;
  description: string;
  type: "string" | "bool" | "number" | "list";
  default?: string | boolean | number;
  /** Anchored regular expression every value (each element of a list) must match; RE2- and Java-compatible. */
  pattern?: string;
  patternHint?: string;
  /** CloudFormation AWS-specific parameter type, e.g. List<AWS::EC2::Subnet::Id>. */
  cfnType?: string;
  minItems?: number;
  maxItems?: number;
  min?: number;
  /** Which templates need it (CloudFormation splits per Region). Default: main. */
  placements?: Placement[];
  /**
   * CloudFormation's reading of an optional text input: a word stands for "not given" where "" would
   * reach a property that linters check against a minimum length.
   */
  cfnNone?: { word: string; description: string; pattern: string; patternHint: string };
}

export const PATTERNS = {
  name: "^[a-z][a-z0-9-]{0,30}$",
  region: "^[a-z]{2}(-[a-z]+)+-[0-9]$",
  mskClusterArn: "^arn:aws[a-z-]*:kafka:[a-z0-9-]+:[0-9]{12}:cluster/[A-Za-z0-9_-]+/[A-Za-z0-9_-]+$",
  secretArn: "^arn:aws[a-z-]*:secretsmanager:[a-z0-9-]+:[0-9]{12}:secret:[A-Za-z0-9/_+=.@-]+$",
  roleArn: "^arn:aws[a-z-]*:iam::[0-9]{12}:role/[A-Za-z0-9/_+=,.@-]+$",
  snsTopicArnOrEmpty: "^(|arn:aws[a-z-]*:sns:[a-z0-9-]+:[0-9]{12}:[A-Za-z0-9_-]+)$",
  bootstrap: "^[A-Za-z0-9.-]+:[0-9]{1,5}(,[A-Za-z0-9.-]+:[0-9]{1,5})*$",
  kafkaClusterId: "^[A-Za-z0-9_-]{1,64}$",
  subnet: "^subnet-[0-9a-f]{8,17}$",
  securityGroup: "^sg-[0-9a-f]{8,17}$",
  vpc: "^vpc-[0-9a-f]{8,17}$",
  cidr: "^[0-9]{1,3}([.][0-9]{1,3}){3}/[0-9]{1,2}$",
  s3BucketArn: "^arn:aws[a-z-]*:s3:::[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$",
  s3BucketName: "^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$",
  s3Key: "^[A-Za-z0-9!_.*'()/-]+[.](zip|jar)$",
  image: "^[A-Za-z0-9][A-Za-z0-9._/:@-]{0,254}$",
  kafkaVersion: "^[0-9]+[.][0-9]+[.]([0-9]+|x)$",
  instanceType: "^(kafka|express)[.][a-z0-9]+[.][a-z0-9]+$",
  /** One broker family only: the code's storage settings follow it (Express brokers take no EBS storage). */
  standardInstanceType: "^kafka[.][a-z0-9]+[.][a-z0-9]+$",
  expressInstanceType: "^express[.][a-z0-9]+[.][a-z0-9]+$",
  port: "^[0-9]{1,5}$",
} as const;

/** Adds an input, or widens the placements of one already listed. */
export type AddInput = (d: InputDef) => void;

export const subnets = (
  key: string,
  cfn: string,
  what: string,
  placements: Placement[] = ["main"],
  min = 2,
  max = 3,
): InputDef => ({
  key,
  cfn,
  description: what,
  type: "list",
  pattern: PATTERNS.subnet,
  patternHint: "subnet IDs (subnet-…)",
  cfnType: "List<AWS::EC2::Subnet::Id>",
  minItems: min,
  maxItems: max,
  placements,
});

export const sourceArn = (placements: Placement[] = ["main"]): InputDef => ({
  key: "source_cluster_arn",
  cfn: "SourceClusterArn",
  description: "ARN of the existing source (primary) Amazon MSK cluster.",
  type: "string",
  pattern: PATTERNS.mskClusterArn,
  patternHint: "an MSK cluster ARN (arn:aws:kafka:REGION:ACCOUNT:cluster/NAME/UUID)",
  placements,
});
export const targetArn = (placements: Placement[] = ["main"]): InputDef => ({
  key: "target_cluster_arn",
  cfn: "TargetClusterArn",
  description: "ARN of the existing target (standby) Amazon MSK cluster.",
  type: "string",
  pattern: PATTERNS.mskClusterArn,
  patternHint: "an MSK cluster ARN (arn:aws:kafka:REGION:ACCOUNT:cluster/NAME/UUID)",
  placements,
});
export const bootstrap = (who: "source" | "target", Who: string, what: string): InputDef => ({
  key: `${who}_bootstrap_brokers`,
  cfn: `${Who}BootstrapBrokers`,
  description: what,
  type: "string",
  pattern: PATTERNS.bootstrap,
  patternHint: "host:port pairs separated by commas",
});
export const secret = (
  key: string,
  cfn: string,
  description: string,
  placements: Placement[] = ["main"],
): InputDef => ({
  key,
  cfn,
  description,
  type: "string",
  pattern: PATTERNS.secretArn,
  patternHint: "a Secrets Manager secret ARN",
  placements,
});
export const vpc = (key: string, cfn: string, what: string, placements: Placement[] = ["main"]): InputDef => ({
  key,
  cfn,
  description: what,
  type: "string",
  pattern: PATTERNS.vpc,
  patternHint: "a VPC ID (vpc-…)",
  cfnType: "AWS::EC2::VPC::Id",
  placements,
});
export const sg = (key: string, cfn: string, what: string, placements: Placement[] = ["main"]): InputDef => ({
  key,
  cfn,
  description: what,
  type: "string",
  pattern: PATTERNS.securityGroup,
  patternHint: "a security group ID (sg-…)",
  cfnType: "AWS::EC2::SecurityGroup::Id",
  placements,
});

/**
 * Default Kafka version of a new cluster: 3.8.x, MSK's recommended version and the newest one AWS
 * documents for Express brokers (doc history 2025-06-05, "Express brokers on Apache Kafka 3.8.x";
 * supported-kafka-versions lists 3.8.x as Recommended; checked 2026-12-02).
 */
export const NEW_CLUSTER_KAFKA_VERSION = "3.8.x";

/** Broker instance type input settings for one broker family. */
export function instanceTypeSettings(express: boolean): Pick<InputDef, "default" | "pattern" | "patternHint"> {
  return express
    ? {
        default: "express.m7g.large",
        pattern: PATTERNS.expressInstanceType,
        patternHint: "an Express broker instance type such as express.m7g.large",
      }
    : {
        default: "kafka.m7g.large",
        pattern: PATTERNS.standardInstanceType,
        patternHint: "a Standard broker instance type such as kafka.m7g.large",
      };
}

export function targetClusterSettings(ctx: IacContext, add: AddInput): void {
  if (!ctx.createTarget || ctx.target.type === "msk-serverless") return;
  add({
    key: "target_kafka_version",
    cfn: "TargetKafkaVersion",
    description: "Apache Kafka version of the new target cluster.",
    type: "string",
    default: NEW_CLUSTER_KAFKA_VERSION,
    pattern: PATTERNS.kafkaVersion,
    patternHint: "an MSK Kafka version such as 3.8.x",
  });
  add({
    key: "target_broker_instance_type",
    cfn: "TargetBrokerInstanceType",
    description: "Broker instance type of the new target cluster (three brokers, one per Availability Zone).",
    type: "string",
    ...instanceTypeSettings(ctx.target.type === "msk-express"),
  });
}

/** The SNS topic the alarms notify; empty: the code creates one (in each Region with alarms). */
export const alarmTopic = (placements: Placement[] = ["main"]): InputDef => ({
  key: ALARM_TOPIC.key,
  cfn: ALARM_TOPIC.cfn,
  description: ALARM_TOPIC.description,
  type: "string",
  default: "",
  pattern: PATTERNS.snsTopicArnOrEmpty,
  patternHint: "an SNS topic ARN or empty",
  placements,
});

/** Whether an input is used in a CloudFormation template placed in this Region. */
export function inPlacement(d: InputDef, p: Placement): boolean {
  return d.cfn !== "" && (d.placements ?? ["main"]).includes(p);
}
