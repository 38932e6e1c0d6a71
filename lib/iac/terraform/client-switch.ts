// Terraform for the clients' switch: the SSM parameters in each Region, the policy to read them and
// the standby client policy (see model/client-switch.ts).
import { attr, block, comment, raw, tpl } from "../hcl";
import {
  ACTIVE_SIDE_PARAMETER,
  BOOTSTRAP_PARAMETER,
  PRIMARY_BROKERS_INPUT,
  clientSwitchPlacements,
  readParametersStatement,
  standbyClientStatements,
} from "../model/client-switch";
import { input } from "../model/expr";
import type { TerraformBuilder } from "./builder";

export function clientSwitch(tf: TerraformBuilder): void {
  const placements = clientSwitchPlacements(tf.ctx);
  const heads = new Set<string>();
  for (const p of placements) {
    const suffix = p === "main" ? "standby_region" : "primary_region";
    // Each root that holds parameters gets the section head once.
    const root = tf.split ? p : "main";
    if (!heads.has(root)) {
      heads.add(root);
      tf.within(p, () =>
        tf.section("Clients' switch: where applications connect (the runbook flips these on failover)"),
      );
    }
    for (const [name, path, value, description] of [
      [
        `bootstrap_brokers_${suffix}`,
        BOOTSTRAP_PARAMETER,
        raw(`var.${PRIMARY_BROKERS_INPUT.key}`),
        "Bootstrap brokers of the active cluster for clients; the runbook sets the standby's on failover.",
      ],
      [`active_side_${suffix}`, ACTIVE_SIDE_PARAMETER, "primary", "Which cluster clients use: primary or standby."],
    ] as const)
      tf.resource(
        "aws_ssm_parameter",
        name,
        [
          attr("name", tpl("/", raw("var.name"), `/${path}`)),
          attr("description", description),
          attr("type", "String"),
          attr("value", value),
          comment("Created with the primary's value; the runbook flips it, and an apply must not flip it back."),
          block("lifecycle", [], [attr("ignore_changes", [raw("value")])]),
        ],
        p,
      );
  }
  const regions = placements.map((p) => (p === "main" ? input("region") : input("source_region")));
  const read = tf.policy("client_switch_read", [readParametersStatement(regions)]);
  tf.resource("aws_iam_policy", "client_switch_read", [
    attr("name", tpl(raw("var.name"), "-kafka-client-switch-read")),
    attr("description", "Lets an application read where to connect (the /<name>/kafka/* SSM parameters)."),
    attr("policy", read),
  ]);
  const standby = tf.policy("standby_client", standbyClientStatements(tf.ctx));
  tf.resource("aws_iam_policy", "standby_client", [
    attr("name", tpl(raw("var.name"), "-kafka-standby-client")),
    attr("description", "What an application needs on the standby cluster (IAM access control) after a failover."),
    attr("policy", standby),
  ]);
  tf.output(
    "client_switch_read_policy_arn",
    "Managed policy to attach to application roles: read the /<name>/kafka/* parameters.",
    raw("aws_iam_policy.client_switch_read.arn"),
  );
  tf.output(
    "standby_client_policy_arn",
    "Managed policy to attach to application roles: produce and consume on the standby cluster.",
    raw("aws_iam_policy.standby_client.arn"),
  );
  tf.output("client_switch_parameters", "SSM parameters clients read: the bootstrap brokers and the active side.", [
    tpl("/", raw("var.name"), `/${BOOTSTRAP_PARAMETER}`),
    tpl("/", raw("var.name"), `/${ACTIVE_SIDE_PARAMETER}`),
  ]);
}
