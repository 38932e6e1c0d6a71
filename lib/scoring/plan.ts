import { dollars } from "@/lib/format";
import {
  ANSWER_KEYS,
  answerInWords,
  enumValues,
  isNumberKey,
  permalinkPath,
  QUESTIONS,
  regionName,
  type AnswerKey,
  type Answers,
} from "@/lib/answers";
import { estimateCost, estimateRecovery, type CostEstimate, type RecoveryEstimate } from "@/lib/estimates";
import { FACTS, OPTIONS, OPTION_IDS, PRICES, type OptionId } from "@/lib/knowledge";
import {
  alsoConsiderFor,
  blockersFor,
  caveatsFor,
  consistentReading,
  criteriaReasons,
  planWarnings,
  type AlsoConsider,
  type Blocker,
  type Caveat,
  type Contradiction,
  type PlanWarning,
  type Reason,
} from "./rules";
import { BASE_SCORE } from "./weights";

export interface OptionAssessment {
  id: OptionId;
  name: string;
  /** 0–100 for an eligible option; 0 for an option that is ruled out. */
  score: number;
  eligible: boolean;
  blockers: Blocker[];
  /** Every point given or taken, with its source. For a ruled-out option: what it would have scored on. */
  reasons: Reason[];
  cost: CostEstimate;
  recovery: RecoveryEstimate;
  caveats: Caveat[];
}

export interface Flip {
  param: AnswerKey;
  value: string | number;
  /** The recommendation that answer would give instead. */
  recommendation: OptionId;
  /** For numbers: every value from `value` down ("or less") or up ("or more") gives the same recommendation. */
  range?: "or less" | "or more";
  /** "If RTO were 30 min, the recommendation would be MirrorMaker 2." */
  text: string;
}

export interface Plan {
  version: 1;
  answers: Answers;
  permalink: string;
  recommendation: OptionId;
  /** All four options, best first; ruled-out ones rank below every eligible one. */
  options: OptionAssessment[];
  /** For each question, the other answers that would change the recommendation. */
  flips: Flip[];
  /** One paragraph: why the recommendation. */
  summary: string;
  /** What the team must know about the recommended option. */
  caveats: Caveat[];
  /**
   * Answers that cannot all hold (IAM on a non-MSK cluster, a non-IAM answer with MSK Serverless,
   * Serverless outside its Regions or above its ingress): named first, with the consistent reading
   * and what it would recommend.
   */
  contradictions?: PlanContradiction[];
  /** Headlines that hold whatever the option: an objective out of reach, a limit exceeded, versions to check. */
  warnings?: PlanWarning[];
  /** Managed paths outside the four options that can beat the recommendation, with when and a source. */
  alsoConsider?: AlsoConsider[];
  /** MSK Replicator against MirrorMaker 2 in money and in operations, when both are eligible. */
  costComparison?: CostComparison;
}

export interface PlanContradiction extends Contradiction {
  /** What the consistent reading recommends, and its permalink. */
  recommendation: OptionId;
  permalink: string;
}

export interface CostComparison {
  managed: OptionId;
  selfRun: OptionId;
  /** Managed minus self-run, USD a month (negative: the managed option is cheaper). */
  monthlyDifference: number;
  /** Points the managed option gains over the self-run one on operations (preference and effort). */
  operationsPoints: number;
  text: string;
}

const clamp = (n: number) => Math.max(0, Math.min(100, n));

/** Points the relative part of the cost criterion gives at most (the cheapest option). */
export const COST_RELATIVE_POINTS = 5;
/** Points the absolute part takes at most, and how fast: 12 per tenfold of the monthly gap above $1,000. */
export const COST_ABSOLUTE_MAX_POINTS = 30;
const COST_POINTS_PER_DECADE = 12;

/** Points taken for costing `difference` USD a month more than the cheapest eligible option. */
export function costGapPenalty(difference: number): number {
  if (difference <= 1000) return 0;
  return Math.min(COST_ABSOLUTE_MAX_POINTS, COST_POINTS_PER_DECADE * Math.log10(difference / 1000));
}

