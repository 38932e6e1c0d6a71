"use client";

import type { AnswerKey } from "@/lib/answers";
import { QUESTIONS } from "@/lib/answers/questions";
import { Badge } from "@/components/ui/badge";
import { ScoreMeter } from "@/components/ui/score-meter";
import type { LiveRecommendation } from "./engine";

/** Flips of the given questions, grouped by question in the order asked. */
function flipsFor(live: LiveRecommendation, keys: readonly AnswerKey[]) {
  return keys
    .map((key) => ({ key, flips: live.flips.filter((f) => f.param === key) }))
    .filter((g) => g.flips.length > 0);
}

/** Contradictions in the answers, as the result page names them first, with the consistent reading. */
function ContradictionList({ items }: { items: LiveRecommendation["contradictions"] }) {
  return (
    <ul aria-label="Contradictions in your answers" className="space-y-2">
      {items.map((c) => (
        <li key={c.text} className="rounded-md border border-warn bg-warn-soft p-2.5 text-sm">
          <strong>Contradiction: </strong>
          {c.text} Read consistently ({c.reading}): {c.to}.
        </li>
      ))}
    </ul>
  );
}

/**
 * The recommendation as it stands, beside the questions (a sticky panel on wide screens, a bar on
 * phones), with the answers on the current step that would change it: so people learn which
 * answers matter while they answer.
 */
export function LiveSummary({
  live,
  pending,
  stepKeys,
  stale,
}: {
  live: LiveRecommendation;
  pending: boolean;
  stepKeys: readonly AnswerKey[];
  stale: boolean;
}) {
  const groups = flipsFor(live, stepKeys);
  const changers = groups.reduce((n, g) => n + g.flips.length, 0);
  const contradictions = live.contradictions.length;
  return (
    <>
      <aside
        aria-labelledby="live-heading"
        aria-busy={pending || undefined}
        className={`sticky top-6 hidden rounded-xl border border-border bg-surface p-5 transition-opacity lg:block ${pending ? "opacity-60" : ""}`}
      >
        <h2 id="live-heading" className="text-sm font-semibold tracking-wide text-muted uppercase">
          Live recommendation
        </h2>
        <p className="mt-2 text-lg leading-snug font-semibold" aria-live="polite">
          {live.name}
        </p>
        {stale ? (
          <p className="mt-1 text-xs text-warn">
            <span aria-hidden="true">⚠ </span>Uses your last valid answer until the marked field is fixed.
          </p>
        ) : null}
        {/* Always in the page, so that it speaks when contradictions appear or change, and only then. */}
        <div aria-live="polite" aria-atomic="true" className={contradictions > 0 ? "mt-3" : undefined}>
          {contradictions > 0 ? <ContradictionList items={live.contradictions} /> : null}
        </div>
        <ol className="mt-4 space-y-3">
          {live.options.map((o) => (
            <li key={o.id}>
              <div className="mb-1 flex items-center justify-between gap-2 text-sm">
                <span className={o.eligible ? "text-fg" : "text-muted"}>{o.short}</span>
                {!o.eligible ? (
                  <Badge tone="neg">Ruled out</Badge>
                ) : o.best ? (
                  <Badge tone="accent">Best fit</Badge>
                ) : null}
              </div>
              <ScoreMeter score={o.score} label={`${o.short} score`} muted={!o.eligible} size="sm" />
            </li>
          ))}
        </ol>
        <div className="mt-5 border-t border-border pt-4">
          <h3 className="text-sm font-semibold">What on this step would change it</h3>
          {groups.length === 0 ? (
            <p className="mt-1 text-sm text-muted">No other answer on this step changes the recommendation.</p>
          ) : (
            <ul className="mt-2 space-y-2 text-sm">
              {groups.map((g) => (
                <li key={g.key}>
                  <span className="text-muted">{QUESTIONS[g.key as Exclude<AnswerKey, "v">].label}</span>
                  <ul className="mt-0.5 space-y-0.5">
                    {g.flips.map((f) => (
                      <li key={f.words}>
                        {f.words} <span aria-hidden="true">→</span>
                        <span className="sr-only">would give</span> <span className="font-semibold">{f.to}</span>
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          )}
        </div>
      </aside>

      <div
        aria-busy={pending || undefined}
        className="fixed inset-x-0 bottom-0 z-20 border-t border-border bg-surface/95 px-4 py-2.5 shadow-[0_-4px_16px_rgb(0_0_0/0.08)] backdrop-blur lg:hidden"
      >
        <div className="mx-auto flex max-w-3xl items-center justify-between gap-3">
          <div className="min-w-0 text-sm">
            <p className="text-xs text-muted">Recommended so far{stale ? " (last valid answers)" : ""}</p>
            <p className="font-semibold" aria-live="polite">
              {live.short}
            </p>
            {changers > 0 ? (
              <p className="text-xs text-muted">
                {changers} answer{changers > 1 ? "s" : ""} on this step would change it
              </p>
            ) : null}
            {/* Speaks the count when it changes; the texts are one tap away. */}
            <div aria-live="polite" aria-atomic="true">
              {contradictions > 0 ? (
                <details className="mt-1 text-xs">
                  <summary className="cursor-pointer font-semibold text-warn">
                    <span aria-hidden="true">⚠ </span>
                    {contradictions} contradiction{contradictions > 1 ? "s" : ""} in your answers
                  </summary>
                  <div className="mt-1.5 max-h-[40vh] overflow-y-auto">
                    <ContradictionList items={live.contradictions} />
                  </div>
                </details>
              ) : null}
            </div>
          </div>
          <p className="shrink-0 text-lg font-bold tabular-nums">
            {live.score}
            <span className="text-sm font-normal text-muted">/100</span>
          </p>
        </div>
      </div>
    </>
  );
}
