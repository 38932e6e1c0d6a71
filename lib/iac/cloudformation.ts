import { inPlacement, inputsFor } from "./inputs";
import { MM2_REST_PORT, mm2Environment, mm2IamClusters, renderMirrorMaker2Properties, usesSourceAccountRole } from "./mirrormaker2";
import {
  ALARM_TOPIC,
  CLUSTER_TOGGLE,
  FAILBACK_TOGGLE,
  REVERSE_STACK_TOGGLE,
  TEMPLATE_FILES,
  cat,
  clusterAuth,
  durabilityDescription,
  durabilityProperties,
  headerLines,
  input,
  lit,
  mm2Alarms,
  mm2ClusterStatements,
  needsSourceClusterPolicy,
  needsTargetClusterPolicy,
  pseudo,
  replicatorAlarms,
  replicatorClusterPolicy,
  replicatorPlans,
  res,
  s3SinkUsesIam,
  secretReadStatements,
  type AlarmDef,
  type BundleFile,
  type Ctx,
  type Expr,
  type InputDef,
  type Placement,
  type Statement,
} from "./shared";
import { BUCKET, MM2_COMMAND, s3ConnectorConfig } from "./terraform";
import { Tagged, printYamlDocument } from "./yaml";

/**
 * CloudFormation: one YAML template per Region the option touches (a stack lives in one Region).
 * Usually that is `template.yaml` alone; cross-Region replication adds `source-region.yaml` (the
 * source cluster's policy and the reverse replicator), and a backup bucket in another Region adds
 * `backup-bucket.yaml`. Every logical ID the architecture's nodes list (IAC_NAMES) is declared.
 */

// ── Intrinsics ─────────────────────────────────────────────────────────────

/** A short-form intrinsic (`!Ref`, `!Sub`, …), printed as a YAML tag. */
const Fn = Tagged;
type Fn = Tagged;
const Ref = (name: string) => new Fn("!Ref", name);
const GetAtt = (id: string, a: string) => new Fn("!GetAtt", `${id}.${a}`);
const Sub = (s: string) => new Fn("!Sub", s);
const Join = (parts: unknown[]) => new Fn("!Join", ["", parts]);
const If = (cond: string, a: unknown, b: unknown) => new Fn("!If", [cond, a, b]);
const Equals = (a: unknown, b: unknown) => new Fn("!Equals", [a, b]);
const Not = (a: unknown) => new Fn("!Not", [a]);
const Select = (i: number, list: unknown) => new Fn("!Select", [i, list]);
const Split = (sep: string, s: unknown) => new Fn("!Split", [sep, s]);
const NoValue = Ref("AWS::NoValue");

type Json = unknown;

class Template {
  readonly parameters: Record<string, Json> = {};
  readonly conditions: Record<string, Json> = {};
  readonly resources: Record<string, Json> = {};
  readonly outputs: Record<string, Json> = {};
  constructor(
    readonly ctx: Ctx,
    readonly placement: Placement,
    readonly file: string,
    readonly description: string,
  ) {}

  /** Input reference, declaring the parameter in this template. */
  in(key: string): Fn {
    const d = this.inputs().find((x) => x.key === key);
    if (!d) throw new Error(`input ${key} is not declared`);
    this.used.add(d.key);
    return Ref(d.cfn);
  }
  private readonly used = new Set<string>();
  private defs?: InputDef[];
  inputs(): InputDef[] {
    this.defs ??= inputsFor(this.ctx).filter((d) => d.cfn !== "");
    return this.defs;
  }

  /** Neutral expression → CloudFormation value. */
  x(e: Expr): Json {
    switch (e.k) {
      case "lit":
        return e.v;
      case "in":
        return this.in(e.key);
      case "res":
        return e.cfn;
      case "pseudo":
        return Ref({ region: "AWS::Region", account: "AWS::AccountId", partition: "AWS::Partition" }[e.v]);
      case "cat": {
        const sub = this.subOf(e);
        return sub !== undefined ? Sub(sub) : Join(e.parts.map((p) => this.x(p)));
      }
      case "arnAs": {
        const arn = this.x(e.cluster);
        return Join([Select(0, Split(":cluster/", arn)), `:${e.as}/`, Select(1, Split(":cluster/", arn)), e.suffix]);
      }
    }
  }

