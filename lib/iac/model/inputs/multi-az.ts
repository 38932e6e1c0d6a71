// The inputs of Multi-AZ.
import { type IacContext } from "../context";
import { CLUSTER_TOGGLE } from "../toggles";
import { PATTERNS, subnets, vpc, type AddInput } from "./definitions";

export function multiAzInputs(ctx: IacContext, add: AddInput): void {
  add({
    key: CLUSTER_TOGGLE.key,
    cfn: CLUSTER_TOGGLE.cfn,
    description:
      "Also create a new MSK cluster across three Availability Zones with these settings (off: apply the configuration to your existing cluster, see README).",
    type: "bool",
    default: false,
  });
  add({
    key: "kafka_version",
    cfn: "KafkaVersion",
    description: "Apache Kafka version of the configuration (and of the new cluster).",
    type: "string",
    default: "3.9.x",
    pattern: PATTERNS.kafkaVersion,
    patternHint: "an MSK Kafka version such as 3.9.x",
  });
  add({
    key: "broker_instance_type",
    cfn: "BrokerInstanceType",
    description: "Broker instance type of the new cluster.",
    type: "string",
    default: ctx.source.type === "msk-express" ? "express.m7g.large" : "kafka.m7g.large",
    pattern: PATTERNS.instanceType,
    patternHint: "an MSK broker instance type such as kafka.m7g.large",
  });
  add(vpc("vpc_id", "VpcId", "VPC of the new cluster."));
  add(
    subnets(
      "subnet_ids",
      "SubnetIds",
      "Three subnets, one in each Availability Zone, for the new cluster's brokers.",
      ["main"],
      3,
      3,
    ),
  );
  add({
    key: "client_cidr",
    cfn: "ClientCidr",
    description: "CIDR block of the clients allowed to reach the new cluster on port 9098 (IAM).",
    type: "string",
    pattern: PATTERNS.cidr,
    patternHint: "a CIDR block such as 10.0.0.0/16",
  });
}
