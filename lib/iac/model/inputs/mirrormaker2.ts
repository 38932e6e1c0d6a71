// The inputs of MirrorMaker 2 on ECS.
import { architectureOf } from "@/lib/architecture";
import { clusterAuth, type IacContext } from "../context";
import { secretInputs, usesSourceAccountRole } from "../mirrormaker2";
import {
  PATTERNS,
  alarmTopic,
  bootstrap,
  secret,
  sourceArn,
  subnets,
  targetArn,
  targetClusterSettings,
  vpc,
  type AddInput,
} from "./definitions";

export function mirrorMaker2Inputs(ctx: IacContext, add: AddInput): void {
  const a = ctx.arch;
  const m = architectureOf(a, "mirrormaker2").mirrorMaker2;
  if (ctx.source.isMsk) add(sourceArn());
  if (!ctx.createTarget) add(targetArn());
  add(
    bootstrap(
      "source",
      "Source",
      ctx.source.isMsk
        ? `Bootstrap servers of the source cluster for its ${clusterAuth(ctx.source)} listener (aws kafka get-bootstrap-brokers).`
        : "Bootstrap servers of the source cluster's TLS listener, host:port pairs separated by commas.",
    ),
  );
  if (!(ctx.createTarget && ctx.opts.format === "terraform"))
    add(
      bootstrap(
        "target",
        "Target",
        ctx.createTarget
          ? "Bootstrap servers of the new target cluster (IAM listener), from aws kafka get-bootstrap-brokers once the cluster is created."
          : `Bootstrap servers of the target cluster for its ${clusterAuth(ctx.target)} listener (aws kafka get-bootstrap-brokers).`,
      ),
    );
  for (const s of secretInputs(ctx)) add(secret(s.key, s.cfn, s.description));
  if (usesSourceAccountRole(ctx))
    add({
      key: "source_account_role_arn",
      cfn: "SourceAccountRoleArn",
      description:
        "Role in the source cluster's account that MirrorMaker 2 assumes to read the source cluster (IAM access control across accounts). Create it there with the trust policy from the outputs.",
      type: "string",
      pattern: PATTERNS.roleArn,
      patternHint: "an IAM role ARN",
    });
  add(vpc("vpc_id", "VpcId", "VPC for the MirrorMaker 2 tasks (with routes to both clusters)."));
  add(
    subnets(
      "private_subnet_ids",
      "PrivateSubnetIds",
      "Private subnets for the MirrorMaker 2 tasks (no public IP), in at least two Availability Zones.",
      ["main"],
      2,
      6,
    ),
  );
  // One CIDR per cluster: across Regions the two clusters' VPCs rarely share a supernet worth opening.
  for (const side of ["source", "target"] as const)
    add({
      key: `${side}_kafka_cidr`,
      cfn: side === "source" ? "SourceKafkaCidr" : "TargetKafkaCidr",
      description: `CIDR block of the ${side} cluster's brokers (its VPC's, or its subnets'), which the MirrorMaker 2 tasks may reach on the Kafka ports.`,
      type: "string",
      pattern: PATTERNS.cidr,
      patternHint: "a CIDR block such as 10.1.0.0/16",
    });
  add({
    key: "mm2_image",
    cfn: "Mm2Image",
    description:
      "Container image with Apache Kafka 3.5 or later in /opt/kafka, the aws-msk-iam-auth JAR in /opt/kafka/libs and the Prometheus JMX exporter java agent at /opt/jmx_exporter/jmx_prometheus_javaagent.jar.",
    type: "string",
    pattern: PATTERNS.image,
    patternHint: "an image reference such as ACCOUNT.dkr.ecr.REGION.amazonaws.com/mirrormaker2:3.9.1",
  });
  add({
    key: "desired_count",
    cfn: "DesiredCount",
    description: "Number of MirrorMaker 2 tasks (nodes).",
    type: "number",
    default: m.desiredCount,
    min: 1,
  });
  add({
    key: "cloudwatch_agent_image",
    cfn: "CloudWatchAgentImage",
    description:
      "CloudWatch agent image of the sidecar that publishes MirrorMaker 2's replication latency and task health to CloudWatch (pin a version for production).",
    type: "string",
    default: "public.ecr.aws/cloudwatch-agent/cloudwatch-agent:latest",
    pattern: PATTERNS.image,
    patternHint: "an image reference such as public.ecr.aws/cloudwatch-agent/cloudwatch-agent:latest",
  });
  if (ctx.createTarget)
    add(
      subnets(
        "target_subnet_ids",
        "TargetSubnetIds",
        "Subnets for the new target cluster's brokers, one in each of three Availability Zones.",
        ["main"],
        3,
        3,
      ),
    );
  targetClusterSettings(ctx, add);
  add(alarmTopic());
}
