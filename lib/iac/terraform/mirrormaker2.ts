// Terraform for MirrorMaker 2 on Amazon ECS (Fargate): logs, cluster, roles, network, task, service and alarms.
import { architectureOf } from "@/lib/architecture";
import { attr, block, comment, raw, tpl, type HclValue, type Raw } from "../hcl";
import { mm2Alarms } from "../model/alarms";
import { dashboardFor } from "../model/dashboard";
import {
  CLOUDWATCH_AGENT_ENVIRONMENT,
  CLOUDWATCH_AGENT_POLICY,
  MM2_EXPORTER_ENVIRONMENT,
  mm2MetricsLogGroup,
  withJmxExporter,
} from "../model/mm2-metrics";
import { clusterAuth } from "../model/context";
import { concat, input, pseudo, resourceRef } from "../model/expr";
import { mm2ClusterStatements, mm2WritesTo, secretReadStatements, type Statement } from "../model/iam";
import {
  MM2_COMMAND,
  MM2_HEALTH_CHECK,
  mm2TaskStatements,
  MM2_REST_PORT,
  mm2Environment,
  mm2IamClusters,
  usesSourceAccountRole,
} from "../model/mirrormaker2";
import { printValue, targetArnRaw, val, type TerraformBuilder } from "./builder";
import { targetClusterResources } from "./target-cluster";

