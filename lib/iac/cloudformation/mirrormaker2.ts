// CloudFormation for MirrorMaker 2 on Amazon ECS (Fargate), in the target's Region.
import { architectureOf } from "@/lib/architecture";
import { mm2Alarms } from "../model/alarms";
import { dashboardFor } from "../model/dashboard";
import {
  CLOUDWATCH_AGENT_ENVIRONMENT,
  CLOUDWATCH_AGENT_POLICY,
  MM2_EXPORTER_ENVIRONMENT,
  mm2MetricsLogGroup,
  withJmxExporter,
} from "../model/mm2-metrics";
import { clusterAuth, type IacContext } from "../model/context";
import { concat, input, pseudo, resourceRef } from "../model/expr";
import { mm2ClusterStatements, mm2WritesTo, secretReadStatements, type Statement } from "../model/iam";
import {
  MM2_COMMAND,
  MM2_HEALTH_CHECK,
  mm2TaskStatements,
  MM2_REST_PORT,
  mm2Environment,
  mm2IamClusters,
  renderMirrorMaker2Properties,
  usesSourceAccountRole,
} from "../model/mirrormaker2";
import { TEMPLATE_FILES } from "../model/placement";
import { Equals, GetAtt, If, Not, NoValue, Ref, Sub, Template, jsonSub, type Json } from "./builder";
import { targetCluster } from "./target-cluster";

