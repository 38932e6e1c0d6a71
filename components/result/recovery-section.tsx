import type { RecoveryEstimate } from "@/lib/estimates";
import type { Plan } from "@/lib/scoring";
import { formatMinutes, formatSeconds, usd } from "@/lib/format";
import { SourceLink } from "@/components/ui/source-link";

const SCOPE_WORDS: Record<RecoveryEstimate["scope"], string> = {
  region: "Protects against the loss of a Region.",
  "availability-zone": "Protects against a broker or Availability Zone failure, not the loss of a Region.",
  "data-loss": "Protects the data (restore from Amazon S3), not the service's availability.",
};

function Verdict({ meets, expected, objective }: { meets: boolean; expected: string; objective: string }) {
  return meets ? (
    <p className="text-sm">
      <span className="font-semibold text-pos">✓ Meets</span>
      {` your ${objective}: about ${expected}.`}
    </p>
  ) : (
    <p className="text-sm">
      <span className="font-semibold text-neg">⚠ Out of reach</span>
      {`: about ${expected}, beyond your ${objective}.`}
    </p>
  );
}

/** Expected recovery point and time of each option, against the user's objectives. */
export function RecoverySection({ plan }: { plan: Plan }) {
  const { rpo, rto } = plan.answers;
  return (
    <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-4">
      {plan.options.map((o) => {
        const r = o.recovery;
        const missed = !r.meetsRpo || !r.meetsRto;
        return (
          <article
            key={o.id}
            aria-labelledby={`recovery-${o.id}`}
            className={`min-w-0 rounded-xl border bg-surface p-5 ${missed ? "border-neg" : "border-border"}`}
          >
            <h3 id={`recovery-${o.id}`} className="font-semibold">
              {o.name}
            </h3>
            <p className="mt-1 text-sm text-muted">{SCOPE_WORDS[r.scope]}</p>
            <dl className="mt-3 space-y-3">
              <div>
                <dt className="eyebrow">Recovery point</dt>
                <dd>
                  <Verdict
                    meets={r.meetsRpo}
                    expected={formatSeconds(r.rpoSeconds)}
                    objective={`RPO of ${formatSeconds(rpo)}`}
                  />
                </dd>
              </div>
              <div>
                <dt className="eyebrow">Recovery time</dt>
                <dd>
                  <Verdict
                    meets={r.meetsRto}
                    expected={formatMinutes(r.rtoMinutes)}
                    objective={`RTO of ${formatMinutes(rto)}`}
                  />
                </dd>
              </div>
            </dl>
            <ul className="mt-3 list-disc space-y-1 pl-5 text-sm text-muted">
              {r.notes.map((n, i) => (
                <li key={i}>{n}</li>
              ))}
            </ul>
            <p className="mt-2">
              <SourceLink href={r.source} />
            </p>
          </article>
        );
      })}
    </div>
  );
}

/** A warning when the recommended option cannot reach an objective. */
export function ObjectiveWarning({ plan }: { plan: Plan }) {
  const best = plan.options.find((o) => o.id === plan.recommendation);
  if (!best) return null;
  const r = best.recovery;
  const misses = [
    !r.meetsRpo
      ? `a recovery point of about ${formatSeconds(r.rpoSeconds)} against your RPO of ${formatSeconds(plan.answers.rpo)}`
      : "",
    !r.meetsRto
      ? `a recovery time of about ${formatMinutes(r.rtoMinutes)} against your RTO of ${formatMinutes(plan.answers.rto)}`
      : "",
  ].filter(Boolean);
  if (misses.length === 0) return null;
  return (
    <p className="mt-4 rounded-lg border-l-4 border-neg bg-neg-soft p-3 text-sm">
      <span className="font-semibold">
        <span aria-hidden="true">⚠ </span>An objective is out of reach.
      </span>{" "}
      Even the recommended option expects {misses.join(", and ")}. See “Recovery point and time” below.
    </p>
  );
}

/** The recommended option's key figures, beside the summary. */
export function AtAGlance({ plan }: { plan: Plan }) {
  const best = plan.options.find((o) => o.id === plan.recommendation);
  if (!best) return null;
  const r = best.recovery;
  const verdict = (meets: boolean) =>
    meets ? <span className="text-pos">✓ meets</span> : <span className="text-neg">⚠ misses</span>;
  return (
    <section aria-labelledby="glance-heading" className="card p-5">
      <h2 id="glance-heading" className="text-sm font-semibold tracking-wide text-muted uppercase">
        At a glance
      </h2>
      <dl className="mt-3 divide-y divide-border text-sm">
        <div className="flex justify-between gap-3 py-2">
          <dt className="text-muted">Score</dt>
          <dd className="font-semibold tabular-nums">{best.score}/100</dd>
        </div>
        <div className="flex justify-between gap-3 py-2">
          <dt className="text-muted">Replication cost</dt>
          <dd className="text-right font-semibold tabular-nums">
            ≈ {usd(best.cost.monthly)} / month
            {best.cost.hasUnverifiedPrice ? (
              <span className="block text-xs font-normal text-warn">includes unverified prices</span>
            ) : null}
          </dd>
        </div>
        <div className="flex justify-between gap-3 py-2">
          <dt className="text-muted">Recovery point</dt>
          <dd className="text-right tabular-nums">
            <span className="font-semibold">≈ {formatSeconds(r.rpoSeconds)}</span>{" "}
            <span className="text-xs">
              ({verdict(r.meetsRpo)} {formatSeconds(plan.answers.rpo)})
            </span>
          </dd>
        </div>
        <div className="flex justify-between gap-3 py-2">
          <dt className="text-muted">Recovery time</dt>
          <dd className="text-right tabular-nums">
            <span className="font-semibold">≈ {formatMinutes(r.rtoMinutes)}</span>{" "}
            <span className="text-xs">
              ({verdict(r.meetsRto)} {formatMinutes(plan.answers.rto)})
            </span>
          </dd>
        </div>
        <div className="flex justify-between gap-3 py-2">
          <dt className="text-muted">Protects against</dt>
          <dd className="text-right">
            {r.scope === "region"
              ? "Region loss"
              : r.scope === "availability-zone"
                ? "AZ loss only"
                : "Data loss (restore)"}
          </dd>
        </div>
      </dl>
    </section>
  );
}
