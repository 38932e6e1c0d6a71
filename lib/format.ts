// One wording for durations, money and numbers, shared by the page, the scoring reasons, the
// runbook and the decision record, so the same figure reads the same everywhere.

/** A duration in seconds, in the unit people use for it: "45 s", "5 min", "2.5 h". */
export function formatSeconds(s: number): string {
  if (s < 120) return `${s} s`;
  if (s < 7200) return `${Math.round(s / 60)} min`;
  return `${+(s / 3600).toFixed(1)} h`;
}

/** A duration in minutes, in the unit people use for it: "90 min", "4 h", "7 days". */
export function formatMinutes(m: number): string {
  if (m < 120) return `${m} min`;
  if (m < 2880) return `${+(m / 60).toFixed(1)} h`;
  return `${+(m / 1440).toFixed(1)} days`;
}

// One formatter for every call: toLocaleString builds a new one each time, which made the
// "what would change" analysis (hundreds of cost texts) slow in the browser.
const WHOLE_DOLLARS = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });

/** An amount without the sign: whole dollars from 100 ("1,533"), cents below ("0.30"). */
export function dollars(n: number): string {
  return n >= 100 ? WHOLE_DOLLARS.format(Math.round(n)) : n.toFixed(2);
}

/** An amount in US dollars: "$1,533" or "$0.30". */
export const usd = (n: number): string => `$${dollars(n)}`;

const NUMBER = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });

/** A number with thousands separators and at most two decimals: "1,000", "2.5". */
export const formatNumber = (n: number): string => NUMBER.format(n);
