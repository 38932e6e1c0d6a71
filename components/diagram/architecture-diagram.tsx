"use client";

import "@xyflow/react/dist/style.css";
import "./diagram.css";

import { Controls, MiniMap, ReactFlow, ReactFlowProvider, useReactFlow } from "@xyflow/react";
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from "react";
import { architectureTitle, buildArchitecture } from "@/lib/architecture";
import {
  edgeColour,
  groupStyle,
  inView,
  layoutArchitecture,
  legendEntries,
  type DiagramView,
  type Theme,
} from "@/lib/diagram";
import type { OptionId } from "@/lib/knowledge";
import type { Plan } from "@/lib/scoring";
import { diagramPng, diagramSvg, download, downloadText } from "./diagram-image";
import { EDGE_TYPES, NODE_TYPES } from "./diagram-nodes";
import { DiagramLegend } from "./diagram-legend";
import { DiagramTables } from "./diagram-tables";
import { NodePanel } from "./node-panel";
import { toReactFlow, type DiagramNode, type FlowEdge } from "./to-react-flow";

function subscribeTheme(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ["class"] });
  return () => observer.disconnect();
}
const isDarkNow = () => document.documentElement.classList.contains("dark");

const LARGE = "(min-width: 1024px)";
function subscribeLarge(onChange: () => void): () => void {
  const media = matchMedia(LARGE);
  media.addEventListener("change", onChange);
  return () => media.removeEventListener("change", onChange);
}
const isLargeNow = () => matchMedia(LARGE).matches;

/**
 * The interactive architecture diagram of a plan: a thin React Flow adapter over the diagram
 * core (lib/diagram: layout, colours, legend, edge paths). Loaded lazily (ssr: false) by the result page only.
 */
export function ArchitectureDiagram({ plan }: { plan: Plan }) {
  return (
    <ReactFlowProvider>
      <Diagram plan={plan} />
    </ReactFlowProvider>
  );
}