/**
 * Cost criterion: relative among the eligible options (smoothed so that $0 does not dominate), and
 * an absolute part that grows with the monthly gap to the cheapest: small gaps barely count, a
 * gap of tens of thousands a month can decide.
 */
function costReason(cost: CostEstimate, cheapest: CostEstimate, isOnlyEligible: boolean): Reason | undefined {
  if (isOnlyEligible) return undefined;
  const smoothing = 10;
  const relative = (COST_RELATIVE_POINTS * (cheapest.monthly + smoothing)) / (cost.monthly + smoothing);
  const gap = cost.monthly - cheapest.monthly;
  const impact = Math.round(relative - costGapPenalty(gap));
  const biggest = [...cost.lines].sort((x, y) => y.monthly - x.monthly)[0];
  const source = biggest ? PRICES[biggest.price].source : "https://aws.amazon.com/msk/pricing/";
  const text =
    cost === cheapest || cost.monthly === cheapest.monthly
      ? `About $${dollars(cost.monthly)} a month, the lowest of the eligible options.`
      : costGapPenalty(gap) >= 10
        ? `About $${dollars(cost.monthly)} a month: $${dollars(gap)} a month more than ${OPTIONS[cheapest.option].short} ($${dollars(cheapest.monthly)}). A gap this size weighs heavily.`
        : `About $${dollars(cost.monthly)} a month, against $${dollars(cheapest.monthly)} for ${OPTIONS[cheapest.option].short}.`;
  return { criterion: "cost", text, impact, source, ...(cost.hasUnverifiedPrice ? { unverified: true } : {}) };
}

/** Ranks the four options for these answers, without the "what would change" analysis. */
export function assessOptions(answers: Answers): OptionAssessment[] {
  const base = OPTION_IDS.map((id) => {
    const blockers = blockersFor(id, answers);
    return {
      id,
      name: OPTIONS[id].name,
      eligible: blockers.length === 0,
      blockers,
      reasons: criteriaReasons(id, answers),
      cost: estimateCost(id, answers),
      recovery: estimateRecovery(id, answers),
      caveats: caveatsFor(id, answers),
    };
  });
  const eligible = base.filter((o) => o.eligible);
  const cheapest = [...eligible].sort((x, y) => x.cost.monthly - y.cost.monthly)[0];
  const scored: OptionAssessment[] = base.map((o) => {
    const cost = o.eligible && cheapest ? costReason(o.cost, cheapest.cost, eligible.length === 1) : undefined;
    const reasons = cost && cost.impact !== 0 ? [...o.reasons, cost] : o.reasons;
    const score = o.eligible ? clamp(BASE_SCORE + reasons.reduce((sum, r) => sum + r.impact, 0)) : 0;
    return { ...o, reasons, score };
  });
  // Ruled-out options last; then score; then cost; then the contract's option order, for determinism.
  return scored.sort(
    (x, y) =>
      Number(y.eligible) - Number(x.eligible) ||
      y.score - x.score ||
      x.cost.monthly - y.cost.monthly ||
      OPTION_IDS.indexOf(x.id) - OPTION_IDS.indexOf(y.id),
  );
}

/** The recommendation: the first eligible option (MirrorMaker 2 is never ruled out, so there always is one). */
export function recommend(answers: Answers): OptionId {
  const first = assessOptions(answers).find((o) => o.eligible);
  return (first ?? { id: "mirrormaker2" as const }).id;
}

/** Values tried for the numeric questions when looking for what would change the recommendation. */
export const NUMBER_PROBES = {
  rpo: [0, 1, 10, 30, 60, 300, 900, 3600, 86_400],
  rto: [1, 5, 15, 30, 60, 240, 480, 1440, 10_080],
  mbps: [1, 10, 50, 100, 500, 1000, 2000, 10_000],
  partitions: [10, 100, 500, 1000, 5000, 50_000],
} as const;

