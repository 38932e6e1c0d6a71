/**
 * Benchmark (not a test): the JavaScript the first page makes the browser download, in compressed
 * bytes on the wire, against a bare Next.js page built with the same Next.js (target ≤ 1.5×), and
 * the result page's. Measured in Chromium through the network (each script response's encoded
 * body size), with a fresh browser context each time (no cache).
 *
 * Needs the app's build in .next-bench (NEXT_DIST_DIR=.next-bench npx next build) and builds the
 * bare page once in /tmp/bare-next. Run: npm run -s bench -- js
 */
import type { Browser } from "@playwright/test";
import { RESULT_PATH, ensureBareNext, kib, launchChromium, withServer } from "./server";

export interface ScriptBytes {
  /** Compressed (as transferred) bytes of the script responses received before the load event. */
  atLoad: number;
  /** ... and of every script response until the network is idle (lazy chunks included). */
  all: number;
  /** Uncompressed bytes of all of them. */
  decoded: number;
  count: number;
  encodings: string[];
}

export async function measureScripts(browser: Browser, url: string, { scroll = false } = {}): Promise<ScriptBytes> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const result: ScriptBytes = { atLoad: 0, all: 0, decoded: 0, count: 0, encodings: [] };
  let loaded = false;
  const pending: Promise<void>[] = [];
  page.on("load", () => (loaded = true));
  page.on("requestfinished", (request) => {
    if (request.resourceType() !== "script") return;
    const beforeLoad = !loaded;
    pending.push(
      (async () => {
        const [sizes, response] = await Promise.all([request.sizes(), request.response()]);
        const body = await response?.body().catch(() => undefined);
        result.all += sizes.responseBodySize;
        if (beforeLoad) result.atLoad += sizes.responseBodySize;
        result.decoded += body?.length ?? 0;
        result.count++;
        const encoding = (await response?.allHeaders())?.["content-encoding"] ?? "identity";
        if (!result.encodings.includes(encoding)) result.encodings.push(encoding);
      })().catch((error: unknown) => {
        // Only a response that finishes after the page was closed gets here: note it, do not crash.
        console.warn(
          `  (not counted: ${request.url()}: ${error instanceof Error ? error.message.split("\n")[0] : String(error)})`,
        );
      }),
    );
  });
  await page.goto(url, { waitUntil: "networkidle" });
  await page.waitForTimeout(500);
  if (scroll) {
    // Panels that load when they come into view (the diagram, the generated code).
    for (
      let y = 0;
      y < 20 && (await page.evaluate(() => window.scrollY + window.innerHeight < document.body.scrollHeight));
      y++
    ) {
      await page.mouse.wheel(0, 800);
      await page.waitForTimeout(300);
    }
    await page.waitForLoadState("networkidle");
    await page.waitForTimeout(1000);
  }
  await Promise.all(pending);
  await context.close();
  return result;
}

function line(label: string, s: ScriptBytes): string {
  return `${label.padEnd(34)} ${kib(s.all).padStart(10)} (${s.all} B) compressed (${kib(s.atLoad)} before load), ${kib(s.decoded)} uncompressed, ${s.count} scripts, ${s.encodings.join("/")}`;
}

export async function benchJs(): Promise<void> {
  const bareDir = ensureBareNext();
  const browser = await launchChromium();
  try {
    const bare = await withServer({ cwd: bareDir, distDir: ".next" }, (origin) =>
      measureScripts(browser, `${origin}/`),
    );
    const { first, result, scrolled } = await withServer({}, async (origin) => ({
      first: await measureScripts(browser, `${origin}/`),
      result: await measureScripts(browser, `${origin}${RESULT_PATH}`),
      scrolled: await measureScripts(browser, `${origin}${RESULT_PATH}`, { scroll: true }),
    }));
    console.log(line("bare Next.js page (reference)", bare));
    console.log(line("first page /", first));
    console.log(line("result permalink /result?…", result));
    console.log(line("… scrolled to the end (lazy panels)", scrolled));
    console.log(
      `first page / bare = ${(first.all / bare.all).toFixed(2)}× (target ≤ 1.50×; budget in e2e/budget.spec.ts: ${Math.round(bare.all * 1.5)} B)`,
    );
    console.log(`result page / bare = ${(result.all / bare.all).toFixed(2)}×`);
  } finally {
    await browser.close();
  }
}

if (process.argv[1]?.endsWith("js-size.ts")) void benchJs();
