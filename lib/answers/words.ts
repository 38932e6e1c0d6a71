// Answers in words, the same on the page, in the decision record and in messages.
import { formatNumber } from "@/lib/format";
import { QUESTIONS, answerInWords } from "./questions";
import { regionName, type AnswerKey, type Answers, type RegionCode } from "./values";

/** A Region in words with its code: "US West (Oregon) — us-west-2". */
export function regionLabel(code: RegionCode | string): string {
  return `${regionName(code)} — ${code}`;
}

/** The question an answer replies to, e.g. "Recovery time objective" ("Version" for v). */
export function questionLabel(key: AnswerKey): string {
  return key === "v" ? "Version" : QUESTIONS[key].label;
}

/** An answer in words, e.g. "Amazon MSK Serverless", "US West (Oregon) — us-west-2", "1,000 MB/s", "60 seconds". */
export function answerWords<K extends AnswerKey>(key: K, value: Answers[K]): string {
  if (key === "primary" || key === "secondary") return regionLabel(String(value));
  if (key === "mbps" || key === "partitions")
    return `${formatNumber(Number(value))} ${key === "mbps" ? "MB/s" : "partitions"}`;
  return answerInWords(key, value);
}
