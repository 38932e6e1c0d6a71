// The system Chromium every browser run uses (Playwright cannot download browsers here): where to
// look for it, in order, and the flags it runs with. Read by playwright.config.ts, bench/server.ts
// and scripts/ensure-chromium.mjs.
import { existsSync } from "node:fs";

/** Where to look, in order: $CHROMIUM_PATH, $CHROME_PATH, then Debian's and Ubuntu's paths. */
export const CHROMIUM_CANDIDATES = [
  process.env.CHROMIUM_PATH,
  process.env.CHROME_PATH,
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
].filter((p) => !!p);

/** The first Chromium that exists, or undefined. */
export function findChromium() {
  return CHROMIUM_CANDIDATES.find((p) => existsSync(p));
}

/** Headless in a container: no sandbox, GPU, shared-memory file, background traffic or first-run UI. */
export const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
  "--no-first-run",
];
