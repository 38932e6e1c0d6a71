// The target cluster, created when the user asks for it (replicator and MirrorMaker 2 options).
import { needsTargetClusterPolicy } from "../model/placement";
import { GetAtt, type Json, type Template } from "./builder";

export function targetCluster(t: Template, subnets: Json, vpc: Json, clients: { id: string; sg: Json }[]): void {
  const ctx = t.ctx;
  t.securityGroup("TargetClusterSecurityGroup", "-target-cluster", "Brokers of the target MSK cluster", vpc, [
    { FromPort: 443, ToPort: 443, CidrIp: "127.0.0.1/32", Description: "No egress needed" },
  ]);
  for (const c of clients)
    t.ingress(
      `TargetClusterFrom${c.id}`,
      GetAtt("TargetClusterSecurityGroup", "GroupId"),
      9098,
      c.sg,
      `IAM clients (${c.id}) to the brokers`,
    );
  if (ctx.target.type === "msk-serverless") {
    // Kept when the stack is deleted, as the provisioned cluster below: it holds the data.
    t.resource(
      "TargetCluster",
      "AWS::MSK::ServerlessCluster",
      {
        ClusterName: t.name("-target"),
        ClientAuthentication: { Sasl: { Iam: { Enabled: true } } },
        VpcConfigs: [{ SubnetIds: subnets, SecurityGroups: [GetAtt("TargetClusterSecurityGroup", "GroupId")] }],
        Tags: t.tagMap(),
      },
      { DeletionPolicy: "Retain", UpdateReplacePolicy: "Retain" },
    );
    return;
  }
  const multiVpc = needsTargetClusterPolicy(ctx.arch);
  t.resource(
    "TargetCluster",
    "AWS::MSK::Cluster",
    {
      ClusterName: t.name("-target"),
      KafkaVersion: t.in("target_kafka_version"),
      NumberOfBrokerNodes: 3,
      EnhancedMonitoring: "PER_TOPIC_PER_BROKER",
      BrokerNodeGroupInfo: {
        InstanceType: t.in("target_broker_instance_type"),
        ClientSubnets: subnets,
        SecurityGroups: [GetAtt("TargetClusterSecurityGroup", "GroupId")],
        ...(ctx.target.type !== "msk-express" ? { StorageInfo: { EBSStorageInfo: { VolumeSize: 1000 } } } : {}),
        ...(multiVpc
          ? { ConnectivityInfo: { VpcConnectivity: { ClientAuthentication: { Sasl: { Iam: { Enabled: true } } } } } }
          : {}),
      },
      ClientAuthentication: { Sasl: { Iam: { Enabled: true } }, Unauthenticated: { Enabled: false } },
      // Encryption at rest is always on for MSK (AWS managed key unless EncryptionAtRest names a key).
      EncryptionInfo: { EncryptionInTransit: { ClientBroker: "TLS", InCluster: true } },
      Tags: t.tagMap(),
    },
    { DeletionPolicy: "Retain", UpdateReplacePolicy: "Retain" },
  );
}
