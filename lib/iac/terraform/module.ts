// Terraform: a small root module (versions.tf, variables.tf, main.tf, outputs.tf) for one option of
// the architecture. Every name the architecture's nodes list (IAC_NAMES) is declared here.
import { attr, block, comment, printHcl, raw, tpl, type HclItem, type HclValue } from "../hcl";
import { headerLines, type IacContext } from "../model/context";
import type { BundleFile } from "../model/files";
import { inputsFor, type InputDef } from "../model/inputs";
import { AWS_PROVIDER_CONSTRAINT } from "../model/provider";
import { TerraformBuilder, printValue } from "./builder";
import { terraformRoot, terraformRoots, type TerraformRoot } from "../model/placement";
import { hasClientSwitch } from "../model/client-switch";
import { clientSwitch } from "./client-switch";
import { mirrorMaker2 } from "./mirrormaker2";
import { multiAz } from "./multi-az";
import { replicator } from "./replicator";
import { s3Backup } from "./s3-backup";

function variables(ctx: IacContext, defs: InputDef[]): HclItem[] {
  return defs.map((d) => {
    const type = d.type === "list" ? raw("list(string)") : raw(d.type === "bool" ? "bool" : d.type);
    const validations: HclItem[] = [];
    const v = raw(`var.${d.key}`);
    if (d.pattern && d.type === "string") {
      validations.push(
        block(
          "validation",
          [],
          [
            attr("condition", raw(`can(regex(${tpl(d.pattern).code}, var.${d.key}))`)),
            attr("error_message", `${d.key} must be ${d.patternHint ?? `a value matching ${d.pattern}`}.`),
          ],
        ),
      );
    }
    if (d.type === "list") {
      const bounds = [
        d.minItems !== undefined ? `length(var.${d.key}) >= ${d.minItems}` : "",
        d.maxItems !== undefined ? `length(var.${d.key}) <= ${d.maxItems}` : "",
      ].filter(Boolean);
      const each = d.pattern ? `alltrue([for v in var.${d.key} : can(regex(${tpl(d.pattern).code}, v))])` : "";
      const cond = [...bounds, each].filter(Boolean).join(" && ");
      if (cond) {
        const count =
          d.minItems === d.maxItems ? `${d.minItems}` : `${d.minItems ?? 0}–${d.maxItems ?? "any number of"}`;
        validations.push(
          block(
            "validation",
            [],
            [
              attr("condition", raw(cond)),
              attr("error_message", `${d.key} must hold ${count} ${d.patternHint ?? "values"}.`),
            ],
          ),
        );
      }
    }
    if (d.type === "number" && d.min !== undefined) {
      validations.push(
        block(
          "validation",
          [],
          [
            attr("condition", raw(`${v.code} >= ${d.min} && floor(${v.code}) == ${v.code}`)),
            attr("error_message", `${d.key} must be a whole number of at least ${d.min}.`),
          ],
        ),
      );
    }
    void ctx;
    return block(
      "variable",
      [d.key],
      [
        attr("description", d.description),
        attr("type", type),
        d.default !== undefined && attr("default", d.default as HclValue),
        ...validations,
      ],
    );
  });
}

/** Renders the Terraform module files (without the MirrorMaker 2 properties or the README): one root, or one per Region. */
export function renderTerraform(ctx: IacContext): BundleFile[] {
  const tf = new TerraformBuilder(ctx);
  if (ctx.arch.option === "msk-replicator") replicator(tf);
  else if (ctx.arch.option === "mirrormaker2") mirrorMaker2(tf);
  else if (ctx.arch.option === "s3-backup") s3Backup(tf);
  else multiAz(tf);
  if (hasClientSwitch(ctx)) clientSwitch(tf);
  if (!tf.split) return renderRoot(tf, terraformRoot(ctx.arch, "main"), tf.main, tf.outputs);
  return terraformRoots(ctx.arch).flatMap((root) => {
    const mine = (i: HclItem) => (tf.placementOf(i) === "source") === (root.placement === "source");
    return renderRoot(tf, root, tf.main.filter(mine), tf.outputs.filter(mine));
  });
}

/** The four files of one root module; a root of its own declares only the inputs it reads. */
function renderRoot(tf: TerraformBuilder, root: TerraformRoot, main: HclItem[], outputs: HclItem[]): BundleFile[] {
  const ctx = tf.ctx;
  const header = (what: string) =>
    headerLines(ctx, tf.split ? `${what} (${root.dir}: ${root.region})` : what).map((l) => comment(l));
  const tags: HclValue = Object.fromEntries(
    Object.entries(ctx.arch.tags).map(([k, v]) => [k, k === "Application" ? raw("var.name") : v]),
  );
  const defaultTags = block("default_tags", [], [attr("tags", raw("local.tags"))]);
  // A root of its own has one provider: its Region's (the primary's root reads its Region from source_region).
  const providers: HclItem[] = [
    block(
      "provider",
      ["aws"],
      [attr("region", raw(root.placement === "source" ? "var.source_region" : "var.region")), defaultTags],
    ),
  ];
  if (tf.regions.has("source") && !tf.split)
    providers.push(
      block("provider", ["aws"], [attr("alias", "source"), attr("region", raw("var.source_region")), defaultTags]),
    );
  if (tf.regions.has("backup") && root.placement === "main")
    providers.push(
      block("provider", ["aws"], [attr("alias", "backup"), attr("region", raw("var.backup_region")), defaultTags]),
    );
  const common = [
    block("data", ["aws_partition", "current"], []),
    block("data", ["aws_caller_identity", "current"], []),
    block("data", ["aws_region", "current"], []),
  ];

  const versions = printHcl([
    ...header("Terraform and provider versions"),
    block(
      "terraform",
      [],
      [
        attr("required_version", ">= 1.6.0"),
        block("required_providers", [], [attr("aws", { source: "hashicorp/aws", version: AWS_PROVIDER_CONSTRAINT })]),
      ],
    ),
    ...providers,
    block(
      "locals",
      [],
      [
        comment("Every resource carries these tags (provider default_tags)."),
        attr("tags", raw(`merge(${printValue(tags)}, var.tags)`)),
      ],
    ),
  ]);
  const mainTf = printHcl([...header("Resources"), ...common, ...main]);
  const outputsTf = printHcl([...header("Outputs"), ...outputs]);
  const reads = (key: string) => new RegExp(`\\bvar\\.${key}\\b`).test(versions + mainTf + outputsTf);
  const defs = inputsFor(ctx).filter((d) =>
    tf.split ? reads(d.key) : d.key !== "backup_region" || tf.regions.has("backup"),
  );
  const variablesTf = printHcl([
    ...header("Inputs"),
    ...variables(ctx, defs),
    block(
      "variable",
      ["tags"],
      [attr("description", "Extra tags for every resource."), attr("type", raw("map(string)")), attr("default", {})],
    ),
  ]);
  const at = (file: string) => (root.dir ? `${root.dir}/${file}` : file);
  return [
    { path: at("versions.tf"), content: versions, language: "hcl" },
    { path: at("variables.tf"), content: variablesTf, language: "hcl" },
    { path: at("main.tf"), content: mainTf, language: "hcl" },
    { path: at("outputs.tf"), content: outputsTf, language: "hcl" },
  ];
}