export function mirrorMaker2(ctx: IacContext): Template[] {
  const m = architectureOf(ctx.arch, "mirrormaker2").mirrorMaker2;
  const t = new Template(
    ctx,
    "main",
    TEMPLATE_FILES.main,
    `Apache Kafka MirrorMaker 2 (dedicated mode) on Amazon ECS with Fargate for ${ctx.arch.name}, in the target's Region.`,
  );
  const envVars = mm2Environment(ctx);
  const secretKeys = [...new Set(envVars.flatMap((e) => ("secret" in e.from ? [e.from.secret] : [])))];

  t.resource("Mm2LogGroup", "AWS::Logs::LogGroup", {
    LogGroupName: Sub("/ecs/${Name}-mm2"),
    RetentionInDays: 30,
    Tags: t.tags(),
  });
  t.resource("Mm2MetricsLogGroup", "AWS::Logs::LogGroup", {
    LogGroupName: t.x(mm2MetricsLogGroup),
    RetentionInDays: 7,
    Tags: t.tags(),
  });
  t.resource("Mm2Cluster", "AWS::ECS::Cluster", {
    ClusterName: t.name("-mm2"),
    ClusterSettings: [{ Name: "containerInsights", Value: "enabled" }],
    Tags: t.tags(),
  });
  t.role(
    "Mm2ExecutionRole",
    "-mm2-execution",
    "ecs-tasks.amazonaws.com",
    "MirrorMaker 2 task execution role",
    ["service-role/AmazonECSTaskExecutionRolePolicy"],
    secretReadStatements(
      secretKeys.map((k) => input(k)),
      "Mm2",
    ),
  );
  const taskStatements = mm2TaskStatements(ctx);
  t.role(
    "Mm2TaskRole",
    "-mm2-task",
    "ecs-tasks.amazonaws.com",
    "MirrorMaker 2 task role (Kafka access; the CloudWatch agent sidecar publishes metrics)",
    [CLOUDWATCH_AGENT_POLICY],
    taskStatements,
  );

  // The same block twice would be a duplicate rule: one cluster VPC, one rule.
  t.condition("TwoKafkaCidrs", Not(Equals(t.in("source_kafka_cidr"), t.in("target_kafka_cidr"))));
  t.securityGroup("Mm2SecurityGroup", "-mm2", "MirrorMaker 2 tasks", t.in("vpc_id"), [
    {
      FromPort: 9092,
      ToPort: 9098,
      CidrIp: t.in("source_kafka_cidr"),
      Description: "Kafka brokers of the source cluster",
    },
    If(
      "TwoKafkaCidrs",
      {
        IpProtocol: "tcp",
        FromPort: 9092,
        ToPort: 9098,
        CidrIp: t.in("target_kafka_cidr"),
        Description: "Kafka brokers of the target cluster",
      },
      NoValue,
    ),
    {
      FromPort: 443,
      ToPort: 443,
      CidrIp: "0.0.0.0/0",
      Description: "ECR, Secrets Manager, CloudWatch Logs and STS endpoints (or a NAT gateway)",
    },
  ]);
  if (m.exactlyOnce) {
    t.ingress(
      "Mm2RestIngress",
      GetAtt("Mm2SecurityGroup", "GroupId"),
      MM2_REST_PORT,
      GetAtt("Mm2SecurityGroup", "GroupId"),
      "Internal REST between MirrorMaker 2 nodes (exactly-once)",
    );
    t.resource("Mm2RestEgress", "AWS::EC2::SecurityGroupEgress", {
      GroupId: GetAtt("Mm2SecurityGroup", "GroupId"),
      Description: "Internal REST between MirrorMaker 2 nodes (exactly-once)",
      IpProtocol: "tcp",
      FromPort: MM2_REST_PORT,
      ToPort: MM2_REST_PORT,
      DestinationSecurityGroupId: GetAtt("Mm2SecurityGroup", "GroupId"),
    });
  }
  if (ctx.createTarget)
    targetCluster(t, t.in("target_subnet_ids"), t.in("vpc_id"), [
      { id: "Mm2", sg: GetAtt("Mm2SecurityGroup", "GroupId") },
    ]);

  // Fn::Sub with ${!…} writes Kafka's ${env:…} references literally (and tells linters they are not CloudFormation's).
  const environment: Json[] = [
    { Name: "MM2_PROPERTIES", Value: Sub(renderMirrorMaker2Properties(ctx).replace(/\$\{/g, "${!")) },
    ...MM2_EXPORTER_ENVIRONMENT.map((e) => ({ Name: e.name, Value: e.value })),
  ];
  const secrets: Json[] = [];
  for (const e of envVars) {
    if ("value" in e.from) environment.push({ Name: e.name, Value: t.x(e.from.value) });
    else
      secrets.push({
        Name: e.name,
        ValueFrom: e.from.jsonKey ? t.x(concat(input(e.from.secret), `:${e.from.jsonKey}::`)) : t.in(e.from.secret),
      });
  }
  t.resource("Mm2TaskDefinition", "AWS::ECS::TaskDefinition", {
    Family: t.name("-mm2"),
    RequiresCompatibilities: ["FARGATE"],
    NetworkMode: "awsvpc",
    Cpu: String(m.taskCpu),
    Memory: String(m.taskMemory),
    ExecutionRoleArn: GetAtt("Mm2ExecutionRole", "Arn"),
    TaskRoleArn: GetAtt("Mm2TaskRole", "Arn"),
    RuntimePlatform: { OperatingSystemFamily: "LINUX", CpuArchitecture: "X86_64" },
    ContainerDefinitions: [
      {
        Name: "mirrormaker2",
        Image: t.in("mm2_image"),
        Essential: true,
        // Fargate's longest grace period: MirrorMaker 2 commits offsets and leaves its group on SIGTERM.
        StopTimeout: 120,
        HealthCheck: {
          Command: [...MM2_HEALTH_CHECK.command],
          Interval: MM2_HEALTH_CHECK.interval,
          Timeout: MM2_HEALTH_CHECK.timeout,
          Retries: MM2_HEALTH_CHECK.retries,
          StartPeriod: MM2_HEALTH_CHECK.startPeriod,
        },
        EntryPoint: ["/bin/sh", "-c"],
        Command: [withJmxExporter(MM2_COMMAND)],
        Environment: environment,
        ...(secrets.length ? { Secrets: secrets } : {}),
        PortMappings: [{ ContainerPort: MM2_REST_PORT, Protocol: "tcp" }],
        LogConfiguration: {
          LogDriver: "awslogs",
          Options: {
            "awslogs-group": Ref("Mm2LogGroup"),
            "awslogs-region": Ref("AWS::Region"),
            "awslogs-stream-prefix": "mm2",
          },
        },
      },
      // The CloudWatch agent sidecar: scrapes MirrorMaker 2's JMX exporter on localhost and publishes
      // replication latency and task health as CloudWatch metrics. Not essential: MirrorMaker 2 keeps
      // replicating without it, and the failed-tasks alarm fires when its metrics stop.
      {
        Name: "cloudwatch-agent",
        Image: t.in("cloudwatch_agent_image"),
        Essential: false,
        Environment: CLOUDWATCH_AGENT_ENVIRONMENT.map((e) => ({ Name: e.name, Value: t.x(e.value) })),
        LogConfiguration: {
          LogDriver: "awslogs",
          Options: {
            "awslogs-group": Ref("Mm2LogGroup"),
            "awslogs-region": Ref("AWS::Region"),
            "awslogs-stream-prefix": "cloudwatch-agent",
          },
        },
      },
    ],
    Tags: t.tags(),
  });
  t.resource("Mm2Service", "AWS::ECS::Service", {
    ServiceName: t.name("-mm2"),
    Cluster: Ref("Mm2Cluster"),
    TaskDefinition: Ref("Mm2TaskDefinition"),
    DesiredCount: t.in("desired_count"),
    LaunchType: "FARGATE",
    EnableExecuteCommand: false,
    PropagateTags: "SERVICE",
    DeploymentConfiguration: { DeploymentCircuitBreaker: { Enable: true, Rollback: true } },
    NetworkConfiguration: {
      AwsvpcConfiguration: {
        Subnets: t.in("private_subnet_ids"),
        SecurityGroups: [GetAtt("Mm2SecurityGroup", "GroupId")],
        AssignPublicIp: "DISABLED",
      },
    },
    Tags: t.tags(),
  });
  for (const a of mm2Alarms(ctx, resourceRef("", Ref("Mm2Cluster")), resourceRef("", GetAtt("Mm2Service", "Name"))))
    t.alarm(a);
  t.dashboard(dashboardFor(ctx));

  t.output("EcsClusterName", "ECS cluster running MirrorMaker 2.", Ref("Mm2Cluster"));
  t.output("EcsServiceName", "ECS service of the MirrorMaker 2 nodes.", GetAtt("Mm2Service", "Name"));
  t.output("Mm2TaskRoleArn", "Role the MirrorMaker 2 tasks use to reach Kafka.", GetAtt("Mm2TaskRole", "Arn"));
  t.output(
    "Mm2SecurityGroupId",
    "Security group of the MirrorMaker 2 tasks: allow it on the brokers' port in each existing cluster's security group.",
    GetAtt("Mm2SecurityGroup", "GroupId"),
  );
  t.output("LogGroup", "CloudWatch Logs group of MirrorMaker 2.", Ref("Mm2LogGroup"));
  if (ctx.source.isMsk && !mm2IamClusters(ctx).includes("source"))
    t.output("SourceClusterArn", "Source cluster MirrorMaker 2 reads.", t.in("source_cluster_arn"));
  if (!mm2IamClusters(ctx).includes("target"))
    t.output(
      "TargetClusterArn",
      "Target cluster MirrorMaker 2 writes to.",
      ctx.createTarget ? Ref("TargetCluster") : t.in("target_cluster_arn"),
    );
  else if (ctx.createTarget) t.output("TargetClusterArn", "ARN of the new target cluster.", Ref("TargetCluster"));
  if (ctx.arch.crossAccount && ctx.source.isMsk) {
    const taskRole = resourceRef("", GetAtt("Mm2TaskRole", "Arn"));
    const policy: Statement[] = [
      {
        sid: "AllowTargetAccountVpcConnection",
        actions: ["kafka:CreateVpcConnection", "kafka:GetBootstrapBrokers", "kafka:DescribeClusterV2"],
        principals: [{ type: "AWS", ids: [concat("arn:", pseudo("partition"), ":iam::", pseudo("account"), ":root")] }],
        resources: [input("source_cluster_arn")],
      },
    ];
    if (!usesSourceAccountRole(ctx) && clusterAuth(ctx.source) === "iam")
      policy.push(
        ...mm2ClusterStatements(ctx, "source", "MirrorMaker").map((s) => ({
          ...s,
          principals: [{ type: "AWS" as const, ids: [taskRole] }],
        })),
      );
    t.output(
      "SourceClusterPolicyJson",
      "Cluster policy to attach to the source cluster in the source account (aws kafka put-cluster-policy), for multi-VPC connectivity from this account.",
      jsonSub(t, policy),
    );
    if (usesSourceAccountRole(ctx)) {
      t.output(
        "SourceAccountRoleTrustPolicyJson",
        "Trust policy of the role to create in the source account (its ARN is the SourceAccountRoleArn parameter).",
        jsonSub(t, [
          { sid: "TrustMirrorMaker2Task", actions: ["sts:AssumeRole"], principals: [{ type: "AWS", ids: [taskRole] }] },
        ]),
      );
      t.output(
        "SourceAccountRolePolicyJson",
        mm2WritesTo(ctx, "source")
          ? "Permissions policy of that role: read the source cluster and replicate the reverse flow into it."
          : "Permissions policy of that role: read the source cluster (read-only).",
        jsonSub(t, mm2ClusterStatements(ctx, "source", "SourceCluster")),
      );
    }
  }
  return [t];
}
