// CloudFormation for Multi-AZ: the durability configuration and an optional new cluster across three AZs.
import type { IacContext } from "../model/context";
import { durabilityDescription, durabilityProperties } from "../model/durability";
import { TEMPLATE_FILES } from "../model/placement";
import { multiAzAlarms } from "../model/alarms";
import { dashboardFor } from "../model/dashboard";
import { resourceRef } from "../model/expr";
import { CLUSTER_TOGGLE, MONITORED_CLUSTER } from "../model/toggles";
import { Equals, Fn, GetAtt, If, Not, Ref, Template, type Json } from "./builder";

export function multiAz(ctx: IacContext): Template[] {
  const t = new Template(
    ctx,
    "main",
    TEMPLATE_FILES.main,
    `Multi-AZ durability settings for ${ctx.arch.name}: an MSK configuration (${ctx.source.type === "msk-express" ? "Express brokers keep RF 3 and min ISR 2 fixed" : "RF 3, min ISR 2, no unclean leader election"}) and, optionally, a new cluster across three Availability Zones.`,
  );
  t.resource("DurabilityConfiguration", "AWS::MSK::Configuration", {
    Name: t.name("-durability"),
    Description: durabilityDescription(ctx),
    KafkaVersionsList: [t.in("kafka_version")],
    ServerProperties: durabilityProperties(ctx),
  });
  const cond = t.toggle(CLUSTER_TOGGLE);
  t.securityGroup("ClusterSecurityGroup", "-cluster", "Brokers of the Multi-AZ MSK cluster", t.in("vpc_id"), [
    { FromPort: 443, ToPort: 443, CidrIp: "127.0.0.1/32", Description: "No egress needed" },
  ]);
  (t.resources.ClusterSecurityGroup as Record<string, Json>).Condition = cond;
  t.resource(
    "ClusterClientsIngress",
    "AWS::EC2::SecurityGroupIngress",
    {
      GroupId: GetAtt("ClusterSecurityGroup", "GroupId"),
      Description: "Clients (IAM) to the brokers",
      IpProtocol: "tcp",
      FromPort: 9098,
      ToPort: 9098,
      CidrIp: t.in("client_cidr"),
    },
    { Condition: cond },
  );
  t.resource(
    "MultiAzCluster",
    "AWS::MSK::Cluster",
    {
      ClusterName: t.name("-multi-az"),
      KafkaVersion: t.in("kafka_version"),
      NumberOfBrokerNodes: 3,
      EnhancedMonitoring: "PER_TOPIC_PER_BROKER",
      BrokerNodeGroupInfo: {
        InstanceType: t.in("broker_instance_type"),
        ClientSubnets: t.in("subnet_ids"),
        SecurityGroups: [GetAtt("ClusterSecurityGroup", "GroupId")],
        ...(ctx.source.type !== "msk-express" ? { StorageInfo: { EBSStorageInfo: { VolumeSize: 1000 } } } : {}),
      },
      ConfigurationInfo: {
        Arn: GetAtt("DurabilityConfiguration", "Arn"),
        Revision: GetAtt("DurabilityConfiguration", "LatestRevision.Revision"),
      },
      ClientAuthentication: { Sasl: { Iam: { Enabled: true } }, Unauthenticated: { Enabled: false } },
      EncryptionInfo: { EncryptionInTransit: { ClientBroker: "TLS", InCluster: true } },
      Tags: t.tagMap(),
    },
    { Condition: cond, DeletionPolicy: "Retain", UpdateReplacePolicy: "Retain" },
  );
  // Alarms and dashboard on the new cluster, or on the existing one the ExistingClusterName parameter names.
  t.in(MONITORED_CLUSTER.key);
  t.condition(
    MONITORED_CLUSTER.condition,
    new Fn("!Or", [new Fn("!Condition", cond), Not(Equals(Ref(MONITORED_CLUSTER.cfn), "none"))]),
  );
  const monitored = resourceRef("", If(cond, t.name("-multi-az"), Ref(MONITORED_CLUSTER.cfn)));
  for (const a of multiAzAlarms(monitored)) t.alarm(a, MONITORED_CLUSTER.condition);
  t.dashboard(dashboardFor(ctx, monitored), MONITORED_CLUSTER.condition);
  t.output(
    "ConfigurationArn",
    "ARN of the durability configuration (aws kafka update-cluster-configuration).",
    GetAtt("DurabilityConfiguration", "Arn"),
  );
  t.output("ClusterArn", "ARN of the new cluster.", Ref("MultiAzCluster"), cond);
  return [t];
}
