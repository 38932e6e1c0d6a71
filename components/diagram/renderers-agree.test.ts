import { type Position, ReactFlowProvider, type EdgeProps, type NodeProps } from "@xyflow/react";
import fc from "fast-check";
import { createElement, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { buildArchitecture, type Architecture } from "@/lib/architecture";
import { renderArchitectureSvg, roundPath } from "@/lib/decision-record/diagram-svg";
import {
  HOST_ANCHOR_Y,
  LINE_DASH,
  layoutArchitecture,
  legendEntries,
  type DiagramView,
  type Side,
} from "@/lib/diagram";
import { OPTION_IDS } from "@/lib/knowledge";
import { buildPlan } from "@/lib/scoring";
import { GOLDEN_CASES, planFor } from "@/test/fixtures/plans";
import { arbitraryAnswers } from "@/test/helpers/answers";
import { DiagramLegend } from "./diagram-legend";
import { AreaNodeView, FlowEdgeView, ServiceNodeView } from "./diagram-nodes";
import { toReactFlow, type AreaNode, type DiagramNode, type FlowEdge, type ServiceNode } from "./to-react-flow";

// The page's diagram (React Flow, light theme) and the SVG document must draw one picture: the
// same legend, the same colours for each kind of box, card and flow, and the same edge paths.
// Both are rendered here for real: the SVG text, and the adapter's React views as static markup.

const unescape = (s: string) =>
  s.replace(
    /&(amp|lt|gt|quot|apos|#x27|#39);/g,
    (_, e: string) => ({ amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", "#x27": "'", "#39": "'" })[e]!,
  );
const attr = (attrs: string, name: string) => attrs.match(new RegExp(`(?:^|\\s)${name}="([^"]*)"`))?.[1];
const css = (style: string | undefined, prop: string) =>
  style
    ?.split(";")
    .find((d) => d.startsWith(`${prop}:`))
    ?.slice(prop.length + 1);
const section = (svg: string, id: string) => svg.match(new RegExp(`<g id="${id}">(.*?)</g>\\n`, "s"))?.[1] ?? "";
const html = (element: ReactElement) => renderToStaticMarkup(createElement(ReactFlowProvider, null, element));

interface Drawn {
  legend: { shape: string; stroke?: string; dash?: string; words: string }[];
  groups: { fill?: string; stroke?: string; dash?: string; ink?: string }[];
  cards: { fill?: string; stroke?: string; tile?: string; ink?: string }[];
  edges: { d?: string; stroke?: string }[];
}

function fromSvg(svg: string): Drawn {
  const legend = [...section(svg, "legend").matchAll(/<(line|rect)([^>]*)\/><text[^>]*>([^<]*)<\/text>/g)].map(
    ([, shape, a, words]) => ({
      shape: shape!,
      stroke: attr(a!, "stroke"),
      dash: attr(a!, "stroke-dasharray"),
      words: unescape(words!),
    }),
  );
  const groups = [...section(svg, "groups").matchAll(/<g><rect([^>]*)\/><g([^>]*)>/g)].map(([, rect, icon]) => ({
    fill: attr(rect!, "fill"),
    stroke: attr(rect!, "stroke"),
    dash: attr(rect!, "stroke-dasharray"),
    ink: attr(icon!, "stroke"),
  }));
  const cards = [
    ...section(svg, "components").matchAll(/<g><title>[^<]*<\/title><rect([^>]*)\/><rect([^>]*)\/><g([^>]*)>/g),
  ].map(([, card, tile, icon]) => ({
    fill: attr(card!, "fill"),
    stroke: attr(card!, "stroke"),
    tile: attr(tile!, "fill"),
    ink: attr(icon!, "stroke"),
  }));
  const edges = [...section(svg, "flows").matchAll(/<path([^>]*)>/g)].map(([, a]) => ({
    d: attr(a!, "d"),
    stroke: attr(a!, "stroke"),
  }));
  return { legend, groups, cards, edges };
}

/** Where React Flow puts a handle of a node: the middle of the side (a host's sides at HOST_ANCHOR_Y, set on its handles). */
function handlePoint(node: DiagramNode, handle: string): { x: number; y: number; position: Position } {
  const side = handle.split("-")[0] as Side;
  const { x, y } = node.position;
  const w = node.width!;
  const h = node.height!;
  const midY = node.type === "service" && node.data.host ? y + HOST_ANCHOR_Y : y + h / 2;
  const at = {
    top: { x: x + w / 2, y },
    bottom: { x: x + w / 2, y: y + h },
    left: { x, y: midY },
    right: { x: x + w, y: midY },
  }[side];
  return { ...at, position: side as Position };
}

function fromAdapter(arch: Architecture, view: DiagramView): Drawn {
  const layout = layoutArchitecture(arch, view);
  const { nodes, edges } = toReactFlow(arch, layout, undefined, "light");
  const legend = [
    ...html(createElement(DiagramLegend, { entries: legendEntries(arch, layout), theme: "light" })).matchAll(
      /<li[^>]*><svg[^>]*><(line|rect)([^>]*)><\/\1><\/svg><span[^>]*>([^<]*)<\/span><\/li>/g,
    ),
  ].map(([, shape, a, words]) => ({
    shape: shape!,
    stroke: attr(a!, "stroke"),
    dash: attr(a!, "stroke-dasharray"),
    words: unescape(words!),
  }));
  const groups = nodes
    .filter((n): n is AreaNode => n.type === "area")
    .map((n) => {
      const out = html(createElement(AreaNodeView, n as unknown as NodeProps<AreaNode>));
      const box = out.match(/^<div[^>]* style="([^"]*)"/)?.[1];
      const line = css(box, "border-style") as keyof typeof LINE_DASH;
      return {
        fill: css(box, "background"),
        stroke: css(box, "border-color"),
        dash: LINE_DASH[line],
        ink: css(out.match(/<span style="([^"]*)"><svg/)?.[1], "color"),
      };
    });
  const cards = nodes
    .filter((n): n is ServiceNode => n.type === "service")
    .map((n) => {
      const out = html(createElement(ServiceNodeView, n as unknown as NodeProps<ServiceNode>));
      const card = out.match(/^<div[^>]* style="([^"]*)"/)?.[1];
      const tile = out.match(/<span class="grid[^"]*" style="([^"]*)">/)?.[1];
      return {
        fill: css(card, "background"),
        stroke: css(card, "border-color"),
        tile: css(tile, "background"),
        ink: css(tile, "color"),
      };
    });
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const drawnEdges = edges.map((e: FlowEdge) => {
    const s = handlePoint(byId.get(e.source)!, e.sourceHandle!);
    const t = handlePoint(byId.get(e.target)!, e.targetHandle!);
    const props = {
      ...e,
      sourceX: s.x,
      sourceY: s.y,
      sourcePosition: s.position,
      targetX: t.x,
      targetY: t.y,
      targetPosition: t.position,
    } as unknown as EdgeProps<FlowEdge>;
    const path =
      html(createElement(FlowEdgeView, props)).match(/<path([^>]*class="react-flow__edge-path"[^>]*)>/)?.[1] ?? "";
    const d = attr(path, "d");
    return { d: d && roundPath(d), stroke: css(attr(path, "style"), "stroke") };
  });
  return { legend, groups, cards, edges: drawnEdges };
}

function expectSamePicture(arch: Architecture, view: DiagramView) {
  const svg = fromSvg(renderArchitectureSvg(arch, view));
  const page = fromAdapter(arch, view);
  const layout = layoutArchitecture(arch, view);
  // Nothing lost by the parsing on either side.
  expect(svg.groups).toHaveLength(layout.groups.length);
  expect(svg.cards).toHaveLength(layout.nodes.length);
  expect(svg.edges).toHaveLength(layout.flows.filter((f) => f.drawn).length);
  expect(svg.legend.length).toBeGreaterThan(0);
  expect(page).toEqual(svg);
}

describe("the page's diagram and the SVG document agree", () => {
  it.each(GOLDEN_CASES.flatMap(({ id, query }) => OPTION_IDS.map((option) => ({ id, query, option }))))(
    "$id as $option, both views",
    ({ query, option }) => {
      const { arch } = planFor(query, option);
      expectSamePicture(arch, "steady");
      expectSamePicture(arch, "failover");
    },
  );

  it("for any answers, option and view", () => {
    fc.assert(
      fc.property(
        arbitraryAnswers,
        fc.constantFrom(...OPTION_IDS),
        fc.constantFrom<DiagramView>("steady", "failover"),
        (answers, option, view) => expectSamePicture(buildArchitecture(buildPlan(answers), option), view),
      ),
      { numRuns: 60 },
    );
  });
});
