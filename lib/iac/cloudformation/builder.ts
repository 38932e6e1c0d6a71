// The CloudFormation builder: short-form intrinsics, neutral expressions and statements written
// as template values, and the template with its resource, role, alarm and security-group helpers.
import { Tagged, printYamlDocument } from "../yaml";
import type { AlarmDef } from "../model/alarms";
import { headerLines, type IacContext } from "../model/context";
import type { Expr } from "../model/expr";
import { serviceTrust, type Statement } from "../model/iam";
import { inPlacement, inputsFor, type InputDef } from "../model/inputs";
import type { Placement } from "../model/placement";
import { ALARM_TOPIC } from "../model/toggles";
import { DASHBOARD_SUFFIX, dashboardBody, type DashboardDef } from "../model/dashboard";

// ── Intrinsics ─────────────────────────────────────────────────────────────

/** A short-form intrinsic (`!Ref`, `!Sub`, …), printed as a YAML tag. */
export const Fn = Tagged;
export type Fn = Tagged;
export const Ref = (name: string) => new Fn("!Ref", name);
export const GetAtt = (id: string, a: string) => new Fn("!GetAtt", `${id}.${a}`);
export const Sub = (s: string) => new Fn("!Sub", s);
export const Join = (parts: unknown[]) => new Fn("!Join", ["", parts]);
export const If = (cond: string, a: unknown, b: unknown) => new Fn("!If", [cond, a, b]);
export const Equals = (a: unknown, b: unknown) => new Fn("!Equals", [a, b]);
export const Not = (a: unknown) => new Fn("!Not", [a]);
export const Select = (i: number, list: unknown) => new Fn("!Select", [i, list]);
export const Split = (sep: string, s: unknown) => new Fn("!Split", [sep, s]);
export const NoValue = Ref("AWS::NoValue");

export type Json = unknown;

export class Template {
  readonly parameters: Record<string, Json> = {};
  readonly conditions: Record<string, Json> = {};
  readonly resources: Record<string, Json> = {};
  readonly outputs: Record<string, Json> = {};
  constructor(
    readonly ctx: IacContext,
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
  private hasAlarmTopic = false;
  inputs(): InputDef[] {
    this.defs ??= inputsFor(this.ctx).filter((d) => d.cfn !== "");
    return this.defs;
  }

  /** Neutral expression → CloudFormation value. */
  x(e: Expr): Json {
    switch (e.kind) {
      case "literal":
        return e.value;
      case "input":
        return this.in(e.key);
      case "resource":
        return e.cloudformation;
      case "pseudo":
        return Ref({ region: "AWS::Region", account: "AWS::AccountId", partition: "AWS::Partition" }[e.name]);
      case "concat": {
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
  private subOf(e: Extract<Expr, { kind: "concat" }>): string | undefined {
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
    return Object.entries(this.ctx.arch.tags).map(([Key, v]) => ({
      Key,
      Value: Key === "Application" ? Ref("Name") : v,
    }));
  }
  tagMap(): Record<string, Json> {
    this.used.add("name");
    return Object.fromEntries(
      Object.entries(this.ctx.arch.tags).map(([k, v]) => [k, k === "Application" ? Ref("Name") : v]),
    );
  }

  resource(id: string, type: string, properties: Record<string, Json>, extra: Record<string, Json> = {}): void {
    this.resources[id] = {
      Type: type,
      ...extra,
      Properties: Object.fromEntries(Object.entries(properties).filter(([, v]) => v !== undefined)),
    };
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
        ...(s.principals
          ? {
              Principal: Object.fromEntries(
                s.principals.map((p) => [p.type, p.ids.length === 1 ? this.x(p.ids[0]!) : p.ids.map((i) => this.x(i))]),
              ),
            }
          : {}),
        Action: s.actions.length === 1 ? s.actions[0] : s.actions,
        ...(s.resources
          ? { Resource: s.resources.length === 1 ? this.x(s.resources[0]!) : s.resources.map((r) => this.x(r)) }
          : {}),
        ...(s.conditions
          ? {
              Condition: Object.fromEntries(
                s.conditions.map((c) => [
                  c.test,
                  { [c.variable]: c.values.length === 1 ? this.x(c.values[0]!) : c.values.map((v) => this.x(v)) },
                ]),
              ),
            }
          : {}),
      })),
    };
  }

