import { describe, expect, it } from "vitest";
import { STEPS } from "./questions";
import { editUrl, PERMALINK_REDIRECT, viewUrl } from "./urls";
import { DEFAULT_ANSWERS, encodeAnswers } from "./values";

const changed = { ...DEFAULT_ANSWERS, name: "orders-dr" };

describe("view URLs", () => {
  it("the result's URL is /result with the canonical query", () => {
    expect(viewUrl("result", changed)).toBe(`/result?${encodeAnswers(changed)}`);
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
