import {
  GROUP_ICONS,
  NODE_ICONS,
  architectureTitle,
  iconMarkup,
  type ArchFlow,
  type ArchNode,
  type Architecture,
  type GroupKind,
  type NodeKind,
} from "@/lib/architecture";
import {
  layoutArchitecture,
  type DiagramLayout,
  type DiagramView,
  type LaidOutGroup,
  type LaidOutNode,
  type Side,
} from "@/lib/architecture/layout";

// The architecture diagram as a static, self-contained SVG document, for the decision record and
// the "Download all" zip (where it is written as `architecture.svg` beside DECISION-RECORD.md).
//
// Drawn from the same pure layout as the interactive diagram (lib/architecture/layout), so boxes
// and arrows sit where the page puts them, but without React Flow or the DOM: it draws whichever
// option it is given (the one whose code is downloaded, not whatever the page's diagram shows),
// the same answers give the same bytes, and it runs in Node. Self-contained: plain SVG shapes and
// text, light colours on its own background, system fonts, no <foreignObject>, images, links,
// scripts or styles from outside — so GitHub, GitLab, editors and browsers all show it alike.

const MARGIN = 24;
const HEADER = 58;
const LEGEND = 44;
/** Space below the lowest box for an edge routed under the nodes (React Flow's smooth-step offset is 28). */
const ROUTE_OFFSET = 28;
const ROUTE_RADIUS = 12;
const FONT = "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";

/** The light theme's colours (app/globals.css and the diagram's Tailwind classes). */
const C = {
  bg: "#f6f8fb",
  surface: "#ffffff",
  fg: "#0f172a",
  muted: "#475569",
  border: "#d5dde8",
} as const;

const EDGE: Record<ArchFlow["kind"], string> = {
  replication: "#1d4ed8",
  client: "#64748b",
  backup: "#b45309",
  restore: "#b45309",
  "in-cluster": "#15803d",
};

const KIND_TINT: Record<NodeKind, { fill: string; ink: string }> = {
  "kafka-cluster": { fill: "#ffedd5", ink: "#9a3412" },
  broker: { fill: "#ffedd5", ink: "#9a3412" },
  "msk-replicator": { fill: "#dbeafe", ink: "#1e40af" },
  "mm2-service": { fill: "#ede9fe", ink: "#5b21b6" },
  "mm2-connector": { fill: "#ede9fe", ink: "#5b21b6" },
  "msk-connect-connector": { fill: "#ccfbf1", ink: "#115e59" },
  "s3-bucket": { fill: "#dcfce7", ink: "#166534" },
  producers: { fill: "#f1f5f9", ink: "#334155" },
  consumers: { fill: "#f1f5f9", ink: "#334155" },
};

const GROUP_STYLE: Record<GroupKind, { stroke: string; fill: string; dash?: string; ink: string }> = {
  account: { stroke: "#94a3b8", fill: "#f8fafc", dash: "6 4", ink: C.muted },
  "aws-region": { stroke: "#0ea5e9", fill: "#f0f9ff", ink: "#0369a1" },
  "on-premises": { stroke: "#a8a29e", fill: "#f5f5f4", ink: C.muted },
  "other-cloud": { stroke: "#a8a29e", fill: "#f5f5f4", ink: C.muted },
  "availability-zone": { stroke: "#38bdf8", fill: "#ffffff", dash: "2 3", ink: C.muted },
};
const STANDBY_REGION = { stroke: "#14b8a6", fill: "#f0fdfa", ink: "#0f766e" };

const LEGEND_WORDS: [ArchFlow["kind"][], string][] = [
  [["replication"], "Replication (dashed: live)"],
  [["client"], "Producers and consumers"],
  [["backup", "restore"], "Backup and restore"],
  [["in-cluster"], "Inside a cluster"],
];

/** Text and attribute values escaped for XML. */
export function xmlEscape(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]!);
}

/** A coordinate with at most one decimal: short, and the same on every platform. */
const n = (v: number): string => String(Math.round(v * 10) / 10);

/** An estimate of a text's width in the system sans-serif (no font metrics in Node). */
function textWidth(text: string, size: number, bold = false): number {
  return text.length * size * (bold ? 0.58 : 0.53);
}

