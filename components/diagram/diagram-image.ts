import { getNodesBounds, getViewportForBounds, type Node } from "@xyflow/react";
import { toPng, toSvg } from "html-to-image";

/**
 * Renders the diagram's viewport, cropped to the graph, as React Flow's download-image example
 * does: the bounds of every node, a viewport that fits them at 1:1, and html-to-image on
 * `.react-flow__viewport` (which holds the nodes, edges and edge labels, not the controls).
 */
const PADDING = 24;

function options(container: HTMLElement, nodes: Node[]) {
  const viewportEl = container.querySelector<HTMLElement>(".react-flow__viewport");
  if (!viewportEl) throw new Error("The diagram is not rendered.");
  const bounds = getNodesBounds(nodes);
  const width = Math.ceil(bounds.width + 2 * PADDING);
  const height = Math.ceil(bounds.height + 2 * PADDING);
  // Zoom 1, the bounds centred: the padding falls on every side.
  const viewport = getViewportForBounds(bounds, width, height, 1, 1, 0);
  const background = getComputedStyle(document.documentElement).getPropertyValue("--bg").trim() || "#ffffff";
  return {
    viewportEl,
    opts: {
      backgroundColor: background,
      width,
      height,
      style: {
        width: `${width}px`,
        height: `${height}px`,
        transform: `translate(${viewport.x}px, ${viewport.y}px) scale(${viewport.zoom})`,
      },
    },
  };
}

export async function diagramPng(container: HTMLElement, nodes: Node[]): Promise<string> {
  const { viewportEl, opts } = options(container, nodes);
  return toPng(viewportEl, { ...opts, pixelRatio: 2 });
}

/** The diagram as an SVG document (text starting with "<svg"). */
export async function diagramSvg(container: HTMLElement, nodes: Node[]): Promise<string> {
  const { viewportEl, opts } = options(container, nodes);
  const url = await toSvg(viewportEl, opts);
  const comma = url.indexOf(",");
  return decodeURIComponent(url.slice(comma + 1));
}

export function download(fileName: string, href: string): void {
  const a = document.createElement("a");
  a.href = href;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
}

export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  download(fileName, url);
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
