"use client";

import dynamic from "next/dynamic";
import type { Plan } from "@/lib/scoring";
import { Skeleton } from "@/components/ui/skeleton";

// Loaded lazily and only in the browser: React Flow and code highlighting stay out of the first page's bundle.
const ArchitectureDiagram = dynamic(() => import("@/components/diagram/architecture-diagram").then((m) => m.ArchitectureDiagram), {
  ssr: false,
  loading: () => <Skeleton label="Loading the architecture diagram" className="h-[36rem]" />,
});

const DeliverablesPanel = dynamic(() => import("@/components/deliverables/deliverables-panel").then((m) => m.DeliverablesPanel), {
  ssr: false,
  loading: () => <Skeleton label="Loading the code and runbook" className="h-[22rem]" />,
});

/** Both slots reserve their height, so nothing below them moves when they arrive. */
export function ArchitectureSlot({ plan }: { plan: Plan }) {
  return (
    <div className="min-h-[38rem] min-w-0 overflow-hidden rounded-xl border border-border bg-surface p-4">
      <ArchitectureDiagram plan={plan} />
    </div>
  );
}

export function DeliverablesSlot({ plan }: { plan: Plan }) {
  return (
    <div className="min-h-[24rem] min-w-0 overflow-hidden rounded-xl border border-border bg-surface p-4">
      <DeliverablesPanel plan={plan} />
    </div>
  );
}
