import { renderCloudFormation } from "./cloudformation";
import type { IacContext } from "./model/context";
import type { BundleFile } from "./model/files";
import { renderMirrorMaker2Properties } from "./model/mirrormaker2";
import { terraformRoot } from "./model/placement";
import { renderTerraform } from "./terraform";

/**
 * The code files of one option in one format, without the README, runbook or decision record:
 * the Terraform root module(s) or the CloudFormation template(s), and the MirrorMaker 2 properties
 * where that option runs MirrorMaker 2.
 */
export function renderCodeFiles(ctx: IacContext): BundleFile[] {
  const files = ctx.opts.format === "terraform" ? renderTerraform(ctx) : renderCloudFormation(ctx);
  // Terraform's task definition reads the file from its own root's folder (path.module).
  const dir = ctx.opts.format === "terraform" ? terraformRoot(ctx.arch, "main").dir : "";
  if (ctx.arch.option === "mirrormaker2")
    files.push({
      path: dir ? `${dir}/mirrormaker2.properties` : "mirrormaker2.properties",
      content: renderMirrorMaker2Properties(ctx),
      language: "properties",
    });
  return files;
}
