import type { Architecture } from "@/lib/architecture";
import { renderDecisionRecord } from "@/lib/decision-record";
import { renderRunbook } from "@/lib/runbook";
import type { Plan } from "@/lib/scoring";
import { renderCloudFormation } from "./cloudformation";
import { renderMirrorMaker2Properties } from "./mirrormaker2";
import { renderReadme } from "./readme";
import { makeCtx, type BundleFile, type GenerateOptions } from "./shared";
import { renderTerraform } from "./terraform";

export type { BundleFile, FileLanguage, GenerateOptions, IacFormat } from "./shared";
export { AWS_PROVIDER_CONSTRAINT } from "./terraform";

export interface Bundle {
  files: BundleFile[];
}

export interface BundleOptions extends GenerateOptions {
  /** The diagram as SVG, embedded in the decision record (browser downloads). */
  diagramSvg?: string;
}

/**
 * Everything a team needs to apply one option of the plan, in one format: the Terraform module or
 * the CloudFormation template(s), the MirrorMaker 2 properties where it applies, a README on how to
 * apply it, the runbook and the decision record. Deterministic, in a stable order.
 */
export function generateBundle(plan: Plan, arch: Architecture, options: BundleOptions): Bundle {
  const ctx = makeCtx(plan, arch, options);
  const code = options.format === "terraform" ? renderTerraform(ctx) : renderCloudFormation(ctx);
  const files: BundleFile[] = [...code];
  if (arch.mirrorMaker2) files.push({ path: "mirrormaker2.properties", content: renderMirrorMaker2Properties(ctx), language: "properties" });
  files.push({ path: "README.md", content: renderReadme(ctx, files), language: "markdown" });
  files.push({ path: "RUNBOOK.md", content: renderRunbook(plan, arch), language: "markdown" });
  files.push({ path: "DECISION-RECORD.md", content: renderDecisionRecord(plan, arch, options.diagramSvg !== undefined ? { diagramSvg: options.diagramSvg } : {}), language: "markdown" });
  return { files };
}
