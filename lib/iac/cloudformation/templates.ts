// CloudFormation: one YAML template per Region the option touches (a stack lives in one Region).
// Usually that is `template.yaml` alone; cross-Region replication adds `source-region.yaml` (the
// source cluster's policy and the reverse replicator), and a backup bucket in another Region adds
// `backup-bucket.yaml`. Every logical ID the architecture's nodes list (IAC_NAMES) is declared.
import type { IacContext } from "../model/context";
import type { BundleFile } from "../model/files";
import { hasClientSwitch } from "../model/client-switch";
import { clientSwitch } from "./client-switch";
import { mirrorMaker2 } from "./mirrormaker2";
import { multiAz } from "./multi-az";
import { replicator } from "./replicator";
import { s3Backup } from "./s3-backup";

/** Renders the CloudFormation template(s) for the architecture's option. */
export function renderCloudFormation(ctx: IacContext): BundleFile[] {
  const templates =
    ctx.arch.option === "msk-replicator"
      ? replicator(ctx)
      : ctx.arch.option === "mirrormaker2"
        ? mirrorMaker2(ctx)
        : ctx.arch.option === "s3-backup"
          ? s3Backup(ctx)
          : multiAz(ctx);
  if (hasClientSwitch(ctx)) clientSwitch(templates);
  return templates.map((t) => ({ path: t.file, content: t.render(), language: "yaml" as const }));
}
