import { architectureTitle, type ArchNode, type Architecture } from "@/lib/architecture";
import {
  FAILOVER_ONLY_DASH,
  FLOW_KINDS,
  LEGEND_FRAME_DASH,
  GROUP_ICONS,
  LINE_DASH,
  LIVE_DASH,
  NODE_ICONS,
  SURFACE,
  anchor,
  cardStyle,
  edgeColour,
  edgeGeometry,
  edgeWidth,
  groupStyle,
  iconMarkup,
  layoutArchitecture,
  legendEntries,
  nodeTint,
  pathBottom,
  type DiagramLayout,
  type DiagramView,
  type LaidOutGroup,
  type LaidOutNode,
  type LegendEntry,
} from "@/lib/diagram";

// The architecture diagram as a static, self-contained SVG document, for the decision record and
// the "Download all" zip (where it is written as `architecture.svg` beside DECISION-RECORD.md).
//
// Drawn from the same diagram core as the interactive diagram (lib/diagram: layout, colours,
// legend, React Flow's edge paths), so boxes and arrows sit where the page puts them, but without
// React or the DOM: it draws whichever option it is given (the one whose code is downloaded, not
// whatever the page's diagram shows), the same answers give the same bytes, and it runs in Node.
// Self-contained: plain SVG shapes and text, the light theme's colours on its own background,
// system fonts, no <foreignObject>, images, links, scripts or styles from outside — so GitHub,
// GitLab, editors and browsers all show it alike.

const MARGIN = 24;
const HEADER = 58;
const LEGEND = 44;
const FONT = "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";
const C = SURFACE.light;

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
  const s = groupStyle(g.group, "light");
  const dash = LINE_DASH[s.line];
  const { x, y } = g;
  const out = [
    `<rect x="${n(x)}" y="${n(y)}" width="${n(g.width)}" height="${n(g.height)}" rx="12" fill="${s.fill}" stroke="${s.stroke}" stroke-width="2"${dash ? ` stroke-dasharray="${dash}"` : ""}/>`,
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
  const tint = nodeTint(node.kind, "light");
  const card = cardStyle(host, "light");
  const out = [
    `<title>${xmlEscape(`${node.label}: ${node.description}`)}</title>`,
    `<rect x="${n(x)}" y="${n(y)}" width="${n(l.width)}" height="${n(l.height)}" rx="8" fill="${card.fill}" stroke="${card.stroke}" stroke-width="1"${failoverOnly ? ` stroke-dasharray="${FAILOVER_ONLY_DASH}"` : ""}/>`,
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

/** Path data with its numbers rounded as the rest of the document's coordinates are. */
export function roundPath(path: string): string {
  return path.replace(/-?\d+(?:\.\d+)?(?:e-?\d+)?/g, (v) => n(Number(v)));
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
    const p = edgeGeometry(a, f.sourceSide, b, f.targetSide);
    lowest = Math.max(lowest, pathBottom(p.path) + 4);
    const kind = f.flow.kind;
    edges.push(
      `<path d="${roundPath(p.path)}" fill="none" stroke="${edgeColour(kind, "light")}" stroke-width="${edgeWidth(kind)}"${f.flow.animated ? ` stroke-dasharray="${LIVE_DASH}"` : ""} marker-end="url(#arrow-${kind})"><title>${xmlEscape(`${s.node.label} to ${t.node.label}: ${f.flow.label}`)}</title></path>`,
    );
    if (f.flow.label) labels.push(edgeLabel(f.flow.label, p.labelX, p.labelY));
  }

  const entries = legendEntries(arch, layout);
  const entryWidth = (e: LegendEntry) => 34 + textWidth(e.words, 12) + 20;
  const legendWidth = entries.reduce((w, e) => w + entryWidth(e), 0);
  const width = Math.ceil(
    Math.max(layout.width, textWidth(title, 18, true), textWidth(subtitle, 12), legendWidth) + 2 * MARGIN,
  );
  const diagramBottom = dy + lowest;
  const height = Math.ceil(diagramBottom + LEGEND + MARGIN / 2);

  const legend: string[] = [];
  let lx = MARGIN;
  const ly = diagramBottom + 26;
  for (const e of entries) {
    legend.push(
      e.sample === "line"
        ? `<line x1="${n(lx)}" y1="${n(ly - 4)}" x2="${n(lx + 24)}" y2="${n(ly - 4)}" stroke="${edgeColour(e.kind, "light")}" stroke-width="2.5"${e.dashed ? ` stroke-dasharray="${LIVE_DASH}"` : ""}/>`
        : `<rect x="${n(lx)}" y="${n(ly - 11)}" width="24" height="14" rx="3" fill="none" stroke="${C.muted}" stroke-dasharray="${LEGEND_FRAME_DASH}"/>`,
      `<text x="${n(lx + 30)}" y="${n(ly)}" font-size="12" fill="${C.fg}">${xmlEscape(e.words)}</text>`,
    );
    lx += entryWidth(e);
  }

  const markers = FLOW_KINDS.map((k) => {
    const colour = edgeColour(k, "light");
    return `<marker id="arrow-${k}" viewBox="-10 -10 20 20" refX="0" refY="0" markerWidth="14" markerHeight="14" markerUnits="userSpaceOnUse" orient="auto-start-reverse"><polyline points="-5,-4 0,0 -5,4 -5,-4" fill="${colour}" stroke="${colour}" stroke-width="1" stroke-linecap="round" stroke-linejoin="round"/></marker>`;
  });

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
