"use client";

import type { Plan } from "@/lib/scoring";

/** Placeholder until the diagram lands (issue 4): the result page loads this lazily. */
export function ArchitectureDiagram({ plan }: { plan: Plan }) {
  return <p className="text-sm text-slate-600 dark:text-slate-300">The architecture diagram for {plan.recommendation} will appear here.</p>;
}
