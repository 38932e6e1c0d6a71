// The Terraform builder: neutral expressions and statements written as HCL, and the resource,
// data, output, IAM role, alarm and security-group helpers every option's module uses.
import { attr, block, comment, printHcl, raw, tpl, Raw, type HclItem, type HclValue } from "../hcl";
import type { AlarmDef } from "../model/alarms";
import { clusterArn, serviceTrust, type Statement } from "../model/iam";
import type { IacContext } from "../model/context";
import { input, type Expr } from "../model/expr";
import { terraformRootPerRegion, type Placement } from "../model/placement";
import { DASHBOARD_SUFFIX, dashboardBody, type DashboardDef } from "../model/dashboard";
import { ALARM_TOPIC, FAILBACK_TOGGLE, MONITORED_CLUSTER, REVERSE_STACK_TOGGLE } from "../model/toggles";

export function code(e: Expr): string {
  const v = val(e);
  return v instanceof Raw ? v.code : tpl(v).code;
}

export function val(e: Expr): Raw | string {
  switch (e.kind) {
    case "literal":
      return e.value;
    case "input":
      return raw(`var.${e.key}`);
    case "resource":
      return raw(e.terraform);
    case "pseudo":
      return raw(
        {
          region: "data.aws_region.current.region",
          account: "data.aws_caller_identity.current.account_id",
          partition: "data.aws_partition.current.partition",
        }[e.name],
      );
    case "concat":
      return tpl(...e.parts.map((p) => val(p)));
    case "arnAs":
      return tpl(raw(`replace(${code(e.cluster)}, ":cluster/", ":${e.as}/")`), e.suffix);
  }
}

// ── Builders ───────────────────────────────────────────────────────────────

export class TerraformBuilder {
  readonly main: HclItem[] = [];
  readonly outputs: HclItem[] = [];
  readonly regions = new Set<Placement>(["main"]);
  /** One root module per Region (see terraformRootPerRegion): the source placement is its own root. */
  readonly split: boolean;
  private readonly alarmTopics = new Set<Placement>();
  /** Placement of each top-level item of main and outputs that is not "main". */
  private readonly placed = new Map<HclItem, Placement>();
  private cursor: Placement = "main";
  constructor(readonly ctx: IacContext) {
    this.split = terraformRootPerRegion(ctx.arch);
  }

  /** Runs `fn` with `placement` as the default of every item it adds (data sources, outputs, comments, resources). */
  within<T>(placement: Placement, fn: () => T): T {
    const before = this.cursor;
    this.cursor = placement;
    try {
      return fn();
    } finally {
      this.cursor = before;
    }
  }

  /** The placement an item was added in. */
  placementOf(item: HclItem): Placement {
    return this.placed.get(item) ?? "main";
  }

  /** Adds top-level items to main.tf, in the current placement. */
  push(...items: HclItem[]): void {
    for (const i of items) this.add(this.main, i, this.cursor);
  }

  private add(list: HclItem[], item: HclItem, placement: Placement): void {
    if (placement !== "main") this.placed.set(item, placement);
    list.push(item);
  }

  /** The provider meta-argument: an alias for another Region, none where that Region is a root of its own. */
  private providerFor(p: Placement): HclItem | false {
    return p !== "main" && !(this.split && p === "source") && attr("provider", raw(`aws.${p}`));
  }

  section(title: string): void {
    this.push(comment(`── ${title} ${"─".repeat(Math.max(3, 72 - title.length))}`));
  }

  resource(
    type: string,
    name: string,
    body: (HclItem | false | undefined)[],
    placement: Placement = this.cursor,
  ): void {
    if (placement !== "main") this.regions.add(placement);
    // Meta-arguments first, as terraform fmt users expect: count / for_each, then provider.
    const items = body.filter((b): b is HclItem => !!b);
    const meta = items.filter((b) => b.kind === "attr" && (b.name === "count" || b.name === "for_each"));
    this.add(
      this.main,
      block(
        "resource",
        [type, name],
        [...meta, this.providerFor(placement), ...items.filter((b) => !meta.includes(b))],
      ),
      placement,
    );
  }

  data(type: string, name: string, body: (HclItem | false | undefined)[]): void {
    this.add(this.main, block("data", [type, name], body), this.cursor);
  }

  output(name: string, description: string, value: HclValue, sensitive = false): void {
    this.add(
      this.outputs,
      block(
        "output",
        [name],
        [attr("description", description), attr("value", value), sensitive && attr("sensitive", true)],
      ),
      this.cursor,
    );
  }