function Diagram({ plan }: { plan: Plan }) {
  // The picked option belongs to one set of answers: new answers show their own recommendation.
  const [picked, setPicked] = useState<{ permalink: string; option: OptionId }>();
  const option = picked?.permalink === plan.permalink ? picked.option : plan.recommendation;
  const [view, setView] = useState<DiagramView>("steady");
  const [openId, setOpenId] = useState<string>();
  const [busy, setBusy] = useState<"png" | "svg">();
  const [error, setError] = useState<string>();
  const container = useRef<HTMLDivElement>(null);
  const dark = useSyncExternalStore(subscribeTheme, isDarkNow, () => false);
  const theme: Theme = dark ? "dark" : "light";
  const large = useSyncExternalStore(subscribeLarge, isLargeNow, () => false);
  const { getNodes, fitView } = useReactFlow<DiagramNode, FlowEdge>();

  const arch = useMemo(() => buildArchitecture(plan, option), [plan, option]);
  const layout = useMemo(() => layoutArchitecture(arch, view), [arch, view]);
  const openNode = arch.nodes.find((n) => n.id === openId && inView(n.phase, view));
  const { nodes, edges } = useMemo(
    () => toReactFlow(arch, layout, openNode?.id, theme),
    [arch, layout, openNode?.id, theme],
  );
  const legend = useMemo(() => legendEntries(arch, layout), [arch, layout]);
  const assessment = plan.options.find((o) => o.id === option);
  const title = architectureTitle(arch);

  const focusNode = useCallback((id: string) => {
    requestAnimationFrame(() => {
      container.current?.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`)?.focus();
    });
  }, []);
  const close = useCallback(() => {
    if (!openId) return;
    setOpenId(undefined);
    focusNode(openId);
  }, [openId, focusNode]);

  const fileName = (ext: string) =>
    `${arch.name}-${option}${view === "failover" ? "-failover" : ""}-architecture.${ext}`;
  const exportImage = async (kind: "png" | "svg") => {
    const el = container.current;
    if (!el) return;
    setBusy(kind);
    setError(undefined);
    try {
      if (kind === "png") download(fileName("png"), await diagramPng(el, getNodes()));
      else downloadText(fileName("svg"), await diagramSvg(el, getNodes()), "image/svg+xml");
    } catch (e) {
      setError(`The ${kind.toUpperCase()} could not be made: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(undefined);
    }
  };

  const onCanvasKeyDown = (e: React.KeyboardEvent<HTMLDivElement>) => {
    if (e.key === "Escape" && openId) {
      close();
      return;
    }
    if (e.key !== "Enter" && e.key !== " ") return;
    const id = (e.target as HTMLElement).closest<HTMLElement>(".react-flow__node-service")?.dataset.id;
    if (id) {
      e.preventDefault();
      setOpenId(id);
    }
  };

  const visibleCount = layout.nodes.length;
  const fitOptions = useMemo(
    () => ({ padding: { top: "16px", left: "16px", right: "16px", bottom: large ? "104px" : "56px" } as const }),
    [large],
  );
  // Keep the whole graph in view when the canvas is resized (a rotated phone, a wider window).
  useEffect(() => {
    const el = container.current;
    if (!el) return;
    let frame = 0;
    const observer = new ResizeObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => void fitView(fitOptions));
    });
    observer.observe(el);
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [fitView, fitOptions, option]);
  return (
    <div className="space-y-3" data-testid="architecture-diagram">
      <div className="flex flex-wrap items-end gap-3">
        <label className="flex min-w-0 max-w-full flex-col gap-1 text-sm font-medium text-fg">
          Option drawn
          <select
            id="diagram-option"
            name="diagram-option"
            value={option}
            onChange={(e) => {
              setPicked({ permalink: plan.permalink, option: e.target.value as OptionId });
              setOpenId(undefined);
            }}
            className="min-h-10 max-w-full rounded-md border border-border bg-surface px-3 py-2 text-sm text-fg"
          >
            {plan.options.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
                {o.id === plan.recommendation ? " (recommended)" : o.eligible ? "" : " (ruled out)"}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          aria-pressed={view === "failover"}
          onClick={() => setView(view === "failover" ? "steady" : "failover")}
          className={`inline-flex min-h-10 items-center gap-2 rounded-md border px-4 py-2 text-sm font-semibold ${
            view === "failover"
              ? "border-accent bg-accent text-accent-fg"
              : "border-border bg-surface text-fg hover:bg-surface-2"
          }`}
        >
          <svg
            aria-hidden="true"
            viewBox="0 0 24 24"
            width="16"
            height="16"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
            strokeLinecap="round"
            strokeLinejoin="round"
          >
            <path d="M4 8h13l-3-3M20 16H7l3 3" />
          </svg>
          {arch.failoverLabel}
        </button>
        <div className="flex flex-wrap gap-2 sm:ml-auto">
          <button
            type="button"
            onClick={() => exportImage("png")}
            disabled={!!busy}
            className="min-h-10 rounded-md border border-border bg-surface px-4 py-2 text-sm font-semibold text-fg hover:bg-surface-2 disabled:opacity-60"
          >
            {busy === "png" ? "Preparing PNG…" : "Download PNG"}
          </button>
          <button
            type="button"
            onClick={() => exportImage("svg")}
            disabled={!!busy}
            className="min-h-10 rounded-md border border-border bg-surface px-4 py-2 text-sm font-semibold text-fg hover:bg-surface-2 disabled:opacity-60"
          >
            {busy === "svg" ? "Preparing SVG…" : "Download SVG"}
          </button>
        </div>
      </div>
      {assessment && !assessment.eligible ? (
        <p className="rounded-md border border-warn bg-warn-soft px-3 py-2 text-sm text-fg">
          <strong>Ruled out for your answers:</strong> {assessment.blockers[0]?.text ?? "it cannot do the job."} It is
          drawn for comparison only.
        </p>
      ) : null}
      {error ? (
        <p role="alert" className="rounded-md border border-neg bg-neg-soft px-3 py-2 text-sm text-fg">
          {error}
        </p>
      ) : null}
      <p className="sr-only" aria-live="polite">
        {`${title}. Showing ${view === "failover" ? arch.failoverLabel.toLowerCase() : "normal operation"}: ${visibleCount} components.`}
      </p>
      {/* The panel takes a column beside the canvas on large screens (the canvas refits), below it on small ones. */}
      <div
        className={openNode ? "grid gap-3 lg:grid-cols-[minmax(0,1fr)_20rem]" : ""}
        style={{ containerType: "inline-size" }}
      >
        {/* As tall as the graph needs at the container's width, plus room for the controls and the mini map. */}
        <div
          ref={container}
          onKeyDown={onCanvasKeyDown}
          className="diagram-canvas w-full overflow-hidden rounded-lg border border-border"
          style={{
            height: `clamp(${large ? 20 : 15}rem, calc(100cqw * ${(layout.height / layout.width).toFixed(4)} + ${large ? 7 : 4}rem), 42rem)`,
          }}
        >
          <ReactFlow<DiagramNode, FlowEdge>
            key={option}
            aria-label={`Architecture diagram: ${title}`}
            nodes={nodes}
            edges={edges}
            nodeTypes={NODE_TYPES}
            edgeTypes={EDGE_TYPES}
            colorMode={theme}
            zIndexMode="manual"
            fitView
            fitViewOptions={fitOptions}
            minZoom={0.15}
            maxZoom={2}
            nodesDraggable={false}
            nodesConnectable={false}
            nodesFocusable
            edgesFocusable={false}
            elementsSelectable={false}
            zoomOnScroll={false}
            preventScrolling={false}
            onNodeClick={(_, node) => {
              if (node.type === "service") setOpenId(node.id);
            }}
          >
            <Controls
              showInteractive={false}
              position="bottom-left"
              orientation="horizontal"
              fitViewOptions={fitOptions}
            />
            {large ? (
              <MiniMap
                pannable
                zoomable
                position="bottom-right"
                style={{ width: 132, height: 80 }}
                ariaLabel="Overview of the diagram"
                nodeColor={(n) => (n.type === "area" ? "transparent" : edgeColour("replication", theme))}
                nodeStrokeColor={(n) =>
                  n.type === "area" ? groupStyle({ kind: "account" }, theme).stroke : "transparent"
                }
              />
            ) : null}
          </ReactFlow>
        </div>
        {openNode ? <NodePanel arch={arch} node={openNode} onClose={close} /> : null}
      </div>
      <div className="flex flex-col gap-2 text-sm text-muted lg:flex-row lg:items-start lg:justify-between">
        <p className="max-w-prose">
          <span className="font-semibold text-fg">Select a component</span> (click it, or Tab to it and press Enter) to
          see what it is, the settings the plan chose and the IaC resources it maps to.
        </p>
        <DiagramLegend entries={legend} theme={theme} />
      </div>
      <DiagramTables arch={arch} />
    </div>
  );
}
