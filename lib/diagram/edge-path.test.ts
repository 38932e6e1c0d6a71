import { Position, getBezierPath, getSmoothStepPath } from "@xyflow/system";
import { describe, expect, it } from "vitest";
import { planFor } from "@/test/fixtures/plans";
import { HOST_ANCHOR_Y, ROUTE, anchor, edgeGeometry, isRouted, pathBottom, pathPoints } from "./edge-path";
import { layoutArchitecture, type LaidOutNode, type Side } from "./layout";

const box = { id: "n", node: {} as LaidOutNode["node"], x: 100, y: 50, width: 240, height: 68 } satisfies LaidOutNode;

describe("anchor", () => {
  it("is the middle of each side, and a host's sides at its header", () => {
    expect(anchor(box, "top", false)).toEqual({ x: 220, y: 50 });
    expect(anchor(box, "bottom", false)).toEqual({ x: 220, y: 118 });
    expect(anchor(box, "left", false)).toEqual({ x: 100, y: 84 });
    expect(anchor(box, "right", false)).toEqual({ x: 340, y: 84 });
    const host = { ...box, height: 300 };
    expect(anchor(host, "left", true)).toEqual({ x: 100, y: 50 + HOST_ANCHOR_Y });
    expect(anchor(host, "right", true)).toEqual({ x: 340, y: 50 + HOST_ANCHOR_Y });
    expect(anchor(host, "bottom", true)).toEqual({ x: 220, y: 350 });
  });
});

describe("edgeGeometry", () => {
  it("is React Flow's bezier between different sides", () => {
    const [path, labelX, labelY] = getBezierPath({
      sourceX: 10,
      sourceY: 20,
      sourcePosition: Position.Right,
      targetX: 300,
      targetY: 120,
      targetPosition: Position.Left,
    });
    expect(edgeGeometry({ x: 10, y: 20 }, "right", { x: 300, y: 120 }, "left")).toEqual({ path, labelX, labelY });
    expect(path).toBe("M10,20 C155,20 155,120 300,120");
  });

  it("runs around the nodes, React Flow's smooth step, out of and back into the same side", () => {
    const g = edgeGeometry({ x: 160, y: 268 }, "bottom", { x: 980, y: 268 }, "bottom");
    const [path] = getSmoothStepPath({
      sourceX: 160,
      sourceY: 268,
      sourcePosition: Position.Bottom,
      targetX: 980,
      targetY: 268,
      targetPosition: Position.Bottom,
      ...ROUTE,
    });
    expect(g.path).toBe(path);
    expect(pathBottom(g.path)).toBe(268 + ROUTE.offset);
    expect(g).toMatchObject({ labelX: 570, labelY: 268 + ROUTE.offset });
    const right = edgeGeometry({ x: 300, y: 40 }, "right", { x: 340, y: 200 }, "right");
    expect(Math.max(...pathPoints(right.path).map((p) => p.x))).toBe(340 + ROUTE.offset);
  });

  it("starts and ends at the anchors of every drawn flow of the golden plans", () => {
    for (const query of ["?name=orders-dr", "?accounts=cross", "?primary=eu-west-1&secondary=eu-west-1&rpo=0&rto=5"]) {
      const { arch } = planFor(query);
      const layout = layoutArchitecture(arch, "failover");
      const at = new Map(layout.nodes.map((l) => [l.id, l]));
      const hosts = new Set(layout.nodes.flatMap((l) => (l.host ? [l.host] : [])));
      for (const f of layout.flows.filter((x) => x.drawn)) {
        const s = anchor(at.get(f.flow.from)!, f.sourceSide, hosts.has(f.flow.from));
        const t = anchor(at.get(f.flow.to)!, f.targetSide, hosts.has(f.flow.to));
        const points = pathPoints(edgeGeometry(s, f.sourceSide, t, f.targetSide).path);
        expect(points[0]).toEqual(s);
        expect(points.at(-1)).toEqual(t);
      }
    }
  });
});

describe("isRouted", () => {
  it("routes a flow only when it leaves and enters the same side", () => {
    const sides: Side[] = ["top", "right", "bottom", "left"];
    for (const a of sides) for (const b of sides) expect(isRouted({ sourceSide: a, targetSide: b })).toBe(a === b);
  });
});

describe("pathPoints", () => {
  it("reads the points of both path spellings React Flow writes", () => {
    expect(pathPoints("M0,0 C50,0 50,50 100,50")).toEqual([
      { x: 0, y: 0 },
      { x: 50, y: 0 },
      { x: 50, y: 50 },
      { x: 100, y: 50 },
    ]);
    expect(pathPoints("M0 100L 0,116Q 0,128 12,128L-4.5 7")).toEqual([
      { x: 0, y: 100 },
      { x: 0, y: 116 },
      { x: 0, y: 128 },
      { x: 12, y: 128 },
      { x: -4.5, y: 7 },
    ]);
  });
});
