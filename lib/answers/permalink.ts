import { answersSchema, type AnswerKey, type Answers } from "./schema";
import { ANSWER_KEYS, DEFAULT_ANSWERS, describeAllowed, isNumberKey } from "./values";

/**
 * The permalink codec (contract version 1, DESIGN.md "Public contract 1").
 *
 * Compatibility rules:
 * - parameters and values are only ever appended, never renamed or removed;
 * - the canonical permalink lists every parameter, in ANSWER_KEYS order;
 * - decoding *restores*: it keeps every valid answer, fills each missing one with its default,
 *   drops each invalid one and names it. It never throws, whatever the input.
 */

export const PERMALINK_VERSION = 1;

export type PermalinkIssueKind = "invalid" | "unknown-parameter" | "repeated" | "newer-version";

export interface PermalinkIssue {
  /** The query parameter the issue is about. */
  param: string;
  kind: PermalinkIssueKind;
  /** The value as given (truncated for display). */
  value: string;
  /** One line for people: names the parameter, what was wrong and what is allowed. */
  message: string;
}

export interface DecodedPermalink {
  answers: Answers;
  issues: PermalinkIssue[];
  /** True when at least one known parameter was present: the link should land on the result. */
  hasAnswers: boolean;
}

const DECIMAL = /^\d+(\.\d+)?$/;
const MAX_SHOWN = 40;

/** A parameter name fit for a one-line message: control characters replaced, empty names named. */
function shownName(param: string): string {
  return param === "" ? "(empty name)" : shown(param);
}

function shown(raw: string): string {
  const oneLine = raw.replace(/[\u0000-\u001f\u007f]/g, " ");
  return oneLine.length > MAX_SHOWN ? `${oneLine.slice(0, MAX_SHOWN)}…` : oneLine;
}

/** Reads the query part of a full URL, a path with a query, or a bare query string. */
function queryOf(input: string): string {
  const hashless = input.split("#", 1)[0] ?? "";
  const q = hashless.indexOf("?");
  if (q >= 0) return hashless.slice(q + 1);
  // A bare query string ("goal=dr&…") or a URL without one ("https://host/").
  return hashless.includes("=") ? hashless : "";
}

function safeParams(query: string): URLSearchParams {
  try {
    return new URLSearchParams(query);
  } catch {
    return new URLSearchParams();
  }
}

/** Coerces one raw parameter value to the answer's type, or returns undefined. */
function coerce(key: AnswerKey, raw: string): unknown {
  const value = raw.trim();
  if (key === "name") return value;
  if (key === "v") return DECIMAL.test(value) ? Number(value) : value;
  if (isNumberKey(key)) return DECIMAL.test(value) ? Number(value) : undefined;
  return value.toLowerCase();
}

/** Validates a single answer with the schema's own field. */
export function parseAnswer<K extends AnswerKey>(key: K, raw: string): Answers[K] | undefined {
  const result = answersSchema.shape[key].safeParse(coerce(key, raw));
  return result.success ? (result.data as Answers[K]) : undefined;
}

/**
 * Decodes a permalink (full URL, path with query, or query string) into answers.
 * Never throws.
 */
export function decodePermalink(input: string | URLSearchParams | null | undefined): DecodedPermalink {
  const answers: Answers = { ...DEFAULT_ANSWERS };
  const issues: PermalinkIssue[] = [];
  let hasAnswers = false;
  let params: URLSearchParams;
  try {
    params = input instanceof URLSearchParams ? input : safeParams(queryOf(String(input ?? "")));
  } catch {
    params = new URLSearchParams();
  }

  const seen = new Set<string>();
  let entries: [string, string][] = [];
  try {
    entries = [...params.entries()];
  } catch {
    entries = [];
  }

  for (const [param, raw] of entries) {
    if (!(ANSWER_KEYS as readonly string[]).includes(param)) {
      issues.push({
        param: shownName(param),
        kind: "unknown-parameter",
        value: shown(raw),
        message: `Unknown parameter "${shownName(param)}" was ignored.`,
      });
      continue;
    }
    const key = param as AnswerKey;
    if (seen.has(key)) {
      issues.push({
        param: key,
        kind: "repeated",
        value: shown(raw),
        message: `${key} was given more than once; the first value was kept and "${shown(raw)}" was ignored.`,
      });
      continue;
    }
    seen.add(key);
    hasAnswers = true;

    if (key === "v") {
      const v = coerce("v", raw);
      if (v !== PERMALINK_VERSION) {
        const newer = typeof v === "number" && v > PERMALINK_VERSION;
        issues.push({
          param: "v",
          kind: newer ? "newer-version" : "invalid",
          value: shown(raw),
          message: newer
            ? `v=${shown(raw)} is newer than this app knows (version ${PERMALINK_VERSION}); the answers were read as version ${PERMALINK_VERSION}.`
            : `v: "${shown(raw)}" is not a known version; allowed: ${describeAllowed("v")}. Read as version ${PERMALINK_VERSION}.`,
        });
      }
      continue;
    }

    // An empty Kafka version means "unknown", the same as leaving the parameter out.
    if (key === "kafka" && raw.trim() === "") continue;
    const parsed = parseAnswer(key, raw);
    if (parsed === undefined) {
      issues.push({
        param: key,
        kind: "invalid",
        value: shown(raw),
        message: `${key}: "${shown(raw)}" is not allowed (allowed: ${describeAllowed(key)}); ${key === "kafka" ? "the version was read as unknown" : `the default ${String(DEFAULT_ANSWERS[key])} was used`}.`,
      });
      continue;
    }
    (answers as Record<AnswerKey, unknown>)[key] = parsed;
  }
  return { answers, issues, hasAnswers };
}

/** Issues that should be shown to people (all of them, but callers may filter unknown parameters). */
export function droppedParams(issues: readonly PermalinkIssue[]): string[] {
  return [...new Set(issues.filter((i) => i.kind === "invalid").map((i) => i.param))];
}
