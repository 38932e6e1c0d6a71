"use client";

import { STEPS } from "@/lib/answers/questions";
import { useWizardStore } from "./store";

/** The steps of the wizard: the current one marked, visited ones reachable, later ones not yet. */
export function ProgressSteps({ onJump }: { onJump: (step: number) => void }) {
  const step = useWizardStore((s) => s.step);
  const visited = useWizardStore((s) => s.visited);
  return (
    <nav aria-label="Wizard steps" className="mb-6">
      <ol className="grid grid-cols-5 gap-1.5 sm:gap-2">
        {STEPS.map((s, i) => {
          const current = i === step;
          const reachable = visited.includes(i);
          const state = current ? "current" : reachable ? "visited" : "upcoming";
          const bar = current ? "bg-accent" : reachable ? "bg-accent/50" : "bg-meter-track";
          const content = (
            <>
              <span aria-hidden="true" className={`block h-1.5 w-full rounded-full ${bar}`} />
              <span className="mt-2 flex items-baseline gap-1.5 text-left">
                <span
                  aria-hidden="true"
                  className={`inline-flex size-6 shrink-0 items-center justify-center rounded-full border text-xs font-bold ${
                    current
                      ? "border-accent bg-accent text-accent-fg"
                      : reachable
                        ? "border-accent text-accent"
                        : "border-border text-muted"
                  }`}
                >
                  {reachable && !current ? "✓" : i + 1}
                </span>
                <span
                  className={`hidden text-sm md:inline ${current ? "font-semibold text-fg" : reachable ? "text-fg" : "text-muted"}`}
                >
                  {s.title}
                </span>
                <span className="sr-only md:hidden">{s.title}</span>
                <span className="sr-only">
                  {state === "current" ? " (current step)" : state === "visited" ? " (visited)" : " (not yet reached)"}
                </span>
              </span>
            </>
          );
          return (
            <li key={s.id} className="min-w-0">
              {reachable ? (
                <button
                  type="button"
                  onClick={() => onJump(i)}
                  aria-current={current ? "step" : undefined}
                  className="block w-full rounded-md p-1 text-left hover:bg-surface-2"
                >
                  <span className="sr-only">Step {i + 1}: </span>
                  {content}
                </button>
              ) : (
                <div className="block w-full p-1" aria-disabled="true">
                  <span className="sr-only">Step {i + 1}: </span>
                  {content}
                </div>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
