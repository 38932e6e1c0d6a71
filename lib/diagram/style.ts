import type { ArchFlow, ArchGroup, GroupKind, NodeKind } from "@/lib/architecture";

// The diagram's colours and line styles, as data, for both renderers: the interactive diagram
// (components/diagram, which has a light and a dark theme) and the SVG document
// (lib/decision-record/diagram-svg.ts, always light). Colours are plain hex (SVG markers and
// attributes need a plain colour); the tints are Tailwind's palette values.

export type Theme = "light" | "dark";
export const THEMES: readonly Theme[] = ["light", "dark"];

export type FlowKind = ArchFlow["kind"];
export const FLOW_KINDS: readonly FlowKind[] = ["replication", "client", "backup", "restore", "in-cluster"];

/** The page's own colours, per theme: the same values as the variables in app/globals.css. */
export const SURFACE: Record<Theme, { bg: string; surface: string; fg: string; muted: string; border: string }> = {
  light: { bg: "#f6f8fb", surface: "#ffffff", fg: "#0f172a", muted: "#475569", border: "#d5dde8" },
  dark: { bg: "#0b1120", surface: "#111a2e", fg: "#e6ebf3", muted: "#a3b1c6", border: "#2a3752" },
};

/** One colour family per kind of service, so a card's icon says what it is at a glance. */
export type Tone = "orange" | "blue" | "violet" | "teal" | "green" | "slate";

export const NODE_TONE: Record<NodeKind, Tone> = {
  "kafka-cluster": "orange",
  broker: "orange",
  "msk-replicator": "blue",
  "mm2-service": "violet",
  "mm2-connector": "violet",
  "msk-connect-connector": "teal",
  "s3-bucket": "green",
  producers: "slate",
  consumers: "slate",
};

/** The tile behind a card's icon (`fill`) and the icon's stroke (`ink`). */
export interface Tint {
  fill: string;
  ink: string;
}

const TONE_TINT: Record<Theme, Record<Tone, Tint>> = {
  light: {
    orange: { fill: "#ffedd5", ink: "#9a3412" },
    blue: { fill: "#dbeafe", ink: "#1e40af" },
    violet: { fill: "#ede9fe", ink: "#5b21b6" },
    teal: { fill: "#ccfbf1", ink: "#115e59" },
    green: { fill: "#dcfce7", ink: "#166534" },
    slate: { fill: "#f1f5f9", ink: "#334155" },
  },
  dark: {
    orange: { fill: "#431407", ink: "#fed7aa" },
    blue: { fill: "#172554", ink: "#bfdbfe" },
    violet: { fill: "#2e1065", ink: "#ddd6fe" },
    teal: { fill: "#042f2e", ink: "#99f6e4" },
    green: { fill: "#052e16", ink: "#bbf7d0" },
    slate: { fill: "#1e293b", ink: "#e2e8f0" },
  },
};

export function nodeTint(kind: NodeKind, theme: Theme): Tint {
  return TONE_TINT[theme][NODE_TONE[kind]];
}

/** A card's frame: a MirrorMaker 2 host (framing its connectors) stands out; other cards are plain. */
export interface CardStyle {
  fill: string;
  stroke: string;
}

export function cardStyle(host: boolean, theme: Theme): CardStyle {
  if (host) return theme === "light" ? { fill: "#f7f5ff", stroke: "#a78bfa" } : { fill: "#1a173f", stroke: "#8b5cf6" };
  return { fill: SURFACE[theme].surface, stroke: SURFACE[theme].border };
}

/** A card that exists only in the failover view has a dashed frame and a "new" badge. */
export const FAILOVER_ONLY_DASH = "5 3";
/** The legend's small sample of that frame (its dashes scaled to the sample's size). */
export const LEGEND_FRAME_DASH = "3 2";

/** How a box's frame is drawn: an account is dashed, an Availability Zone dotted. */
export type Line = "solid" | "dashed" | "dotted";
/** The SVG dash pattern of each line (CSS draws `border-style` itself). */
export const LINE_DASH: Record<Line, string | undefined> = { solid: undefined, dashed: "6 4", dotted: "2 3" };

/** A Region, account, data centre or Availability Zone box: frame, fill, and the colour of its icon. */
export interface GroupStyle {
  stroke: string;
  fill: string;
  line: Line;
  ink: string;
}

const GROUP_STYLE: Record<Theme, Record<GroupKind | "standby-region", GroupStyle>> = {
  light: {
    account: { stroke: "#94a3b8", fill: "#f8fafc", line: "dashed", ink: SURFACE.light.muted },
    "aws-region": { stroke: "#0ea5e9", fill: "#f0f9ff", line: "solid", ink: "#0369a1" },
    "standby-region": { stroke: "#14b8a6", fill: "#f0fdfa", line: "solid", ink: "#0f766e" },
    "on-premises": { stroke: "#a8a29e", fill: "#f5f5f4", line: "solid", ink: SURFACE.light.muted },
    "other-cloud": { stroke: "#a8a29e", fill: "#f5f5f4", line: "solid", ink: SURFACE.light.muted },
    "availability-zone": { stroke: "#38bdf8", fill: "#ffffff", line: "dotted", ink: SURFACE.light.muted },
  },
  dark: {
    account: { stroke: "#64748b", fill: "#020617", line: "dashed", ink: SURFACE.dark.muted },
    "aws-region": { stroke: "#0284c7", fill: "#0d1a30", line: "solid", ink: "#7dd3fc" },
    "standby-region": { stroke: "#0d9488", fill: "#0c2226", line: "solid", ink: "#5eead4" },
    "on-premises": { stroke: "#78716c", fill: "#1c1917", line: "solid", ink: SURFACE.dark.muted },
    "other-cloud": { stroke: "#78716c", fill: "#1c1917", line: "solid", ink: SURFACE.dark.muted },
    "availability-zone": { stroke: "#0369a1", fill: "#111a2e", line: "dotted", ink: SURFACE.dark.muted },
  },
};

/** The standby Region is teal, the other Regions sky blue: the two sides of a failover tell apart. */
export function groupStyle(group: Pick<ArchGroup, "kind" | "role">, theme: Theme): GroupStyle {
  const standby = group.kind === "aws-region" && group.role === "standby";
  return GROUP_STYLE[theme][standby ? "standby-region" : group.kind];
}

/** Edge colours per theme: the theme's accent for replication, muted for clients, warning for backup, positive inside a cluster. */
const EDGE_COLOUR: Record<Theme, Record<FlowKind, string>> = {
  light: { replication: "#1d4ed8", client: "#64748b", backup: "#b45309", restore: "#b45309", "in-cluster": "#15803d" },
  dark: { replication: "#7fb0ff", client: "#94a3b8", backup: "#fbbf24", restore: "#fbbf24", "in-cluster": "#6ee7a0" },
};

export function edgeColour(kind: FlowKind, theme: Theme): string {
  return EDGE_COLOUR[theme][kind];
}

/** Replication, what the diagram is about, is drawn heavier than the other flows. */
export function edgeWidth(kind: FlowKind): number {
  return kind === "replication" ? 2.2 : 1.6;
}

/** A live flow (`animated`) is dashed; the page also moves the dashes. */
export const LIVE_DASH = "5 3";
