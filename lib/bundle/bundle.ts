// The deliverable bundle: what a team needs to apply one option of the plan, composed from every
// renderer (IaC, runbook, decision record). It sits above the renderers so that none of them
// imports another.
import type { Architecture } from "@/lib/architecture";
import { DIAGRAM_FILE, renderDecisionRecord } from "@/lib/decision-record";
import { makeIacContext, renderCodeFiles, renderReadme, type BundleFile, type GenerateOptions } from "@/lib/iac";
import { renderRunbook } from "@/lib/runbook";
import type { Plan } from "@/lib/scoring";

/** A file of the bundle that is not text to read in a code tab: the architecture diagram. */
export interface BundleImage {
  path: string;
  content: string;
  mediaType: "image/svg+xml";
}

export interface Bundle {
  /** The text files, in a stable order: what the tabs show and what the README lists first. */
  files: BundleFile[];
  /** Images written beside them: `architecture.svg` when a diagram was given. */
  images: BundleImage[];
}

export interface BundleOptions extends GenerateOptions {
  /**
   * The architecture diagram of this very option as a self-contained SVG document (browser
   * downloads). It is written as `architecture.svg` beside the decision record, which shows it by
   * that relative path: GitHub and GitLab display a relative image, not a `data:` one.
   */
  diagramSvg?: string;
  /** Why no diagram could be drawn (when diagramSvg is not given): the decision record says it is missing. */
  diagramMissing?: string;
}

/**
 * Everything a team needs to apply one option of the plan, in one format: the Terraform module or
 * the CloudFormation template(s), the MirrorMaker 2 properties where it applies, a README on how to
 * apply it, the runbook, the decision record and, when given, the diagram. Deterministic, in a
 * stable order.
 */
export function generateBundle(plan: Plan, arch: Architecture, options: BundleOptions): Bundle {
  const ctx = makeIacContext(plan, arch, options);
  const files: BundleFile[] = renderCodeFiles(ctx);
  const images: BundleImage[] =
    options.diagramSvg !== undefined
      ? [{ path: DIAGRAM_FILE, content: options.diagramSvg, mediaType: "image/svg+xml" }]
      : [];
  files.push({
    path: "README.md",
    content: renderReadme(
      ctx,
      files,
      images.map((i) => i.path),
    ),
    language: "markdown",
  });
  files.push({ path: "RUNBOOK.md", content: renderRunbook(plan, arch), language: "markdown" });
  const diagram = images.length
    ? { diagramPath: DIAGRAM_FILE }
    : options.diagramMissing !== undefined
      ? { diagramMissing: options.diagramMissing }
      : {};
  files.push({ path: "DECISION-RECORD.md", content: renderDecisionRecord(plan, arch, diagram), language: "markdown" });
  return { files, images };
}