  /** A policy document from neutral statements; returns the expression of its JSON. */
  policy(name: string, statements: Statement[], mergeWith?: Raw): Raw {
    this.data("aws_iam_policy_document", name, [
      mergeWith && attr("source_policy_documents", raw(`${mergeWith.code} == "" ? [] : [${mergeWith.code}]`)),
      ...statements.map((s) =>
        block(
          "statement",
          [],
          [
            attr("sid", s.sid),
            s.effect === "Deny" && attr("effect", "Deny"),
            attr("actions", s.actions),
            s.resources &&
              attr(
                "resources",
                s.resources.map((r) => val(r)),
              ),
            ...(s.principals ?? []).map((p) =>
              block(
                "principals",
                [],
                [
                  attr("type", p.type),
                  attr(
                    "identifiers",
                    p.ids.map((i) => val(i)),
                  ),
                ],
              ),
            ),
            ...(s.conditions ?? []).map((c) =>
              block(
                "condition",
                [],
                [
                  attr("test", c.test),
                  attr("variable", c.variable),
                  attr(
                    "values",
                    c.values.map((v) => val(v)),
                  ),
                ],
              ),
            ),
          ],
        ),
      ),
    ]);
    return raw(`data.aws_iam_policy_document.${name}.json`);
  }

  /** An IAM role for a service, with AWS managed policies and one inline policy. */
  role(
    name: string,
    nameSuffix: string,
    service: string,
    description: string,
    managed: string[],
    statements: Statement[],
  ): void {
    // The roles live in the default provider's Region, var.region.
    const trust = this.policy(`${name}_trust`, [serviceTrust(service, input("region"))]);
    this.resource("aws_iam_role", name, [
      attr("name", tpl(raw("var.name"), nameSuffix)),
      attr("description", description),
      attr("assume_role_policy", trust),
    ]);
    managed.forEach((arn, i) =>
      this.resource(
        "aws_iam_role_policy_attachment",
        managed.length > 1 ? `${name}_managed_${i + 1}` : `${name}_managed`,
        [
          attr("role", raw(`aws_iam_role.${name}.name`)),
          attr("policy_arn", tpl("arn:", raw("data.aws_partition.current.partition"), `:iam::aws:policy/${arn}`)),
        ],
      ),
    );
    if (statements.length > 0) {
      const doc = this.policy(name, statements);
      this.resource("aws_iam_role_policy", name, [
        attr("name", tpl(raw("var.name"), `${nameSuffix}-inline`)),
        attr("role", raw(`aws_iam_role.${name}.id`)),
        attr("policy", doc),
      ]);
    }
  }

  /** The count of a resource that exists only when a switch is on (undefined: always). */
  private countFor(toggle: AlarmDef["toggle"]): string | undefined {
    switch (toggle) {
      case "failback":
        return `var.${FAILBACK_TOGGLE.key} ? 1 : 0`;
      // The reverse-stack toggle exists in Terraform only where the primary Region is a root of its
      // own; elsewhere the reverse replicator's alarms follow its resource.
      case "reverse-stack":
        return this.split ? `var.${REVERSE_STACK_TOGGLE.key} ? 1 : 0` : undefined;
      case "monitored-cluster":
        return `${MONITORED_CLUSTER.local} == "" ? 0 : 1`;
      default:
        return undefined;
    }
  }

  alarm(a: AlarmDef): void {
    const count = this.countFor(a.toggle);
    const metric = a.query
      ? []
      : [
          attr("namespace", a.namespace),
          attr("metric_name", a.metric),
          attr("statistic", a.statistic),
          attr("period", a.period),
        ];
    this.resource(
      "aws_cloudwatch_metric_alarm",
      a.tf,
      [
        count !== undefined && attr("count", raw(count)),
        attr("alarm_name", tpl(raw("var.name"), `-${a.nameSuffix}`)),
        attr("alarm_description", a.description),
        ...metric,
        attr("evaluation_periods", a.evaluationPeriods),
        attr("threshold", a.thresholdInput ? raw(`var.${a.thresholdInput}`) : a.threshold),
        attr("comparison_operator", a.comparison),
        attr("treat_missing_data", a.treatMissingData),
        !a.query && attr("dimensions", Object.fromEntries(a.dimensions.map((d) => [d.name, val(d.value)]))),
        attr("alarm_actions", this.alarmTopic(a.placement)),
        attr("ok_actions", this.alarmTopic(a.placement)),
        a.query &&
          block(
            "metric_query",
            [],
            [attr("id", "q1"), attr("expression", val(a.query)), attr("period", a.period), attr("return_data", true)],
          ),
      ],
      a.placement,
    );
  }

