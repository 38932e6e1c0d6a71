import { renderCloudFormation } from "./cloudformation";
import type { IacContext } from "./model/context";
import type { BundleFile } from "./model/files";
import { renderMirrorMaker2Properties } from "./model/mirrormaker2";
import { renderTerraform } from "./terraform";

/**
 * The code files of one option in one format, without the README, runbook or decision record:
 * the Terraform module or the CloudFormation template(s), and the MirrorMaker 2 properties where
 * that option runs MirrorMaker 2.
 */
export function renderCodeFiles(ctx: IacContext): BundleFile[] {
  const files = ctx.opts.format === "terraform" ? renderTerraform(ctx) : renderCloudFormation(ctx);
  if (ctx.arch.option === "mirrormaker2")
    files.push({ path: "mirrormaker2.properties", content: renderMirrorMaker2Properties(ctx), language: "properties" });
  return files;
}
