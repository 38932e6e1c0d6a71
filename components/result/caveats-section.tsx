import Link from "next/link";
import { OPTIONS } from "@/lib/knowledge";
import { resultUrl } from "@/lib/routes";
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

/** Contradictions in the answers and headlines that hold whatever the option, shown above everything else. */
export function PlanHeadlines({ plan }: { plan: Plan }) {
  const contradictions = plan.contradictions ?? [];
  const warnings = (plan.warnings ?? []).filter((w) => w.kind !== "version");
  if (contradictions.length === 0 && warnings.length === 0) return null;
  return (
    <ul aria-label="Before anything else" className="mt-4 space-y-2">
      {contradictions.map((c, i) => (
        <li key={`c${i}`} className="rounded-md border border-warn bg-warn-soft p-3 text-sm">
          <p>
            <strong>Contradiction: </strong>
            {c.text} Read consistently ({c.reading}): {/* Straight to that result, fetched only when followed. */}
            <Link href={resultUrl(c.permalink)} prefetch={false}>
              the recommendation is {OPTIONS[c.recommendation].name}
            </Link>
            .
          </p>
          <SourceLink href={c.source} />
        </li>
      ))}
      {warnings.map((w, i) => (
        <li key={`w${i}`} className="rounded-md border border-warn bg-warn-soft p-3 text-sm">
          <p>
            <strong>{w.kind === "out-of-reach" ? "Out of reach: " : "Limit: "}</strong>
            {w.text}
          </p>
          <SourceLink href={w.source} />
        </li>
      ))}
    </ul>
  );
}

/** Managed paths outside the four options that can beat the recommendation, with when and a source. */
export function AlsoConsiderSection({ plan }: { plan: Plan }) {
  const items = plan.alsoConsider ?? [];
  const versions = (plan.warnings ?? []).filter((w) => w.kind === "version");
  if (items.length === 0 && versions.length === 0)
    return <p className="text-muted">Nothing else to name for these answers.</p>;
  return (
    <ul className="grid gap-3 md:grid-cols-2">
      {items.map((x) => (
        <li key={x.id} className="rounded-lg border border-border bg-surface p-4">
          <h3 className="font-semibold">{x.name}</h3>
          <p className="mt-1 text-sm">{x.when}</p>
          <SourceLink href={x.source} />
        </li>
      ))}
      {versions.map((w, i) => (
        <li key={`v${i}`} className="rounded-lg border border-border bg-surface p-4">
          <h3 className="font-semibold">Check the source&apos;s Kafka version</h3>
          <p className="mt-1 text-sm">{w.text}</p>
          <SourceLink href={w.source} />
        </li>
      ))}
    </ul>
  );
}