  /** The Fn::Sub text of a concatenation, when every part can be written in one. */
  private subOf(e: Extract<Expr, { k: "cat" }>): string | undefined {
    let out = "";
    for (const p of e.parts) {
      const v = this.x(p);
      if (typeof v === "string") out += v.replace(/\$\{/g, "${!");
      else if (v instanceof Fn && v.tag === "!Ref" && typeof v.arg === "string") out += `\${${v.arg}}`;
      else if (v instanceof Fn && v.tag === "!GetAtt" && typeof v.arg === "string") out += `\${${v.arg}}`;
      else if (v instanceof Fn && v.tag === "!Sub" && typeof v.arg === "string") out += v.arg;
      else return undefined;
    }
    return out;
  }

  name(suffix: string): Fn {
    this.used.add("name");
    return Sub(`\${Name}${suffix.replace(/\$\{/g, "${!")}`);
  }

  tags(): { Key: string; Value: Json }[] {
    this.used.add("name");
    return Object.entries(this.ctx.arch.tags).map(([Key, v]) => ({ Key, Value: Key === "Application" ? Ref("Name") : v }));
  }
  tagMap(): Record<string, Json> {
    this.used.add("name");
    return Object.fromEntries(Object.entries(this.ctx.arch.tags).map(([k, v]) => [k, k === "Application" ? Ref("Name") : v]));
  }

  resource(id: string, type: string, properties: Record<string, Json>, extra: Record<string, Json> = {}): void {
    this.resources[id] = { Type: type, ...extra, Properties: Object.fromEntries(Object.entries(properties).filter(([, v]) => v !== undefined)) };
  }

  condition(name: string, value: Json): void {
    this.conditions[name] = value;
  }

  toggle(t: { key: string; cfn: string; condition: string }): string {
    this.in(t.key);
    this.condition(t.condition, Equals(Ref(t.cfn), "true"));
    return t.condition;
  }

  policyDocument(statements: Statement[]): Json {
    return {
      Version: "2012-10-17",
      Statement: statements.map((s) => ({
        Sid: s.sid,
        Effect: s.effect ?? "Allow",
        ...(s.principals ? { Principal: Object.fromEntries(s.principals.map((p) => [p.type, p.ids.length === 1 ? this.x(p.ids[0]!) : p.ids.map((i) => this.x(i))])) } : {}),
        Action: s.actions.length === 1 ? s.actions[0] : s.actions,
        ...(s.resources ? { Resource: s.resources.length === 1 ? this.x(s.resources[0]!) : s.resources.map((r) => this.x(r)) } : {}),
        ...(s.conditions ? { Condition: Object.fromEntries(s.conditions.map((c) => [c.test, { [c.variable]: c.values.length === 1 ? this.x(c.values[0]!) : c.values.map((v) => this.x(v)) }])) } : {}),
      })),
    };
  }

  role(id: string, nameSuffix: string, service: string, description: string, managed: string[], statements: Statement[], extra: Record<string, Json> = {}): void {
    this.resource(
      id,
      "AWS::IAM::Role",
      {
        RoleName: this.name(nameSuffix),
        Description: description,
        AssumeRolePolicyDocument: this.policyDocument([{ sid: "TrustService", actions: ["sts:AssumeRole"], principals: [{ type: "Service", ids: [lit(service)] }] }]),
        ManagedPolicyArns: managed.length ? managed.map((m) => Sub(`arn:\${AWS::Partition}:iam::aws:policy/${m}`)) : undefined,
        Policies: statements.length ? [{ PolicyName: this.name(`${nameSuffix}-inline`), PolicyDocument: this.policyDocument(statements) }] : undefined,
        Tags: this.tags(),
      },
      extra,
    );
  }

  alarm(a: AlarmDef, condition?: string): void {
    const topic = this.alarmTopic();
    this.resource(
      a.cfn,
      "AWS::CloudWatch::Alarm",
      {
        AlarmName: this.name(`-${a.nameSuffix}`),
        AlarmDescription: a.description,
        Namespace: a.namespace,
        MetricName: a.metric,
        Statistic: a.statistic,
        Period: a.period,
        EvaluationPeriods: a.evaluationPeriods,
        Threshold: a.threshold,
        ComparisonOperator: a.comparison,
        TreatMissingData: a.treatMissingData,
        Dimensions: a.dimensions.map((d) => ({ Name: d.name, Value: this.x(d.value) })),
        AlarmActions: If(topic, [this.in(ALARM_TOPIC.key)], NoValue),
        OKActions: If(topic, [this.in(ALARM_TOPIC.key)], NoValue),
        Tags: this.tags(),
      },
      condition ? { Condition: condition } : {},
    );
  }

  alarmTopic(): string {
    this.in(ALARM_TOPIC.key);
    this.condition(ALARM_TOPIC.condition, Not(Equals(Ref(ALARM_TOPIC.cfn), NO_TOPIC)));
    return ALARM_TOPIC.condition;
  }

  securityGroup(id: string, nameSuffix: string, description: string, vpc: Json, egress: Record<string, Json>[]): void {
    this.resource(id, "AWS::EC2::SecurityGroup", {
      GroupName: this.name(nameSuffix),
      GroupDescription: description,
      VpcId: vpc,
      // Listing egress replaces the default allow-all rule.
      SecurityGroupEgress: egress.map((e) => ({ IpProtocol: "tcp", ...e })),
      Tags: this.tags(),
    });
  }

  ingress(id: string, groupId: Json, port: number, from: Json, description: string, condition?: string): void {
    this.resource(id, "AWS::EC2::SecurityGroupIngress", { GroupId: groupId, Description: description, IpProtocol: "tcp", FromPort: port, ToPort: port, SourceSecurityGroupId: from }, condition ? { Condition: condition } : {});
  }

  output(name: string, description: string, value: Json, condition?: string): void {
    this.outputs[name] = { Description: description, Value: value, ...(condition ? { Condition: condition } : {}) };
  }

  render(): string {
    const params: Record<string, Json> = {};
    for (const d of this.inputs()) {
      if (!this.used.has(d.key) || !inPlacement(d, this.placement)) continue;
      params[d.cfn] = parameter(d);
    }
    for (const d of this.inputs()) if (this.used.has(d.key) && !inPlacement(d, this.placement)) throw new Error(`${this.file}: input ${d.key} used outside its placements`);
    const template: Record<string, Json> = {
      AWSTemplateFormatVersion: "2010-09-09",
      Description: this.description,
      ...(Object.keys(params).length ? { Parameters: params } : {}),
      ...(Object.keys(this.conditions).length ? { Conditions: this.conditions } : {}),
      Resources: this.resources,
      ...(Object.keys(this.outputs).length ? { Outputs: this.outputs } : {}),
    };
    return printYaml(template, headerLines(this.ctx, `CloudFormation template (${this.file})`));
  }
}

/** "No SNS topic": a word rather than "", which linters would check against the alarm actions' minimum length. */
const NO_TOPIC = "none";

function parameter(d: InputDef): Json {
  if (d.key === ALARM_TOPIC.key) {
    return { Type: "String", Description: `SNS topic ARN notified by the alarms, or "${NO_TOPIC}" for alarms without notifications.`, Default: NO_TOPIC, AllowedPattern: `^(${NO_TOPIC}|arn:aws[a-z-]*:sns:[a-z0-9-]+:[0-9]{12}:[A-Za-z0-9_-]+)$`, ConstraintDescription: `must be an SNS topic ARN or ${NO_TOPIC}` };
  }
  const p: Record<string, Json> = { Type: d.cfnType ?? (d.type === "number" ? "Number" : "String"), Description: d.description };
  if (d.type === "bool") {
    p.AllowedValues = ["true", "false"];
    p.Default = String(d.default ?? false);
    return p;
  }
  if (d.default !== undefined) p.Default = d.type === "number" ? d.default : String(d.default);
  if (d.type === "number" && d.min !== undefined) p.MinValue = d.min;
  if (d.pattern && d.type === "string" && !d.cfnType) {
    p.AllowedPattern = d.pattern;
    p.ConstraintDescription = `must be ${d.patternHint ?? `a value matching ${d.pattern}`}`;
  }
  return p;
}

/** Prints the template with short-form intrinsics (see ./yaml). */
function printYaml(template: Record<string, unknown>, header: string[]): string {
  return printYamlDocument(template, header);
}

// ── Target cluster ─────────────────────────────────────────────────────────

function targetCluster(t: Template, subnets: Json, vpc: Json, clients: { id: string; sg: Json }[]): void {
  const ctx = t.ctx;
  t.securityGroup("TargetClusterSecurityGroup", "-target-cluster", "Brokers of the target MSK cluster", vpc, [{ FromPort: 443, ToPort: 443, CidrIp: "127.0.0.1/32", Description: "No egress needed" }]);
  for (const c of clients) t.ingress(`TargetClusterFrom${c.id}`, GetAtt("TargetClusterSecurityGroup", "GroupId"), 9098, c.sg, `IAM clients (${c.id}) to the brokers`);
  if (ctx.target.type === "msk-serverless") {
    t.resource("TargetCluster", "AWS::MSK::ServerlessCluster", {
      ClusterName: t.name("-target"),
      ClientAuthentication: { Sasl: { Iam: { Enabled: true } } },
      VpcConfigs: [{ SubnetIds: subnets, SecurityGroups: [GetAtt("TargetClusterSecurityGroup", "GroupId")] }],
      Tags: t.tagMap(),
    });
    return;
  }
  const multiVpc = needsTargetClusterPolicy(ctx);
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
        ...(multiVpc ? { ConnectivityInfo: { VpcConnectivity: { ClientAuthentication: { Sasl: { Iam: { Enabled: true } } } } } } : {}),
      },
      ClientAuthentication: { Sasl: { Iam: { Enabled: true } }, Unauthenticated: { Enabled: false } },
      // Encryption at rest is always on for MSK (AWS managed key unless EncryptionAtRest names a key).
      EncryptionInfo: { EncryptionInTransit: { ClientBroker: "TLS", InCluster: true } },
      Tags: t.tagMap(),
    },
    { DeletionPolicy: "Retain", UpdateReplacePolicy: "Retain" },
  );
}

