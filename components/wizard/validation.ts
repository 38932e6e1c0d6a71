import { describeAllowed, parseAnswer, type AnswerKey, type Answers } from "@/lib/answers";

export type FieldCheck<K extends AnswerKey> = { ok: true; value: Answers[K] } | { ok: false; error: string };

/**
 * Validates what the user typed with the schema's own field (through lib/answers parseAnswer),
 * and words the problem. Nothing is clamped or corrected: an invalid entry stays as typed.
 */
export function checkField<K extends AnswerKey>(key: K, raw: string, badInput = false): FieldCheck<K> {
  if (badInput) return { ok: false, error: `That is not a number. Enter ${describeAllowed(key)}.` };
  if (raw.trim() === "") return { ok: false, error: `Enter ${describeAllowed(key)}.` };
  const value = parseAnswer(key, raw);
  if (value === undefined) return { ok: false, error: `“${raw.trim()}” is not allowed. Enter ${describeAllowed(key)}.` };
  return { ok: true, value };
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
 * undefined when there is no draft. A draft blocks "Next" while it has an error.
 */
export function draftError(key: AnswerKey, draft: string | undefined): string | undefined {
  if (draft === undefined) return undefined;
  const check = checkField(key, draft);
  if (!check.ok) return check.error;
  if (String(check.value) !== draft) return "Remove the spaces at the start or end.";
  return undefined;
}
