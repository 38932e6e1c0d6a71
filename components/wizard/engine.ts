import type { AnswerKey, Answers } from "@/lib/answers";
import { OPTIONS } from "@/lib/knowledge";
import { buildPlan } from "@/lib/scoring";
import { flipValueWords } from "@/components/ui/format";

/**
 * The wizard's engine: what the first page does not need to draw the form, loaded by the browser
 * when someone first reaches for it (use-engine.ts): the scoring library and the knowledge base for
 * the live recommendation, and the answers schema (zod) to check typed answers and wizard links.
 * The server works out the live recommendation for the default answers at build time.
 */
// The one place in components/ that may load the schema: this module is only ever import()ed.
// eslint-disable-next-line @typescript-eslint/no-restricted-imports -- import()ed only
export { decodePermalink, parseAnswer } from "@/lib/answers/permalink";

/** What the wizard's live panel shows of a plan, in words. */
export interface LiveRecommendation {
  name: string;
  short: string;
  score: number;
  options: { id: string; short: string; score: number; eligible: boolean; best: boolean }[];
  /** Single answer changes that would give another recommendation, e.g. "Different accounts" → "MirrorMaker 2". */
  flips: { param: AnswerKey; words: string; to: string }[];
  /** Answers that cannot all hold, as the result page names them first: the consistent reading and what it recommends. */
  contradictions: { text: string; reading: string; to: string }[];
}

export function liveRecommendation(answers: Answers): LiveRecommendation {
  const plan = buildPlan(answers);
  const best = plan.options.find((o) => o.id === plan.recommendation);
  return {
    name: OPTIONS[plan.recommendation].name,
    short: OPTIONS[plan.recommendation].short,
    score: best?.score ?? 0,
    options: plan.options.map((o) => ({
      id: o.id,
      short: OPTIONS[o.id].short,
      score: o.score,
      eligible: o.eligible,
      best: o.id === plan.recommendation,
    })),
    flips: plan.flips.map((f) => ({ param: f.param, words: flipValueWords(f), to: OPTIONS[f.recommendation].short })),
    contradictions: (plan.contradictions ?? []).map((c) => ({
      text: c.text,
      reading: c.reading,
      to: OPTIONS[c.recommendation].short,
    })),
  };
}
