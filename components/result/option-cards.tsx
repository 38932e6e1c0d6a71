import { OPTIONS } from "@/lib/knowledge";
import type { OptionAssessment, Plan, Reason } from "@/lib/scoring";
import { Badge } from "@/components/ui/badge";
import { Disclosure } from "@/components/ui/disclosure";
import { formatMinutes, formatSeconds, usd } from "@/lib/format";
import { ScoreMeter } from "@/components/ui/score-meter";
import { SourceLink } from "@/components/ui/source-link";

const CRITERION_WORDS: Record<Reason["criterion"], string> = {
  goalFit: "Goal",
  opsPreference: "Operations",
  rpoFit: "RPO",
  rtoFit: "RTO",
  offsets: "Offsets",
  activeActive: "Active-active",
  operatingEffort: "Effort",
  cost: "Cost",
  naming: "Topic names",
  throughput: "Throughput",
  partitions: "Partitions",
  connectivity: "Connectivity",
  archive: "Archive first",
};

function ReasonItem({ reason }: { reason: Reason }) {
  const sign = reason.impact > 0 ? "+" : reason.impact < 0 ? "−" : "±";
  const tone = reason.impact > 0 ? "pos" : reason.impact < 0 ? "neg" : "neutral";
  // Styled by the `reason` utility (app/globals.css): the elements inside carry no classes.
  return (
    <li className="reason">
      {/* One text node per string (template literals): React marks every seam between adjacent ones in the HTML. */}
      {/* Screen readers say "+8" and "−8" (U+2212) as plus and minus: the word "points" is all they need. */}
      <Badge tone={tone}>
        {`${sign}${Math.abs(reason.impact)}`}
        <span className="sr-only"> points</span>
      </Badge>
      <div>
        <p>
          <b>{`${CRITERION_WORDS[reason.criterion]}: `}</b>
          {reason.text}
        </p>
        <p>
          <SourceLink href={reason.source} />
          {reason.unverified ? <Badge tone="warn">Unverified</Badge> : null}
        </p>
      </div>
    </li>
  );
}

