/**
 * Benchmarks (not tests): print figures, assert nothing. `npm run -s bench` runs them all;
 * `npm run -s bench -- plan` (or pipeline, js, lighthouse, interaction, load) runs one.
 * The browser and load suites serve the production build in .next-bench: build it first with
 * `NEXT_DIST_DIR=.next-bench npx next build` (BENCHMARKS.md says how each figure is reproduced).
 */
import { benchInteraction } from "./interaction";
import { benchJs } from "./js-size";
import { benchLighthouse } from "./lighthouse";
import { benchLoad } from "./load";
import { benchPipeline } from "./pipeline";
import { benchPlan } from "./plan";

const suites: Record<string, () => void | Promise<void>> = {
  plan: benchPlan,
  pipeline: benchPipeline,
  js: benchJs,
  interaction: benchInteraction,
  lighthouse: benchLighthouse,
  load: benchLoad,
};

async function run(): Promise<void> {
  const wanted = process.argv.slice(2).filter((a) => !a.startsWith("-"));
  const unknown = wanted.filter((name) => !suites[name]);
  if (unknown.length) {
    console.error(`Unknown benchmark "${unknown.join('", "')}". Known: ${Object.keys(suites).join(", ")}`);
    process.exit(2);
  }
  let failed = 0;
  for (const name of wanted.length ? wanted : Object.keys(suites)) {
    console.log(
      `\n## ${name}  (${new Date().toISOString()}, load average ${(await import("node:os"))
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(" ")})`,
    );
    try {
      await suites[name]!();
    } catch (error) {
      // A suite that cannot run (no build, no Chromium) says why; the others still run.
      failed++;
      console.error(`${name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  process.exit(failed ? 1 : 0);
}

void run();
