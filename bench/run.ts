/**
 * Benchmarks (not tests): print figures, assert nothing. `npm run -s bench` runs them all;
 * `npm run -s bench -- plan` runs one.
 */
import { benchPlan } from "./plan";

const suites: Record<string, () => void | Promise<void>> = { plan: benchPlan };
async function run(): Promise<void> {
  const wanted = process.argv.slice(2).filter((a) => !a.startsWith("-"));
  for (const name of wanted.length ? wanted : Object.keys(suites)) {
    const suite = suites[name];
    if (!suite) {
      console.error(`Unknown benchmark "${name}". Known: ${Object.keys(suites).join(", ")}`);
      process.exit(2);
    }
    console.log(`\n## ${name}`);
    await suite();
  }
}

void run();