// ── MSK Replicator ─────────────────────────────────────────────────────────

function replicator(ctx: Ctx): Template[] {
  const reps = replicatorPlans(ctx);
  const main = new Template(ctx, "main", TEMPLATE_FILES.main, `Amazon MSK Replicator for ${ctx.arch.name}: ${ctx.arch.crossRegion ? "cross-Region" : "same-Region"} replication into the target cluster (this stack runs in the target's Region).`);
  const needSource = needsSourceClusterPolicy(ctx) || reps.some((r) => r.placement === "source");
  const src = needSource ? new Template(ctx, "source", TEMPLATE_FILES.source, `Source-Region resources for ${ctx.arch.name}: the source cluster's policy for MSK Replicator${reps.some((r) => r.placement === "source") ? " and the reverse replicator" : ""}. Deploy in the source cluster's Region.`) : undefined;
  const external = ctx.external;
  const srr = !ctx.arch.crossRegion;
  const targetArn = (t: Template) => (ctx.createTarget && t.placement === "main" ? Ref("TargetCluster") : t.in("target_cluster_arn"));

  // Roles and secrets.
  const secretStatements = external ? secretReadStatements([input("source_credentials_secret_arn"), input("source_root_ca_secret_arn")], "ExternalCluster") : [];
  main.role("ReplicatorRole", "-replicator", "kafka.amazonaws.com", "MSK Replicator service execution role", ["service-role/AWSMSKReplicatorExecutionRole"], secretStatements);

  // Network.
  const targetSg = ctx.createTarget ? GetAtt("TargetClusterSecurityGroup", "GroupId") : main.in("target_cluster_security_group_id");
  const egress: Record<string, Json>[] = [{ FromPort: 9098, ToPort: 9098, DestinationSecurityGroupId: targetSg, Description: "Replicator to the target brokers (IAM)" }];
  if (external) {
    egress.push({ FromPort: main.in("source_broker_port"), ToPort: main.in("source_broker_port"), CidrIp: main.in("source_network_cidr"), Description: "Replicator to the self-managed brokers (TLS)" });
    egress.push({ FromPort: 443, ToPort: 443, CidrIp: "0.0.0.0/0", Description: "Secrets Manager and KMS endpoints (or a NAT gateway)" });
  }
  main.securityGroup("ReplicatorSecurityGroup", "-replicator", "MSK Replicator network interfaces in the target VPC", main.in("target_vpc_id"), egress);
  if (!ctx.createTarget) main.ingress("TargetFromReplicator", targetSg, 9098, GetAtt("ReplicatorSecurityGroup", "GroupId"), "Replicator to the target brokers (IAM)");
  if (!external && srr) {
    main.securityGroup("ReplicatorSourceSecurityGroup", "-replicator-source", "MSK Replicator network interfaces in the source VPC", main.in("source_vpc_id"), [{ FromPort: 9098, ToPort: 9098, DestinationSecurityGroupId: main.in("source_cluster_security_group_id"), Description: "Replicator to the source brokers (IAM)" }]);
    main.ingress("SourceFromReplicator", main.in("source_cluster_security_group_id"), 9098, GetAtt("ReplicatorSourceSecurityGroup", "GroupId"), "Replicator to the source brokers (IAM)");
  }
  if (ctx.createTarget) targetCluster(main, main.in("target_subnet_ids"), main.in("target_vpc_id"), [{ id: "Replicator", sg: GetAtt("ReplicatorSecurityGroup", "GroupId") }]);

  if (needsSourceClusterPolicy(ctx) && src) {
    src.resource("SourceClusterPolicy", "AWS::MSK::ClusterPolicy", { ClusterArn: src.in("source_cluster_arn"), Policy: src.policyDocument(replicatorClusterPolicy(input("source_cluster_arn"))) });
    src.output("SourceClusterPolicyCurrentVersion", "Version of the source cluster policy.", GetAtt("SourceClusterPolicy", "CurrentVersion"));
  }
  const reverse = reps.find((r) => r.tf === "reverse");
  if (needsTargetClusterPolicy(ctx) && reverse) {
    const cond = reverse.toggled ? main.toggle(FAILBACK_TOGGLE) : undefined;
    main.resource("TargetClusterPolicy", "AWS::MSK::ClusterPolicy", { ClusterArn: targetArn(main), Policy: main.policyDocument(replicatorClusterPolicy(ctx.createTarget ? res("", Ref("TargetCluster")) : input("target_cluster_arn"))) }, cond ? { Condition: cond } : {});
  }

  for (const r of reps) {
    const t = r.placement === "main" ? main : src!;
    const forward = r.tf === "forward";
    const cond = r.toggled ? t.toggle(FAILBACK_TOGGLE) : r.placement === "source" ? t.toggle(REVERSE_STACK_TOGGLE) : undefined;
    const condition = cond ? { Condition: cond } : {};
    const logId = forward ? "ReplicatorLogGroup" : "ReverseReplicatorLogGroup";
    t.resource(logId, "AWS::Logs::LogGroup", { LogGroupName: Sub(`/aws/msk-replicator/\${Name}-${r.spec.id}`), RetentionInDays: 30, Tags: t.tags() }, condition);
    let roleArn: Json = GetAtt("ReplicatorRole", "Arn");
    if (t.placement === "source") {
      t.role("ReverseReplicatorRole", "-reverse-replicator", "kafka.amazonaws.com", "Service execution role of the reverse replicator", ["service-role/AWSMSKReplicatorExecutionRole"], [], condition);
      roleArn = GetAtt("ReverseReplicatorRole", "Arn");
      t.securityGroup("ReverseReplicatorSecurityGroup", "-reverse-replicator", "Reverse replicator network interfaces in the source VPC", t.in("source_vpc_id"), [{ FromPort: 9098, ToPort: 9098, DestinationSecurityGroupId: t.in("source_cluster_security_group_id"), Description: "Reverse replicator to the source brokers (IAM)" }]);
      t.ingress("SourceFromReverseReplicator", t.in("source_cluster_security_group_id"), 9098, GetAtt("ReverseReplicatorSecurityGroup", "GroupId"), "Reverse replicator to the source brokers (IAM)");
    }
    const local = (side: "source" | "target") => (r.placement === "main" ? side === "target" || srr : side === "source");
    const sgFor = (side: "source" | "target"): Json | undefined => {
      if (!local(side)) return undefined;
      if (side === "target") return GetAtt("ReplicatorSecurityGroup", "GroupId");
      return r.placement === "source" ? GetAtt("ReverseReplicatorSecurityGroup", "GroupId") : GetAtt("ReplicatorSourceSecurityGroup", "GroupId");
    };
    const entry = (side: "source" | "target"): Json => {
      if (side === "source" && external) {
        return {
          ApacheKafkaCluster: { ApacheKafkaClusterId: t.in("source_kafka_cluster_id"), BootstrapBrokerString: t.in("source_bootstrap_brokers") },
          ClientAuthentication: clusterAuth(ctx.source) === "mtls" ? { MTLS: { SecretArn: t.in("source_credentials_secret_arn") } } : { SaslScram: { Mechanism: "SHA512", SecretArn: t.in("source_credentials_secret_arn") } },
          EncryptionInTransit: { EncryptionType: "TLS", RootCaCertificate: t.in("source_root_ca_secret_arn") },
        };
      }
      const sg = sgFor(side);
      return {
        AmazonMskCluster: { MskClusterArn: side === "source" ? t.in("source_cluster_arn") : targetArn(t) },
        VpcConfig: { SubnetIds: t.in(`${side}_subnet_ids`), ...(sg ? { SecurityGroupIds: [sg] } : {}) },
      };
    };
    const idRef = (side: "source" | "target", which: "Source" | "Target"): Record<string, Json> =>
      side === "source" && external ? { [`${which}KafkaClusterId`]: t.in("source_kafka_cluster_id") } : { [`${which}KafkaClusterArn`]: side === "source" ? t.in("source_cluster_arn") : targetArn(t) };
    const s = r.spec;
    const srcSide = forward ? "source" : "target";
    const tgtSide = forward ? "target" : "source";
    const dependsOn = !forward && needsTargetClusterPolicy(ctx) && t.placement === "main" ? ["TargetClusterPolicy"] : [];
    t.resource(
      r.cfn,
      "AWS::MSK::Replicator",
      {
        ReplicatorName: t.name(s.name.slice(ctx.arch.name.length)),
        Description: forward ? "Replicates the source cluster to the target cluster." : `Replicates the target cluster back to the source (${s.purpose}).`,
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
    for (const a of replicatorAlarms(ctx, r, res("", t.name(s.name.slice(ctx.arch.name.length))))) t.alarm(a, cond);
    t.output(forward ? "ForwardReplicatorArn" : "ReverseReplicatorArn", `ARN of the ${forward ? "forward" : "reverse"} replicator.`, Ref(r.cfn), cond);
  }
  main.output("ReplicatorRoleArn", "ARN of the replicator's service execution role.", GetAtt("ReplicatorRole", "Arn"));
  if (ctx.createTarget) main.output("TargetClusterArn", "ARN of the new target cluster.", Ref("TargetCluster"));
  return src ? [main, src] : [main];
}

// ── MirrorMaker 2 ──────────────────────────────────────────────────────────

function mirrorMaker2(ctx: Ctx): Template[] {
  const m = ctx.arch.mirrorMaker2!;
  const t = new Template(ctx, "main", TEMPLATE_FILES.main, `Apache Kafka MirrorMaker 2 (dedicated mode) on Amazon ECS with Fargate for ${ctx.arch.name}, in the target's Region.`);
  const envVars = mm2Environment(ctx);
  const secretKeys = [...new Set(envVars.flatMap((e) => ("secret" in e.from ? [e.from.secret] : [])))];

  t.resource("Mm2LogGroup", "AWS::Logs::LogGroup", { LogGroupName: Sub("/ecs/${Name}-mm2"), RetentionInDays: 30, Tags: t.tags() });
  t.resource("Mm2Cluster", "AWS::ECS::Cluster", { ClusterName: t.name("-mm2"), ClusterSettings: [{ Name: "containerInsights", Value: "enabled" }], Tags: t.tags() });
  t.role("Mm2ExecutionRole", "-mm2-execution", "ecs-tasks.amazonaws.com", "MirrorMaker 2 task execution role", ["service-role/AmazonECSTaskExecutionRolePolicy"], secretReadStatements(secretKeys.map((k) => input(k)), "Mm2"));
  const taskStatements: Statement[] = [];
  for (const side of mm2IamClusters(ctx)) taskStatements.push(...mm2ClusterStatements(ctx, side, side === "source" ? "SourceCluster" : "TargetCluster"));
  if (usesSourceAccountRole(ctx)) taskStatements.push({ sid: "AssumeSourceAccountRole", actions: ["sts:AssumeRole"], resources: [input("source_account_role_arn")] });
  t.role("Mm2TaskRole", "-mm2-task", "ecs-tasks.amazonaws.com", "MirrorMaker 2 task role (Kafka access)", [], taskStatements);

  t.securityGroup("Mm2SecurityGroup", "-mm2", "MirrorMaker 2 tasks", t.in("vpc_id"), [
    { FromPort: 9092, ToPort: 9098, CidrIp: t.in("kafka_cidr"), Description: "Kafka brokers of both clusters" },
    { FromPort: 443, ToPort: 443, CidrIp: "0.0.0.0/0", Description: "ECR, Secrets Manager, CloudWatch Logs and STS endpoints (or a NAT gateway)" },
  ]);
  if (m.exactlyOnce) {
    t.ingress("Mm2RestIngress", GetAtt("Mm2SecurityGroup", "GroupId"), MM2_REST_PORT, GetAtt("Mm2SecurityGroup", "GroupId"), "Internal REST between MirrorMaker 2 nodes (exactly-once)");
    t.resource("Mm2RestEgress", "AWS::EC2::SecurityGroupEgress", { GroupId: GetAtt("Mm2SecurityGroup", "GroupId"), Description: "Internal REST between MirrorMaker 2 nodes (exactly-once)", IpProtocol: "tcp", FromPort: MM2_REST_PORT, ToPort: MM2_REST_PORT, DestinationSecurityGroupId: GetAtt("Mm2SecurityGroup", "GroupId") });
  }
  if (ctx.createTarget) targetCluster(t, t.in("target_subnet_ids"), t.in("vpc_id"), [{ id: "Mm2", sg: GetAtt("Mm2SecurityGroup", "GroupId") }]);

  // Fn::Sub with ${!…} writes Kafka's ${env:…} references literally (and tells linters they are not CloudFormation's).
  const environment: Json[] = [{ Name: "MM2_PROPERTIES", Value: Sub(renderMirrorMaker2Properties(ctx).replace(/\$\{/g, "${!")) }];
  const secrets: Json[] = [];
  for (const e of envVars) {
    if ("value" in e.from) environment.push({ Name: e.name, Value: t.x(e.from.value) });
    else secrets.push({ Name: e.name, ValueFrom: e.from.jsonKey ? t.x(cat(input(e.from.secret), `:${e.from.jsonKey}::`)) : t.in(e.from.secret) });
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
        EntryPoint: ["/bin/sh", "-c"],
        Command: [MM2_COMMAND],
        Environment: environment,
        ...(secrets.length ? { Secrets: secrets } : {}),
        PortMappings: [{ ContainerPort: MM2_REST_PORT, Protocol: "tcp" }],
        LogConfiguration: { LogDriver: "awslogs", Options: { "awslogs-group": Ref("Mm2LogGroup"), "awslogs-region": Ref("AWS::Region"), "awslogs-stream-prefix": "mm2" } },
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
    NetworkConfiguration: { AwsvpcConfiguration: { Subnets: t.in("private_subnet_ids"), SecurityGroups: [GetAtt("Mm2SecurityGroup", "GroupId")], AssignPublicIp: "DISABLED" } },
    Tags: t.tags(),
  });
  for (const a of mm2Alarms(ctx, res("", Ref("Mm2Cluster")), res("", GetAtt("Mm2Service", "Name")))) t.alarm(a);

  t.output("EcsClusterName", "ECS cluster running MirrorMaker 2.", Ref("Mm2Cluster"));
  t.output("EcsServiceName", "ECS service of the MirrorMaker 2 nodes.", GetAtt("Mm2Service", "Name"));
  t.output("Mm2TaskRoleArn", "Role the MirrorMaker 2 tasks use to reach Kafka.", GetAtt("Mm2TaskRole", "Arn"));
  t.output("Mm2SecurityGroupId", "Security group of the MirrorMaker 2 tasks: allow it on the brokers' port in each existing cluster's security group.", GetAtt("Mm2SecurityGroup", "GroupId"));
  t.output("LogGroup", "CloudWatch Logs group of MirrorMaker 2.", Ref("Mm2LogGroup"));
  if (ctx.source.isMsk && !mm2IamClusters(ctx).includes("source")) t.output("SourceClusterArn", "Source cluster MirrorMaker 2 reads.", t.in("source_cluster_arn"));
  if (!mm2IamClusters(ctx).includes("target")) t.output("TargetClusterArn", "Target cluster MirrorMaker 2 writes to.", ctx.createTarget ? Ref("TargetCluster") : t.in("target_cluster_arn"));
  else if (ctx.createTarget) t.output("TargetClusterArn", "ARN of the new target cluster.", Ref("TargetCluster"));
  if (ctx.arch.crossAccount && ctx.source.isMsk) {
    const taskRole = res("", GetAtt("Mm2TaskRole", "Arn"));
    const policy: Statement[] = [
      { sid: "AllowTargetAccountVpcConnection", actions: ["kafka:CreateVpcConnection", "kafka:GetBootstrapBrokers", "kafka:DescribeClusterV2"], principals: [{ type: "AWS", ids: [cat("arn:", pseudo("partition"), ":iam::", pseudo("account"), ":root")] }], resources: [input("source_cluster_arn")] },
    ];
    if (!usesSourceAccountRole(ctx) && clusterAuth(ctx.source) === "iam") policy.push(...mm2ClusterStatements(ctx, "source", "MirrorMaker").map((s) => ({ ...s, principals: [{ type: "AWS" as const, ids: [taskRole] }] })));
    t.output("SourceClusterPolicyJson", "Cluster policy to attach to the source cluster in the source account (aws kafka put-cluster-policy), for multi-VPC connectivity from this account.", jsonSub(t, policy));
    if (usesSourceAccountRole(ctx)) {
      t.output("SourceAccountRoleTrustPolicyJson", "Trust policy of the role to create in the source account (its ARN is the SourceAccountRoleArn parameter).", jsonSub(t, [{ sid: "TrustMirrorMaker2Task", actions: ["sts:AssumeRole"], principals: [{ type: "AWS", ids: [taskRole] }] }]));
      t.output("SourceAccountRolePolicyJson", "Permissions policy of that role: read the source cluster.", jsonSub(t, mm2ClusterStatements(ctx, "source", "SourceCluster")));
    }
  }
  return [t];
}

/** A policy document as a JSON string output: Fn::Sub over the JSON text, references written as ${…}. */
function jsonSub(t: Template, statements: Statement[]): Json {
  const refs: Fn[] = [];
  const doc = t.policyDocument(statements);
  const text = JSON.stringify(doc, (_k, v: unknown) => {
    if (v instanceof Fn) {
      refs.push(v);
      return `@@REF${refs.length - 1}@@`;
    }
    return v;
  });
  const vars: Record<string, Json> = {};
  const sub = text.replace(/\$\{/g, "${!").replace(/@@REF(\d+)@@/g, (_, i: string) => {
    vars[`V${i}`] = refs[Number(i)];
    return `\${V${i}}`;
  });
  return new Fn("!Sub", [sub, vars]);
}

// ── S3 backup ──────────────────────────────────────────────────────────────

function s3Backup(ctx: Ctx): Template[] {
  const s = ctx.arch.s3Backup!;
  const split = s.bucketRegion !== s.connectorRegion;
  const main = new Template(ctx, "main", TEMPLATE_FILES.main, `S3 backup of ${ctx.arch.name} through an MSK Connect S3 sink connector (this stack runs in the source cluster's Region).`);
  const bucketT = split ? new Template(ctx, "backup", TEMPLATE_FILES.backup, `Backup bucket of ${ctx.arch.name} (deploy in ${s.bucketRegion} before template.yaml).`) : main;
  bucketT.resource(
    "BackupBucket",
    "AWS::S3::Bucket",
    {
      BucketName: bucketT.in("bucket_name"),
      VersioningConfiguration: { Status: "Enabled" },
      BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: "aws:kms" }, BucketKeyEnabled: true }] },
      LifecycleConfiguration: { Rules: [{ Id: "expire-backups", Status: "Enabled", ExpirationInDays: s.retentionDays, NoncurrentVersionExpiration: { NoncurrentDays: 7 }, AbortIncompleteMultipartUpload: { DaysAfterInitiation: 7 } }] },
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
      Tags: bucketT.tags(),
    },
    { DeletionPolicy: "Retain", UpdateReplacePolicy: "Retain" },
  );
  const bucketArnIn = (t: Template): Expr => (t === bucketT ? res("", GetAtt("BackupBucket", "Arn")) : cat("arn:", pseudo("partition"), ":s3:::", input("bucket_name")));
  bucketT.resource("BackupBucketPolicy", "AWS::S3::BucketPolicy", {
    Bucket: Ref("BackupBucket"),
    PolicyDocument: bucketT.policyDocument([
      { sid: "DenyInsecureTransport", effect: "Deny", actions: ["s3:*"], principals: [{ type: "AWS", ids: [lit("*")] }], resources: [bucketArnIn(bucketT), cat(bucketArnIn(bucketT), "/*")], conditions: [{ test: "Bool", variable: "aws:SecureTransport", values: [lit("false")] }] },
    ]),
  });
  bucketT.output("BackupBucketName", "Name of the backup bucket.", Ref("BackupBucket"));

  main.resource("S3SinkPlugin", "AWS::KafkaConnect::CustomPlugin", {
    Name: main.name("-s3-sink"),
    Description: "S3 sink connector plugin (Lenses Stream Reactor AWS S3)",
    ContentType: "ZIP",
    Location: { S3Location: { BucketArn: main.in("plugin_bucket_arn"), FileKey: main.in("plugin_file_key") } },
    Tags: main.tags(),
  });
  const bucketArn = bucketArnIn(main);
  const statements: Statement[] = [
    { sid: "BackupBucket", actions: ["s3:ListBucket", "s3:GetBucketLocation", "s3:ListBucketMultipartUploads"], resources: [bucketArn] },
    { sid: "BackupObjects", actions: ["s3:PutObject", "s3:GetObject", "s3:AbortMultipartUpload", "s3:ListMultipartUploadParts"], resources: [cat(bucketArn, "/*")] },
  ];
  if (ctx.source.isMsk) {
    const arn = input("source_cluster_arn");
    statements.push(
      { sid: "SourceCluster", actions: ["kafka-cluster:Connect", "kafka-cluster:DescribeCluster"], resources: [arn] },
      { sid: "SourceTopicsRead", actions: ["kafka-cluster:DescribeTopic", "kafka-cluster:ReadData"], resources: [{ k: "arnAs", cluster: arn, as: "topic", suffix: "/*" }] },
      { sid: "ConnectInternalTopics", actions: ["kafka-cluster:CreateTopic", "kafka-cluster:WriteData"], resources: [{ k: "arnAs", cluster: arn, as: "topic", suffix: "/__amazon_msk_connect_*" }] },
      { sid: "SourceGroups", actions: ["kafka-cluster:DescribeGroup", "kafka-cluster:AlterGroup"], resources: [{ k: "arnAs", cluster: arn, as: "group", suffix: "/*" }] },
    );
  } else {
    statements.push(...secretReadStatements([input("source_credentials_secret_arn")], "SourceCluster"));
  }
  main.role("S3SinkRole", "-s3-sink", "kafkaconnect.amazonaws.com", "MSK Connect S3 sink connector role", [], statements);
  main.resource("S3SinkLogGroup", "AWS::Logs::LogGroup", { LogGroupName: Sub("/aws/mskconnect/${Name}-s3-sink"), RetentionInDays: 30, Tags: main.tags() });
  main.securityGroup("S3SinkSecurityGroup", "-s3-sink", "MSK Connect S3 sink workers", main.in("vpc_id"), [
    { FromPort: 9092, ToPort: 9098, CidrIp: main.in("source_cidr"), Description: "Source cluster brokers" },
    { FromPort: 443, ToPort: 443, CidrIp: "0.0.0.0/0", Description: "Amazon S3 (gateway endpoint or NAT gateway)" },
  ]);
  const iam = s3SinkUsesIam(ctx);
  const config = s3ConnectorConfig(ctx, (parts) => Sub(parts.map((p) => (p === BUCKET ? "${BucketName}" : p.replace(/\$\{/g, "${!"))).join("")));
  main.in("bucket_name");
  main.resource(
    "S3SinkConnector",
    "AWS::KafkaConnect::Connector",
    {
      ConnectorName: main.name("-s3-sink"),
      ConnectorDescription: "Backs up every topic to S3 with keys, headers and original offsets (envelope).",
      KafkaConnectVersion: s.kafkaConnectVersion,
      ServiceExecutionRoleArn: GetAtt("S3SinkRole", "Arn"),
      Capacity: { ProvisionedCapacity: { WorkerCount: s.workerCount, McuCount: s.mcuCountPerWorker } },
      ConnectorConfiguration: config,
      KafkaCluster: { ApacheKafkaCluster: { BootstrapServers: main.in("source_bootstrap_brokers"), Vpc: { SecurityGroups: [GetAtt("S3SinkSecurityGroup", "GroupId")], Subnets: main.in("subnet_ids") } } },
      KafkaClusterClientAuthentication: { AuthenticationType: iam ? "IAM" : "NONE" },
      KafkaClusterEncryptionInTransit: { EncryptionType: "TLS" },
      Plugins: [{ CustomPlugin: { CustomPluginArn: GetAtt("S3SinkPlugin", "CustomPluginArn"), Revision: GetAtt("S3SinkPlugin", "Revision") } }],
      LogDelivery: { WorkerLogDelivery: { CloudWatchLogs: { Enabled: true, LogGroup: Ref("S3SinkLogGroup") } } },
      Tags: main.tags(),
    },
    split ? {} : { DependsOn: ["BackupBucketPolicy"] },
  );
  main.output("ConnectorArn", "ARN of the S3 sink connector.", Ref("S3SinkConnector"));
  if (ctx.source.isMsk) main.output("SourceClusterArn", "Cluster being backed up.", main.in("source_cluster_arn"));
  main.output("RestoreTargetClusterArn", "Cluster a restore writes to (see README).", main.in("target_cluster_arn"));
  return split ? [main, bucketT] : [main];
}

