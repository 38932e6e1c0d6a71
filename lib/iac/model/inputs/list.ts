// The inputs of one option, in a stable order. Existing clusters, networks and secrets are always
// inputs: the generated code never guesses an identifier and never holds a secret.
import type { IacContext } from "../context";
import type { Placement } from "../placement";
import { PATTERNS, type InputDef } from "./definitions";
import { PRIMARY_BROKERS_INPUT, clientSwitchPlacements, hasClientSwitch } from "../client-switch";
import { mirrorMaker2Inputs } from "./mirrormaker2";
import { multiAzInputs } from "./multi-az";
import { replicatorInputs } from "./replicator";
import { s3BackupInputs } from "./s3-backup";

export function inputsFor(ctx: IacContext): InputDef[] {
  const a = ctx.arch;
  const out: InputDef[] = [];
  const add = (d: InputDef) => {
    const existing = out.find((x) => x.key === d.key);
    if (existing)
      existing.placements = [...new Set([...(existing.placements ?? ["main"]), ...(d.placements ?? ["main"])])];
    else out.push(d);
  };
  const all: Placement[] = ["main", "source", "backup"];
  add({
    key: "name",
    cfn: "Name",
    description: "Base name of every resource (lowercase letters, digits and hyphens; starts with a letter).",
    type: "string",
    default: a.name,
    pattern: PATTERNS.name,
    patternHint: "1–31 characters: a lowercase letter, then lowercase letters, digits or hyphens",
    placements: all,
  });
  add({
    key: "region",
    cfn: "",
    description: "AWS Region to deploy to.",
    type: "string",
    default: ctx.region,
    pattern: PATTERNS.region,
    patternHint: "an AWS Region code such as us-east-1",
  });

  switch (a.option) {
    case "msk-replicator":
      replicatorInputs(ctx, add);
      break;
    case "mirrormaker2":
      mirrorMaker2Inputs(ctx, add);
      break;
    case "s3-backup":
      s3BackupInputs(ctx, add);
      break;
    case "multi-az":
      multiAzInputs(ctx, add);
      break;
  }
  // The primary's copy of the clients' switch is created in the primary cluster's Region.
  if (
    hasClientSwitch(ctx) &&
    clientSwitchPlacements(ctx).includes("source") &&
    !out.some((d) => d.key === "source_region")
  )
    add({
      key: "source_region",
      cfn: "",
      description:
        "AWS Region of the primary (source) cluster, where the primary's copy of the clients' switch is created.",
      type: "string",
      default: ctx.sourceRegion,
      pattern: PATTERNS.region,
      patternHint: "an AWS Region code such as us-east-1",
    });
  if (hasClientSwitch(ctx))
    add({
      key: PRIMARY_BROKERS_INPUT.key,
      cfn: PRIMARY_BROKERS_INPUT.cfn,
      description:
        "Bootstrap brokers of the primary cluster for your applications' authentication: the first value of the /<name>/kafka/bootstrap-brokers parameter clients read (the runbook flips it on failover).",
      type: "string",
      pattern: "^[^\\s,]+(,[^\\s,]+)*$",
      patternHint: "host:port pairs separated by commas",
      placements: ["main", "source"],
    });
  return out;
}
