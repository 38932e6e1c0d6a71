import { MarkerType } from "@xyflow/react";
import { describe, expect, it } from "vitest";
import {
  cardStyle,
  edgeColour,
  edgeWidth,
  groupStyle,
  layoutArchitecture,
  nodeTint,
  type DiagramView,
  type Theme,
} from "@/lib/diagram";
import { planFor } from "@/test/fixtures/plans";
import { Z, handleId, toReactFlow, type AreaNode, type ServiceNode } from "./to-react-flow";

function adapt(query: string, view: DiagramView = "steady", theme: Theme = "light", openId?: string) {
  const { arch } = planFor(query);
  const layout = layoutArchitecture(arch, view);
  return { arch, layout, ...toReactFlow(arch, layout, openId, theme) };
}
const areas = (nodes: (AreaNode | ServiceNode)[]) => nodes.filter((n): n is AreaNode => n.type === "area");
const services = (nodes: (AreaNode | ServiceNode)[]) => nodes.filter((n): n is ServiceNode => n.type === "service");

describe("toReactFlow", () => {
  it("places every box and card where the layout puts them, boxes first, with absolute positions", () => {
    const { layout, nodes } = adapt("?v=1");
    expect(nodes.map((n) => n.id)).toEqual([
      ...layout.groups.map((g) => `group:${g.id}`),
      ...layout.nodes.map((l) => l.id),
    ]);
    for (const g of layout.groups)
      expect(nodes.find((n) => n.id === `group:${g.id}`)).toMatchObject({
        type: "area",
        position: { x: g.x, y: g.y },
        width: g.width,
        height: g.height,
        zIndex: Z.group + g.depth,
        focusable: false,
      });
    for (const l of layout.nodes)
      expect(nodes.find((n) => n.id === l.id)).toMatchObject({
        type: "service",
        position: { x: l.x, y: l.y },
        width: l.width,
        height: l.height,
        focusable: true,
      });
    expect(nodes.every((n) => n.parentId === undefined && n.draggable === false && n.selectable === false)).toBe(true);
  });

  it("names each card for assistive technology with its place, and stacks cards above edges and boxes", () => {
    const { nodes } = adapt("?v=1");
    const replicator = services(nodes).find((n) => n.data.node.kind === "msk-replicator")!;
    expect(replicator.ariaLabel).toMatch(
      /^MSK Replicator, kafka-dr-forward · us-west-2, in US West \(Oregon\) · us-west-2/,
    );
    for (const n of services(nodes)) expect(n.zIndex).toBeGreaterThan(Z.label);
    expect(Math.max(...areas(nodes).map((n) => n.zIndex!))).toBeLessThan(Z.edge);
  });

  it("marks the MirrorMaker 2 host and the connectors it holds, the host below them", () => {
    const { layout, nodes } = adapt("?accounts=cross", "steady");
    const hostIds = new Set(layout.nodes.flatMap((l) => (l.host ? [l.host] : [])));
    expect(hostIds.size).toBe(1);
    for (const n of services(nodes)) {
      const hosted = layout.nodes.find((l) => l.id === n.id)!.host !== undefined;
      expect(n.data.host).toBe(hostIds.has(n.id));
      expect(n.zIndex).toBe(hostIds.has(n.id) ? Z.host : hosted ? Z.hosted : Z.node);
    }
  });

  it("draws only the flows the layout draws, from the sides it chose, with their words", () => {
    const { layout, edges, arch } = adapt("?accounts=cross", "failover");
    const drawn = layout.flows.filter((f) => f.drawn);
    expect(drawn.length).toBeLessThan(layout.flows.length); // connector → host flows are shown by nesting
    expect(edges.map((e) => e.id)).toEqual(drawn.map((f) => f.id));
    for (const f of drawn) {
      const e = edges.find((x) => x.id === f.id)!;
      expect(e).toMatchObject({
        type: "flow",
        source: f.flow.from,
        target: f.flow.to,
        sourceHandle: handleId(f.sourceSide, "source"),
        targetHandle: handleId(f.targetSide, "target"),
        animated: f.flow.animated,
        zIndex: Z.edge,
        data: { flow: f.flow, sourceSide: f.sourceSide, targetSide: f.targetSide },
      });
      const from = arch.nodes.find((n) => n.id === f.flow.from)!.label;
      expect(e.ariaLabel).toMatch(new RegExp(`^${from.replace(/[()]/g, "\\$&")} to `));
    }
  });

  it("opens the one card asked for", () => {
    const { nodes } = adapt("?v=1", "steady", "light", "replicator-forward");
    expect(
      services(nodes)
        .filter((n) => n.data.open)
        .map((n) => n.id),
    ).toEqual(["replicator-forward"]);
    const none = adapt("?v=1", "steady", "light", "no-such-node");
    expect(services(none.nodes).some((n) => n.data.open)).toBe(false);
  });

  it("marks the cards that exist only after failover", () => {
    const steady = adapt("?v=1", "steady");
    const failover = adapt("?v=1", "failover");
    expect(services(steady.nodes).some((n) => n.data.failoverOnly)).toBe(false);
    const only = services(failover.nodes).filter((n) => n.data.failoverOnly);
    expect(only.length).toBeGreaterThan(0);
    expect(only.every((n) => n.data.node.phase === "failover")).toBe(true);
  });

  it.each<Theme>(["light", "dark"])("colours everything from the diagram core in the %s theme", (theme) => {
    const { nodes, edges } = adapt("?goal=compliance&offsets=no&rto=1440&accounts=cross", "failover", theme);
    for (const n of areas(nodes)) expect(n.data.style).toEqual(groupStyle(n.data.group, theme));
    for (const n of services(nodes)) {
      expect(n.data.tint).toEqual(nodeTint(n.data.node.kind, theme));
      expect(n.data.card).toEqual(cardStyle(n.data.host, theme));
    }
    for (const e of edges) {
      const kind = e.data!.flow.kind;
      expect(e.style).toEqual({ stroke: edgeColour(kind, theme), strokeWidth: edgeWidth(kind) });
      expect(e.markerEnd).toEqual({
        type: MarkerType.ArrowClosed,
        color: edgeColour(kind, theme),
        width: 18,
        height: 18,
      });
    }
  });
});
