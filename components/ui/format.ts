import type { AnswerKey, Answers } from "@/lib/answers";
import { QUESTIONS, answerInWords } from "@/lib/answers/questions";
import { regionName } from "@/lib/answers/values";
import { dollars, type Flip } from "@/lib/scoring";

/** "$1,533" or "$0.30": whole dollars from $100, cents below (lib/scoring's rounding). */
export const usd = (n: number) => `$${dollars(n)}`;

/** A duration in seconds, in the unit people use for it. */
export function formatSeconds(s: number): string {
  if (s < 120) return `${s} s`;
  if (s < 7200) return `${Math.round(s / 60)} min`;
  return `${+(s / 3600).toFixed(1)} h`;
}

/** A duration in minutes, in the unit people use for it. */
export function formatMinutes(m: number): string {
  if (m < 120) return `${m} min`;
  if (m < 2880) return `${+(m / 60).toFixed(1)} h`;
  return `${+(m / 1440).toFixed(1)} days`;
}

export const formatNumber = (n: number) => n.toLocaleString("en-US", { maximumFractionDigits: 2 });

export function questionLabel(key: AnswerKey): string {
  return key === "v" ? "Version" : QUESTIONS[key].label;
}

/** An answer in words, e.g. "Amazon MSK Serverless", "US West (Oregon) — us-west-2", "60 seconds". */
export function answerWords(key: AnswerKey, value: Answers[AnswerKey]): string {
  if (key === "primary" || key === "secondary") return `${regionName(String(value))} — ${String(value)}`;
  if (key === "mbps" || key === "partitions") return `${formatNumber(Number(value))} ${key === "mbps" ? "MB/s" : "partitions"}`;
  return answerInWords(key, value as never);
}

/** The alternative answer of a flip in words, with "or less"/"or more" when the whole range flips. */
export function flipValueWords(flip: Flip): string {
  const words = flip.param === "primary" || flip.param === "secondary" ? regionName(String(flip.value)) : answerInWords(flip.param, flip.value as never);
  return flip.range ? `${words} ${flip.range}` : words;
}
