import { RESULT_ROUTE, resultUrl } from "@/lib/routes";
import { STEPS } from "./questions";
import { ANSWER_KEYS, DEFAULT_ANSWERS, encodeAnswers, type Answers } from "./values";

export type PermalinkView = "wizard" | "result";

const isDefault = (answers: Answers) => encodeAnswers(answers) === encodeAnswers(DEFAULT_ANSWERS);

/**
 * The URL of a view. The query is the permalink contract (README "Permalink parameters"); the wizard adds its current
 * step as a hash, which is not part of the contract: `/?<answers>` opens the result, while
 * `/?<answers>#objectives` re-opens the wizard at that step with those answers.
 */
export function viewUrl(view: PermalinkView, answers: Answers, step = 0): string {
  if (view === "result") return resultUrl(encodeAnswers(answers));
  if (step === 0 && isDefault(answers)) return "/";
  return `/?${encodeAnswers(answers)}#${STEPS[step]?.id ?? STEPS[0].id}`;
}

/**
 * A result link that names only the answers that differ from the contract's defaults: a valid
 * permalink (an absent answer takes its default), a third shorter than the canonical one. The
 * result lists a dozen of these ("What would change this"), so their length is the page's weight.
 */
export function compactResultUrl(answers: Answers): string {
  const params = new URLSearchParams(encodeAnswers(answers));
  for (const key of ANSWER_KEYS) if (key !== "v" && answers[key] === DEFAULT_ANSWERS[key]) params.delete(key);
  return resultUrl(params.toString());
}

/** The wizard's URL for editing these answers at a step, e.g. from the result's "Edit" links. */
export function editUrl(answers: Answers, step = 0): string {
  return `/?${encodeAnswers(answers)}#${STEPS[step]?.id ?? STEPS[0].id}`;
}

/**
 * A permalink (`/?goal=…` without a step hash) belongs on the result page. The server never sees
 * the hash, so this tiny script, run in <head> before anything is parsed or painted, decides; its
 * SHA-256 is in the policy like every prerendered inline script. (The wizard repeats the check for
 * client-side arrivals.)
 */
export const PERMALINK_REDIRECT = `try{var p=new URLSearchParams(location.search),k=${JSON.stringify(ANSWER_KEYS)};if(location.pathname==="/"&&!location.hash&&k.some(function(n){return p.has(n)}))location.replace(${JSON.stringify(RESULT_ROUTE)}+location.search)}catch(e){}`;
