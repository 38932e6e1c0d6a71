// Answers in words, the same on the page, in the decision record and in messages.
import { formatNumber } from "@/lib/format";
import { QUESTIONS, answerInWords } from "./questions";
import { regionName, type AnswerKey, type Answers, type Goal, type RegionCode } from "./values";

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

/** The words for a goal's events and sides: a failover and a standby, or a cut-over and a target. */
export interface GoalWords {
  failover: string;
  Failover: string;
  failback: string;
  Failback: string;
  /** What the source side is called: "primary" or "source". */
  primary: string;
  standby: string;
}

const GOAL_WORDS: Record<"recovery" | "migration", GoalWords> = {
  recovery: {
    failover: "failover",
    Failover: "Failover",
    failback: "failback",
    Failback: "Failback",
    primary: "primary",
    standby: "standby",
  },
  migration: {
    failover: "cut-over",
    Failover: "Cut-over",
    failback: "rollback",
    Failback: "Rollback",
    primary: "source",
    standby: "target",
  },
};

/** Migration speaks of a cut-over and a rollback; every other goal of a failover and a failback. */
export function goalWords(goal: Goal): GoalWords {
  return GOAL_WORDS[goal === "migration" ? "migration" : "recovery"];
}
