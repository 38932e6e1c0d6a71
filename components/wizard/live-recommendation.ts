import type { AnswerKey, Answers } from "@/lib/answers";
import { OPTIONS } from "@/lib/knowledge";
import { buildPlan } from "@/lib/scoring";
import { flipValueWords } from "@/components/ui/format";

/**
 * What the wizard's live panel shows of a plan, in words. The server works it out for the default
 * answers (so the first page needs no scoring code); the browser loads this module, with the
 * scoring library and the knowledge base, when the answers first change (see
 * use-live-recommendation.ts).
 */
export interface LiveRecommendation {
  name: string;
  short: string;
  score: number;
  options: { id: string; short: string; score: number; eligible: boolean; best: boolean }[];
  /** Single answer changes that would give another recommendation, e.g. "Different accounts" → "MirrorMaker 2". */
  flips: { param: AnswerKey; words: string; to: string }[];
}

export function liveRecommendation(answers: Answers): LiveRecommendation {
  const plan = buildPlan(answers);
  const best = plan.options.find((o) => o.id === plan.recommendation);
  return {
    name: OPTIONS[plan.recommendation].name,
    short: OPTIONS[plan.recommendation].short,
    score: best?.score ?? 0,
    options: plan.options.map((o) => ({ id: o.id, short: OPTIONS[o.id].short, score: o.score, eligible: o.eligible, best: o.id === plan.recommendation })),
    flips: plan.flips.map((f) => ({ param: f.param, words: flipValueWords(f), to: OPTIONS[f.recommendation].short })),
  };
}
