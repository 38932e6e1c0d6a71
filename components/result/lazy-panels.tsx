"use client";

import dynamic from "next/dynamic";
import { useEffect, useMemo, useRef, type ComponentType } from "react";
import { create } from "zustand";
import type { Answers } from "@/lib/answers";
import type { Plan } from "@/lib/scoring";
import { Skeleton } from "@/components/ui/skeleton";

// The plan of the answers on the page, computed once for both panels (each gets its own copy of
// the answers from the server, so the cache is keyed by their content).
let lastPlan: { key: string; plan: Plan } | undefined;

/**
 * A panel's code with the plan computed in the browser: the server sends only the answers, and
 * the scoring library, React Flow and the generators arrive together in the panel's own chunk.
 */
function forAnswers(load: () => Promise<ComponentType<{ plan: Plan }>>) {
  return async () => {
    const [Panel, { buildPlan }] = await Promise.all([load(), import("@/lib/scoring")]);
    const planOf = (answers: Answers) => {
      const key = JSON.stringify(answers);
      if (lastPlan?.key !== key) lastPlan = { key, plan: buildPlan(answers) };
      return lastPlan.plan;
    };
    return function PanelForAnswers({ answers }: { answers: Answers }) {
      const plan = useMemo(() => planOf(answers), [answers]);
      return <Panel plan={plan} />;
    };
  };
}

const ArchitectureDiagram = dynamic(
  forAnswers(() => import("@/components/diagram/architecture-diagram").then((m) => m.ArchitectureDiagram)),
  { ssr: false, loading: () => <Skeleton label="Loading the architecture diagram" className="h-[36rem]" /> },
);

const DeliverablesPanel = dynamic(
  forAnswers(() => import("@/components/deliverables/deliverables-panel").then((m) => m.DeliverablesPanel)),
  { ssr: false, loading: () => <Skeleton label="Loading the code and runbook" className="h-[22rem]" /> },
);

/**
 * Whether the heavy panels have been asked for. Once either slot comes near the viewport both
 * load: a jump straight to the code (a #hash) passes the diagram, which someone scrolling back
 * up then finds drawn rather than loading.
 */
const useRevealed = create<{ revealed: boolean; reveal: () => void }>()((set) => ({
  revealed: false,
  reveal: () => set({ revealed: true }),
}));

/** Reveals the panels when the element comes within about a screen of the viewport. */
function useRevealWhenNear(ref: React.RefObject<HTMLElement | null>) {
  const revealed = useRevealed((s) => s.revealed);
  const reveal = useRevealed((s) => s.reveal);
  useEffect(() => {
    const el = ref.current;
    if (revealed || !el) return;
    if (typeof IntersectionObserver === "undefined") return reveal();
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && reveal(), {
      rootMargin: "100% 0px",
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, revealed, reveal]);
  return revealed;
}

/** Both slots reserve their height, so nothing below them moves when they arrive. */
export function ArchitectureSlot({ answers }: { answers: Answers }) {
  const ref = useRef<HTMLDivElement>(null);
  const revealed = useRevealWhenNear(ref);
  return (
    <div ref={ref} className="min-h-[38rem] min-w-0 overflow-hidden rounded-xl border border-border bg-surface p-4">
      {revealed ? (
        <ArchitectureDiagram answers={answers} />
      ) : (
        <Skeleton label="The architecture diagram loads as you scroll to it" className="h-[36rem]" />
      )}
    </div>
  );
}

export function DeliverablesSlot({ answers }: { answers: Answers }) {
  const ref = useRef<HTMLDivElement>(null);
  const revealed = useRevealWhenNear(ref);
  return (
    <div ref={ref} className="min-h-[24rem] min-w-0 overflow-hidden rounded-xl border border-border bg-surface p-4">
      {revealed ? (
        <DeliverablesPanel answers={answers} />
      ) : (
        <Skeleton label="The code and runbook load as you scroll to them" className="h-[22rem]" />
      )}
    </div>
  );
}
