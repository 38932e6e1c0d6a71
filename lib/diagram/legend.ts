import type { Architecture } from "@/lib/architecture";
import type { DiagramLayout } from "./layout";
import type { FlowKind } from "./style";

// The diagram's legend, once for both renderers: the page draws it under the canvas, the SVG
// document under the drawing, with the same entries in the same order and the same words.

/** A legend entry: a line in the colour of the flows it names, or the dashed frame of a failover-only card. */
export type LegendEntry =
  { sample: "line"; kind: FlowKind; dashed: boolean; words: string } | { sample: "failover-only"; words: string };

/** Flow kinds and their words, in legend order; one entry may name several kinds (drawn in the first one's colour). */
const FLOW_LEGEND: readonly { kinds: readonly FlowKind[]; words: string; dashed: boolean }[] = [
  { kinds: ["replication"], words: "Replication (dashed: live)", dashed: true },
  { kinds: ["client"], words: "Producers and consumers", dashed: false },
  { kinds: ["backup", "restore"], words: "Backup and restore", dashed: false },
  { kinds: ["in-cluster"], words: "Inside a cluster", dashed: false },
];

/**
 * What the legend of one view shows: an entry for each kind of flow drawn in it, then, when the
 * view has a card that exists only after failover, what its dashed frame means.
 */
export function legendEntries(arch: Architecture, layout: DiagramLayout): LegendEntry[] {
  const drawn = new Set(layout.flows.filter((f) => f.drawn).map((f) => f.flow.kind));
  const entries: LegendEntry[] = FLOW_LEGEND.filter(({ kinds }) => kinds.some((k) => drawn.has(k))).map(
    ({ kinds, words, dashed }) => ({ sample: "line", kind: kinds[0]!, dashed, words }),
  );
  if (layout.nodes.some((l) => l.node.phase === "failover"))
    entries.push({ sample: "failover-only", words: `Only ${arch.failoverLabel.toLowerCase()}` });
  return entries;
}
