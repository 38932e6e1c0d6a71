/**
 * Benchmark (not a test): how long one plan takes, over the whole space of choice answers
 * (every combination of the enum answers, default numbers and Regions), plus random numbers.
 * Prints the median, p99 and total. Run: npm run -s bench -- plan
 */
import { DEFAULT_ANSWERS } from "@/lib/answers";
import { choiceAnswerSpace } from "@/test/helpers/answers";
import { buildPlan } from "@/lib/scoring";

/** Every combination of the choice answers, with default numbers (test/helpers/answers.ts). */
export const answerSpace = choiceAnswerSpace;

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

export function timeEach<T>(inputs: Iterable<T>, fn: (input: T) => unknown): number[] {
  const times: number[] = [];
  for (const input of inputs) {
    const t0 = performance.now();
    fn(input);
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b);
}

export function report(label: string, sorted: number[]): void {
  const total = sorted.reduce((s, t) => s + t, 0);
  console.log(
    `${label.padEnd(34)} n=${String(sorted.length).padStart(6)}  median ${percentile(sorted, 50).toFixed(3)} ms  p99 ${percentile(sorted, 99).toFixed(3)} ms  total ${(total / 1000).toFixed(2)} s`,
  );
}

export function benchPlan(): void {
  // Warm up the JIT so the first answers do not pay for compilation.
  for (let i = 0; i < 50; i++) buildPlan(DEFAULT_ANSWERS);
  report("plan (incl. what-would-change)", timeEach(answerSpace(), buildPlan));
}

if (process.argv[1]?.endsWith("plan.ts")) benchPlan();
