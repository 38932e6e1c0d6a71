// The inputs of Multi-AZ.
import { type IacContext } from "../context";
import { CLUSTER_TOGGLE, MONITORED_CLUSTER } from "../toggles";
import {
  NEW_CLUSTER_KAFKA_VERSION,
  PATTERNS,
  alarmTopic,
  instanceTypeSettings,
  subnets,
  vpc,
  type AddInput,
} from "./definitions";

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
    default: NEW_CLUSTER_KAFKA_VERSION,
    pattern: PATTERNS.kafkaVersion,
    patternHint: "an MSK Kafka version such as 3.8.x",
  });
  add({
    key: "broker_instance_type",
    cfn: "BrokerInstanceType",
    description: "Broker instance type of the new cluster.",
    type: "string",
    ...instanceTypeSettings(ctx.source.type === "msk-express"),
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
  add({
    key: MONITORED_CLUSTER.key,
    cfn: MONITORED_CLUSTER.cfn,
    description: `Name of the existing cluster the alarms and the dashboard watch (empty: the new cluster when ${CLUSTER_TOGGLE.key} = true, else no alarms).`,
    type: "string",
    default: "",
    pattern: "^([a-zA-Z0-9-]{1,64})?$",
    patternHint: "an MSK cluster name (letters, digits and hyphens) or empty",
    cfnNone: {
      word: "none",
      description: `Name of the existing cluster the alarms and the dashboard watch ("none": the new cluster when ${CLUSTER_TOGGLE.cfn} = true, else no alarms).`,
      pattern: "^[a-zA-Z0-9-]{1,64}$",
      patternHint: 'an MSK cluster name (letters, digits and hyphens) or "none"',
    },
  });
  add(alarmTopic());
}
