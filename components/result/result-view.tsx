import type { PermalinkIssue } from "@/lib/answers";
import type { Plan } from "@/lib/scoring";
import { PermalinkNotice } from "@/components/ui/permalink-notice";
import { NewTabNote } from "@/components/ui/source-link";
import { editUrl, viewUrl } from "@/lib/answers/urls";
import { ArchitectureSlot, DeliverablesSlot } from "./lazy-panels";
import { ResultActions } from "./result-actions";
import { Section } from "./section";
import { StaticReport } from "./static-report";

/**
 * The result for a plan, rendered on the server: the heading, the reasons and the numbers arrive
 * as HTML (the first paint is the answer, and a pasted link previews it). Everything but the
 * heading is a static part (the summary with the contradictions and limits above everything else,
 * the key figures, the long lists), sent as HTML only and never hydrated (static-report.tsx); only
 * the actions and the lazily loaded diagram and code are client islands.
 */
export function ResultView({ plan, issues }: { plan: Plan; issues: readonly PermalinkIssue[] }) {
  const best = plan.options.find((o) => o.id === plan.recommendation) ?? plan.options[0]!;
  return (
    <>
      <PermalinkNotice issues={issues} />
      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_20rem] lg:gap-10">
        <header>
          <p className="text-sm font-semibold tracking-wide text-muted uppercase">Your recommendation</p>
          <h1 className="mt-1 text-3xl font-bold tracking-tight sm:text-4xl">{`Recommended: ${best.name}`}</h1>
          <StaticReport part="summary" answers={plan.answers} />
          <ResultActions
            permalink={plan.permalink}
            resultUrl={viewUrl("result", plan.answers)}
            editHref={editUrl(plan.answers, 0)}
          />
        </header>
        <StaticReport part="glance" answers={plan.answers} />
      </div>

      <StaticReport part="comparison" answers={plan.answers} />

      <Section id="architecture" title="Architecture">
        <ArchitectureSlot answers={plan.answers} />
      </Section>

      <StaticReport part="details" answers={plan.answers} />

      <Section id="deliverables" title="Code and runbook">
        <DeliverablesSlot answers={plan.answers} />
      </Section>

      <StaticReport part="answers" answers={plan.answers} />
      <NewTabNote />
    </>
  );
}