  role(
    id: string,
    nameSuffix: string,
    service: string,
    description: string,
    managed: string[],
    statements: Statement[],
    extra: Record<string, Json> = {},
  ): void {
    this.resource(
      id,
      "AWS::IAM::Role",
      {
        RoleName: this.name(nameSuffix),
        Description: description,
        AssumeRolePolicyDocument: this.policyDocument([serviceTrust(service)]),
        ManagedPolicyArns: managed.length
          ? managed.map((m) => Sub(`arn:\${AWS::Partition}:iam::aws:policy/${m}`))
          : undefined,
        Policies: statements.length
          ? [{ PolicyName: this.name(`${nameSuffix}-inline`), PolicyDocument: this.policyDocument(statements) }]
          : undefined,
        Tags: this.tags(),
      },
      extra,
    );
  }

  alarm(a: AlarmDef, condition?: string): void {
    const topic = this.alarmTopic();
    const metric = a.query
      ? {
          Metrics: [{ Id: "q1", Expression: this.x(a.query), Period: a.period, ReturnData: true }],
        }
      : {
          Namespace: a.namespace,
          MetricName: a.metric,
          Statistic: a.statistic,
          Period: a.period,
        };
    this.resource(
      a.cfn,
      "AWS::CloudWatch::Alarm",
      {
        AlarmName: this.name(`-${a.nameSuffix}`),
        AlarmDescription: a.description,
        ...(a.query ? {} : metric),
        EvaluationPeriods: a.evaluationPeriods,
        Threshold: a.thresholdInput ? this.in(a.thresholdInput) : a.threshold,
        ComparisonOperator: a.comparison,
        TreatMissingData: a.treatMissingData,
        Dimensions: a.query ? undefined : a.dimensions.map((d) => ({ Name: d.name, Value: this.x(d.value) })),
        ...(a.query ? metric : {}),
        AlarmActions: [If(topic, this.in(ALARM_TOPIC.key), Ref("AlarmTopic"))],
        OKActions: [If(topic, this.in(ALARM_TOPIC.key), Ref("AlarmTopic"))],
        Tags: this.tags(),
      },
      condition ? { Condition: condition } : {},
    );
  }

  /** The bundle's CloudWatch dashboard; its JSON body is one Fn::Sub (see dashboardSub). */
  dashboard(d: DashboardDef, condition?: string): void {
    this.resource(
      "ReplicationDashboard",
      "AWS::CloudWatch::Dashboard",
      { DashboardName: this.name(DASHBOARD_SUFFIX), DashboardBody: this.dashboardSub(d) },
      condition ? { Condition: condition } : {},
    );
    this.output(
      "DashboardName",
      "CloudWatch dashboard of this stack: replication lag against the RPO and the health metrics.",
      Ref("ReplicationDashboard"),
      condition,
    );
  }