/** Candidate values for one question, other than the current answer. */
function alternatives(key: AnswerKey, answers: Answers): (string | number)[] {
  if (isNumberKey(key)) return NUMBER_PROBES[key].filter((v) => v !== answers[key]);
  if (key === "primary") return answers.primary === answers.secondary ? [] : [answers.secondary];
  if (key === "secondary") {
    // Same-Region versus cross-Region is what changes recommendations; other Regions rarely do.
    return answers.primary === answers.secondary ? [] : [answers.primary];
  }
  if (key === "v" || key === "name" || key === "iac") return [];
  // The Kafka version is a fact about the source, not a choice: the plan states its thresholds instead.
  if (key === "kafka") return [];
  return enumValues(key).filter((v) => v !== answers[key]);
}

function flipText(key: AnswerKey, value: string | number, to: OptionId, range?: "or less" | "or more"): string {
  const label = QUESTIONS[key as Exclude<AnswerKey, "v">]?.label ?? key;
  const words =
    key === "primary" || key === "secondary" ? regionName(String(value)) : answerInWords(key, value as never);
  return `If the answer to "${label}" were "${words}"${range ? ` ${range}` : ""}, the recommendation would be ${OPTIONS[to].name}.`;
}

/**
 * For each question, the other answers that would flip the first choice. For numbers, only the
 * nearest flipping probe on each side of the current value is kept ("or less"/"or more" when every
 * probe beyond it flips the same way), so the list stays readable.
 */
export function findFlips(answers: Answers, current: OptionId): Flip[] {
  const flips: Flip[] = [];
  for (const key of ANSWER_KEYS) {
    const tried = alternatives(key, answers).map((value) => ({
      value,
      to: recommend({ ...answers, [key]: value } as Answers),
    }));
    if (!isNumberKey(key)) {
      for (const { value, to } of tried)
        if (to !== current) flips.push({ param: key, value, recommendation: to, text: flipText(key, value, to) });
      continue;
    }
    const below = tried.filter((t) => (t.value as number) < answers[key]).reverse();
    const above = tried.filter((t) => (t.value as number) > answers[key]);
    for (const [side, direction] of [
      [below, "or less"],
      [above, "or more"],
    ] as const) {
      const i = side.findIndex((t) => t.to !== current);
      const nearest = side[i];
      if (!nearest) continue;
      const open = side.slice(i).every((t) => t.to === nearest.to);
      flips.push({
        param: key,
        value: nearest.value,
        recommendation: nearest.to,
        ...(open ? { range: direction } : {}),
        text: flipText(key, nearest.value, nearest.to, open ? direction : undefined),
      });
    }
  }
  return flips;
}

function summarise(
  options: OptionAssessment[],
  contradictions: PlanContradiction[],
  warnings: PlanWarning[],
  comparison: CostComparison | undefined,
): string {
  const best = options[0];
  if (!best) return "";
  const lead = [
    ...contradictions.map(
      (c) =>
        `Your answers contradict each other: ${lowerFirst(c.text)} Read consistently (${c.reading}), the recommendation is ${OPTIONS[c.recommendation].name}.`,
    ),
    ...warnings.filter((w) => w.kind === "out-of-reach").map((w) => w.text),
  ];
  const pros = best.reasons
    .filter((r) => r.impact > 0)
    .sort((x, y) => y.impact - x.impact)
    .slice(0, 2);
  const cons = best.reasons
    .filter((r) => r.impact < 0)
    .sort((x, y) => x.impact - y.impact)
    .slice(0, 1);
  const ruledOut = options.filter((o) => !o.eligible);
  const runnerUp = options.find((o) => o.eligible && o.id !== best.id);
  const parts = [
    ...lead,
    `${best.name} fits best (${best.score}/100). ${pros.map((r) => r.text).join(" ")}`,
    cons[0] ? `Watch out: ${lowerFirst(cons[0].text)}` : "",
    runnerUp ? `Next best: ${runnerUp.name} (${runnerUp.score}/100).` : "",
    ruledOut.length
      ? `Ruled out: ${ruledOut.map((o) => OPTIONS[o.id].short).join(" and ")}, for the reasons given with ${ruledOut.length > 1 ? "each" : "it"}.`
      : "",
    comparison && Math.abs(comparison.monthlyDifference) >= 1000 ? comparison.text : "",
  ];
  return parts.filter(Boolean).join(" ").replace(/\.\)/g, ")").replace(/\s+/g, " ").trim();
}

