import type { ArchFlow, ArchGroup, ArchNode, Architecture, NodeKind } from "@/lib/architecture";

// A pure, deterministic layout of an architecture for the diagram (no React, no DOM).
//
// - The primary side (source account, Region, data centre or other cloud) is on the left, the
//   standby side on the right; groups nest (account ⊃ Region ⊃ Availability Zone).
// - In a Region, the cluster sits in the "outer" column with its producers above and its
//   consumers below; replicators, MirrorMaker 2 and connectors sit in the "inner" column, between
//   the two clusters. MirrorMaker 2's connectors are drawn inside its service node (their host).
// - Positions are computed over every node of both views, then the view only filters: toggling
//   the failover view shows what appears and disappears without moving what stays.
//
// Every coordinate is absolute (top-left corner), in diagram pixels.

export type DiagramView = "steady" | "failover";
export type Side = "top" | "right" | "bottom" | "left";

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LaidOutGroup extends Rect {
  id: string;
  group: ArchGroup;
  /** 0 for a top-level group, 1 for its children, … */
  depth: number;
}

export interface LaidOutNode extends Rect {
  id: string;
  node: ArchNode;
  /** The node drawn around this one (a MirrorMaker 2 connector inside the MirrorMaker 2 service). */
  host?: string;
}

export interface LaidOutFlow {
  id: string;
  flow: ArchFlow;
  sourceSide: Side;
  targetSide: Side;
  /** False for a flow the drawing shows by nesting instead (a connector inside its host). */
  drawn: boolean;
}

export interface DiagramLayout {
  view: DiagramView;
  width: number;
  height: number;
  /** Parents before children. */
  groups: LaidOutGroup[];
  /** Hosts before the nodes they hold. */
  nodes: LaidOutNode[];
  flows: LaidOutFlow[];
}

/** Fixed node size. */
export const NODE_WIDTH = 240;
export const NODE_HEIGHT = 68;
/** Space between columns inside a Region: edge labels sit there. */
const COLUMN_GAP = 130;
/** Space between nodes stacked in a column. */
const ROW_GAP = 34;
/** Space between sibling groups side by side (the primary and the standby side). */
const SIDE_GAP = 140;
/** Space between Availability Zones. */
const AZ_GAP = 130;
/** Extra space between a Region's clients and the Availability Zones below or above them. */
const CLIENT_GAP = 30;
/** Padding inside a group box, and the band at its top that holds its title. */
export const GROUP_PADDING = 20;
export const GROUP_TITLE = 34;
/** MirrorMaker 2 host: header above its connectors, and padding around them. */
const HOST_HEADER = 62;
const HOST_PADDING = 14;

const SLOT = NODE_HEIGHT + ROW_GAP;

/**
 * A generous estimate of the width a group's title needs (icon, text, role badge), so a narrow
 * box does not cut its own name: about 8.5 px a character at the diagram's 13 px title size.
 */
export function titleWidth(g: ArchGroup): number {
  return Math.ceil(40 + g.label.length * 8.5 + (g.role ? 80 : 0));
}

/** Whether a node or flow of this phase is drawn in the view. */
export function inView(phase: ArchNode["phase"], view: DiagramView): boolean {
  return phase === "always" || phase === view;
}

const INNER_ORDER: NodeKind[] = ["msk-replicator", "mm2-service", "msk-connect-connector", "s3-bucket"];

interface Placed {
  /** Node rectangles relative to the content origin. */
  nodes: LaidOutNode[];
  groups: LaidOutGroup[];
  width: number;
  height: number;
  /** y (relative) of the anchor row (the cluster's centre), for lining the sides up. */
  anchorY: number;
}

function translate(p: Placed, dx: number, dy: number): void {
  for (const n of p.nodes) {
    n.x += dx;
    n.y += dy;
  }
  for (const g of p.groups) {
    g.x += dx;
    g.y += dy;
  }
}

