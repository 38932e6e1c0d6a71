import { describe, expect, it } from "vitest";
import { previewImageUrl, permalinkQuery, resultUrl } from "./routes";

describe("resultUrl and previewImageUrl", () => {
  it.each(["goal=dr&rpo=60", "?goal=dr&rpo=60", "/?goal=dr&rpo=60"])(
    "take a query in any of its spellings: %s",
    (q) => {
      expect(resultUrl(q)).toBe("/result?goal=dr&rpo=60");
      expect(previewImageUrl(q)).toBe("/og?goal=dr&rpo=60");
    },
  );

  it("an empty query is the bare route, without a dangling ?", () => {
    expect(resultUrl("")).toBe("/result");
    expect(resultUrl("?")).toBe("/result");
    expect(previewImageUrl("/")).toBe("/og");
  });

  it("keep the query's own characters as they are", () => {
    expect(resultUrl("?name=a%2Fb&x=%3F")).toBe("/result?name=a%2Fb&x=%3F");
  });
});

describe("permalinkQuery", () => {
  it("prefers the query as sent, even when empty", () => {
    expect(permalinkQuery("b=2&a=1&b=3", { a: "1", b: ["2", "3"] })).toBe("b=2&a=1&b=3");
    expect(permalinkQuery("", { a: "1" })).toBe("");
  });

  it("rebuilds it from searchParams otherwise, repeated parameters repeated and values encoded", () => {
    expect(permalinkQuery(null, { goal: "dr", b: ["2", "3"], empty: undefined, name: "a b" })).toBe(
      "goal=dr&b=2&b=3&empty=&name=a+b",
    );
  });
});
