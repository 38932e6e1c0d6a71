import { beforeAll, describe, expect, it } from "vitest";
import { NUMBER_BOUNDS } from "@/lib/answers/values";
import { loadEngine } from "./use-engine";
import { draftBlocks, draftError, fieldIds, typedAnswer } from "./validation";

// The engine (with the answers schema) is loaded once per page; these tests run in order, first
// without it, then with it, as the page does when the form is first touched.

describe("before the engine has loaded", () => {
  it("a typed answer stays a draft and blocks Next, with no error shown yet", () => {
    expect(typedAnswer("rpo", "60")).toBeUndefined();
    expect(draftError("rpo", "60")).toBeUndefined();
    expect(draftBlocks("rpo", "60")).toBe(true);
  });

  it("an empty field or a non-number is worded without the schema", () => {
    expect(draftError("rpo", "  ")).toBe(
      `Enter a whole number of seconds from ${NUMBER_BOUNDS.rpo.min} to ${NUMBER_BOUNDS.rpo.max}.`,
    );
    expect(typedAnswer("mbps", "1e", true)).toBeUndefined();
  });

  it("no draft blocks nothing", () => {
    expect(draftBlocks("rpo", undefined)).toBe(false);
    expect(draftError("rpo", undefined)).toBeUndefined();
  });
});

describe("with the engine", () => {
  beforeAll(async () => {
    await loadEngine();
  });

  it("a valid entry becomes the answer, typed by the schema", () => {
    expect(typedAnswer("rpo", "60")).toBe(60);
    expect(typedAnswer("mbps", "12.5")).toBe(12.5);
    expect(typedAnswer("primary", "eu-west-1")).toBe("eu-west-1");
    expect(draftError("rpo", "60")).toBeUndefined();
    expect(draftBlocks("rpo", "60")).toBe(false);
  });

  it("an entry out of bounds is not clamped: it stays a draft with the allowed range in words", () => {
    const over = String(NUMBER_BOUNDS.rpo.max + 1);
    expect(typedAnswer("rpo", over)).toBeUndefined();
    expect(draftError("rpo", over)).toBe(
      `“${over}” is not allowed. Enter a whole number of seconds from ${NUMBER_BOUNDS.rpo.min} to ${NUMBER_BOUNDS.rpo.max}.`,
    );
    expect(draftBlocks("rpo", over)).toBe(true);
    expect(draftError("partitions", "1.5")).toMatch(/^“1.5” is not allowed\. Enter a whole number/);
  });

  it("what the browser did not accept as a number never becomes an answer, whatever the text", () => {
    expect(typedAnswer("mbps", "12", true)).toBeUndefined();
    expect(typedAnswer("mbps", "12")).toBe(12);
  });

  it("a name must be valid exactly as typed: surrounding spaces are pointed out, not trimmed away", () => {
    expect(typedAnswer("name", "orders-dr")).toBe("orders-dr");
    expect(typedAnswer("name", " orders-dr")).toBeUndefined();
    expect(draftError("name", " orders-dr")).toBe("Remove the spaces at the start or end.");
    expect(draftBlocks("name", " orders-dr")).toBe(true);
  });
});

describe("fieldIds", () => {
  it("derives every id of a field from its key, distinct from each other", () => {
    const ids = fieldIds("rpo");
    expect(ids).toEqual({ input: "q-rpo", help: "q-rpo-help", why: "q-rpo-why", error: "q-rpo-error" });
    expect(new Set(Object.values(ids)).size).toBe(4);
  });
});
