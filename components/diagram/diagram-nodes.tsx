"use client";

import {
  BaseEdge,
  EdgeLabelRenderer,
  Handle,
  Position,
  getBezierPath,
  getSmoothStepPath,
  type EdgeProps,
  type NodeProps,
} from "@xyflow/react";
import type { GroupKind, NodeKind } from "@/lib/architecture";
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
            style={host && (side === "left" || side === "right") ? { top: 30 } : undefined}
          />
          <Handle
            type="target"
            id={handleId(side, "target")}
            position={position}
            isConnectable={false}
            className="diagram-handle"
            style={host && (side === "left" || side === "right") ? { top: 30 } : undefined}
          />
        </span>
      ))}
    </>
  );
}

const KIND_TINT: Record<NodeKind, string> = {
  "kafka-cluster": "bg-orange-100 text-orange-800 dark:bg-orange-950 dark:text-orange-200",
  broker: "bg-orange-100 text-orange-800 dark:bg-orange-950 dark:text-orange-200",
  "msk-replicator": "bg-blue-100 text-blue-800 dark:bg-blue-950 dark:text-blue-200",
  "mm2-service": "bg-violet-100 text-violet-800 dark:bg-violet-950 dark:text-violet-200",
  "mm2-connector": "bg-violet-100 text-violet-800 dark:bg-violet-950 dark:text-violet-200",
  "msk-connect-connector": "bg-teal-100 text-teal-800 dark:bg-teal-950 dark:text-teal-200",
  "s3-bucket": "bg-green-100 text-green-800 dark:bg-green-950 dark:text-green-200",
  producers: "bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-200",
  consumers: "bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-200",
};

/** Lets a long CamelCase name ("MirrorCheckpointConnector") wrap between its words. */
function breakable(label: string): string {
  return label.replace(/([a-z])([A-Z])/g, "$1\u200b$2");
}

/** A service: icon, AWS-style name and a second line. A MirrorMaker 2 host also frames its connectors. */
export function ServiceNodeView({ data }: NodeProps<ServiceNode>) {
  const { node, host, open, failoverOnly } = data;
  return (
    <div
      className={`relative h-full w-full cursor-pointer rounded-lg border bg-surface text-left shadow-sm transition-shadow hover:shadow-md ${
        open ? "border-accent ring-2 ring-accent" : host ? "border-violet-400 dark:border-violet-500" : "border-border"
      } ${failoverOnly ? "border-dashed" : ""} ${host ? "bg-violet-50/60 dark:bg-violet-950/30" : ""}`}
      title={node.description}
    >
      <Handles host={host} />
      <div className="flex items-start gap-2.5 p-2.5">
        <span className={`grid size-8 shrink-0 place-items-center rounded-md ${KIND_TINT[node.kind]}`}>
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

const GROUP_STYLE: Record<GroupKind, string> = {
  account: "border-2 border-dashed border-slate-400 bg-slate-50 dark:border-slate-500 dark:bg-slate-950",
  "aws-region": "border-2 border-sky-500 bg-sky-50 dark:border-sky-600 dark:bg-[#0d1a30]",
  "on-premises": "border-2 border-stone-400 bg-stone-100 dark:border-stone-500 dark:bg-stone-900",
  "other-cloud": "border-2 border-stone-400 bg-stone-100 dark:border-stone-500 dark:bg-stone-900",
  "availability-zone": "border-2 border-dotted border-sky-400 bg-white dark:border-sky-700 dark:bg-[#111a2e]",
};

/** A Region, account, Availability Zone or data centre: a box with a visible title. */
export function AreaNodeView({ data }: NodeProps<AreaNode>) {
  const { group, depth } = data;
  const standby = group.kind === "aws-region" && group.role === "standby";
  return (
    <div
      className={`h-full w-full rounded-xl ${GROUP_STYLE[group.kind]} ${standby ? "border-teal-500 bg-teal-50 dark:border-teal-600 dark:bg-[#0c2226]" : ""}`}
    >
      <div className="flex items-center gap-1.5 px-3 pt-2 text-[13px] font-semibold text-fg">
        <span
          className={
            group.kind === "aws-region"
              ? standby
                ? "text-teal-700 dark:text-teal-300"
                : "text-sky-700 dark:text-sky-300"
              : "text-muted"
          }
        >
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
  const routed = data?.routed ?? false;
  const [path, labelX, labelY] = routed
    ? getSmoothStepPath({
        sourceX,
        sourceY,
        targetX,
        targetY,
        sourcePosition,
        targetPosition,
        borderRadius: 12,
        offset: 28,
      })
    : getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  const kind = data?.flow.kind ?? "replication";
  const label = data?.flow.label ?? "";
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        markerEnd={markerEnd}
        style={{ ...style, strokeWidth: kind === "replication" ? 2.2 : 1.6 }}
      />
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