export function mirrorMaker2(tf: TerraformBuilder): void {
  const ctx = tf.ctx;
  const m = architectureOf(ctx.arch, "mirrormaker2").mirrorMaker2;
  const envVars = mm2Environment(ctx);
  const secretKeys = [...new Set(envVars.flatMap((e) => ("secret" in e.from ? [e.from.secret] : [])))];

  if (ctx.external)
    tf.data("aws_secretsmanager_secret", "source_credentials", [attr("arn", raw("var.source_credentials_secret_arn"))]);
  const secretArn = (key: string): Raw =>
    key === "source_credentials_secret_arn" && ctx.external
      ? raw("data.aws_secretsmanager_secret.source_credentials.arn")
      : raw(`var.${key}`);

  tf.section("Logs and ECS cluster");
  tf.resource("aws_cloudwatch_log_group", "mm2", [
    attr("name", tpl("/ecs/", raw("var.name"), "-mm2")),
    attr("retention_in_days", 30),
  ]);
  tf.resource("aws_cloudwatch_log_group", "mm2_metrics", [
    attr("name", val(mm2MetricsLogGroup)),
    attr("retention_in_days", 7),
  ]);
  tf.resource("aws_ecs_cluster", "mm2", [
    attr("name", tpl(raw("var.name"), "-mm2")),
    block("setting", [], [attr("name", "containerInsights"), attr("value", "enabled")]),
  ]);

  tf.section("Roles: the execution role pulls the image and reads the secrets; the task role talks to Kafka");
  tf.role(
    "mm2_execution",
    "-mm2-execution",
    "ecs-tasks.amazonaws.com",
    "MirrorMaker 2 task execution role",
    ["service-role/AmazonECSTaskExecutionRolePolicy"],
    secretReadStatements(
      secretKeys.map((k) => resourceRef(secretArn(k).code, null)),
      "Mm2",
    ),
  );
  const taskStatements = mm2TaskStatements(ctx);
  tf.role(
    "mm2_task",
    "-mm2-task",
    "ecs-tasks.amazonaws.com",
    "MirrorMaker 2 task role (Kafka access; the CloudWatch agent sidecar publishes metrics)",
    [CLOUDWATCH_AGENT_POLICY],
    taskStatements,
  );

  tf.section("Network: private subnets, no public IP");
  tf.securityGroup("mm2", "-mm2", "MirrorMaker 2 tasks", raw("var.vpc_id"));
  tf.rule(
    "egress",
    "mm2_source_kafka",
    raw("aws_security_group.mm2.id"),
    [9092, 9098],
    { cidr: raw("var.source_kafka_cidr") },
    "Kafka brokers of the source cluster",
  );
  // The same block twice would be a duplicate rule: one cluster VPC, one rule.
  tf.rule(
    "egress",
    "mm2_target_kafka",
    raw("aws_security_group.mm2.id"),
    [9092, 9098],
    { cidr: raw("var.target_kafka_cidr") },
    "Kafka brokers of the target cluster",
    { count: "var.target_kafka_cidr == var.source_kafka_cidr ? 0 : 1" },
  );
  tf.rule(
    "egress",
    "mm2_https",
    raw("aws_security_group.mm2.id"),
    443,
    { cidr: "0.0.0.0/0" },
    "ECR, Secrets Manager, CloudWatch Logs and STS endpoints (or a NAT gateway)",
  );
  if (m.exactlyOnce) {
    tf.rule(
      "ingress",
      "mm2_rest",
      raw("aws_security_group.mm2.id"),
      MM2_REST_PORT,
      { sg: raw("aws_security_group.mm2.id") },
      "Internal REST between MirrorMaker 2 nodes (exactly-once)",
    );
    tf.rule(
      "egress",
      "mm2_rest",
      raw("aws_security_group.mm2.id"),
      MM2_REST_PORT,
      { sg: raw("aws_security_group.mm2.id") },
      "Internal REST between MirrorMaker 2 nodes (exactly-once)",
    );
  }
  if (ctx.createTarget)
    targetClusterResources(tf, raw("var.target_subnet_ids"), raw("var.vpc_id"), [
      { name: "mm2", sg: raw("aws_security_group.mm2.id") },
    ]);

  tf.section("Task definition and service");
  tf.push(
    block(
      "locals",
      [],
      [
        comment(
          "Writes the properties file, adds this node's address for the internal REST listener, and starts MirrorMaker 2.",
        ),
        attr("mm2_command", withJmxExporter(MM2_COMMAND)),
      ],
    ),
  );
  const environment: HclValue[] = [
    { name: "MM2_PROPERTIES", value: raw('file("${path.module}/mirrormaker2.properties")') },
    ...MM2_EXPORTER_ENVIRONMENT,
  ];
  const secrets: HclValue[] = [];
  for (const e of envVars) {
    if ("value" in e.from) environment.push({ name: e.name, value: val(e.from.value) });
    else
      secrets.push({
        name: e.name,
        valueFrom: e.from.jsonKey ? tpl(secretArn(e.from.secret), `:${e.from.jsonKey}::`) : secretArn(e.from.secret),
      });
  }
  const container: HclValue = {
    name: "mirrormaker2",
    image: raw("var.mm2_image"),
    essential: true,
    // Fargate's longest grace period: MirrorMaker 2 commits offsets and leaves its group on SIGTERM.
    stopTimeout: 120,
    healthCheck: { ...MM2_HEALTH_CHECK, command: [...MM2_HEALTH_CHECK.command] },
    entryPoint: ["/bin/sh", "-c"],
    command: [raw("local.mm2_command")],
    environment,
    ...(secrets.length ? { secrets } : {}),
    portMappings: [{ containerPort: MM2_REST_PORT, protocol: "tcp" }],
    logConfiguration: {
      logDriver: "awslogs",
      options: {
        "awslogs-group": raw("aws_cloudwatch_log_group.mm2.name"),
        "awslogs-region": raw("var.region"),
        "awslogs-stream-prefix": "mm2",
      },
    },
  };
  // The CloudWatch agent sidecar: scrapes MirrorMaker 2's JMX exporter on localhost and publishes
  // replication latency and task health as CloudWatch metrics. Not essential: MirrorMaker 2 keeps
  // replicating without it, and the failed-tasks alarm fires when its metrics stop.
  const agent: HclValue = {
    name: "cloudwatch-agent",
    image: raw("var.cloudwatch_agent_image"),
    essential: false,
    environment: CLOUDWATCH_AGENT_ENVIRONMENT.map((e) => ({ name: e.name, value: val(e.value) })),
    logConfiguration: {
      logDriver: "awslogs",
      options: {
        "awslogs-group": raw("aws_cloudwatch_log_group.mm2.name"),
        "awslogs-region": raw("var.region"),
        "awslogs-stream-prefix": "cloudwatch-agent",
      },
    },
  };
  tf.resource("aws_ecs_task_definition", "mm2", [
    attr("family", tpl(raw("var.name"), "-mm2")),
    attr("requires_compatibilities", ["FARGATE"]),
    attr("network_mode", "awsvpc"),
    attr("cpu", String(m.taskCpu)),
    attr("memory", String(m.taskMemory)),
    attr("execution_role_arn", raw("aws_iam_role.mm2_execution.arn")),
    attr("task_role_arn", raw("aws_iam_role.mm2_task.arn")),
    block("runtime_platform", [], [attr("operating_system_family", "LINUX"), attr("cpu_architecture", "X86_64")]),
    attr("container_definitions", raw(`jsonencode(${printValue([container, agent])})`)),
  ]);
  tf.resource("aws_ecs_service", "mm2", [
    attr("name", tpl(raw("var.name"), "-mm2")),
    attr("cluster", raw("aws_ecs_cluster.mm2.id")),
    attr("task_definition", raw("aws_ecs_task_definition.mm2.arn")),
    attr("desired_count", raw("var.desired_count")),
    attr("launch_type", "FARGATE"),
    attr("enable_execute_command", false),
    attr("propagate_tags", "SERVICE"),
    block("deployment_circuit_breaker", [], [attr("enable", true), attr("rollback", true)]),
    block(
      "network_configuration",
      [],
      [
        attr("subnets", raw("var.private_subnet_ids")),
        attr("security_groups", [raw("aws_security_group.mm2.id")]),
        attr("assign_public_ip", false),
      ],
    ),
  ]);

  tf.section("Alarms");
  for (const a of mm2Alarms(
    ctx,
    resourceRef("aws_ecs_cluster.mm2.name", null),
    resourceRef("aws_ecs_service.mm2.name", null),
  ))
    tf.alarm(a);
  tf.dashboard(dashboardFor(ctx));

  tf.output("ecs_cluster_name", "ECS cluster running MirrorMaker 2.", raw("aws_ecs_cluster.mm2.name"));
  tf.output("ecs_service_name", "ECS service of the MirrorMaker 2 nodes.", raw("aws_ecs_service.mm2.name"));
  tf.output("mm2_task_role_arn", "Role the MirrorMaker 2 tasks use to reach Kafka.", raw("aws_iam_role.mm2_task.arn"));
  tf.output(
    "mm2_security_group_id",
    "Security group of the MirrorMaker 2 tasks: allow it on the brokers' port in each existing cluster's security group.",
    raw("aws_security_group.mm2.id"),
  );
  tf.output("log_group", "CloudWatch Logs group of MirrorMaker 2.", raw("aws_cloudwatch_log_group.mm2.name"));
  if (ctx.source.isMsk && !mm2IamClusters(ctx).includes("source"))
    tf.output("source_cluster_arn", "Source cluster MirrorMaker 2 reads.", raw("var.source_cluster_arn"));
  if (!ctx.createTarget && !mm2IamClusters(ctx).includes("target"))
    tf.output("target_cluster_arn", "Target cluster MirrorMaker 2 writes to.", raw("var.target_cluster_arn"));
  if (ctx.createTarget) tf.output("target_cluster_arn", "ARN of the new target cluster.", targetArnRaw(ctx));
  if (ctx.arch.crossAccount && ctx.source.isMsk) crossAccountOutputs(tf);
}

