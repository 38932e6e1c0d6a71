// CloudFormation for the clients' switch: the SSM parameters in each template's Region, the policy
// to read them and the standby client policy (see model/client-switch.ts).
import {
  ACTIVE_SIDE_PARAMETER,
  BOOTSTRAP_PARAMETER,
  PRIMARY_BROKERS_INPUT,
  clientSwitchPlacements,
  readParametersStatement,
  standbyClientStatements,
} from "../model/client-switch";
import { literal, pseudo } from "../model/expr";
import { TEMPLATE_FILES } from "../model/placement";
import { Ref, Sub, Template } from "./builder";

export function clientSwitch(templates: Template[]): void {
  const main = templates.find((t) => t.placement === "main")!;
  const ctx = main.ctx;
  // The primary Region's copy lives in the source-Region stack; where the option has none, the copy is that stack.
  let source: Template | undefined;
  if (clientSwitchPlacements(ctx).includes("source")) {
    source = templates.find((t) => t.placement === "source");
    if (!source) {
      source = new Template(
        ctx,
        "source",
        TEMPLATE_FILES.source,
        `Primary-Region resources for ${ctx.arch.name}: the primary's copy of the clients' switch (SSM parameters). Deploy in the primary cluster's Region.`,
      );
      templates.push(source);
    }
  }
  for (const t of [main, ...(source ? [source] : [])]) {
    t.in("name"); // the parameter names below read it through !Sub
    // Created with the primary's value. The runbook flips it with put-parameter; a stack update
    // rewrites it only when PrimaryClientBootstrapBrokers itself changes (see README).
    t.resource("ClientBootstrapBrokersParameter", "AWS::SSM::Parameter", {
      Name: Sub(`/\${Name}/${BOOTSTRAP_PARAMETER}`),
      Description: "Bootstrap brokers of the active cluster for clients; the runbook sets the standby's on failover.",
      Type: "String",
      Value: t.in(PRIMARY_BROKERS_INPUT.key),
    });
    t.resource("ClientActiveSideParameter", "AWS::SSM::Parameter", {
      Name: Sub(`/\${Name}/${ACTIVE_SIDE_PARAMETER}`),
      Description: "Which cluster clients use: primary or standby.",
      Type: "String",
      Value: "primary",
    });
  }
  const regions = [pseudo("region"), ...(source ? [literal(ctx.sourceRegion!)] : [])];
  main.resource("ClientSwitchReadPolicy", "AWS::IAM::ManagedPolicy", {
    ManagedPolicyName: main.name("-kafka-client-switch-read"),
    Description: "Lets an application read where to connect (the /<name>/kafka/* SSM parameters).",
    PolicyDocument: main.policyDocument([readParametersStatement(regions)]),
  });
  main.resource("StandbyClientPolicy", "AWS::IAM::ManagedPolicy", {
    ManagedPolicyName: main.name("-kafka-standby-client"),
    Description: "What an application needs on the standby cluster (IAM access control) after a failover.",
    PolicyDocument: main.policyDocument(standbyClientStatements(ctx)),
  });
  main.output(
    "ClientSwitchReadPolicyArn",
    "Managed policy to attach to application roles: read the /<name>/kafka/* parameters.",
    Ref("ClientSwitchReadPolicy"),
  );
  main.output(
    "StandbyClientPolicyArn",
    "Managed policy to attach to application roles: produce and consume on the standby cluster.",
    Ref("StandbyClientPolicy"),
  );
}
