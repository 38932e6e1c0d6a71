import { test as base, expect, type Page } from "@playwright/test";

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
        if (m.type() === "error")
          errors.push(`console: ${m.text()}${m.location().url ? ` (${m.location().url})` : ""}`);
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

/**
 * Elements cut off sideways: wider than the viewport, or than the content box of the nearest
 * ancestor that hides horizontal overflow. Scroll containers (code blocks) scroll on purpose and are
 * skipped. `scrollWidth` alone misses content clipped inside a card, which is how a wide <select>
 * once hid its end on phones. Returns one line per element, for the failure message.
 */
export function cutOffElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const lines: string[] = [];
    for (const el of document.querySelectorAll("body *")) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      let clip: Element | null = null;
      for (let a = el.parentElement; a; a = a.parentElement) {
        if (getComputedStyle(a).overflowX !== "visible") {
          clip = a;
          break;
        }
      }
      if (clip && ["auto", "scroll"].includes(getComputedStyle(clip).overflowX)) continue;
      const limit = clip
        ? clip.getBoundingClientRect().right - parseFloat(getComputedStyle(clip).borderRightWidth)
        : document.documentElement.clientWidth;
      if (box.right > limit + 1) {
        lines.push(
          `<${el.tagName.toLowerCase()}> "${(el.textContent ?? "").trim().slice(0, 50)}" ends at ${Math.round(box.right)} px, past ${Math.round(limit)} px`,
        );
      }
    }
    return lines;
  });
}
