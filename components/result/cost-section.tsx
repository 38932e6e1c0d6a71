import { COMMON_COST_ASSUMPTIONS } from "@/lib/estimates";
import { PRICES } from "@/lib/knowledge";
import type { Plan } from "@/lib/scoring";
import { Badge } from "@/components/ui/badge";
import { Disclosure } from "@/components/ui/disclosure";
import { formatNumber, usd } from "@/lib/format";
import { SourceLink } from "@/components/ui/source-link";

/** The managed option's extra (or saved) cost a month, beside what it saves in operations. */
export function CostComparisonLine({ plan }: { plan: Plan }) {
  if (!plan.costComparison) return null;
  return (
    <p
      id="cost-comparison"
      className="mb-4 max-w-3xl rounded-md border border-border bg-surface p-3 text-base font-medium"
    >
      {plan.costComparison.text}
    </p>
  );
}

/** Monthly cost per option: the lines, the prices they use and the assumptions behind them. */
export function CostSection({ plan }: { plan: Plan }) {
  return (
    <>
      <CostComparisonLine plan={plan} />
      {/* What every option's estimate assumes, said once (each card lists only its own). */}
      <p className="eyebrow">Every estimate below assumes</p>
      <ul className="mt-1 mb-4 max-w-3xl list-disc space-y-1 pl-5 text-sm text-muted">
        {COMMON_COST_ASSUMPTIONS.map((a, i) => (
          <li key={i}>{a}</li>
        ))}
      </ul>
      {/* Cards keep their own height: a closed one beside the open one stays short. */}
      <div className="grid items-start gap-4 md:grid-cols-2">
        {plan.options.map((o) => {
          const sources = [...new Set(o.cost.lines.map((l) => PRICES[l.price].source))];
          return (
            <article key={o.id} aria-labelledby={`cost-${o.id}`} className="card p-5">
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <h3 id={`cost-${o.id}`} className="font-semibold">
                  {o.name}
                  {!o.eligible ? <span className="ml-2 text-sm font-normal text-muted">(ruled out)</span> : null}
                </h3>
                <p className="text-lg font-bold tabular-nums">
                  {`≈ ${usd(o.cost.monthly)}`}
                  <span className="text-sm font-normal text-muted"> / month</span>
                </p>
              </div>
              {o.cost.hasUnverifiedPrice ? (
                <p className="mt-3 rounded-md border border-warn bg-warn-soft p-2.5 text-sm">
                  <span aria-hidden="true">⚠ </span>
                  Uses a price not yet verified against the AWS pricing page: confirm it before you commit to a budget.
                </p>
              ) : null}
              {/* The recommendation's lines are open; the others' are one click away (lighter to render). Every
                  option has lines: at least the monitoring its bundle creates. */}
              <Disclosure
                summary={`Cost lines, ${o.cost.oneOff.length > 0 ? "failback, " : ""}assumptions and sources`}
                open={o.id === plan.recommendation}
              >
                <table className="cost-table w-full text-sm">
                  <caption className="sr-only">{`Cost lines of ${o.name}`}</caption>
                  <thead>
                    <tr>
                      <th scope="col">Item</th>
                      <th scope="col">Quantity</th>
                      <th scope="col">Monthly</th>
                    </tr>
                  </thead>
                  <tbody>
                    {o.cost.lines.map((l, i) => {
                      const price = PRICES[l.price];
                      return (
                        <tr key={i}>
                          <td>
                            {l.label}
                            <small>{`at $${price.amount} ${price.unit.replace(/^USD /, "")}`}</small>
                            {l.price === "interRegionUnpricedGb" ? (
                              <Badge tone="warn">Rate not known: not included</Badge>
                            ) : price.status === "unverified" ? (
                              <Badge tone="warn">Unverified price</Badge>
                            ) : null}
                          </td>
                          <td>
                            {formatNumber(l.quantity)}
                            <small>{l.unit}</small>
                          </td>
                          <td>{usd(l.monthly)}</td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
                {o.cost.oneOff.length > 0 ? (
                  <>
                    <h4 className="eyebrow mt-4">Per failback (not monthly)</h4>
                    <ul className="mt-1 space-y-1 text-sm">
                      {o.cost.oneOff.map((l, i) => (
                        <li key={i}>{`${l.label}: ${formatNumber(l.quantity)} ${l.unit}, ≈ ${usd(l.monthly)}`}</li>
                      ))}
                    </ul>
                  </>
                ) : null}
                <h4 className="eyebrow mt-4">Assumptions</h4>
                <ul className="mt-1 list-disc space-y-1 pl-5 text-sm text-muted">
                  {o.cost.assumptions
                    .filter((a) => !COMMON_COST_ASSUMPTIONS.includes(a))
                    .map((a, i) => (
                      <li key={i}>{a}</li>
                    ))}
                </ul>
                {sources.length > 0 ? (
                  <ul className="mt-3 flex flex-wrap gap-x-4 gap-y-1">
                    {sources.map((s) => (
                      <li key={s}>
                        <SourceLink href={s} />
                      </li>
                    ))}
                  </ul>
                ) : null}
              </Disclosure>
            </article>
          );
        })}
      </div>
    </>
  );
}