/** Stacks a column of nodes (a host grows to hold its connectors); y relative to the column top. */
function column(nodes: ArchNode[], all: ArchNode[]): { items: LaidOutNode[]; height: number; width: number } {
  const items: LaidOutNode[] = [];
  let y = 0;
  let width = 0;
  for (const n of nodes) {
    const hosted = n.kind === "mm2-service" ? all.filter((c) => c.kind === "mm2-connector" && c.group === n.group) : [];
    if (hosted.length) {
      const w = NODE_WIDTH + 2 * HOST_PADDING;
      const h = HOST_HEADER + hosted.length * NODE_HEIGHT + (hosted.length - 1) * (ROW_GAP / 2) + HOST_PADDING;
      items.push({ id: n.id, node: n, x: 0, y, width: w, height: h });
      hosted.forEach((c, i) => {
        items.push({
          id: c.id,
          node: c,
          host: n.id,
          x: HOST_PADDING,
          y: y + HOST_HEADER + i * (NODE_HEIGHT + ROW_GAP / 2),
          width: NODE_WIDTH,
          height: NODE_HEIGHT,
        });
      });
      y += h + ROW_GAP;
      width = Math.max(width, w);
    } else {
      items.push({ id: n.id, node: n, x: 0, y, width: NODE_WIDTH, height: NODE_HEIGHT });
      y += SLOT;
      width = Math.max(width, NODE_WIDTH);
    }
  }
  return { items, height: Math.max(0, y - ROW_GAP), width };
}

interface Ctx {
  arch: Architecture;
  childrenOf: Map<string | undefined, ArchGroup[]>;
  /** Which side a group is on (from its own role or its top-level ancestor's). */
  sideOf: (g: ArchGroup) => "primary" | "standby";
  /** Offset of the inner column on each side, so an edge crossing to the far side's inner column misses the near one. */
  innerShift: { primary: number; standby: number };
}

