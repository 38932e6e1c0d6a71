import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arbitraryAnswers } from "@/test/helpers/answers";
import { decodePermalink } from "./permalink";
import { STEPS } from "./questions";
import { compactResultUrl, editUrl, PERMALINK_REDIRECT, viewUrl } from "./urls";
import { DEFAULT_ANSWERS, encodeAnswers } from "./values";

const changed = { ...DEFAULT_ANSWERS, name: "orders-dr" };

describe("view URLs", () => {
  it("the result's URL is /result with the canonical query", () => {
    expect(viewUrl("result", changed)).toBe(`/result?${encodeAnswers(changed)}`);
  });

  it("a compact result link names only the answers that differ from the defaults, and opens the same answers (property)", () => {
    expect(compactResultUrl(changed)).toBe("/result?v=1&name=orders-dr");
    expect(compactResultUrl(DEFAULT_ANSWERS)).toBe("/result?v=1");
    fc.assert(
      fc.property(arbitraryAnswers, (answers) => {
        const url = compactResultUrl(answers);
        expect(url.length).toBeLessThanOrEqual(viewUrl("result", answers).length);
        const decoded = decodePermalink(url.slice(url.indexOf("?")));
        expect(decoded.issues).toEqual([]);
        expect(encodeAnswers(decoded.answers)).toBe(encodeAnswers(answers));
      }),
      { numRuns: 300 },
    );
  });

  it("the wizard at its first step with the default answers is plain /", () => {
    expect(viewUrl("wizard", DEFAULT_ANSWERS)).toBe("/");
  });

  it("otherwise the wizard keeps the answers in the query and the step in the hash", () => {
    expect(viewUrl("wizard", changed)).toBe(`/?${encodeAnswers(changed)}#${STEPS[0].id}`);
    expect(viewUrl("wizard", DEFAULT_ANSWERS, 2)).toBe(`/?${encodeAnswers(DEFAULT_ANSWERS)}#${STEPS[2].id}`);
    expect(editUrl(changed, 99)).toBe(`/?${encodeAnswers(changed)}#${STEPS[0].id}`);
  });

  it("the redirect script sends a hashless permalink on / to the result, and nothing else", () => {
    const run = (href: string): string | undefined => {
      const url = new URL(href, "https://example.test");
      let replaced: string | undefined;
      const location = {
        search: url.search,
        pathname: url.pathname,
        hash: url.hash,
        replace: (to: string) => (replaced = to),
      };
      new Function("location", "URLSearchParams", PERMALINK_REDIRECT)(location, URLSearchParams);
      return replaced;
    };
    expect(run("/?goal=dr")).toBe("/result?goal=dr");
    expect(run("/?goal=dr#objectives")).toBeUndefined();
    expect(run("/")).toBeUndefined();
    expect(run("/?utm_source=x")).toBeUndefined();
    expect(run("/result?goal=dr")).toBeUndefined();
  });
});
