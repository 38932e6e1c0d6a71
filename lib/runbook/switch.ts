import { FACTS } from "@/lib/knowledge";
import { awsFlags, regionOf, type RunbookContext, type Side } from "./context";
import { bash } from "@/lib/markdown";
import type { Step } from "./sections";

/**
 * The one switch for clients: an AWS Systems Manager Parameter Store String parameter per Region,
 * `/<name>/kafka/bootstrap-brokers`, holds the bootstrap brokers of the cluster that is active now,
 * and `/<name>/kafka/active-side` says which side that is (`primary` or `standby`). Applications read
 * the parameter of their own Region when they start; failover and failback overwrite it in every
 * Region. The generated IaC creates the parameters and the read policy; this module writes the
 * commands and the client code the runbook and the drill kit show.
 *
 * Why Parameter Store: the standard tier costs nothing, a parameter lives in one Region so the copy
 * in the standby Region stays readable while the primary Region is down, and every AWS SDK reads it
 * in one call. AWS AppConfig adds deployments and validators a single string does not need. A DNS
 * CNAME to the brokers would break TLS: the brokers' certificates name the brokers' own hosts, so
 * hostname verification fails for any other name.
 */

export const SSM_PARAMETER_STORE_PRICING = "https://aws.amazon.com/systems-manager/pricing/";
export const SSM_GET_PARAMETER =
  "https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_GetParameter.html";
export const SSM_PUT_PARAMETER_CLI = "https://docs.aws.amazon.com/cli/latest/reference/ssm/put-parameter.html";
export const SSM_IAM = FACTS["ssm.parameter-store"].source;

export interface SwitchNames {
  bootstrap: string;
  activeSide: string;
}

/** The parameters' names for a plan's base name. */
export function switchNames(name: string): SwitchNames {
  return { bootstrap: `/${name}/kafka/bootstrap-brokers`, activeSide: `/${name}/kafka/active-side` };
}

/** The parameter ARN (names that start with "/" drop it after `parameter`). */
export function parameterArn(region: string, parameter: string, account = "<account-id>"): string {
  return `arn:aws:ssm:${region}:${account}:parameter/${parameter.replace(/^\//, "")}`;
}

/** The Regions holding the parameters, with the side whose account owns each: primary first. */
export function switchRegions(ctx: RunbookContext): { region: string; side: Side }[] {
  const out: { region: string; side: Side }[] = [];
  if (ctx.source.region) out.push({ region: ctx.source.region, side: "source" });
  const standby = regionOf(ctx, "target");
  if (!out.some((r) => r.region === standby)) out.push({ region: standby, side: "target" });
  return out;
}

/**
 * `aws ssm put-parameter … --overwrite` pointing clients at one side: in every Region, or (active-active,
 * where each Region's clients use their own cluster) only in the Region of `only`.
 */
export function flipCommands(ctx: RunbookContext, to: Side, only?: Side): string[] {
  const n = switchNames(ctx.arch.name);
  const value = to === "source" ? '"$SOURCE_BOOTSTRAP"' : '"$TARGET_BOOTSTRAP"';
  const side = to === "source" ? "primary" : "standby";
  const regions = switchRegions(ctx).filter((r) => only === undefined || r.side === only);
  return regions.flatMap(({ region, side: owner }) => [
    `aws ssm put-parameter --name ${n.bootstrap} --type String --overwrite --value ${value} ${awsFlags(ctx, owner, region)}`,
    `aws ssm put-parameter --name ${n.activeSide} --type String --overwrite --value ${side} ${awsFlags(ctx, owner, region)}`,
  ]);
}

export function readCommands(ctx: RunbookContext): string[] {
  const n = switchNames(ctx.arch.name);
  return switchRegions(ctx).map(
    ({ region, side }) =>
      `aws ssm get-parameters --names ${n.bootstrap} ${n.activeSide} --query 'Parameters[].[Name,Value]' --output text ${awsFlags(ctx, side, region)}`,
  );
}

/** The two lines of client code, Java (AWS SDK for Java 2.x) and Python (boto3), for a parameter name. */
export function clientCode(parameter: string): { java: string; python: string } {
  return {
    java: [
      "// software.amazon.awssdk:ssm — reads the parameter in the Region the application runs in",
      `String bootstrap = SsmClient.create().getParameter(r -> r.name("${parameter}")).parameter().value();`,
      "props.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrap);",
    ].join("\n"),
    python: [
      "# boto3 — reads the parameter in the Region the application runs in",
      `bootstrap = boto3.client("ssm").get_parameter(Name="${parameter}")["Parameter"]["Value"]`,
      'config = {"bootstrap.servers": bootstrap}  # confluent-kafka; kafka-python: bootstrap_servers=bootstrap.split(",")',
    ].join("\n"),
  };
}

