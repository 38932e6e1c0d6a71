import { test as base, expect } from "@playwright/test";

/**
 * Every test fails on a console error or an uncaught page error: hydration mismatches, failed
 * requests and runtime errors all surface there. A test that breaks the network on purpose lists
 * the errors it expects in `expectedConsoleErrors` (patterns); anything else still fails it.
 */
export const test = base.extend<{ expectedConsoleErrors: RegExp[]; failOnConsoleErrors: void }>({
  expectedConsoleErrors: [[], { option: true }],
  failOnConsoleErrors: [
    async ({ page, expectedConsoleErrors }, use) => {
      const errors: string[] = [];
      page.on("console", (m) => {
        // "Failed to load resource" says which status, not which URL: the location does.
        if (m.type() === "error") errors.push(`console: ${m.text()}${m.location().url ? ` (${m.location().url})` : ""}`);
      });
      page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
      await use();
      expect(
        errors.filter((e) => !expectedConsoleErrors.some((p) => p.test(e))),
        "console and page errors",
      ).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
