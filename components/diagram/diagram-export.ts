/**
 * The diagram registers an exporter while it is mounted, so that other panels (the decision
 * record download) can embed the current diagram as SVG without importing React Flow.
 */
let exporter: (() => Promise<string>) | undefined;

export function registerDiagramSvgExporter(fn: (() => Promise<string>) | undefined): void {
  exporter = fn;
}

/** The current diagram as an SVG document, or undefined when no diagram is mounted. */
export async function getDiagramSvg(): Promise<string | undefined> {
  return exporter ? exporter() : undefined;
}
