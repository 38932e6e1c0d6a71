import type { AnswerKey, Answers } from "@/lib/answers";
import { describeAllowed } from "@/lib/answers/values";
import { loadedEngine } from "./use-engine";

/**
 * What the user typed, checked: the answer, or a message. `error` is absent while the schema is
 * still loading (it arrives with the engine when the form is first touched): the text then stays
 * a draft, which blocks "Next" and is checked again as soon as the schema is there.
 */
type FieldCheck<K extends AnswerKey> = { ok: true; value: Answers[K] } | { ok: false; error?: string };

/**
 * Validates what the user typed with the schema's own field (lib/answers parseAnswer, through the
 * engine), and words the problem. Nothing is clamped or corrected: an invalid entry stays as typed.
 */
function checkField<K extends AnswerKey>(key: K, raw: string, badInput = false): FieldCheck<K> {
  if (badInput) return { ok: false, error: `That is not a number. Enter ${describeAllowed(key)}.` };
  if (raw.trim() === "") return { ok: false, error: `Enter ${describeAllowed(key)}.` };
  const parseAnswer = loadedEngine()?.parseAnswer;
  if (!parseAnswer) return { ok: false };
  const value = parseAnswer(key, raw);
  if (value === undefined)
    return { ok: false, error: `“${raw.trim()}” is not allowed. Enter ${describeAllowed(key)}.` };
  return { ok: true, value };
}

/**
 * The answer a typed text becomes, or undefined while it stays a draft. A name must be valid
 * exactly as typed (the schema trims, and a trimmed name is not what the user sees); a number input
 * only ever holds what the browser accepted as a number.
 */
export function typedAnswer<K extends AnswerKey>(key: K, raw: string, badInput = false): Answers[K] | undefined {
  const check = checkField(key, raw, badInput);
  if (!check.ok) return undefined;
  return key === "name" && check.value !== raw ? undefined : check.value;
}

/** The id of a field's input (or fieldset), its help, its "why" and its error message. */
export const fieldIds = (key: AnswerKey) => ({
  input: `q-${key}`,
  help: `q-${key}-help`,
  why: `q-${key}-why`,
  error: `q-${key}-error`,
});

/**
 * The error to show for a draft (the raw text of an input that has not become an answer), or
 * undefined when there is no draft or it is not checked yet.
 */
export function draftError(key: AnswerKey, draft: string | undefined): string | undefined {
  if (draft === undefined) return undefined;
  const check = checkField(key, draft);
  if (!check.ok) return check.error;
  if (String(check.value) !== draft) return "Remove the spaces at the start or end.";
  return undefined;
}

/** Whether a draft keeps the user on this step: it has an error, or it is not checked yet. */
export function draftBlocks(key: AnswerKey, draft: string | undefined): boolean {
  return draft !== undefined && (draftError(key, draft) !== undefined || loadedEngine() === undefined);
}