function Reasons({ option }: { option: OptionAssessment }) {
  const pros = option.reasons.filter((r) => r.impact > 0).sort((a, b) => b.impact - a.impact);
  const cons = option.reasons.filter((r) => r.impact < 0).sort((a, b) => a.impact - b.impact);
  const neutral = option.reasons.filter((r) => r.impact === 0);
  return (
    <div className="grid gap-5 md:grid-cols-2">
      {pros.length > 0 ? (
        <div>
          <h4 className="text-sm font-semibold">For</h4>
          <ul className="mt-2 space-y-3">
            {pros.map((r, i) => (
              <ReasonItem key={i} reason={r} />
            ))}
          </ul>
        </div>
      ) : null}
      {cons.length > 0 ? (
        <div>
          <h4 className="text-sm font-semibold">Against</h4>
          <ul className="mt-2 space-y-3">
            {cons.map((r, i) => (
              <ReasonItem key={i} reason={r} />
            ))}
          </ul>
        </div>
      ) : null}
      {neutral.length > 0 ? (
        <div>
          <h4 className="text-sm font-semibold">Noted</h4>
          <ul className="mt-2 space-y-3">
            {neutral.map((r, i) => (
              <ReasonItem key={i} reason={r} />
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}

function OptionCard({ option, rank, recommended }: { option: OptionAssessment; rank: number; recommended: boolean }) {
  const headingId = `option-${option.id}`;
  return (
    <article
      aria-labelledby={headingId}
      className={`flex min-w-0 flex-col rounded-xl border bg-surface p-5 ${recommended ? "border-2 border-accent" : "border-border"} ${option.eligible ? "" : "bg-surface-2"}`}
    >
      <div className="flex flex-wrap items-center gap-2">
        <span className="text-sm font-semibold text-muted tabular-nums">{`#${rank}`}</span>
        {recommended ? <Badge tone="accent">★ Recommended</Badge> : null}
        {!option.eligible ? <Badge tone="neg">✕ Ruled out</Badge> : null}
      </div>
      <h3 id={headingId} className="mt-2 text-lg leading-snug font-bold">
        {option.name}
      </h3>
      <p className="mt-1 text-sm text-muted">{OPTIONS[option.id].summary}</p>
      <div className="mt-4">
        <p className="eyebrow mb-1">Score</p>
        <ScoreMeter score={option.score} label={`${option.name} score`} muted={!option.eligible} />
      </div>
      <dl className="mt-4 grid grid-cols-3 gap-2 text-sm">
        <div>
          <dt className="text-xs text-muted">Cost / month</dt>
          <dd className="font-semibold tabular-nums">{`≈ ${usd(option.cost.monthly)}`}</dd>
        </div>
        <div>
          <dt className="text-xs text-muted">RPO</dt>
          <dd className="font-semibold tabular-nums">{`≈ ${formatSeconds(option.recovery.rpoSeconds)}`}</dd>
        </div>
        <div>
          <dt className="text-xs text-muted">RTO</dt>
          <dd className="font-semibold tabular-nums">{`≈ ${formatMinutes(option.recovery.rtoMinutes)}`}</dd>
        </div>
      </dl>
      {!option.eligible ? (
        <div className="mt-4 rounded-lg border border-neg bg-neg-soft p-3">
          <h4 className="text-sm font-semibold">Ruled out because</h4>
          <ul className="mt-2 space-y-2 text-sm">
            {option.blockers.map((b, i) => (
              <li key={i}>
                <p>{b.text}</p>
                <SourceLink href={b.source} />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <p className="mt-auto pt-4 text-sm">
        <a href={`#reasons-${option.id}`} className="font-medium">
          {option.eligible ? "Reasons for and against" : "What it would have scored on"}
          <span className="sr-only">{` ${option.name}`}</span>
        </a>
      </p>
    </article>
  );
}

/** The reasons behind each option's score, an option per block, For and Against side by side. */
export function ReasonsByOption({ plan }: { plan: Plan }) {
  return (
    <div className="space-y-4">
      {plan.options.map((o) => (
        <article
          key={o.id}
          id={`reasons-${o.id}`}
          aria-labelledby={`reasons-${o.id}-heading`}
          className={`rounded-xl border bg-surface p-5 ${o.id === plan.recommendation ? "border-accent" : "border-border"}`}
        >
          <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
            <h3 id={`reasons-${o.id}-heading`} className="text-lg font-bold">
              {o.name}
            </h3>
            <span className="text-sm font-semibold tabular-nums text-muted">{`${o.score}/100`}</span>
            {o.id === plan.recommendation ? <Badge tone="accent">★ Recommended</Badge> : null}
            {!o.eligible ? <Badge tone="neg">✕ Ruled out</Badge> : null}
          </div>
          {/* The recommendation's reasons are open; the others' are one click away (lighter to render). */}
          {o.id === plan.recommendation ? (
            <div className="mt-4">
              <Reasons option={o} />
            </div>
          ) : o.eligible ? (
            <Disclosure summary={`Reasons for and against (${o.reasons.length})`}>
              <Reasons option={o} />
            </Disclosure>
          ) : (
            <>
              <p className="mt-2 text-sm">Ruled out: {o.blockers.map((b) => b.text).join(" ")}</p>
              <Disclosure summary="What it would have scored on">
                <Reasons option={o} />
              </Disclosure>
            </>
          )}
        </article>
      ))}
    </div>
  );
}

/** All four options side by side (stacked on phones), best first, ruled-out ones marked. */
export function OptionCards({ plan }: { plan: Plan }) {
  return (
    <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-4">
      {plan.options.map((o, i) => (
        <OptionCard key={o.id} option={o} rank={i + 1} recommended={o.id === plan.recommendation} />
      ))}
    </div>
  );
}
