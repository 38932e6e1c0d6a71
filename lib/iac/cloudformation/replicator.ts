// CloudFormation for Amazon MSK Replicator: the target-Region template, and a source-Region one
// for the source cluster's policy and the reverse replicator when replication crosses Regions.
import { replicatorAlarms } from "../model/alarms";
import { dashboardFor } from "../model/dashboard";
import { clusterAuth, type IacContext } from "../model/context";
import { input, resourceRef } from "../model/expr";
import { replicatorClusterPolicy, secretReadStatements } from "../model/iam";
import {
  TEMPLATE_FILES,
  needsSourceClusterPolicy,
  needsTargetClusterPolicy,
  replicatorPlans,
} from "../model/placement";
import { FAILBACK_TOGGLE, REVERSE_STACK_TOGGLE, ROLLBACK_SECRET } from "../model/toggles";
import { GetAtt, Ref, Sub, Template, type Json } from "./builder";
import { targetCluster } from "./target-cluster";

export function replicator(ctx: IacContext): Template[] {
  const reps = replicatorPlans(ctx);
  const main = new Template(
    ctx,
    "main",
    TEMPLATE_FILES.main,
    `Amazon MSK Replicator for ${ctx.arch.name}: ${ctx.arch.crossRegion ? "cross-Region" : "same-Region"} replication into the target cluster (this stack runs in the target's Region).`,
  );
  const needSource = needsSourceClusterPolicy(ctx.arch) || reps.some((r) => r.placement === "source");
  const src = needSource
    ? new Template(
        ctx,
        "source",
        TEMPLATE_FILES.source,
        `Source-Region resources for ${ctx.arch.name}: the source cluster's policy for MSK Replicator${reps.some((r) => r.placement === "source") ? " and the reverse replicator" : ""}. Deploy in the source cluster's Region.`,
      )
    : undefined;
  const external = ctx.external;
  const srr = !ctx.arch.crossRegion;
  const targetArn = (t: Template) =>
    ctx.createTarget && t.placement === "main" ? Ref("TargetCluster") : t.in("target_cluster_arn");

  // Roles and secrets.
  const hasReverse = ctx.arch.replicators.some((r) => r.id === "reverse");
  const secretStatements = external
    ? secretReadStatements(
        [
          input("source_credentials_secret_arn"),
          ...(hasReverse ? [input(ROLLBACK_SECRET.key)] : []),
          input("source_root_ca_secret_arn"),
        ],
        "ExternalCluster",
      )
    : [];
  main.role(
    "ReplicatorRole",
    "-replicator",
    "kafka.amazonaws.com",
    "MSK Replicator service execution role",
    ["service-role/AWSMSKReplicatorExecutionRole"],
    secretStatements,
  );

  // Network.
  const targetSg = ctx.createTarget
    ? GetAtt("TargetClusterSecurityGroup", "GroupId")
    : main.in("target_cluster_security_group_id");
  const egress: Record<string, Json>[] = [
    {
      FromPort: 9098,
      ToPort: 9098,
      DestinationSecurityGroupId: targetSg,
      Description: "Replicator to the target brokers (IAM)",
    },
  ];
  if (external) {
    egress.push({
      FromPort: main.in("source_broker_port"),
      ToPort: main.in("source_broker_port"),
      CidrIp: main.in("source_network_cidr"),
      Description: "Replicator to the self-managed brokers (TLS)",
    });
    egress.push({
      FromPort: 443,
      ToPort: 443,
      CidrIp: "0.0.0.0/0",
      Description: "Secrets Manager and KMS endpoints (or a NAT gateway)",
    });
  }
  main.securityGroup(
    "ReplicatorSecurityGroup",
    "-replicator",
    "MSK Replicator network interfaces in the target VPC",
    main.in("target_vpc_id"),
    egress,
  );
  if (!ctx.createTarget)
    main.ingress(
      "TargetFromReplicator",
      targetSg,
      9098,
      GetAtt("ReplicatorSecurityGroup", "GroupId"),
      "Replicator to the target brokers (IAM)",
    );
  if (!external && srr) {
    main.securityGroup(
      "ReplicatorSourceSecurityGroup",
      "-replicator-source",
      "MSK Replicator network interfaces in the source VPC",
      main.in("source_vpc_id"),
      [
        {
          FromPort: 9098,
          ToPort: 9098,
          DestinationSecurityGroupId: main.in("source_cluster_security_group_id"),
          Description: "Replicator to the source brokers (IAM)",
        },
      ],
    );
    main.ingress(
      "SourceFromReplicator",
      main.in("source_cluster_security_group_id"),
      9098,
      GetAtt("ReplicatorSourceSecurityGroup", "GroupId"),
      "Replicator to the source brokers (IAM)",
    );
  }
  if (ctx.createTarget)
    targetCluster(main, main.in("target_subnet_ids"), main.in("target_vpc_id"), [
      { id: "Replicator", sg: GetAtt("ReplicatorSecurityGroup", "GroupId") },
    ]);

  if (needsSourceClusterPolicy(ctx.arch) && src) {
    src.resource("SourceClusterPolicy", "AWS::MSK::ClusterPolicy", {
      ClusterArn: src.in("source_cluster_arn"),
      Policy: src.policyDocument(replicatorClusterPolicy(input("source_cluster_arn"))),
    });
    src.output(
      "SourceClusterPolicyCurrentVersion",
      "Version of the source cluster policy.",
      GetAtt("SourceClusterPolicy", "CurrentVersion"),
    );
  }
  const reverse = reps.find((r) => r.tf === "reverse");
  if (needsTargetClusterPolicy(ctx.arch) && reverse) {
    const cond = reverse.toggled ? main.toggle(FAILBACK_TOGGLE) : undefined;
    main.resource(
      "TargetClusterPolicy",
      "AWS::MSK::ClusterPolicy",
      {
        ClusterArn: targetArn(main),
        Policy: main.policyDocument(
          replicatorClusterPolicy(
            ctx.createTarget ? resourceRef("", Ref("TargetCluster")) : input("target_cluster_arn"),
          ),
        ),
      },
      cond ? { Condition: cond } : {},
    );
  }

  for (const r of reps) {
    const t = r.placement === "main" ? main : src!;
    const forward = r.tf === "forward";
    const cond = r.toggled
      ? t.toggle(FAILBACK_TOGGLE)
      : r.placement === "source"
        ? t.toggle(REVERSE_STACK_TOGGLE)
        : undefined;
    const condition = cond ? { Condition: cond } : {};
    const logId = forward ? "ReplicatorLogGroup" : "ReverseReplicatorLogGroup";
    t.resource(
      logId,
      "AWS::Logs::LogGroup",
      { LogGroupName: Sub(`/aws/msk-replicator/\${Name}-${r.spec.id}`), RetentionInDays: 30, Tags: t.tags() },
      condition,
    );
    let roleArn: Json = GetAtt("ReplicatorRole", "Arn");
    if (t.placement === "source") {
      t.role(
        "ReverseReplicatorRole",
        "-reverse-replicator",
        "kafka.amazonaws.com",
        "Service execution role of the reverse replicator",
        ["service-role/AWSMSKReplicatorExecutionRole"],
        [],
        condition,
      );
      roleArn = GetAtt("ReverseReplicatorRole", "Arn");
      t.securityGroup(
        "ReverseReplicatorSecurityGroup",
        "-reverse-replicator",
        "Reverse replicator network interfaces in the source VPC",
        t.in("source_vpc_id"),
        [
          {
            FromPort: 9098,
            ToPort: 9098,
            DestinationSecurityGroupId: t.in("source_cluster_security_group_id"),
            Description: "Reverse replicator to the source brokers (IAM)",
          },
        ],
      );
      t.ingress(
        "SourceFromReverseReplicator",
        t.in("source_cluster_security_group_id"),
        9098,
        GetAtt("ReverseReplicatorSecurityGroup", "GroupId"),
        "Reverse replicator to the source brokers (IAM)",
      );
    }
    const local = (side: "source" | "target") =>
      r.placement === "main" ? side === "target" || srr : side === "source";
    const sgFor = (side: "source" | "target"): Json | undefined => {
      if (!local(side)) return undefined;
      if (side === "target") return GetAtt("ReplicatorSecurityGroup", "GroupId");
      return r.placement === "source"
        ? GetAtt("ReverseReplicatorSecurityGroup", "GroupId")
        : GetAtt("ReplicatorSourceSecurityGroup", "GroupId");
    };
    const entry = (side: "source" | "target"): Json => {
      if (side === "source" && external) {
        // The reverse replicator writes into the self-managed cluster: its own principal, with write rights.
        const secret = t.in(forward ? "source_credentials_secret_arn" : ROLLBACK_SECRET.key);
        return {
          ApacheKafkaCluster: {
            ApacheKafkaClusterId: t.in("source_kafka_cluster_id"),
            BootstrapBrokerString: t.in("source_bootstrap_brokers"),
          },
          ClientAuthentication:
            clusterAuth(ctx.source) === "mtls"
              ? { MTLS: { SecretArn: secret } }
              : { SaslScram: { Mechanism: "SHA512", SecretArn: secret } },
          EncryptionInTransit: { EncryptionType: "TLS", RootCaCertificate: t.in("source_root_ca_secret_arn") },
          // AWS's CreateReplicator example gives this entry the VPC that reaches it (the target VPC).
          VpcConfig: {
            SubnetIds: t.in("target_subnet_ids"),
            SecurityGroupIds: [GetAtt("ReplicatorSecurityGroup", "GroupId")],
          },
        };
      }
      const sg = sgFor(side);
      return {
        AmazonMskCluster: { MskClusterArn: side === "source" ? t.in("source_cluster_arn") : targetArn(t) },
        VpcConfig: { SubnetIds: t.in(`${side}_subnet_ids`), ...(sg ? { SecurityGroupIds: [sg] } : {}) },
      };
    };
    const idRef = (side: "source" | "target", which: "Source" | "Target"): Record<string, Json> =>
      side === "source" && external
        ? { [`${which}KafkaClusterId`]: t.in("source_kafka_cluster_id") }
        : { [`${which}KafkaClusterArn`]: side === "source" ? t.in("source_cluster_arn") : targetArn(t) };
    const s = r.spec;
    const srcSide = forward ? "source" : "target";
    const tgtSide = forward ? "target" : "source";
    const dependsOn =
      !forward && needsTargetClusterPolicy(ctx.arch) && t.placement === "main" ? ["TargetClusterPolicy"] : [];
    t.resource(
      r.cfn,
      "AWS::MSK::Replicator",
      {
        ReplicatorName: t.name(s.name.slice(ctx.arch.name.length)),
        Description: forward
          ? "Replicates the source cluster to the target cluster."
          : `Replicates the target cluster back to the source (${s.purpose}).`,
        ServiceExecutionRoleArn: roleArn,
        KafkaClusters: [entry(srcSide), entry(tgtSide)],
        ReplicationInfoList: [
          {
            ...idRef(srcSide, "Source"),
            ...idRef(tgtSide, "Target"),
            TargetCompressionType: s.targetCompressionType,
            TopicReplication: {
              TopicsToReplicate: s.topicsToReplicate,
              TopicsToExclude: s.topicsToExclude,
              DetectAndCopyNewTopics: s.detectAndCopyNewTopics,
              CopyTopicConfigurations: s.copyTopicConfigurations,
              CopyAccessControlListsForTopics: s.copyAccessControlListsForTopics,
              StartingPosition: { Type: s.startingPosition },
              TopicNameConfiguration: { Type: s.topicNameConfiguration },
            },
            ConsumerGroupReplication: {
              ConsumerGroupsToReplicate: s.consumerGroupsToReplicate,
              ConsumerGroupsToExclude: s.consumerGroupsToExclude,
              DetectAndCopyNewConsumerGroups: s.detectAndCopyNewConsumerGroups,
              // Set explicitly: the API states no default when it is omitted.
              SynchroniseConsumerGroupOffsets: s.synchroniseConsumerGroupOffsets,
              ConsumerGroupOffsetSyncMode: s.consumerGroupOffsetSyncMode,
            },
          },
        ],
        LogDelivery: { ReplicatorLogDelivery: { CloudWatchLogs: { Enabled: true, LogGroup: Ref(logId) } } },
        Tags: t.tags(),
      },
      { ...condition, ...(dependsOn.length ? { DependsOn: dependsOn } : {}) },
    );
    for (const a of replicatorAlarms(ctx, r, resourceRef("", t.name(s.name.slice(ctx.arch.name.length)))))
      t.alarm(a, cond);
    t.output(
      forward ? "ForwardReplicatorArn" : "ReverseReplicatorArn",
      `ARN of the ${forward ? "forward" : "reverse"} replicator.`,
      Ref(r.cfn),
      cond,
    );
  }
  main.dashboard(dashboardFor(ctx));
  main.output("ReplicatorRoleArn", "ARN of the replicator's service execution role.", GetAtt("ReplicatorRole", "Arn"));
  if (ctx.createTarget) main.output("TargetClusterArn", "ARN of the new target cluster.", Ref("TargetCluster"));
  return src ? [main, src] : [main];
}
