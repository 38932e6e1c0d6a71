import { describe, expect, it, vi } from "vitest";
import { DEFAULT_ANSWERS, type Answers } from "@/lib/answers";
import { buildPlan } from "./plan";
import { recentPlan } from "./recent";

const named = (name: string): Answers => ({ ...DEFAULT_ANSWERS, name });

describe("recentPlan", () => {
  it("is buildPlan's plan, the same object for the same answers however they were built", () => {
    const plan = recentPlan(named("recent-a"));
    expect(plan).toEqual(buildPlan(named("recent-a")));
    expect(recentPlan({ ...named("recent-a") })).toBe(plan);
    expect(recentPlan(named("recent-b"))).not.toBe(plan);
    expect(recentPlan(named("recent-b")).answers.name).toBe("recent-b");
  });

  it("keeps the 32 most recently used and builds the others again", () => {
    const plans = Array.from({ length: 32 }, (_, i) => recentPlan(named(`keep-${i}`)));
    // Asked for again, keep-0 becomes the most recent: the next new answers push out keep-1.
    expect(recentPlan(named("keep-0"))).toBe(plans[0]);
    recentPlan(named("keep-32"));
    expect(recentPlan(named("keep-0"))).toBe(plans[0]);
    expect(recentPlan(named("keep-2"))).toBe(plans[2]);
    const rebuilt = recentPlan(named("keep-1"));
    expect(rebuilt).not.toBe(plans[1]);
    expect(rebuilt).toEqual(plans[1]);
  });

  it("is shared by a second copy of the module in the same realm (the server bundles it twice)", async () => {
    const plan = recentPlan(named("shared"));
    vi.resetModules();
    const copy = await import("./recent");
    expect(copy.recentPlan).not.toBe(recentPlan);
    expect(copy.recentPlan(named("shared"))).toBe(plan);
  });
});
