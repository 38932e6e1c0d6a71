import { describe, expect, it } from "vitest";
import { dollars, formatMinutes, formatNumber, formatSeconds, usd } from "./format";

describe("one wording of durations, money and numbers", () => {
  it.each([
    [0, "0 s"],
    [119, "119 s"],
    [120, "2 min"],
    [7199, "120 min"],
    [7200, "2 h"],
    [9000, "2.5 h"],
  ])("formatSeconds(%d) = %s", (s, words) => expect(formatSeconds(s)).toBe(words));

  it.each([
    [1, "1 min"],
    [60, "60 min"],
    [90, "90 min"],
    [120, "2 h"],
    [150, "2.5 h"],
    [2879, "48 h"],
    [2880, "2 days"],
    [10_080, "7 days"],
  ])("formatMinutes(%d) = %s", (m, words) => expect(formatMinutes(m)).toBe(words));

  it("money: whole dollars from 100, cents below", () => {
    expect(dollars(1532.6)).toBe("1,533");
    expect(dollars(99.995)).toBe("100.00");
    expect(dollars(0.3)).toBe("0.30");
    expect(usd(1532.6)).toBe("$1,533");
  });

  it("numbers: thousands separators, at most two decimals", () => {
    expect(formatNumber(1000)).toBe("1,000");
    expect(formatNumber(2.345)).toBe("2.35");
    expect(formatNumber(0.1)).toBe("0.1");
  });
});
