import type { Plan } from "@/lib/scoring";
import { SourceLink } from "@/components/ui/source-link";

/** What the team must know about the recommended option, each with its source. */
export function CaveatsSection({ plan }: { plan: Plan }) {
  if (plan.caveats.length === 0) return <p className="text-muted">No caveats recorded for this option.</p>;
  return (
    <ul className="grid gap-3 md:grid-cols-2">
      {plan.caveats.map((c, i) => (
        <li key={i} className="rounded-lg border border-border bg-surface p-4">
          <p>{c.text}</p>
          <SourceLink href={c.source} />
        </li>
      ))}
    </ul>
  );
}
