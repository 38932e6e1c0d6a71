import { Position, getBezierPath, getSmoothStepPath } from "@xyflow/system";
import type { LaidOutFlow, LaidOutNode, Side } from "./layout";

// Where an edge runs, for both renderers, with React Flow's own path functions: the page's edges
// (components/diagram) are React Flow edges, and the SVG document draws the same curves.

export interface Point {
  x: number;
  y: number;
}

/** A MirrorMaker 2 host takes its side edges at its header (this far below its top), not behind a connector. */
export const HOST_ANCHOR_Y = 30;

/** A flow that leaves and enters the same side runs around its nodes: this far out, with corners this round. */
export const ROUTE = { offset: 28, borderRadius: 12 } as const;

const POSITION: Record<Side, Position> = {
  top: Position.Top,
  right: Position.Right,
  bottom: Position.Bottom,
  left: Position.Left,
};

/** Where an edge leaves or enters a node: the middle of a side (a host's sides: at its header). */
export function anchor(l: LaidOutNode, side: Side, host: boolean): Point {
  const midY = host ? l.y + HOST_ANCHOR_Y : l.y + l.height / 2;
  switch (side) {
    case "top":
      return { x: l.x + l.width / 2, y: l.y };
    case "bottom":
      return { x: l.x + l.width / 2, y: l.y + l.height };
    case "left":
      return { x: l.x, y: midY };
    case "right":
      return { x: l.x + l.width, y: midY };
  }
}

/** Whether a flow is routed around its nodes (a smooth step) rather than drawn as a curve (a bezier). */
export function isRouted(flow: Pick<LaidOutFlow, "sourceSide" | "targetSide">): boolean {
  return flow.sourceSide === flow.targetSide;
}

export interface EdgeGeometry {
  /** SVG path data, as React Flow writes it. */
  path: string;
  /** Where the edge's label is centred. */
  labelX: number;
  labelY: number;
}

/**
 * The path of an edge between two anchors: a smooth step out of and back into the same side
 * (`getSmoothStepPath` with {@link ROUTE}), otherwise React Flow's default bezier (`getBezierPath`).
 */
export function edgeGeometry(source: Point, sourceSide: Side, target: Point, targetSide: Side): EdgeGeometry {
  const params = {
    sourceX: source.x,
    sourceY: source.y,
    sourcePosition: POSITION[sourceSide],
    targetX: target.x,
    targetY: target.y,
    targetPosition: POSITION[targetSide],
  };
  const [path, labelX, labelY] = isRouted({ sourceSide, targetSide })
    ? getSmoothStepPath({ ...params, ...ROUTE })
    : getBezierPath(params);
  return { path, labelX, labelY };
}

/** The points a path is written with (ends, corners and control points), in order. */
export function pathPoints(path: string): Point[] {
  const numbers = (path.match(/-?\d+(?:\.\d+)?(?:e-?\d+)?/g) ?? []).map(Number);
  const points: Point[] = [];
  for (let i = 0; i + 1 < numbers.length; i += 2) points.push({ x: numbers[i]!, y: numbers[i + 1]! });
  return points;
}

/** A y the path never goes below: its curves stay inside the hull of the points it is written with. */
export function pathBottom(path: string): number {
  return Math.max(...pathPoints(path).map((p) => p.y));
}