/**
 * Wraps text into at most `maxLines` lines of about `width` pixels, breaking between words (and
 * within a long CamelCase word, as the page does), with an ellipsis when it does not fit.
 */
export function wrap(text: string, width: number, size: number, maxLines: number, bold = false): string[] {
  const perLine = Math.max(4, Math.floor(width / (size * (bold ? 0.58 : 0.53))));
  // Tokens, each marked when it continues the previous one without a space (a part of a long word).
  const tokens = text
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((word) => {
      if (word.length <= perLine) return [{ text: word, glued: false }];
      const parts = word
        .replace(/([a-z])([A-Z])/g, "$1\u0000$2")
        .split("\u0000")
        .flatMap((p) => p.match(new RegExp(`[^]{1,${perLine}}`, "g")) ?? [p]);
      return parts.map((p, i) => ({ text: p, glued: i > 0 }));
    });
  const lines: string[] = [];
  let line = "";
  for (const t of tokens) {
    const candidate = line ? `${line}${t.glued ? "" : " "}${t.text}` : t.text;
    if (candidate.length <= perLine || !line) line = candidate;
    else {
      lines.push(line);
      line = t.text;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1]!;
  kept[maxLines - 1] = `${last.length + 1 > perLine ? last.slice(0, perLine - 1) : last}…`;
  return kept;
}

function textLines(lines: string[], x: number, y: number, lineHeight: number, attrs: string): string {
  if (lines.length === 1) return `<text x="${n(x)}" y="${n(y)}" ${attrs}>${xmlEscape(lines[0]!)}</text>`;
  return `<text x="${n(x)}" y="${n(y)}" ${attrs}>${lines.map((l, i) => `<tspan x="${n(x)}"${i ? ` dy="${n(lineHeight)}"` : ""}>${xmlEscape(l)}</tspan>`).join("")}</text>`;
}

function icon(paths: string, x: number, y: number, size: number, colour: string): string {
  return `<g transform="translate(${n(x)} ${n(y)}) scale(${Math.round((size / 24) * 1000) / 1000})" fill="none" stroke="${colour}" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round">${paths}</g>`;
}

function groupSvg(g: LaidOutGroup): string {
  const standby = g.group.kind === "aws-region" && g.group.role === "standby";
  const s = standby ? { ...GROUP_STYLE["aws-region"], ...STANDBY_REGION } : GROUP_STYLE[g.group.kind];
  const { x, y } = g;
  const out = [
    `<rect x="${n(x)}" y="${n(y)}" width="${n(g.width)}" height="${n(g.height)}" rx="12" fill="${s.fill}" stroke="${s.stroke}" stroke-width="2"${s.dash ? ` stroke-dasharray="${s.dash}"` : ""}/>`,
    icon(iconMarkup(GROUP_ICONS[g.group.kind]), x + 12, y + 9, 16, s.ink),
  ];
  // The role follows the title in the same <text>, so it sits right after it whatever the font's widths.
  const role = g.group.role && g.depth === 0 ? g.group.role : undefined;
  const [title] = wrap(g.group.label, g.width - 44 - (role ? 60 : 0), 13, 1, true);
  out.push(
    `<text x="${n(x + 34)}" y="${n(y + 22)}" font-size="13" font-weight="600" fill="${C.fg}">${xmlEscape(title ?? "")}${role ? `<tspan dx="10" font-size="11" font-weight="500" fill="${C.muted}">${role}</tspan>` : ""}</text>`,
  );
  return `<g>${out.join("")}</g>`;
}

function nodeSvg(l: LaidOutNode, host: boolean, failoverOnly: boolean): string {
  const node = l.node;
  const { x, y } = l;
  const tint = KIND_TINT[node.kind];
  const stroke = host ? "#a78bfa" : C.border;
  const fill = host ? "#f7f5ff" : C.surface;
  const out = [
    `<title>${xmlEscape(`${node.label}: ${node.description}`)}</title>`,
    `<rect x="${n(x)}" y="${n(y)}" width="${n(l.width)}" height="${n(l.height)}" rx="8" fill="${fill}" stroke="${stroke}" stroke-width="1"${failoverOnly ? ' stroke-dasharray="5 3"' : ""}/>`,
    `<rect x="${n(x + 10)}" y="${n(y + 10)}" width="32" height="32" rx="6" fill="${tint.fill}"/>`,
    icon(iconMarkup(NODE_ICONS[node.kind]), x + 16, y + 16, 20, tint.ink),
  ];
  const textX = x + 52;
  const room = l.width - 52 - 10;
  const label = wrap(node.label, room, 13, 2, true);
  const sub = wrap(node.sublabel, room, 11, label.length > 1 ? 1 : 2);
  out.push(textLines(label, textX, y + 23, 16, `font-size="13" font-weight="600" fill="${C.fg}"`));
  out.push(textLines(sub, textX, y + 23 + (label.length - 1) * 16 + 16, 14, `font-size="11" fill="${C.muted}"`));
  if (failoverOnly) {
    out.push(
      `<rect x="${n(x + l.width - 44)}" y="${n(y - 9)}" width="34" height="16" rx="8" fill="${C.surface}" stroke="${C.border}"/>`,
      `<text x="${n(x + l.width - 27)}" y="${n(y + 3)}" font-size="10" font-weight="500" fill="${C.muted}" text-anchor="middle">new</text>`,
    );
  }
  return `<g>${out.join("")}</g>`;
}

/** Where an edge leaves or enters a node: the middle of a side (a MirrorMaker 2 host: its header, as on the page). */
function anchor(l: LaidOutNode, side: Side, host: boolean): { x: number; y: number } {
  const midY = host ? l.y + 30 : l.y + l.height / 2;
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

/** React Flow's bezier control point (getBezierPath, curvature 0.25). */
function control(side: Side, x1: number, y1: number, x2: number, y2: number): [number, number] {
  const offset = (d: number) => (d >= 0 ? 0.5 * d : 0.25 * 25 * Math.sqrt(-d));
  switch (side) {
    case "left":
      return [x1 - offset(x1 - x2), y1];
    case "right":
      return [x1 + offset(x2 - x1), y1];
    case "top":
      return [x1, y1 - offset(y1 - y2)];
    case "bottom":
      return [x1, y1 + offset(y2 - y1)];
  }
}

interface EdgePath {
  d: string;
  labelX: number;
  labelY: number;
  /** The lowest point the path reaches (a routed edge runs under its nodes). */
  bottom: number;
}

function bezier(s: { x: number; y: number }, t: { x: number; y: number }, sSide: Side, tSide: Side): EdgePath {
  const [scx, scy] = control(sSide, s.x, s.y, t.x, t.y);
  const [tcx, tcy] = control(tSide, t.x, t.y, s.x, s.y);
  return {
    d: `M${n(s.x)},${n(s.y)} C${n(scx)},${n(scy)} ${n(tcx)},${n(tcy)} ${n(t.x)},${n(t.y)}`,
    labelX: s.x * 0.125 + scx * 0.375 + tcx * 0.375 + t.x * 0.125,
    labelY: s.y * 0.125 + scy * 0.375 + tcy * 0.375 + t.y * 0.125,
    bottom: Math.max(s.y, t.y),
  };
}

/** Out of one side and back into the same side of another node: down (or up, or across), along, and back, with rounded corners. */
function routed(s: { x: number; y: number }, t: { x: number; y: number }, side: Side): EdgePath {
  const r = ROUTE_RADIUS;
  const sign = side === "bottom" || side === "right" ? 1 : -1;
  if (side === "top" || side === "bottom") {
    const y = sign > 0 ? Math.max(s.y, t.y) + ROUTE_OFFSET : Math.min(s.y, t.y) - ROUTE_OFFSET;
    const dir = t.x >= s.x ? 1 : -1;
    const rr = Math.min(r, Math.abs(t.x - s.x) / 2);
    const d = `M${n(s.x)},${n(s.y)} L${n(s.x)},${n(y - sign * rr)} Q${n(s.x)},${n(y)} ${n(s.x + dir * rr)},${n(y)} L${n(t.x - dir * rr)},${n(y)} Q${n(t.x)},${n(y)} ${n(t.x)},${n(y - sign * rr)} L${n(t.x)},${n(t.y)}`;
    return { d, labelX: (s.x + t.x) / 2, labelY: y, bottom: Math.max(y, s.y, t.y) };
  }
  const x = sign > 0 ? Math.max(s.x, t.x) + ROUTE_OFFSET : Math.min(s.x, t.x) - ROUTE_OFFSET;
  const dir = t.y >= s.y ? 1 : -1;
  const rr = Math.min(r, Math.abs(t.y - s.y) / 2);
  const d = `M${n(s.x)},${n(s.y)} L${n(x - sign * rr)},${n(s.y)} Q${n(x)},${n(s.y)} ${n(x)},${n(s.y + dir * rr)} L${n(x)},${n(t.y - dir * rr)} Q${n(x)},${n(t.y)} ${n(x - sign * rr)},${n(t.y)} L${n(t.x)},${n(t.y)}`;
  return { d, labelX: x, labelY: (s.y + t.y) / 2, bottom: Math.max(s.y, t.y) };
}

function edgeLabel(text: string, x: number, y: number): string {
  const lines = wrap(text, 112, 10.5, 3);
  const w = Math.min(124, Math.max(...lines.map((l) => textWidth(l, 10.5))) + 12);
  const h = lines.length * 13.5 + 5;
  return `<g><rect x="${n(x - w / 2)}" y="${n(y - h / 2)}" width="${n(w)}" height="${n(h)}" rx="4" fill="${C.surface}" stroke="${C.border}"/>${textLines(lines, x, y - h / 2 + 13, 13.5, `font-size="10.5" font-weight="500" fill="${C.fg}" text-anchor="middle"`)}</g>`;
}

/** The diagram's text alternative: what is where, and what flows where. */
function description(arch: Architecture, layout: DiagramLayout, viewWords: string): string {
  const groupOf = new Map(arch.groups.map((g) => [g.id, g]));
  const where = (node: ArchNode) => groupOf.get(node.group)?.label ?? node.group;
  const labelOf = new Map(arch.nodes.map((x) => [x.id, x.label]));
  const parts = [
    `${architectureTitle(arch)}. ${viewWords}.`,
    `Components: ${layout.nodes.map((l) => `${l.node.label} (${l.node.sublabel}) in ${where(l.node)}`).join("; ")}.`,
  ];
  const flows = layout.flows.map(
    (f) => `${labelOf.get(f.flow.from) ?? f.flow.from} to ${labelOf.get(f.flow.to) ?? f.flow.to}: ${f.flow.label}`,
  );
  if (flows.length) parts.push(`Flows: ${flows.join("; ")}.`);
  return parts.join(" ");
}

/**
 * The SVG document (with its XML declaration) of one option's architecture in one view: a title,
 * the Regions, accounts and Availability Zones as boxes, the services as cards with their names,
 * the flows as labelled arrows, and a legend. `<title>` and `<desc>` carry a text alternative.
 */
export function renderArchitectureSvg(arch: Architecture, view: DiagramView = "steady"): string {
  const layout = layoutArchitecture(arch, view);
  const viewWords = view === "steady" ? "Normal operation" : arch.failoverLabel;
  const title = architectureTitle(arch);
  const subtitle = `${arch.name} · ${viewWords} · drawn by Kafka Replication Advisor`;
  const dx = MARGIN;
  const dy = MARGIN + HEADER;
  const at = new Map(layout.nodes.map((l) => [l.id, l]));
  const hosts = new Set(layout.nodes.flatMap((l) => (l.host ? [l.host] : [])));

  const edges: string[] = [];
  const labels: string[] = [];
  let lowest = layout.height;
  for (const f of layout.flows) {
    if (!f.drawn) continue;
    const s = at.get(f.flow.from);
    const t = at.get(f.flow.to);
    if (!s || !t) continue;
    const a = anchor(s, f.sourceSide, hosts.has(s.id));
    const b = anchor(t, f.targetSide, hosts.has(t.id));
    const p = f.sourceSide === f.targetSide ? routed(a, b, f.sourceSide) : bezier(a, b, f.sourceSide, f.targetSide);
    lowest = Math.max(lowest, p.bottom + 4);
    const colour = EDGE[f.flow.kind];
    edges.push(
      `<path d="${p.d}" fill="none" stroke="${colour}" stroke-width="${f.flow.kind === "replication" ? "2.2" : "1.6"}"${f.flow.animated ? ' stroke-dasharray="5 3"' : ""} marker-end="url(#arrow-${f.flow.kind})"><title>${xmlEscape(`${s.node.label} to ${t.node.label}: ${f.flow.label}`)}</title></path>`,
    );
    if (f.flow.label) labels.push(edgeLabel(f.flow.label, p.labelX, p.labelY));
  }

  const kinds = new Set(layout.flows.filter((f) => f.drawn).map((f) => f.flow.kind));
  const legendItems = LEGEND_WORDS.filter(([ks]) => ks.some((k) => kinds.has(k)));
  const failoverOnly = layout.nodes.some((l) => l.node.phase === "failover");
  const legendWidth =
    legendItems.reduce((w, [, words]) => w + 34 + textWidth(words, 12) + 20, 0) +
    (failoverOnly ? 34 + textWidth(`Only ${arch.failoverLabel.toLowerCase()}`, 12) : 0);
  const width = Math.ceil(
    Math.max(layout.width, textWidth(title, 18, true), textWidth(subtitle, 12), legendWidth) + 2 * MARGIN,
  );
  const diagramBottom = dy + lowest;
  const height = Math.ceil(diagramBottom + LEGEND + MARGIN / 2);

  const legend: string[] = [];
  let lx = MARGIN;
  const ly = diagramBottom + 26;
  for (const [ks, words] of legendItems) {
    const k = ks[0]!;
    legend.push(
      `<line x1="${n(lx)}" y1="${n(ly - 4)}" x2="${n(lx + 24)}" y2="${n(ly - 4)}" stroke="${EDGE[k]}" stroke-width="2.5"${k === "replication" ? ' stroke-dasharray="5 3"' : ""}/>`,
      `<text x="${n(lx + 30)}" y="${n(ly)}" font-size="12" fill="${C.fg}">${xmlEscape(words)}</text>`,
    );
    lx += 34 + textWidth(words, 12) + 20;
  }
  if (failoverOnly) {
    legend.push(
      `<rect x="${n(lx)}" y="${n(ly - 11)}" width="24" height="14" rx="3" fill="none" stroke="${C.muted}" stroke-dasharray="3 2"/>`,
      `<text x="${n(lx + 30)}" y="${n(ly)}" font-size="12" fill="${C.fg}">${xmlEscape(`Only ${arch.failoverLabel.toLowerCase()}`)}</text>`,
    );
  }

  const markers = (Object.keys(EDGE) as ArchFlow["kind"][]).map(
    (k) =>
      `<marker id="arrow-${k}" viewBox="-10 -10 20 20" refX="0" refY="0" markerWidth="14" markerHeight="14" markerUnits="userSpaceOnUse" orient="auto-start-reverse"><polyline points="-5,-4 0,0 -5,4 -5,-4" fill="${EDGE[k]}" stroke="${EDGE[k]}" stroke-width="1" stroke-linecap="round" stroke-linejoin="round"/></marker>`,
  );

  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="diagram-title diagram-desc" font-family="${xmlEscape(FONT)}">`,
    `<title id="diagram-title">${xmlEscape(`Architecture: ${title}`)}</title>`,
    `<desc id="diagram-desc">${xmlEscape(description(arch, layout, viewWords))}</desc>`,
    `<defs>${markers.join("")}</defs>`,
    `<rect width="${width}" height="${height}" fill="${C.bg}"/>`,
    `<text x="${MARGIN}" y="${MARGIN + 18}" font-size="18" font-weight="700" fill="${C.fg}">${xmlEscape(title)}</text>`,
    `<text x="${MARGIN}" y="${MARGIN + 38}" font-size="12" fill="${C.muted}">${xmlEscape(subtitle)}</text>`,
    `<g transform="translate(${dx} ${dy})">`,
    `<g id="groups">${layout.groups.map(groupSvg).join("")}</g>`,
    `<g id="flows">${edges.join("")}</g>`,
    `<g id="flow-labels">${labels.join("")}</g>`,
    `<g id="components">${layout.nodes.map((l) => nodeSvg(l, hosts.has(l.id), l.node.phase === "failover")).join("")}</g>`,
    "</g>",
    `<g id="legend">${legend.join("")}</g>`,
    "</svg>",
    "",
  ].join("\n");
}
