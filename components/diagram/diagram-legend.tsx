import { LEGEND_FRAME_DASH, LIVE_DASH, SURFACE, edgeColour, type LegendEntry, type Theme } from "@/lib/diagram";

/**
 * The legend under the canvas: the diagram core's entries for the view (lib/diagram/legend.ts),
 * drawn as the SVG document draws them — a line in the flow's colour, or a dashed frame.
 */
export function DiagramLegend({ entries, theme }: { entries: readonly LegendEntry[]; theme: Theme }) {
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1" aria-label="Legend">
      {entries.map((e) => (
        <li key={e.sample === "line" ? e.kind : e.sample} className="flex items-center gap-1.5">
          {e.sample === "line" ? (
            <svg aria-hidden="true" width="24" height="8">
              <line
                x1="0"
                y1="4"
                x2="24"
                y2="4"
                stroke={edgeColour(e.kind, theme)}
                strokeWidth="2.5"
                strokeDasharray={e.dashed ? LIVE_DASH : undefined}
              />
            </svg>
          ) : (
            <svg aria-hidden="true" width="24" height="14">
              <rect
                x="0.5"
                y="0.5"
                width="23"
                height="13"
                rx="3"
                fill="none"
                stroke={SURFACE[theme].muted}
                strokeDasharray={LEGEND_FRAME_DASH}
              />
            </svg>
          )}
          <span className="text-fg">{e.words}</span>
        </li>
      ))}
    </ul>
  );
}