  /** A CloudWatch dashboard whose body is built from neutral values (see ../model/dashboard). */
  dashboard(d: DashboardDef): void {
    const count = this.countFor(d.toggle);
    // The default provider's Region is var.region (data.aws_region's attribute is named differently across provider majors).
    const body = dashboardBody(d, (e) => (e.kind === "pseudo" && e.name === "region" ? raw("var.region") : val(e)));
    this.resource("aws_cloudwatch_dashboard", "replication", [
      count !== undefined && attr("count", raw(count)),
      attr("dashboard_name", tpl(raw("var.name"), DASHBOARD_SUFFIX)),
      attr("dashboard_body", raw(`jsonencode(${printValue(body as HclValue)})`)),
    ]);
    this.output(
      "dashboard_name",
      "CloudWatch dashboard of this bundle: replication lag against the RPO and the health metrics.",
      count
        ? raw("one(aws_cloudwatch_dashboard.replication[*].dashboard_name)")
        : raw("aws_cloudwatch_dashboard.replication.dashboard_name"),
    );
  }

  /**
   * The SNS topic the alarms of one Region notify: the given topic, else one this code creates. An
   * alarm notifies a topic in its own Region, so alarms in another Region always get their own.
   */
  alarmTopic(placement: Placement): Raw {
    const name = placement === "main" ? "alarms" : `alarms_${placement}`;
    if (!this.alarmTopics.has(placement)) {
      this.alarmTopics.add(placement);
      this.resource(
        "aws_sns_topic",
        name,
        [
          placement === "main" && attr("count", raw(`var.${ALARM_TOPIC.key} == "" ? 1 : 0`)),
          attr("name", tpl(raw("var.name"), placement === "main" ? "-alarms" : `-alarms-${placement}`)),
        ],
        placement,
      );
      this.within(placement, () =>
        this.output(
          placement === "main" ? "alarm_topic_arn" : `alarm_topic_arn_${placement}`,
          placement === "main"
            ? "SNS topic the alarms notify: subscribe your on-call address to it."
            : `SNS topic the alarms in the ${placement} Region notify: subscribe your on-call address to it.`,
          this.alarmTopicArn(placement),
        ),
      );
    }
    return raw(`[${this.alarmTopicArn(placement).code}]`);
  }

  private alarmTopicArn(placement: Placement): Raw {
    return placement === "main"
      ? raw(`var.${ALARM_TOPIC.key} == "" ? aws_sns_topic.alarms[0].arn : var.${ALARM_TOPIC.key}`)
      : raw(`aws_sns_topic.alarms_${placement}.arn`);
  }

  /** Security group with no inline rules (rules are separate resources). */
  securityGroup(name: string, nameSuffix: string, description: string, vpc: Raw, placement: Placement = "main"): void {
    this.resource(
      "aws_security_group",
      name,
      [attr("name", tpl(raw("var.name"), nameSuffix)), attr("description", description), attr("vpc_id", vpc)],
      placement,
    );
  }

  rule(
    kind: "ingress" | "egress",
    name: string,
    sg: Raw,
    port: number | [number, number] | Raw,
    peer: { sg: Raw } | { cidr: HclValue },
    description: string,
    { placement = "main", count }: { placement?: Placement; count?: string } = {},
  ): void {
    const [from, to] = Array.isArray(port) ? port : [port, port];
    this.resource(
      `aws_vpc_security_group_${kind}_rule`,
      name,
      [
        count !== undefined && attr("count", raw(count)),
        attr("security_group_id", sg),
        attr("description", description),
        attr("ip_protocol", "tcp"),
        attr("from_port", from as HclValue),
        attr("to_port", to as HclValue),
        "sg" in peer ? attr("referenced_security_group_id", peer.sg) : attr("cidr_ipv4", peer.cidr),
      ],
      placement,
    );
  }
}

export function targetArnRaw(ctx: IacContext): Raw {
  return raw(code(clusterArn(ctx, "target")));
}

/**
 * The target cluster's ARN as code in one placement: a root of its own cannot refer to a cluster
 * another root creates, so there it is an input (the standby root's target_cluster_arn output).
 */
export function targetArnIn(tf: TerraformBuilder, placement: Placement): Expr {
  return tf.split && placement === "source" ? input("target_cluster_arn") : clusterArn(tf.ctx, "target");
}

export function printValue(v: HclValue): string {
  // Reuse the HCL printer through a throwaway attribute and strip the "x = " prefix.
  const text = printHcl([attr("x", v)]).trimEnd();
  return text.replace(/^x = /, "");
}
