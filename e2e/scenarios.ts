import { DEFAULT_ANSWERS, type Answers } from "@/lib/answers";
import { OPTIONS } from "@/lib/knowledge";
import { buildPlan } from "@/lib/scoring";

/** Journeys with their expected recommendation; each expectation is also checked against buildPlan. */
export const SCENARIOS = [
  { name: "defaults", changes: {}, expected: "Amazon MSK Replicator" },
  { name: "cross-account", changes: { accounts: "cross" }, expected: "Apache Kafka MirrorMaker 2" },
  {
    name: "compliance copy without offsets",
    changes: { goal: "compliance", offsets: "no", rto: 1440 },
    expected: "S3 backup through MSK Connect",
  },
  { name: "same Region, no data loss", changes: { secondary: "us-east-1", rpo: 0 }, expected: "Multi-AZ only" },
] as const satisfies readonly { name: string; changes: Partial<Answers>; expected: string }[];

export function answersOf(changes: Partial<Answers>): Answers {
  return { ...DEFAULT_ANSWERS, ...changes };
}

export function planName(changes: Partial<Answers>): string {
  return OPTIONS[buildPlan(answersOf(changes)).recommendation].name;
}