/** Policies to apply in the source cluster's account, as outputs. */
function crossAccountOutputs(tf: TerraformBuilder): void {
  const ctx = tf.ctx;
  const taskRole = resourceRef("aws_iam_role.mm2_task.arn", null);
  const account = pseudo("account");
  const clusterPolicy: Statement[] = [
    {
      sid: "AllowTargetAccountVpcConnection",
      actions: ["kafka:CreateVpcConnection", "kafka:GetBootstrapBrokers", "kafka:DescribeClusterV2"],
      principals: [{ type: "AWS", ids: [concat("arn:", pseudo("partition"), ":iam::", account, ":root")] }],
      resources: [input("source_cluster_arn")],
    },
  ];
  if (!usesSourceAccountRole(ctx) && clusterAuth(ctx.source) === "iam") {
    clusterPolicy.push(
      ...mm2ClusterStatements(ctx, "source", "MirrorMaker").map((s) => ({
        ...s,
        principals: [{ type: "AWS" as const, ids: [taskRole] }],
      })),
    );
  }
  tf.output(
    "source_cluster_policy_json",
    "Cluster policy to attach to the source cluster in the source account (aws kafka put-cluster-policy), for multi-VPC connectivity from this account.",
    tf.policy("source_cluster_policy", clusterPolicy),
  );
  if (usesSourceAccountRole(ctx)) {
    tf.output(
      "source_account_role_trust_policy_json",
      "Trust policy of the role to create in the source account (its ARN goes in source_account_role_arn).",
      tf.policy("source_account_role_trust", [
        { sid: "TrustMirrorMaker2Task", actions: ["sts:AssumeRole"], principals: [{ type: "AWS", ids: [taskRole] }] },
      ]),
    );
    tf.output(
      "source_account_role_policy_json",
      mm2WritesTo(ctx, "source")
        ? "Permissions policy of that role: read the source cluster and replicate the reverse flow into it."
        : "Permissions policy of that role: read the source cluster (read-only).",
      tf.policy("source_account_role_permissions", mm2ClusterStatements(ctx, "source", "SourceCluster")),
    );
  }
}