/** Lays out a group and its contents; coordinates relative to the group's top-left corner. */
function placeGroup(ctx: Ctx, g: ArchGroup, depth: number): Placed {
  const own = ctx.arch.nodes.filter((n) => n.group === g.id);
  const children = ctx.childrenOf.get(g.id) ?? [];
  const nodes: LaidOutNode[] = [];
  const groups: LaidOutGroup[] = [];
  const top = GROUP_TITLE;
  const left = GROUP_PADDING;
  let contentW: number;
  let contentH: number;
  let anchorY: number;

  const producers = own.filter((n) => n.kind === "producers");
  const consumers = own.filter((n) => n.kind === "consumers");

  if (children.length) {
    // Child groups in a row; the group's own clients above (producers) and below (consumers) them.
    const placed = children.map((c) => placeGroup(ctx, c, depth + 1));
    const gap = children.every((c) => c.kind === "availability-zone") ? AZ_GAP : SIDE_GAP;
    const rowW = placed.reduce((s, p) => s + p.width, 0) + gap * (placed.length - 1);
    const rowH = Math.max(...placed.map((p) => p.height));
    const rowOf = (list: ArchNode[]) => list.length * NODE_WIDTH + (list.length - 1) * COLUMN_GAP;
    contentW = Math.max(rowW, rowOf(producers), rowOf(consumers));
    // Clients sit a little further from the child boxes, so an edge's label clears a box's title.
    const aboveH = producers.length ? SLOT + CLIENT_GAP : 0;
    let x = (contentW - rowW) / 2;
    let firstAnchor: number | undefined;
    for (const p of placed) {
      const dy = top + aboveH + (rowH - p.height) / 2;
      translate(p, left + x, dy);
      firstAnchor ??= dy + p.anchorY;
      nodes.push(...p.nodes);
      groups.push(...p.groups);
      x += p.width + gap;
    }
    const placeRow = (list: ArchNode[], y: number) => {
      let rx = left + (contentW - rowOf(list)) / 2;
      for (const n of list) {
        nodes.push({ id: n.id, node: n, x: rx, y, width: NODE_WIDTH, height: NODE_HEIGHT });
        rx += NODE_WIDTH + COLUMN_GAP;
      }
    };
    placeRow(producers, top);
    placeRow(consumers, top + aboveH + rowH + ROW_GAP + CLIENT_GAP);
    contentH = aboveH + rowH + (consumers.length ? SLOT + CLIENT_GAP : 0);
    anchorY = firstAnchor ?? top + aboveH + rowH / 2;
    // Anything else the group holds directly goes in a row at the bottom.
    const rest = own.filter((n) => n.kind !== "producers" && n.kind !== "consumers");
    if (rest.length) {
      placeRow(rest, top + contentH + ROW_GAP);
      contentH += SLOT;
      contentW = Math.max(contentW, rowOf(rest));
    }
  } else {
    // Outer column: producers, the cluster (or broker), consumers. Inner column: the replication machinery.
    const core = own.filter((n) => n.kind === "kafka-cluster" || n.kind === "broker");
    const inner = own
      .filter((n) => INNER_ORDER.includes(n.kind))
      .sort((a, b) => INNER_ORDER.indexOf(a.kind) - INNER_ORDER.indexOf(b.kind));
    const leftovers = own.filter(
      (n) =>
        !core.includes(n) &&
        !inner.includes(n) &&
        n.kind !== "producers" &&
        n.kind !== "consumers" &&
        n.kind !== "mm2-connector",
    );
    // Connectors without a host in their group still need a place.
    const orphans = own.filter((n) => n.kind === "mm2-connector" && !own.some((h) => h.kind === "mm2-service"));
    const outer = [...producers, ...core, ...consumers];
    // The anchor is the centre of the core (cluster) rows; y relative to it first, shifted below.
    const outerStart = -(producers.length * SLOT) - (Math.max(core.length, 1) * SLOT - ROW_GAP) / 2;
    const outerItems = outer.map(
      (n, i) =>
        ({ id: n.id, node: n, x: 0, y: outerStart + i * SLOT, width: NODE_WIDTH, height: NODE_HEIGHT }) as LaidOutNode,
    );
    const col = column([...inner, ...orphans, ...leftovers], ctx.arch.nodes);
    const side = ctx.sideOf(g);
    const shift = ctx.innerShift[side];
    const innerStart = -col.height / 2 + shift;
    const innerItems = col.items.map((n) => ({ ...n, y: n.y + innerStart }));
    const outerW = outer.length ? NODE_WIDTH : 0;
    const gap = outerW && col.width ? COLUMN_GAP : 0;
    // Primary: outer | inner (the machinery faces the standby). Standby: inner | outer.
    const innerX = side === "primary" ? outerW + gap : 0;
    const outerX = side === "primary" ? 0 : col.width + gap;
    for (const n of outerItems) n.x = outerX;
    for (const n of innerItems) n.x += innerX;
    const all = [...outerItems, ...innerItems];
    const minY = Math.min(...all.map((n) => n.y));
    const maxY = Math.max(...all.map((n) => n.y + n.height));
    for (const n of all) {
      n.x += left;
      n.y += top - minY;
      nodes.push(n);
    }
    contentW = outerW + gap + col.width;
    contentH = maxY - minY;
    anchorY = top - minY;
  }

  // A box at least as wide as its title; the content is centred in it.
  const width = Math.max(contentW + 2 * GROUP_PADDING, titleWidth(g));
  const extra = (width - contentW - 2 * GROUP_PADDING) / 2;
  if (extra > 0) translate({ nodes, groups, width, height: 0, anchorY: 0 }, extra, 0);
  const height = top + contentH + GROUP_PADDING;
  groups.unshift({ id: g.id, group: g, depth, x: 0, y: 0, width, height });
  // Children were placed relative to this group's origin already; nothing else to shift.
  return { nodes, groups, width, height, anchorY };
}

const SIDE_RANK = { primary: 0, standby: 1, shared: 2 } as const;

/**
 * Places the architecture's groups and nodes for one view. Nodes and flows whose phase does not
 * apply to the view are left out; groups are kept (their size does not change between views).
 */
