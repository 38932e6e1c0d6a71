import { secretInputs, usesSourceAccountRole } from "./mirrormaker2";
import {
  ALARM_TOPIC,
  CLUSTER_TOGGLE,
  FAILBACK_TOGGLE,
  PATTERNS,
  REVERSE_STACK_TOGGLE,
  clusterAuth,
  failbackPlacements,
  needsSourceClusterPolicy,
  replicatorPlans,
  s3SinkUsesIam,
  type Ctx,
  type InputDef,
  type Placement,
} from "./shared";

/**
 * The inputs (Terraform variables, CloudFormation parameters) of the generated code, in a stable
 * order. Existing clusters, networks and secrets are always inputs: the generated code never guesses
 * an identifier and never holds a secret.
 */

const subnets = (key: string, cfn: string, what: string, placements: Placement[] = ["main"], min = 2, max = 3): InputDef => ({
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

export function inputsFor(ctx: Ctx): InputDef[] {
  const a = ctx.arch;
  const out: InputDef[] = [];
  const add = (d: InputDef) => {
    const existing = out.find((x) => x.key === d.key);
    if (existing) existing.placements = [...new Set([...(existing.placements ?? ["main"]), ...(d.placements ?? ["main"])])];
    else out.push(d);
  };
  const all: Placement[] = ["main", "source", "backup"];
  add({ key: "name", cfn: "Name", description: "Base name of every resource (lowercase letters, digits and hyphens; starts with a letter).", type: "string", default: a.name, pattern: PATTERNS.name, patternHint: "1–31 characters: a lowercase letter, then lowercase letters, digits or hyphens", placements: all });
  add({ key: "region", cfn: "", description: "AWS Region to deploy to.", type: "string", default: ctx.region, pattern: PATTERNS.region, patternHint: "an AWS Region code such as us-east-1" });

  const sourceArn = (placements: Placement[] = ["main"]): InputDef => ({ key: "source_cluster_arn", cfn: "SourceClusterArn", description: "ARN of the existing source (primary) Amazon MSK cluster.", type: "string", pattern: PATTERNS.mskClusterArn, patternHint: "an MSK cluster ARN (arn:aws:kafka:REGION:ACCOUNT:cluster/NAME/UUID)", placements });
  const targetArn = (placements: Placement[] = ["main"]): InputDef => ({ key: "target_cluster_arn", cfn: "TargetClusterArn", description: "ARN of the existing target (standby) Amazon MSK cluster.", type: "string", pattern: PATTERNS.mskClusterArn, patternHint: "an MSK cluster ARN (arn:aws:kafka:REGION:ACCOUNT:cluster/NAME/UUID)", placements });
  const bootstrap = (who: "source" | "target", Who: string, what: string): InputDef => ({ key: `${who}_bootstrap_brokers`, cfn: `${Who}BootstrapBrokers`, description: what, type: "string", pattern: PATTERNS.bootstrap, patternHint: "host:port pairs separated by commas" });
  const secret = (key: string, cfn: string, description: string, placements: Placement[] = ["main"]): InputDef => ({ key, cfn, description, type: "string", pattern: PATTERNS.secretArn, patternHint: "a Secrets Manager secret ARN", placements });
  const vpc = (key: string, cfn: string, what: string, placements: Placement[] = ["main"]): InputDef => ({ key, cfn, description: what, type: "string", pattern: PATTERNS.vpc, patternHint: "a VPC ID (vpc-…)", cfnType: "AWS::EC2::VPC::Id", placements });
  const sg = (key: string, cfn: string, what: string, placements: Placement[] = ["main"]): InputDef => ({ key, cfn, description: what, type: "string", pattern: PATTERNS.securityGroup, patternHint: "a security group ID (sg-…)", cfnType: "AWS::EC2::SecurityGroup::Id", placements });
  const targetClusterSettings = () => {
    if (!ctx.createTarget || ctx.target.type === "msk-serverless") return;
    add({ key: "target_kafka_version", cfn: "TargetKafkaVersion", description: "Apache Kafka version of the new target cluster.", type: "string", default: "3.9.x", pattern: PATTERNS.kafkaVersion, patternHint: "an MSK Kafka version such as 3.9.x" });
    add({ key: "target_broker_instance_type", cfn: "TargetBrokerInstanceType", description: "Broker instance type of the new target cluster (three brokers, one per Availability Zone).", type: "string", default: ctx.target.type === "msk-express" ? "express.m7g.large" : "kafka.m7g.large", pattern: PATTERNS.instanceType, patternHint: "an MSK broker instance type such as kafka.m7g.large" });
  };

  if (a.option === "msk-replicator") {
    const reps = replicatorPlans(ctx);
    const reverseInSource = reps.some((r) => r.placement === "source");
    const sourcePlacements: Placement[] = ["main", ...(needsSourceClusterPolicy(ctx) || reverseInSource ? (["source"] as const) : [])];
    if (reverseInSource || needsSourceClusterPolicy(ctx)) add({ key: "source_region", cfn: "", description: "AWS Region of the source cluster (its cluster policy and the reverse replicator are created there).", type: "string", default: ctx.sourceRegion ?? ctx.region, pattern: PATTERNS.region, patternHint: "an AWS Region code such as us-east-1" });
    if (ctx.source.isMsk) {
      add(sourceArn(sourcePlacements));
      add(subnets("source_subnet_ids", "SourceSubnetIds", "Client subnets of the source cluster (2 or 3, in the cluster's Availability Zones) for the replicator's network interfaces.", sourcePlacements));
      const needSourceSg = !a.crossRegion || reverseInSource;
      if (needSourceSg) {
        const placements: Placement[] = a.crossRegion ? ["source"] : ["main"];
        add(vpc("source_vpc_id", "SourceVpcId", "VPC of the source cluster.", placements));
        add(sg("source_cluster_security_group_id", "SourceClusterSecurityGroupId", "Security group of the source cluster's brokers; a rule lets the replicator in on port 9098.", placements));
      }
    } else {
      add(bootstrap("source", "Source", "Bootstrap servers of the self-managed source cluster (TLS listener), host:port pairs separated by commas."));
      add({ key: "source_kafka_cluster_id", cfn: "SourceKafkaClusterId", description: "Kafka cluster ID of the self-managed source cluster (kafka-cluster.sh cluster-id, or the cluster.id in meta.properties).", type: "string", pattern: PATTERNS.kafkaClusterId, patternHint: "the Kafka cluster.id (letters, digits, _ and -)" });
      add(secret("source_credentials_secret_arn", "SourceCredentialsSecretArn", clusterAuth(ctx.source) === "mtls" ? "Secrets Manager secret with the client certificate and private key MSK Replicator presents to the self-managed cluster (mTLS)." : "Secrets Manager secret with the SASL/SCRAM username and password MSK Replicator uses on the self-managed cluster."));
      add(secret("source_root_ca_secret_arn", "SourceRootCaSecretArn", "Secrets Manager secret holding the root CA certificate of the self-managed cluster's TLS listener."));
      add({ key: "source_network_cidr", cfn: "SourceNetworkCidr", description: "CIDR block of the self-managed cluster's brokers, reached over VPN or Direct Connect.", type: "string", pattern: PATTERNS.cidr, patternHint: "a CIDR block such as 10.20.0.0/16" });
      add({ key: "source_broker_port", cfn: "SourceBrokerPort", description: "TLS port of the self-managed cluster's brokers.", type: "number", default: clusterAuth(ctx.source) === "mtls" ? 9094 : 9096, min: 1 });
    }
    const targetPlacements: Placement[] = ["main", ...(reverseInSource ? (["source"] as const) : [])];
    if (!ctx.createTarget) add(targetArn(targetPlacements));
    // Only CloudFormation's second stack needs the created cluster's ARN as an input; Terraform's one module refers to it.
    else if (reverseInSource && ctx.opts.format === "cloudformation") add({ ...targetArn(["source"]), description: "ARN of the target cluster created by the main template (its TargetClusterArn output)." });
    add(subnets("target_subnet_ids", "TargetSubnetIds", ctx.createTarget ? "Subnets for the new target cluster's brokers and the replicator, one in each of three Availability Zones." : "Client subnets of the target cluster (2 or 3, in the cluster's Availability Zones) for the replicator's network interfaces.", targetPlacements, ctx.createTarget ? 3 : 2, 3));
    add(vpc("target_vpc_id", "TargetVpcId", "VPC of the target cluster."));
    if (!ctx.createTarget) add(sg("target_cluster_security_group_id", "TargetClusterSecurityGroupId", "Security group of the target cluster's brokers; a rule lets the replicator in on port 9098."));
    targetClusterSettings();
    for (const r of reps) {
      if (r.toggled) {
        add({ key: FAILBACK_TOGGLE.key, cfn: FAILBACK_TOGGLE.cfn, description: "Create the reverse (failback) replicator from the target back to the source. Leave off in normal operation; switch on during failover, as the runbook says.", type: "bool", default: false, placements: failbackPlacements(ctx) });
      } else if (r.placement === "source" && ctx.opts.format === "cloudformation") {
        // Terraform creates both Regions from one module, so only CloudFormation's second stack needs it.
        add({ key: REVERSE_STACK_TOGGLE.key, cfn: REVERSE_STACK_TOGGLE.cfn, description: "Create the reverse replicator in this Region. Deploy this stack first with false (it creates the source cluster policy), then the main stack, then update this one to true.", type: "bool", default: false, placements: ["source"] });
      }
    }
    add({ key: ALARM_TOPIC.key, cfn: ALARM_TOPIC.cfn, description: "SNS topic ARN notified by the alarms (empty: alarms without notifications).", type: "string", default: "", pattern: PATTERNS.snsTopicArnOrEmpty, patternHint: "an SNS topic ARN or empty", placements: [...new Set(reps.map((r) => r.placement))] });
  }

  if (a.option === "mirrormaker2") {
    const m = a.mirrorMaker2!;
    if (ctx.source.isMsk) add(sourceArn());
    if (!ctx.createTarget) add(targetArn());
    add(bootstrap("source", "Source", ctx.source.isMsk ? `Bootstrap servers of the source cluster for its ${clusterAuth(ctx.source)} listener (aws kafka get-bootstrap-brokers).` : "Bootstrap servers of the source cluster's TLS listener, host:port pairs separated by commas."));
    if (!(ctx.createTarget && ctx.opts.format === "terraform")) add(bootstrap("target", "Target", ctx.createTarget ? "Bootstrap servers of the new target cluster (IAM listener), from aws kafka get-bootstrap-brokers once the cluster is created." : `Bootstrap servers of the target cluster for its ${clusterAuth(ctx.target)} listener (aws kafka get-bootstrap-brokers).`));
    for (const s of secretInputs(ctx)) add(secret(s.key, s.cfn, s.description));
    if (usesSourceAccountRole(ctx)) add({ key: "source_account_role_arn", cfn: "SourceAccountRoleArn", description: "Role in the source cluster's account that MirrorMaker 2 assumes to read the source cluster (IAM access control across accounts). Create it there with the trust policy from the outputs.", type: "string", pattern: PATTERNS.roleArn, patternHint: "an IAM role ARN" });
    add(vpc("vpc_id", "VpcId", "VPC for the MirrorMaker 2 tasks (with routes to both clusters)."));
    add(subnets("private_subnet_ids", "PrivateSubnetIds", "Private subnets for the MirrorMaker 2 tasks (no public IP), in at least two Availability Zones.", ["main"], 2, 6));
    add({ key: "kafka_cidr", cfn: "KafkaCidr", description: "CIDR block covering both clusters' brokers (the VPC CIDR, or a supernet across peered or connected networks), which the MirrorMaker 2 tasks may reach.", type: "string", pattern: PATTERNS.cidr, patternHint: "a CIDR block such as 10.0.0.0/8" });
    add({ key: "mm2_image", cfn: "Mm2Image", description: "Container image with Apache Kafka 3.5 or later in /opt/kafka and the aws-msk-iam-auth JAR in /opt/kafka/libs.", type: "string", pattern: PATTERNS.image, patternHint: "an image reference such as ACCOUNT.dkr.ecr.REGION.amazonaws.com/mirrormaker2:3.9.1" });
    add({ key: "desired_count", cfn: "DesiredCount", description: "Number of MirrorMaker 2 tasks (nodes).", type: "number", default: m.desiredCount, min: 1 });
    if (ctx.createTarget) add(subnets("target_subnet_ids", "TargetSubnetIds", "Subnets for the new target cluster's brokers, one in each of three Availability Zones.", ["main"], 3, 3));
    targetClusterSettings();
    add({ key: ALARM_TOPIC.key, cfn: ALARM_TOPIC.cfn, description: "SNS topic ARN notified by the alarms (empty: alarms without notifications).", type: "string", default: "", pattern: PATTERNS.snsTopicArnOrEmpty, patternHint: "an SNS topic ARN or empty" });
  }

  if (a.option === "s3-backup") {
    const s = a.s3Backup!;
    const split = s.bucketRegion !== s.connectorRegion;
    if (split) add({ key: "backup_region", cfn: "", description: "AWS Region of the backup bucket.", type: "string", default: s.bucketRegion, pattern: PATTERNS.region, patternHint: "an AWS Region code such as us-west-2" });
    add({ key: "bucket_name", cfn: "BucketName", description: "Name of the backup bucket (globally unique).", type: "string", default: s.bucketName, pattern: PATTERNS.s3BucketName, patternHint: "3–63 lowercase letters, digits, dots or hyphens", placements: split ? ["main", "backup"] : ["main"] });
    if (ctx.source.isMsk) add(sourceArn());
    add({ ...targetArn(), description: "ARN of the Amazon MSK cluster that restores are written to (not used until a restore)." });
    add(bootstrap("source", "Source", ctx.source.isMsk ? (s3SinkUsesIam(ctx) ? "Bootstrap servers of the source cluster's IAM listener (port 9098; aws kafka get-bootstrap-brokers)." : "Bootstrap servers of the source cluster's unauthenticated TLS listener (port 9094; aws kafka get-bootstrap-brokers).") : "Bootstrap servers of the source cluster's TLS listener, host:port pairs separated by commas."));
    if (ctx.external) add(secret("source_credentials_secret_arn", "SourceCredentialsSecretArn", "Secrets Manager secret for the self-managed source cluster; MSK Connect itself connects without client authentication, so the connector reads it only if you add a config provider (see README)."));
    add(vpc("vpc_id", "VpcId", "VPC of the source cluster, where the connector's workers run."));
    add({ key: "source_cidr", cfn: "SourceCidr", description: "CIDR block of the source cluster's brokers, which the connector's workers may reach.", type: "string", pattern: PATTERNS.cidr, patternHint: "a CIDR block such as 10.0.0.0/16" });
    add(subnets("subnet_ids", "SubnetIds", "Private subnets for the connector's workers (2 or 3).", ["main"], 2, 3));
    add({ key: "plugin_bucket_arn", cfn: "PluginBucketArn", description: "ARN of the bucket holding the S3 sink connector plugin ZIP (Lenses Stream Reactor AWS S3 connector).", type: "string", pattern: PATTERNS.s3BucketArn, patternHint: "an S3 bucket ARN" });
    add({ key: "plugin_file_key", cfn: "PluginFileKey", description: "Object key of the connector plugin ZIP in that bucket.", type: "string", default: "plugins/kafka-connect-aws-s3.zip", pattern: PATTERNS.s3Key, patternHint: "an object key ending in .zip or .jar" });
  }

  if (a.option === "multi-az") {
    add({ key: CLUSTER_TOGGLE.key, cfn: CLUSTER_TOGGLE.cfn, description: "Also create a new MSK cluster across three Availability Zones with these settings (off: apply the configuration to your existing cluster, see README).", type: "bool", default: false });
    add({ key: "kafka_version", cfn: "KafkaVersion", description: "Apache Kafka version of the configuration (and of the new cluster).", type: "string", default: "3.9.x", pattern: PATTERNS.kafkaVersion, patternHint: "an MSK Kafka version such as 3.9.x" });
    add({ key: "broker_instance_type", cfn: "BrokerInstanceType", description: "Broker instance type of the new cluster.", type: "string", default: ctx.source.type === "msk-express" ? "express.m7g.large" : "kafka.m7g.large", pattern: PATTERNS.instanceType, patternHint: "an MSK broker instance type such as kafka.m7g.large" });
    add(vpc("vpc_id", "VpcId", "VPC of the new cluster."));
    add(subnets("subnet_ids", "SubnetIds", "Three subnets, one in each Availability Zone, for the new cluster's brokers.", ["main"], 3, 3));
    add({ key: "client_cidr", cfn: "ClientCidr", description: "CIDR block of the clients allowed to reach the new cluster on port 9098 (IAM).", type: "string", pattern: PATTERNS.cidr, patternHint: "a CIDR block such as 10.0.0.0/16" });
  }
  return out;
}

/** Whether an input is used in a CloudFormation template placed in this Region. */
export function inPlacement(d: InputDef, p: Placement): boolean {
  return d.cfn !== "" && (d.placements ?? ["main"]).includes(p);
}