/** The "Before you start" step: what the switch is, why, the IAM action and the client code. */
export function switchIntroStep(ctx: RunbookContext): Step {
  const n = switchNames(ctx.arch.name);
  const regions = switchRegions(ctx);
  const code = clientCode(n.bootstrap);
  return {
    title: "One switch for every client: the bootstrap parameter",
    body: [
      `Applications do not hard-code brokers: they read the AWS Systems Manager Parameter Store String parameter \`${n.bootstrap}\` when they start. It exists in ${regions.map((r) => r.region).join(" and ")}, holds the bootstrap brokers of the active cluster, and \`${n.activeSide}\` says which side that is (\`primary\` or \`standby\`). The ${ctx.words.failover} and ${ctx.words.failback} below overwrite both in every Region; clients pick up the change when they restart, which those steps do.`,
      `Why this switch: standard parameters cost nothing; each Region has its own copy, so the standby Region's stays readable while the primary Region is down; and every AWS SDK reads it in one call. AWS AppConfig would add deployments and validation that one string does not need. A DNS CNAME to the brokers is not used: the brokers' TLS certificates name the brokers' own hosts, so a client checking the hostname (the default) would refuse any other name.`,
      "The two lines an application needs, Java (AWS SDK for Java 2.x):",
      ["```java", code.java, "```"].join("\n"),
      "and Python (boto3):",
      ["```python", code.python, "```"].join("\n"),
      `Applications need \`ssm:GetParameter\` on ${regions.map((r) => `\`${parameterArn(r.region, n.bootstrap)}\``).join(" and ")} (the generated IaC attaches a read policy), and their Kafka permissions on the ${ctx.words.standby} cluster too${ctx.a.auth === "iam" ? " (IAM access control: `kafka-cluster:Connect`, `ReadData`, `WriteData`, `DescribeTopic`, `AlterGroup`, `DescribeGroup` on the standby cluster's ARNs; replication copies no IAM policy)" : ""}. Read the current values:`,
      bash(...readCommands(ctx)),
    ],
    verify: `both parameters exist in every Region listed, \`${n.bootstrap}\` equals \`$SOURCE_BOOTSTRAP\` and \`${n.activeSide}\` is \`primary\`.`,
    sources: [SSM_GET_PARAMETER, SSM_IAM, SSM_PARAMETER_STORE_PRICING],
  };
}

/** The step that flips the switch to one side. */
export function flipStep(ctx: RunbookContext, to: Side, unplanned = false): Step {
  const n = switchNames(ctx.arch.name);
  const where = to === "source" ? ctx.words.primary : ctx.words.standby;
  const body = [
    `Point every client at the ${where} cluster: overwrite the parameters in every Region.`,
    bash(...flipCommands(ctx, to)),
  ];
  if (unplanned && ctx.source.region)
    body.push(
      `If ${ctx.source.region} does not answer, overwrite the parameters there as soon as it is back, before any application in that Region restarts.`,
    );
  return {
    title: `Flip the switch to the ${where}`,
    body,
    verify: `\`${readCommands(ctx)[readCommands(ctx).length - 1]}\` prints \`${to === "source" ? "primary" : "standby"}\` for \`${n.activeSide}\` and the ${where}'s brokers (\`$${to === "source" ? "SOURCE" : "TARGET"}_BOOTSTRAP\`).`,
    sources: [SSM_PUT_PARAMETER_CLI],
  };
}

/**
 * Active-active: each Region's clients use their own Region's cluster, so moving one Region's traffic
 * overwrites only that Region's parameters.
 */
export function moveRegionBody(ctx: RunbookContext, from: Side, to: Side): string {
  const region = switchRegions(ctx).find((r) => r.side === from)?.region;
  if (!region) return `Repoint them at \`$${to.toUpperCase()}_BOOTSTRAP\`.`;
  return `Point that Region's clients at the ${to === "source" ? ctx.words.primary : ctx.words.standby} cluster: overwrite the switch in ${region} only, then restart them there.\n\n${bash(...flipCommands(ctx, to, from))}`;
}
