import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_FLAGS, findChromium } from "./scripts/chromium.mjs";

// Browsers cannot be downloaded on our machines: use the system Chromium (see scripts/chromium.mjs).
const executablePath = findChromium();
const port = Number(process.env.E2E_PORT ?? 3100);

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: 2,
  // One retry everywhere (the CI script does not set CI): a test that passes only on its retry is
  // still reported as "flaky" in the list, and the console-error fixture names the failing URL.
  retries: 1,
  reporter: [["list"]],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "off",
    launchOptions: {
      executablePath,
      args: CHROMIUM_FLAGS,
    },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], viewport: { width: 1440, height: 900 } } },
    { name: "phone", use: { ...devices["Pixel 7"] }, grep: /@phone/ },
  ],
  webServer: {
    // The standalone server, as the container image runs it (scripts/standalone.mjs puts the
    // browser assets and public/ next to it). Bound to the loopback address the tests use: it also
    // checks that the app's rewrites stay internal there (a rewrite from proxy.ts would not,
    // vercel/next.js#94745).
    command: `node scripts/standalone.mjs && node ${process.env.NEXT_DIST_DIR || ".next"}/standalone/server.js`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
    env: { NEXT_TELEMETRY_DISABLED: "1", PORT: String(port), HOSTNAME: "127.0.0.1" },
  },
});