  /**
   * The dashboard body as JSON text in one Fn::Sub: literal text JSON-escaped, inputs and pseudo
   * parameters as ${…}, any other value as a Sub variable.
   */
  private dashboardSub(d: DashboardDef): Json {
    const exprs: Expr[] = [];
    const body = dashboardBody(d, (e) => `@@EXPR${exprs.push(e) - 1}@@`);
    const vars: Record<string, Json> = {};
    const piece = (e: Expr): string => {
      switch (e.kind) {
        case "literal":
          return JSON.stringify(e.value).slice(1, -1).replace(/\$\{/g, "${!");
        case "input": {
          const ref = this.in(e.key);
          return `\${${String(ref.arg)}}`;
        }
        case "pseudo":
          return `\${${{ region: "AWS::Region", account: "AWS::AccountId", partition: "AWS::Partition" }[e.name]}}`;
        case "concat":
          return e.parts.map(piece).join("");
        default: {
          const v = `V${Object.keys(vars).length}`;
          vars[v] = this.x(e);
          return `\${${v}}`;
        }
      }
    };
    const text = JSON.stringify(body)
      .replace(/\$\{/g, "${!")
      .replace(/"@@EXPR(\d+)@@"/g, (_, i: string) => `"${piece(exprs[Number(i)]!)}"`);
    return Object.keys(vars).length ? new Fn("!Sub", [text, vars]) : Sub(text);
  }

  /** The alarms notify the given SNS topic, else one this stack creates (AlarmTopic). */
  alarmTopic(): string {
    this.in(ALARM_TOPIC.key);
    if (!this.hasAlarmTopic) {
      this.hasAlarmTopic = true;
      this.condition(ALARM_TOPIC.condition, Not(Equals(Ref(ALARM_TOPIC.cfn), NO_TOPIC)));
      this.condition("CreateAlarmTopic", Equals(Ref(ALARM_TOPIC.cfn), NO_TOPIC));
      this.resource(
        "AlarmTopic",
        "AWS::SNS::Topic",
        { TopicName: this.name("-alarms"), Tags: this.tags() },
        { Condition: "CreateAlarmTopic" },
      );
      this.output(
        "AlarmTopicArn",
        "SNS topic this stack created for the alarms: subscribe your on-call address to it.",
        Ref("AlarmTopic"),
        "CreateAlarmTopic",
      );
    }
    return ALARM_TOPIC.condition;
  }

  /** A security group; an egress entry may be an intrinsic (an !If that drops it), written as given. */
  securityGroup(
    id: string,
    nameSuffix: string,
    description: string,
    vpc: Json,
    egress: (Record<string, Json> | Fn)[],
  ): void {
    this.resource(id, "AWS::EC2::SecurityGroup", {
      GroupName: this.name(nameSuffix),
      GroupDescription: description,
      VpcId: vpc,
      // Listing egress replaces the default allow-all rule.
      SecurityGroupEgress: egress.map((e) => (e instanceof Fn ? e : { IpProtocol: "tcp", ...e })),
      Tags: this.tags(),
    });
  }

  ingress(id: string, groupId: Json, port: number, from: Json, description: string, condition?: string): void {
    this.resource(
      id,
      "AWS::EC2::SecurityGroupIngress",
      {
        GroupId: groupId,
        Description: description,
        IpProtocol: "tcp",
        FromPort: port,
        ToPort: port,
        SourceSecurityGroupId: from,
      },
      condition ? { Condition: condition } : {},
    );
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
    for (const d of this.inputs())
      if (this.used.has(d.key) && !inPlacement(d, this.placement))
        throw new Error(`${this.file}: input ${d.key} used outside its placements`);
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

/** "No SNS topic given": a word rather than "", which linters would check against the alarm actions' minimum length. */
const NO_TOPIC = ALARM_TOPIC.cfnNone;

function parameter(d: InputDef): Json {
  if (d.key === ALARM_TOPIC.key) {
    return {
      Type: "String",
      Description: ALARM_TOPIC.cfnDescription,
      Default: NO_TOPIC,
      AllowedPattern: `^(${NO_TOPIC}|arn:aws[a-z-]*:sns:[a-z0-9-]+:[0-9]{12}:[A-Za-z0-9_-]+)$`,
      ConstraintDescription: `must be an SNS topic ARN or ${NO_TOPIC}`,
    };
  }
  if (d.cfnNone)
    return {
      Type: "String",
      Description: d.cfnNone.description,
      Default: d.cfnNone.word,
      AllowedPattern: d.cfnNone.pattern,
      ConstraintDescription: `must be ${d.cfnNone.patternHint}`,
    };
  const p: Record<string, Json> = {
    Type: d.cfnType ?? (d.type === "number" ? "Number" : "String"),
    Description: d.description,
  };
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

/** A policy document as a JSON string output: Fn::Sub over the JSON text, references written as ${…}. */
export function jsonSub(t: Template, statements: Statement[]): Json {
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
