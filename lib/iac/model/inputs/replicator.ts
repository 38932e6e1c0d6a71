// The inputs of Amazon MSK Replicator.
import { clusterAuth, type IacContext } from "../context";
import {
  failbackPlacements,
  needsSourceClusterPolicy,
  needsTargetClusterPolicy,
  replicatorPlans,
  terraformRootPerRegion,
  type Placement,
} from "../placement";
import { FAILBACK_TOGGLE, REVERSE_STACK_TOGGLE, ROLLBACK_SECRET } from "../toggles";
import {
  PATTERNS,
  alarmTopic,
  bootstrap,
  secret,
  sg,
  sourceArn,
  subnets,
  targetArn,
  targetClusterSettings,
  vpc,
  type AddInput,
} from "./definitions";

export function replicatorInputs(ctx: IacContext, add: AddInput): void {
  const a = ctx.arch;
  const reps = replicatorPlans(ctx);
  const reverseInSource = reps.some((r) => r.placement === "source");
  const sourcePlacements: Placement[] = [
    "main",
    ...(needsSourceClusterPolicy(ctx.arch) || reverseInSource ? (["source"] as const) : []),
  ];
  if (reverseInSource || needsSourceClusterPolicy(ctx.arch))
    add({
      key: "source_region",
      cfn: "",
      description:
        "AWS Region of the source cluster (its cluster policy and the reverse replicator are created there).",
      type: "string",
      default: ctx.sourceRegion ?? ctx.region,
      pattern: PATTERNS.region,
      patternHint: "an AWS Region code such as us-east-1",
    });
  // Terraform merges an existing cluster policy (aws_iam_policy_document source_policy_documents);
  // the CloudFormation README says how to merge by hand.
  for (const side of ["source", "target"] as const)
    if (
      side === "source" ? needsSourceClusterPolicy(ctx.arch) : needsTargetClusterPolicy(ctx.arch) && !ctx.createTarget
    )
      add({
        key: `${side}_cluster_existing_policy_json`,
        cfn: "",
        description: `The ${side} cluster's current cluster policy (aws kafka get-cluster-policy), merged into the generated one so that applying does not drop its statements; empty when it has none.`,
        type: "string",
        default: "",
      });
  if (ctx.source.isMsk) {
    add(sourceArn(sourcePlacements));
    add(
      subnets(
        "source_subnet_ids",
        "SourceSubnetIds",
        "Client subnets of the source cluster (2 or 3, in the cluster's Availability Zones) for the replicator's network interfaces.",
        sourcePlacements,
      ),
    );
    const needSourceSg = !a.crossRegion || reverseInSource;
    if (needSourceSg) {
      const placements: Placement[] = a.crossRegion ? ["source"] : ["main"];
      add(vpc("source_vpc_id", "SourceVpcId", "VPC of the source cluster.", placements));
      add(
        sg(
          "source_cluster_security_group_id",
          "SourceClusterSecurityGroupId",
          "Security group of the source cluster's brokers; a rule lets the replicator in on port 9098.",
          placements,
        ),
      );
    }
  } else {
    add(
      bootstrap(
        "source",
        "Source",
        "Bootstrap servers of the self-managed source cluster (TLS listener), host:port pairs separated by commas.",
      ),
    );
    add({
      key: "source_kafka_cluster_id",
      cfn: "SourceKafkaClusterId",
      description:
        "Kafka cluster ID of the self-managed source cluster (kafka-cluster.sh cluster-id, or the cluster.id in meta.properties).",
      type: "string",
      pattern: PATTERNS.kafkaClusterId,
      patternHint: "the Kafka cluster.id (letters, digits, _ and -)",
    });
    add(
      secret(
        "source_credentials_secret_arn",
        "SourceCredentialsSecretArn",
        clusterAuth(ctx.source) === "mtls"
          ? "Secrets Manager secret with the client certificate and private key MSK Replicator presents to the self-managed cluster (mTLS)."
          : "Secrets Manager secret with the SASL/SCRAM username and password MSK Replicator uses on the self-managed cluster.",
      ),
    );
    if (ctx.arch.replicators.some((r) => r.id === "reverse"))
      add(
        secret(
          ROLLBACK_SECRET.key,
          ROLLBACK_SECRET.cfn,
          clusterAuth(ctx.source) === "mtls"
            ? "Secrets Manager secret with the client certificate and key the reverse (rollback) replicator writes to the self-managed cluster with; its principal needs write rights (README)."
            : "Secrets Manager secret with the SASL/SCRAM user the reverse (rollback) replicator writes to the self-managed cluster with; it needs write rights, not the read-only source user (README).",
        ),
      );
    add(
      secret(
        "source_root_ca_secret_arn",
        "SourceRootCaSecretArn",
        "Secrets Manager secret holding the root CA certificate of the self-managed cluster's TLS listener.",
      ),
    );
    add({
      key: "source_network_cidr",
      cfn: "SourceNetworkCidr",
      description: "CIDR block of the self-managed cluster's brokers, reached over VPN or Direct Connect.",
      type: "string",
      pattern: PATTERNS.cidr,
      patternHint: "a CIDR block such as 10.20.0.0/16",
    });
    add({
      key: "source_broker_port",
      cfn: "SourceBrokerPort",
      description: "TLS port of the self-managed cluster's brokers.",
      type: "number",
      default: clusterAuth(ctx.source) === "mtls" ? 9094 : 9096,
      min: 1,
    });
  }
  const targetPlacements: Placement[] = ["main", ...(reverseInSource ? (["source"] as const) : [])];
  // The primary Region's own root or stack cannot refer to a cluster the other one creates: it takes the ARN as an input.
  const tf = ctx.opts.format === "terraform";
  const ownRoot = !tf || terraformRootPerRegion(ctx.arch);
  if (!ctx.createTarget) add(targetArn(targetPlacements));
  else if (reverseInSource && ownRoot)
    add({
      ...targetArn(["source"]),
      description: tf
        ? "ARN of the target cluster the standby root creates (its target_cluster_arn output)."
        : "ARN of the target cluster created by the main template (its TargetClusterArn output).",
    });
  add(
    subnets(
      "target_subnet_ids",
      "TargetSubnetIds",
      ctx.createTarget
        ? "Subnets for the new target cluster's brokers and the replicator, one in each of three Availability Zones."
        : "Client subnets of the target cluster (2 or 3, in the cluster's Availability Zones) for the replicator's network interfaces.",
      targetPlacements,
      ctx.createTarget ? 3 : 2,
      3,
    ),
  );
  add(vpc("target_vpc_id", "TargetVpcId", "VPC of the target cluster."));
  if (!ctx.createTarget)
    add(
      sg(
        "target_cluster_security_group_id",
        "TargetClusterSecurityGroupId",
        "Security group of the target cluster's brokers; a rule lets the replicator in on port 9098.",
      ),
    );
  targetClusterSettings(ctx, add);
  for (const r of reps) {
    if (r.toggled) {
      add({
        key: FAILBACK_TOGGLE.key,
        cfn: FAILBACK_TOGGLE.cfn,
        description:
          "Create the reverse (failback) replicator from the target back to the source. Leave off in normal operation; switch on during failover, as the runbook says.",
        type: "bool",
        default: false,
        placements: failbackPlacements(ctx.arch),
      });
    } else if (r.placement === "source" && ownRoot) {
      // The primary Region's own root or stack: it goes first (source cluster policy), the reverse replicator last.
      add({
        key: REVERSE_STACK_TOGGLE.key,
        cfn: REVERSE_STACK_TOGGLE.cfn,
        description: tf
          ? "Create the reverse replicator in the primary Region. Apply this root first with false (it attaches the source cluster policy), then the standby root, then this one with true."
          : "Create the reverse replicator in this Region. Deploy this stack first with false (it creates the source cluster policy), then the main stack, then update this one to true.",
        type: "bool",
        default: false,
        placements: ["source"],
      });
    }
  }
  add(alarmTopic([...new Set(reps.map((r) => r.placement))]));
}
