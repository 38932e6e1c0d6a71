import { MarkerType, type Edge, type Node } from "@xyflow/react";
import type { ArchFlow, ArchGroup, ArchNode, Architecture } from "@/lib/architecture";
import {
  cardStyle,
  edgeColour,
  edgeWidth,
  groupStyle,
  nodeTint,
  type CardStyle,
  type DiagramLayout,
  type GroupStyle,
  type Side,
  type Theme,
  type Tint,
} from "@/lib/diagram";
import { carriesWords, nodeAriaLabel, nodeLabel } from "./diagram-words";

/**
 * The adapter: a laid-out architecture → React Flow nodes and edges, with the diagram core's
 * colours for the theme. Positions are absolute (no parentId): the layout already nests the
 * boxes, and the diagram is not an editor.
 *
 * Stacking (zIndexMode "manual"): group boxes, then edges, then edge labels, then nodes — so an
 * edge is never hidden behind a Region's box and a label never covers a node.
 */
export const Z = { group: 0, edge: 5, label: 6, host: 7, node: 8, hosted: 9 } as const;

export type AreaData = { group: ArchGroup; depth: number; style: GroupStyle };
export type ServiceData = {
  node: ArchNode;
  host: boolean;
  open: boolean;
  failoverOnly: boolean;
  card: CardStyle;
  tint: Tint;
};
/** The sides come from the layout; the edge's path is the diagram core's (lib/diagram/edge-path.ts). */
export type FlowData = { flow: ArchFlow; sourceSide: Side; targetSide: Side };

export type AreaNode = Node<AreaData, "area">;
export type ServiceNode = Node<ServiceData, "service">;
export type DiagramNode = AreaNode | ServiceNode;
export type FlowEdge = Edge<FlowData, "flow">;

export function toReactFlow(
  arch: Architecture,
  layout: DiagramLayout,
  openId: string | undefined,
  theme: Theme,
): { nodes: DiagramNode[]; edges: FlowEdge[] } {
  const areas: AreaNode[] = layout.groups.map((g) => ({
    id: `group:${g.id}`,
    type: "area",
    position: { x: g.x, y: g.y },
    width: g.width,
    height: g.height,
    data: { group: g.group, depth: g.depth, style: groupStyle(g.group, theme) },
    zIndex: Z.group + g.depth,
    draggable: false,
    selectable: false,
    focusable: false,
  }));
  const hosts = new Set(layout.nodes.flatMap((n) => (n.host ? [n.host] : [])));
  const services: ServiceNode[] = layout.nodes.map((n) => ({
    id: n.id,
    type: "service",
    position: { x: n.x, y: n.y },
    width: n.width,
    height: n.height,
    data: {
      node: n.node,
      host: hosts.has(n.id),
      open: n.id === openId,
      failoverOnly: n.node.phase === "failover",
      card: cardStyle(hosts.has(n.id), theme),
      tint: nodeTint(n.node.kind, theme),
    },
    zIndex: hosts.has(n.id) ? Z.host : n.host ? Z.hosted : Z.node,
    draggable: false,
    selectable: false,
    focusable: true,
    ariaLabel: nodeAriaLabel(arch, n.node),
  }));
  const edges: FlowEdge[] = layout.flows
    .filter((f) => f.drawn)
    .map((f) => {
      const colour = edgeColour(f.flow.kind, theme);
      return {
        id: f.id,
        type: "flow",
        source: f.flow.from,
        target: f.flow.to,
        sourceHandle: handleId(f.sourceSide, "source"),
        targetHandle: handleId(f.targetSide, "target"),
        animated: f.flow.animated,
        zIndex: Z.edge,
        focusable: false,
        selectable: false,
        ariaLabel: `${nodeLabel(arch, f.flow.from)} to ${nodeLabel(arch, f.flow.to)}: ${carriesWords(f.flow)}`,
        style: { stroke: colour, strokeWidth: edgeWidth(f.flow.kind) },
        markerEnd: { type: MarkerType.ArrowClosed, color: colour, width: 18, height: 18 },
        data: { flow: f.flow, sourceSide: f.sourceSide, targetSide: f.targetSide },
      };
    });
  return { nodes: [...areas, ...services], edges };
}

export function handleId(side: Side, type: "source" | "target"): string {
  return `${side}-${type}`;
}
