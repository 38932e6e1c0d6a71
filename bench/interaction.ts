/**
 * Benchmark (not a test): time from an answer change to the updated recommendation in the browser
 * (target < 50 ms). On the wizard's "Accounts and security" step, the radio "Are source and target
 * in the same AWS account?" is switched back and forth (same ↔ different accounts flips the
 * recommendation between MSK Replicator and MirrorMaker 2); inside the page, performance.now() is
 * taken just before the radio is clicked, and a MutationObserver on the live summary region
 * stops the clock when its text shows the new recommendation ("DOM updated"); the clock also stops
 * at the next animation frame after that ("next frame", close to when it is painted).
 *
 * Needs the build in .next-bench. Run: npm run -s bench -- interaction   (INTERACTION_CHANGES=20)
 */
import { OPTIONS } from "@/lib/knowledge";
import { percentile } from "./plan";
import { launchChromium, median, withServer } from "./server";

const CHANGES = Number(process.env.INTERACTION_CHANGES) || 20;
const SAME = OPTIONS["msk-replicator"].name;
const CROSS = OPTIONS.mirrormaker2.name;

/**
 * Runs in the page: clicks the radio and resolves with the times from just before the click until
 * the live region shows the wanted text, and until the next animation frame after that. A string,
 * not a function: tsx (esbuild keepNames) would wrap inner functions in a helper the page lacks.
 */
const MEASURE_CHANGE = `([input, region, want]) => new Promise((resolve, reject) => {
  let domAt = 0;
  let t0 = 0;
  const done = () => {
    domAt = performance.now();
    observer.disconnect();
    requestAnimationFrame(() => resolve({ dom: domAt - t0, frame: performance.now() - t0 }));
  };
  const observer = new MutationObserver(() => {
    if (domAt === 0 && region.textContent === want) done();
  });
  observer.observe(region, { childList: true, characterData: true, subtree: true });
  setTimeout(() => reject(new Error("the live summary did not show " + want + " within 5 s")), 5000);
  t0 = performance.now();
  input.click();
  // React may commit inside the click (a discrete event): then the change is already there.
  if (domAt === 0 && region.textContent === want) done();
})`;

export async function benchInteraction(): Promise<void> {
  const browser = await launchChromium();
  try {
    await withServer({}, async (origin) => {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      await page.goto(`${origin}/`);
      await page.getByRole("button", { name: "Next" }).click();
      await page.getByRole("heading", { level: 2, name: "Accounts and security" }).waitFor();
      const live = page.getByRole("complementary", { name: "Live recommendation" }).locator("[aria-live]");
      await live.waitFor();
      if ((await live.textContent()) !== SAME)
        throw new Error(`Expected the defaults to recommend ${SAME}, got ${await live.textContent()}`);

      const measure = await page.evaluateHandle(MEASURE_CHANGE);
      const dom: number[] = [];
      const frame: number[] = [];
      for (let i = 0; i < CHANGES + 2; i++) {
        const toCross = i % 2 === 0;
        const expected = toCross ? CROSS : SAME;
        const radio = page
          .getByRole("group", { name: /same AWS account/ })
          .getByRole("radio", { name: toCross ? /different/i : /same/i });
        const handle = await radio.elementHandle();
        const liveHandle = await live.elementHandle();
        const t = (await measure.evaluate((f, args) => (f as (a: unknown) => Promise<unknown>)(args), [
          handle,
          liveHandle,
          expected,
        ] as const)) as { dom: number; frame: number };
        // The first two changes warm up the code paths; they are not counted.
        if (i >= 2) {
          dom.push(t.dom);
          frame.push(t.frame);
        }
        await page.waitForTimeout(100);
      }
      const fmt = (xs: number[]) => {
        const s = [...xs].sort((a, b) => a - b);
        return `median ${median(s).toFixed(1)} ms  p90 ${percentile(s, 90).toFixed(1)} ms  max ${s[s.length - 1]!.toFixed(1)} ms`;
      };
      console.log(`answer change → recommendation updated, ${dom.length} changes (target < 50 ms):`);
      console.log(`  DOM updated  ${fmt(dom)}`);
      console.log(`  next frame   ${fmt(frame)}`);
    });
  } finally {
    await browser.close();
  }
}

if (process.argv[1]?.endsWith("interaction.ts")) void benchInteraction();