function lowerFirst(s: string): string {
  // "Offsets are lost" → "offsets are lost", "A warm standby" → "a warm standby"; names keep their capital.
  return /^(?:[A-Z][a-z]|A )/.test(s) && !/^(MSK|Amazon|AWS|S3|IAM|Kafka|Multi|Identity|Default|Offsets? )/.test(s)
    ? s[0]!.toLowerCase() + s.slice(1)
    : s;
}

/**
 * The plan: answers → ranked options with reasons, estimates, caveats and what would change the
 * recommendation. Pure and deterministic: the same answers always give the same plan.
 */
export function buildPlan(answers: Answers): Plan {
  const options = assessOptions(answers);
  const recommendation = options.find((o) => o.eligible)?.id ?? "mirrormaker2";
  const contradictions = planContradictions(answers);
  const warnings = planWarnings(answers);
  const costComparison = compareCosts(options);
  return {
    version: 1,
    answers,
    permalink: permalinkPath(answers),
    recommendation,
    options,
    flips: findFlips(answers, recommendation),
    summary: summarise(options, contradictions, warnings, costComparison),
    caveats: options.find((o) => o.id === recommendation)?.caveats ?? [],
    contradictions,
    warnings,
    alsoConsider: alsoConsiderFor(answers, recommendation),
    ...(costComparison ? { costComparison } : {}),
  };
}

/** The contradictions in these answers, each with what its consistent reading recommends. */
export function planContradictions(answers: Answers): PlanContradiction[] {
  const found = consistentReading(answers);
  return found.contradictions.map((c) => ({
    ...c,
    recommendation: recommend(found.answers),
    permalink: permalinkPath(found.answers),
  }));
}

/** MSK Replicator against MirrorMaker 2, when both can do the job: what the managed option costs and what it saves in operations. */
export function compareCosts(options: OptionAssessment[]): CostComparison | undefined {
  const managed = options.find((o) => o.id === "msk-replicator" && o.eligible);
  const selfRun = options.find((o) => o.id === "mirrormaker2" && o.eligible);
  if (!managed || !selfRun) return undefined;
  const monthlyDifference = Math.round((managed.cost.monthly - selfRun.cost.monthly) * 100) / 100;
  const ops = (o: OptionAssessment) =>
    o.reasons
      .filter((r) => r.criterion === "opsPreference" || r.criterion === "operatingEffort")
      .reduce((sum, r) => sum + r.impact, 0);
  const operationsPoints = ops(managed) - ops(selfRun);
  const saves = `in return there is no Kafka Connect cluster to run, patch and scale (${operationsPoints >= 0 ? "+" : "−"}${Math.abs(operationsPoints)} points on operations)`;
  const unverified = managed.cost.hasUnverifiedPrice ? " (MSK Replicator's prices are unverified)" : "";
  const text =
    monthlyDifference > 0
      ? `The managed option, ${OPTIONS["msk-replicator"].name}, costs $${dollars(monthlyDifference)} more a month than ${OPTIONS.mirrormaker2.name}${unverified}; ${saves}.`
      : `The managed option, ${OPTIONS["msk-replicator"].name}, costs $${dollars(-monthlyDifference)} less a month than ${OPTIONS.mirrormaker2.name}${unverified}, and ${saves.replace(/^in return /, "")}.`;
  return { managed: "msk-replicator", selfRun: "mirrormaker2", monthlyDifference, operationsPoints, text };
}

/** The facts cited by the plan's headlines, for renderers that list sources. */
export function contradictionSource(c: Contradiction): string {
  return FACTS[c.fact].source;
}
