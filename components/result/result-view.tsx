"use client";

import { useEffect, useLayoutEffect, useMemo, useState, type ReactNode } from "react";
import { decodePermalink, type PermalinkIssue } from "@/lib/answers";
import { OPTIONS } from "@/lib/knowledge";
import { buildPlan } from "@/lib/scoring";
import { PermalinkNotice } from "@/components/ui/permalink-notice";
import { Skeleton } from "@/components/ui/skeleton";
import { useWizardStore } from "@/components/wizard/store";
import { usePermalinkSync } from "@/components/wizard/use-permalink-sync";
import { AnswersSummary } from "./answers-summary";
import { CaveatsSection } from "./caveats-section";
import { CostSection } from "./cost-section";
import { FlipsSection } from "./flips-section";
import { ArchitectureSlot, DeliverablesSlot } from "./lazy-panels";
import { OptionCards, ReasonsByOption } from "./option-cards";
import { AtAGlance, ObjectiveWarning, RecoverySection } from "./recovery-section";
import { ResultActions } from "./result-actions";

export const PRODUCT = "Kafka Replication Advisor";

function Section({ id, title, intro, children }: { id: string; title: string; intro?: ReactNode; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="mt-12">
      <h2 id={`${id}-heading`} className="text-xl font-bold sm:text-2xl">
        {title}
      </h2>
      {intro ? <p className="mt-1 max-w-3xl text-sm text-muted">{intro}</p> : null}
      <div className="mt-4">{children}</div>
    </section>
  );
}

/**
 * The result for the answers in the URL. Everything is computed in the browser from the query,
 * so the page itself is static: the server renders a skeleton of the same height.
 */
export function ResultView() {
  const load = useWizardStore((s) => s.load);
  const answers = useWizardStore((s) => s.answers);
  // Set once, from the URL the page was opened with (our own replaceState calls must not change it).
  const [arrival, setArrival] = useState<{ issues: PermalinkIssue[] } | null>(null);
  const ready = arrival !== null;

  useLayoutEffect(() => {
    const decoded = decodePermalink(window.location.search);
    // Keep the wizard's place: "Edit answers" starts at the first step with these answers.
    load(decoded.answers, 0);
    // A two-pass render (React docs, "Displaying different content on the server and the client"):
    // the server cannot know the query of a static page, so the URL is read here, before paint.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setArrival({ issues: decoded.issues });
  }, [load]);

  usePermalinkSync("result", ready);

  const plan = useMemo(() => buildPlan(answers), [answers]);
  const best = plan.options.find((o) => o.id === plan.recommendation);

  useEffect(() => {
    if (!ready) return;
    document.title = `Recommended: ${OPTIONS[plan.recommendation].short} — ${PRODUCT}`;
    document.querySelector('meta[name="description"]')?.setAttribute("content", plan.summary);
  }, [ready, plan]);

  if (!arrival || !best) return <Skeleton label="Computing the recommendation" className="min-h-[100dvh]" />;

  return (
    <>
      <PermalinkNotice issues={arrival.issues} />
      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_20rem] lg:gap-10">
        <header>
          <p className="text-sm font-semibold tracking-wide text-muted uppercase">Your recommendation</p>
          <h1 className="mt-1 text-3xl font-bold tracking-tight sm:text-4xl">Recommended: {best.name}</h1>
          <p className="mt-4 text-base leading-relaxed sm:text-lg">{plan.summary}</p>
          <ObjectiveWarning plan={plan} />
          <ResultActions answers={plan.answers} />
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
        <ArchitectureSlot plan={plan} />
      </Section>

      <Section id="cost" title="Monthly cost estimate" intro="Replication only, at us-east-1 list prices: the clusters themselves cost the same whichever option runs.">
        <CostSection plan={plan} />
      </Section>

      <Section id="recovery" title="Recovery point and time" intro="What each option can be expected to reach with your numbers, against your objectives.">
        <RecoverySection plan={plan} />
      </Section>

      <Section id="caveats" title={`Caveats of ${OPTIONS[plan.recommendation].short}`} intro="What the team must know before relying on the recommended option.">
        <CaveatsSection plan={plan} />
      </Section>

      <Section id="deliverables" title="Code and runbook">
        <DeliverablesSlot plan={plan} />
      </Section>

      <Section id="answers" title="Your answers">
        <AnswersSummary plan={plan} />
      </Section>
    </>
  );
}
