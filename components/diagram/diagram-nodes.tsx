"use client";

import { BaseEdge, EdgeLabelRenderer, Handle, Position, type EdgeProps, type NodeProps } from "@xyflow/react";
import { HOST_ANCHOR_Y, edgeGeometry } from "@/lib/diagram";
import { GroupIcon, NodeIcon } from "./diagram-icons";
import { handleId, Z, type AreaNode, type FlowEdge, type ServiceNode } from "./to-react-flow";

const SIDES = [
  ["top", Position.Top],
  ["right", Position.Right],
  ["bottom", Position.Bottom],
  ["left", Position.Left],
] as const;

/**
 * Invisible anchors on every side: the layout picks which ones an edge uses. A host (MirrorMaker 2
 * framing its connectors) takes its side edges at its header, not behind a connector.
 */
function Handles({ host }: { host: boolean }) {
  return (
    <>
      {SIDES.map(([side, position]) => (
        <span key={side}>
          <Handle
            type="source"
            id={handleId(side, "source")}
            position={position}
            isConnectable={false}
            className="diagram-handle"
            style={host && (side === "left" || side === "right") ? { top: HOST_ANCHOR_Y } : undefined}
          />
          <Handle
            type="target"
            id={handleId(side, "target")}
            position={position}
            isConnectable={false}
            className="diagram-handle"
            style={host && (side === "left" || side === "right") ? { top: HOST_ANCHOR_Y } : undefined}
          />
        </span>
      ))}
    </>
  );
}

/** Lets a long CamelCase name ("MirrorCheckpointConnector") wrap between its words. */
function breakable(label: string): string {
  return label.replace(/([a-z])([A-Z])/g, "$1\u200b$2");
}

/** A service: icon, AWS-style name and a second line. A MirrorMaker 2 host also frames its connectors. */
export function ServiceNodeView({ data }: NodeProps<ServiceNode>) {
  const { node, host, open, failoverOnly, card, tint } = data;
  return (
    <div
      className={`relative h-full w-full cursor-pointer rounded-lg border text-left shadow-sm transition-shadow hover:shadow-md ${
        open ? "ring-2 ring-accent" : ""
      } ${failoverOnly ? "border-dashed" : ""}`}
      style={{ background: card.fill, borderColor: open ? "var(--accent)" : card.stroke }}
      title={node.description}
    >
      <Handles host={host} />
      <div className="flex items-start gap-2.5 p-2.5">
        <span
          className="grid size-8 shrink-0 place-items-center rounded-md"
          style={{ background: tint.fill, color: tint.ink }}
        >
          <NodeIcon kind={node.kind} size={20} />
        </span>
        <span className="min-w-0 flex-1 leading-tight">
          <span className="line-clamp-2 block text-[13px] font-semibold break-words text-fg">
            {breakable(node.label)}
          </span>
          <span className="mt-0.5 line-clamp-2 block text-[11px] leading-snug break-words text-muted">
            {node.sublabel}
          </span>
        </span>
        {failoverOnly ? (
          <span className="absolute -top-2.5 right-2 rounded-full border border-border bg-surface px-1.5 text-[10px] font-medium text-muted">
            new
          </span>
        ) : null}
      </div>
    </div>
  );
}

/** A Region, account, Availability Zone or data centre: a box with a visible title. */
export function AreaNodeView({ data }: NodeProps<AreaNode>) {
  const { group, depth, style } = data;
  return (
    <div
      className="h-full w-full rounded-xl border-2"
      style={{ borderStyle: style.line, borderColor: style.stroke, background: style.fill }}
    >
      <div className="flex items-center gap-1.5 px-3 pt-2 text-[13px] font-semibold text-fg">
        <span style={{ color: style.ink }}>
          <GroupIcon kind={group.kind} />
        </span>
        <span className="truncate">{group.label}</span>
        {group.role && depth === 0 ? (
          <span className="ml-1 rounded bg-surface px-1.5 text-[11px] font-medium text-muted">
            {group.role === "primary" ? "primary" : group.role === "standby" ? "standby" : "shared"}
          </span>
        ) : null}
      </div>
    </div>
  );
}

/** An edge labelled with what it carries; the label is HTML so it wraps and follows the theme. */
export function FlowEdgeView({
  id,
  sourceX,
  sourceY,
  targetX,
  targetY,
  sourcePosition,
  targetPosition,
  data,
  markerEnd,
  style,
}: EdgeProps<FlowEdge>) {
  // React Flow places the ends at the handles the layout chose; the core draws the path between them.
  const { path, labelX, labelY } = edgeGeometry(
    { x: sourceX, y: sourceY },
    data?.sourceSide ?? sourcePosition,
    { x: targetX, y: targetY },
    data?.targetSide ?? targetPosition,
  );
  const label = data?.flow.label ?? "";
  return (
    <>
      <BaseEdge id={id} path={path} markerEnd={markerEnd} style={style} />
      {label ? (
        <EdgeLabelRenderer>
          <div
            className="nodrag nopan pointer-events-none absolute max-w-[124px] rounded border border-border bg-surface px-1.5 py-0.5 text-center text-[10.5px] leading-snug font-medium text-fg shadow-sm"
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)`, zIndex: Z.label }}
          >
            {label}
          </div>
        </EdgeLabelRenderer>
      ) : null}
    </>
  );
}

/** Declared once, at module level, so React Flow never sees a new object. */
export const NODE_TYPES = { area: AreaNodeView, service: ServiceNodeView };
export const EDGE_TYPES = { flow: FlowEdgeView };
