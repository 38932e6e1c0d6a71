import type { ReactNode } from "react";
import type { PermalinkIssue } from "@/lib/answers";
import { OPTIONS } from "@/lib/knowledge";
import type { Plan } from "@/lib/scoring";
import { PermalinkNotice } from "@/components/ui/permalink-notice";
import { editUrl, viewUrl } from "@/lib/answers/urls";
import { AnswersSummary } from "./answers-summary";
import { AlsoConsiderSection, CaveatsSection, PlanHeadlines } from "./caveats-section";
import { CostSection } from "./cost-section";
import { FlipsSection } from "./flips-section";
import { ArchitectureSlot, DeliverablesSlot } from "./lazy-panels";
import { OptionCards, ReasonsByOption } from "./option-cards";
import { AtAGlance, ObjectiveWarning, RecoverySection } from "./recovery-section";
import { ResultActions } from "./result-actions";

function Section({ id, title, intro, children }: { id: string; title: string; intro?: ReactNode; children: ReactNode }) {
  return (
    // The id makes each section a deep link, e.g. /result?…#cost.
    <section id={id} aria-labelledby={`${id}-heading`} className="mt-12">
      <h2 id={`${id}-heading`} className="text-xl font-bold sm:text-2xl">
        {title}
      </h2>
      {intro ? <p className="mt-1 max-w-3xl text-sm text-muted">{intro}</p> : null}
      <div className="mt-4">{children}</div>
    </section>
  );
}

/**
 * The result for a plan, rendered on the server: the heading, the reasons and the numbers arrive
 * as HTML (the first paint is the answer, and a pasted link previews it); only the actions and
 * the lazily loaded diagram and code are client islands.
 */
export function ResultView({ plan, issues }: { plan: Plan; issues: readonly PermalinkIssue[] }) {
  const best = plan.options.find((o) => o.id === plan.recommendation) ?? plan.options[0]!;
  return (
    <>
      <PermalinkNotice issues={issues} />
      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_20rem] lg:gap-10">
        <header>
          <p className="text-sm font-semibold tracking-wide text-muted uppercase">Your recommendation</p>
          <h1 className="mt-1 text-3xl font-bold tracking-tight sm:text-4xl">Recommended: {best.name}</h1>
          <p className="mt-4 text-base leading-relaxed sm:text-lg">{plan.summary}</p>
          <PlanHeadlines plan={plan} />
          <ObjectiveWarning plan={plan} />
          <ResultActions permalink={plan.permalink} resultUrl={viewUrl("result", plan.answers)} editHref={editUrl(plan.answers, 0)} />
        </header>
        <AtAGlance plan={plan} />
      </div>

      <Section id="options" title="The four options compared" intro="Best first. Ruled-out options cannot do the job at all, whatever they would have scored.">
        <OptionCards plan={plan} />
      </Section>

      <Section id="reasons" title="Reasons for and against" intro="Scores start at 40; each criterion gives or takes points. Every point links to its source; “Unverified” marks evidence not yet checked against a primary source.">
        <ReasonsByOption plan={plan} />
      </Section>

      <Section id="flips" title="What would change this" intro="Single answer changes that would give a different recommendation. Each link opens that variant.">
        <FlipsSection plan={plan} />
      </Section>

      <Section id="architecture" title="Architecture">
        <ArchitectureSlot answers={plan.answers} />
      </Section>

      <Section id="cost" title="Monthly cost estimate" intro="At us-east-1 list prices, with the standby cluster for the options that keep one and data transfer priced by the source Region; the primary cluster is excluded, every option needs it.">
        <CostSection plan={plan} />
      </Section>

      <Section id="recovery" title="Recovery point and time" intro="What each option can be expected to reach with your numbers, against your objectives.">
        <RecoverySection plan={plan} />
      </Section>

      <Section id="caveats" title={`Caveats of ${OPTIONS[plan.recommendation].short}`} intro="What the team must know before relying on the recommended option.">
        <CaveatsSection plan={plan} />
      </Section>

      <Section id="also-consider" title="Also consider" intro="Managed paths outside the four options that can beat the recommendation, and when.">
        <AlsoConsiderSection plan={plan} />
      </Section>

      <Section id="deliverables" title="Code and runbook">
        <DeliverablesSlot answers={plan.answers} />
      </Section>

      <Section id="answers" title="Your answers">
        <AnswersSummary plan={plan} />
      </Section>
    </>
  );
}