export function layoutArchitecture(arch: Architecture, view: DiagramView): DiagramLayout {
  const childrenOf = new Map<string | undefined, ArchGroup[]>();
  for (const g of arch.groups) {
    const key = g.parent && arch.groups.some((p) => p.id === g.parent) ? g.parent : undefined;
    childrenOf.set(key, [...(childrenOf.get(key) ?? []), g]);
  }
  const tops = [...(childrenOf.get(undefined) ?? [])].sort(
    (a, b) => SIDE_RANK[a.role ?? "shared"] - SIDE_RANK[b.role ?? "shared"],
  );
  const byId = new Map(arch.groups.map((g) => [g.id, g]));
  const sideOf = (g: ArchGroup): "primary" | "standby" => {
    let cur: ArchGroup | undefined = g;
    while (cur) {
      if (cur.role === "primary" || cur.role === "standby") return cur.role;
      cur = cur.parent ? byId.get(cur.parent) : undefined;
    }
    return "primary";
  };
  const innerNodes = (side: "primary" | "standby") =>
    arch.nodes.some((n) => INNER_ORDER.includes(n.kind) && byId.has(n.group) && sideOf(byId.get(n.group)!) === side);
  // When both sides have an inner column, an edge from one cluster to the far inner column would run
  // through the near one: move the primary's inner column down half a row and the standby's up.
  const both = innerNodes("primary") && innerNodes("standby");
  const ctx: Ctx = {
    arch,
    childrenOf,
    sideOf,
    innerShift: { primary: both ? SLOT / 2 : 0, standby: both ? -SLOT / 2 : 0 },
  };

  // Top-level sides in a row, lined up on their anchor (the cluster row), then equal heights.
  const placed = tops.map((g) => placeGroup(ctx, g, 0));
  const anchor = Math.max(0, ...placed.map((p) => p.anchorY));
  let x = 0;
  const nodes: LaidOutNode[] = [];
  const groups: LaidOutGroup[] = [];
  for (const p of placed) {
    translate(p, x, anchor - p.anchorY);
    nodes.push(...p.nodes);
    groups.push(...p.groups);
    x += p.width + SIDE_GAP;
  }
  const bottom = Math.max(0, ...groups.map((g) => g.y + g.height));
  // Stretch each side's outermost box to the common top and bottom (tidier, and still encloses its children).
  for (const g of groups)
    if (g.depth === 0) {
      g.height = bottom;
      g.y = 0;
    }

  const visible = nodes.filter((n) => inView(n.node.phase, view));
  // Hosts before the nodes they hold (React Flow wants parents first, and the host is drawn beneath).
  visible.sort((a, b) => Number(!!a.host) - Number(!!b.host));
  const at = new Map(visible.map((n) => [n.id, n]));
  const flows: LaidOutFlow[] = [];
  for (const f of arch.flows) {
    if (!inView(f.phase, view)) continue;
    const s = at.get(f.from);
    const t = at.get(f.to);
    if (!s || !t) continue;
    const hosted = t.host === s.id || s.host === t.id;
    flows.push({ id: f.id, flow: f, ...sides(s, t, visible), drawn: !hosted });
  }
  const width = Math.max(0, ...groups.map((g) => g.x + g.width), ...nodes.map((n) => n.x + n.width));
  return { view, width, height: bottom, groups, nodes: visible, flows };
}

const centre = (r: Rect) => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 });

/** Which sides an edge leaves and enters: facing sides, or under both when a node sits between them on a row. */
function sides(s: LaidOutNode, t: LaidOutNode, all: LaidOutNode[]): { sourceSide: Side; targetSide: Side } {
  const a = centre(s);
  const b = centre(t);
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const horizontalOverlap = s.x < t.x + t.width && t.x < s.x + s.width;
  if (horizontalOverlap)
    return dy >= 0 ? { sourceSide: "bottom", targetSide: "top" } : { sourceSide: "top", targetSide: "bottom" };
  if (Math.abs(dy) < 1) {
    const lo = Math.min(a.x, b.x);
    const hi = Math.max(a.x, b.x);
    const blocked = all.some(
      (n) => n !== s && n !== t && !n.host && centre(n).x > lo && centre(n).x < hi && n.y < a.y && n.y + n.height > a.y,
    );
    if (blocked) return { sourceSide: "bottom", targetSide: "bottom" };
  }
  return dx >= 0 ? { sourceSide: "right", targetSide: "left" } : { sourceSide: "left", targetSide: "right" };
}

/** True when two rectangles share any area (touching edges do not count). */
export function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** True when `inner` lies inside `outer`. */
export function contains(outer: Rect, inner: Rect): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.y + inner.height <= outer.y + outer.height
  );
}
