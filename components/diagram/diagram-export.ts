import type { Architecture } from "@/lib/architecture";

/**
 * The architecture diagram for documents (the decision record in the "Download all" zip).
 *
 * It is drawn from the architecture it is given, not captured from the diagram on the page: the
 * page's diagram has its own option picker (and a failover view, and the reader's theme), and the
 * zip must show the option whose code and record it holds. The drawing is a plain, self-contained
 * SVG (lib/decision-record/diagram-svg), so it needs neither React Flow nor a mounted diagram, and
 * it loads only when asked for.
 */
export async function getDiagramSvg(arch: Architecture): Promise<string> {
  const { renderArchitectureSvg } = await import("@/lib/decision-record/diagram-svg");
  return renderArchitectureSvg(arch, "steady");
}
