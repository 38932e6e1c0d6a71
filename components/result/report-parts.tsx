import type { Answers } from "@/lib/answers";
import { OPTIONS } from "@/lib/knowledge";
import { recentPlan, type Plan } from "@/lib/scoring";
import { AnswersSummary } from "./answers-summary";
import { AlsoConsiderSection, CaveatsSection, PlanHeadlines } from "./caveats-section";
import { CostSection } from "./cost-section";
import { FlipsSection } from "./flips-section";
import { OptionCards, ReasonsByOption } from "./option-cards";
import { AtAGlance, ObjectiveWarning, RecoverySection } from "./recovery-section";
import { Section } from "./section";

/**
 * The long, static parts of the result, between the client panels (diagram, code): plain markup
 * for a plan, with no state and no event handlers. components/result/static-report.tsx sends them
 * as HTML only (not again as flight data) and never hydrates them.
 */
export const REPORT_PARTS = {
  // In the header, under the heading: the summary, then contradictions in the answers and limits
  // that hold whatever the option, then an objective the recommendation cannot reach.
  summary: (plan: Plan) => (
    <>
      <p className="mt-4 text-base leading-relaxed sm:text-lg">{plan.summary}</p>
      <PlanHeadlines plan={plan} />
      <ObjectiveWarning plan={plan} />
    </>
  ),
  // Beside the header: the recommended option's key figures.
  glance: (plan: Plan) => <AtAGlance plan={plan} />,
  comparison: (plan: Plan) => (
    <>
      <Section
        id="options"
        title="The four options compared"
        intro="Best first. Ruled-out options cannot do the job at all, whatever they would have scored."
      >
        <OptionCards plan={plan} />
      </Section>
      <Section
        id="reasons"
        title="Reasons for and against"
        intro="Scores start at 40; each criterion gives or takes points. Every point links to its source; “Unverified” marks evidence not yet checked against a primary source."
      >
        <ReasonsByOption plan={plan} />
      </Section>
      <Section
        id="flips"
        title="What would change this"
        intro="Single answer changes that would give a different recommendation. Each link opens that variant."
      >
        <FlipsSection plan={plan} />
      </Section>
    </>
  ),
  details: (plan: Plan) => (
    <>
      <Section
        id="cost"
        title="Monthly cost estimate"
        intro="At us-east-1 list prices, with the standby cluster for the options that keep one and data transfer priced by the source Region; the primary cluster is excluded, every option needs it."
      >
        <CostSection plan={plan} />
      </Section>
      <Section
        id="recovery"
        title="Recovery point and time"
        intro="What each option can be expected to reach with your numbers, against your objectives."
      >
        <RecoverySection plan={plan} />
      </Section>
      <Section
        id="caveats"
        title={`Caveats of ${OPTIONS[plan.recommendation].short}`}
        intro="What the team must know before relying on the recommended option."
      >
        <CaveatsSection plan={plan} />
      </Section>
      <Section
        id="also-consider"
        title="Also consider"
        intro="Managed paths outside the four options that can beat the recommendation, and when."
      >
        <AlsoConsiderSection plan={plan} />
      </Section>
    </>
  ),
  answers: (plan: Plan) => (
    <Section id="answers" title="Your answers">
      <AnswersSummary plan={plan} />
    </Section>
  ),
} as const;

export type ReportPartName = keyof typeof REPORT_PARTS;

/** One part of the report for the answers, in the element static-report.tsx keeps in the browser. */
export default function ReportPart({
  part,
  answers,
  domId,
}: {
  part: ReportPartName;
  answers: Answers;
  domId: string;
}) {
  // The plan the page computed for its data a moment before, in the same process.
  const plan = recentPlan(answers);
  return <div id={domId}>{REPORT_PARTS[part](plan)}</div>;
}
