/**
 * Benchmark (not a test): the whole pipeline behind one answer set, over the whole space of choice
 * answers (answerSpace(): every combination of the enum answers, default numbers and Regions).
 *
 * For each answer set it times, separately:
 * - the plan (buildPlan, including what-would-change);
 * - the architecture of every option (buildArchitecture(plan, option) × 4);
 * - the generators for the recommended option's architecture: the Terraform bundle and the
 *   CloudFormation bundle (generateBundle, lib/bundle: code, MirrorMaker 2 properties, README, runbook
 *   and decision record), the runbook alone and the decision record alone;
 * - the sum of the above for the answer set ("everything for one answer set").
 * Prints the median, p99 and total of each. Run: npm run -s bench -- pipeline
 * BENCH_SAMPLE=500 limits it to every n-th answer set so that about 500 are timed (quick look).
 */
import { DEFAULT_ANSWERS, type Answers } from "@/lib/answers";
import { buildArchitecture, type Architecture } from "@/lib/architecture";
import { renderDecisionRecord } from "@/lib/decision-record";
import { OPTION_IDS } from "@/lib/knowledge";
import { renderRunbook } from "@/lib/runbook";
import { generateBundle } from "@/lib/bundle";
import { buildPlan, type Plan } from "@/lib/scoring";
import { answerSpace, report } from "./plan";

function time(fn: () => unknown): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

function sampled(every: number): Generator<Answers> {
  return (function* () {
    let i = 0;
    for (const answers of answerSpace()) if (i++ % every === 0) yield answers;
  })();
}

export async function benchPipeline(): Promise<void> {
  const size = Array.from(answerSpace()).length;
  const wanted = Number(process.env.BENCH_SAMPLE) || size;
  const every = Math.max(1, Math.floor(size / wanted));

  // Warm up the JIT on a spread of answer sets, so the first ones measured do not pay for compilation.
  for (const answers of sampled(Math.max(1, Math.floor(size / 40)))) {
    const plan = buildPlan(answers);
    for (const option of OPTION_IDS) {
      const arch = buildArchitecture(plan, option);
      renderRunbook(plan, arch);
      renderDecisionRecord(plan, arch);
      generateBundle(plan, arch, { format: "terraform" });
      generateBundle(plan, arch, { format: "cloudformation" });
    }
  }

  const rows: Record<string, number[]> = {
    plan: [],
    "architecture (4 options)": [],
    "Terraform bundle": [],
    "CloudFormation bundle": [],
    runbook: [],
    "decision record": [],
    "everything for one answer set": [],
  };
  const started = performance.now();
  for (const answers of sampled(every)) {
    let plan: Plan = buildPlan(DEFAULT_ANSWERS);
    const tPlan = time(() => (plan = buildPlan(answers)));
    let recommended: Architecture | undefined;
    const tArch = time(() => {
      for (const option of OPTION_IDS) {
        const arch = buildArchitecture(plan, option);
        if (option === plan.recommendation) recommended = arch;
      }
    });
    const arch = recommended!;
    const tTf = time(() => generateBundle(plan, arch, { format: "terraform" }));
    const tCfn = time(() => generateBundle(plan, arch, { format: "cloudformation" }));
    const tRunbook = time(() => renderRunbook(plan, arch));
    const tRecord = time(() => renderDecisionRecord(plan, arch));
    rows.plan!.push(tPlan);
    rows["architecture (4 options)"]!.push(tArch);
    rows["Terraform bundle"]!.push(tTf);
    rows["CloudFormation bundle"]!.push(tCfn);
    rows.runbook!.push(tRunbook);
    rows["decision record"]!.push(tRecord);
    rows["everything for one answer set"]!.push(tPlan + tArch + tTf + tCfn + tRunbook + tRecord);
  }
  const count = rows.plan!.length;
  console.log(
    `${count} answer sets${every > 1 ? ` (every ${every}th of ${size})` : " (the whole answer space)"}; generators run on the recommended option's architecture.`,
  );
  for (const [label, times] of Object.entries(rows)) {
    if (times.length)
      report(
        label,
        times.sort((a, b) => a - b),
      );
  }
  console.log(`wall time ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

if (process.argv[1]?.endsWith("pipeline.ts")) void benchPipeline();