// ── Multi-AZ ───────────────────────────────────────────────────────────────

function multiAz(ctx: Ctx): Template[] {
  const t = new Template(ctx, "main", TEMPLATE_FILES.main, `Multi-AZ durability settings for ${ctx.arch.name}: an MSK configuration (${ctx.source.type === "msk-express" ? "Express brokers keep RF 3 and min ISR 2 fixed" : "RF 3, min ISR 2, no unclean leader election"}) and, optionally, a new cluster across three Availability Zones.`);
  t.resource("DurabilityConfiguration", "AWS::MSK::Configuration", {
    Name: t.name("-durability"),
    Description: durabilityDescription(ctx),
    KafkaVersionsList: [t.in("kafka_version")],
    ServerProperties: durabilityProperties(ctx),
  });
  const cond = t.toggle(CLUSTER_TOGGLE);
  t.securityGroup("ClusterSecurityGroup", "-cluster", "Brokers of the Multi-AZ MSK cluster", t.in("vpc_id"), [{ FromPort: 443, ToPort: 443, CidrIp: "127.0.0.1/32", Description: "No egress needed" }]);
  (t.resources.ClusterSecurityGroup as Record<string, Json>).Condition = cond;
  t.resource("ClusterClientsIngress", "AWS::EC2::SecurityGroupIngress", { GroupId: GetAtt("ClusterSecurityGroup", "GroupId"), Description: "Clients (IAM) to the brokers", IpProtocol: "tcp", FromPort: 9098, ToPort: 9098, CidrIp: t.in("client_cidr") }, { Condition: cond });
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
      ConfigurationInfo: { Arn: GetAtt("DurabilityConfiguration", "Arn"), Revision: GetAtt("DurabilityConfiguration", "LatestRevision.Revision") },
      ClientAuthentication: { Sasl: { Iam: { Enabled: true } }, Unauthenticated: { Enabled: false } },
      EncryptionInfo: { EncryptionInTransit: { ClientBroker: "TLS", InCluster: true } },
      Tags: t.tagMap(),
    },
    { Condition: cond, DeletionPolicy: "Retain", UpdateReplacePolicy: "Retain" },
  );
  t.output("ConfigurationArn", "ARN of the durability configuration (aws kafka update-cluster-configuration).", GetAtt("DurabilityConfiguration", "Arn"));
  t.output("ClusterArn", "ARN of the new cluster.", Ref("MultiAzCluster"), cond);
  return [t];
}

/** Renders the CloudFormation template(s) for the architecture's option. */
export function renderCloudFormation(ctx: Ctx): BundleFile[] {
  const templates = ctx.arch.option === "msk-replicator" ? replicator(ctx) : ctx.arch.option === "mirrormaker2" ? mirrorMaker2(ctx) : ctx.arch.option === "s3-backup" ? s3Backup(ctx) : multiAz(ctx);
  return templates.map((t) => ({ path: t.file, content: t.render(), language: "yaml" as const }));
}
