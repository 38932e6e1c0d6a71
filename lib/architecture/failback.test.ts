import { describe, expect, it } from "vitest";
import { DEFAULT_ANSWERS, type Answers } from "@/lib/answers";
import { PRICES, type OptionId } from "@/lib/knowledge";
import { buildPlan } from "@/lib/scoring";
import { buildArchitecture } from "./build";
import { estimateFailback, failbackInWords } from "./failback";

function failback(overrides: Partial<Answers>, option: OptionId) {
  const answers = { ...DEFAULT_ANSWERS, ...overrides };
  const arch = buildArchitecture(buildPlan(answers), option);
  return { estimate: estimateFailback(arch, answers), words: failbackInWords(arch, answers) };
}

describe("failback estimate", () => {
  it("MSK Replicator active-passive across Regions: a new reverse replicator re-reads a day of retention per day, priced per GB", () => {
    const { estimate, words } = failback({ mbps: 10 }, "msk-replicator");
    expect(estimate).toMatchObject({ kind: "replicator-created", gbPerDay: 864 });
    if (estimate?.kind !== "replicator-created") throw new Error("unreachable");
    expect(estimate.replicatorUsdPerDay).toBeCloseTo(864 * PRICES.replicatorGb.amount);
    expect(estimate.transferUsdPerDay).toBeCloseTo(864 * PRICES.interRegionGb.amount);
    expect(words).toContain("starting position EARLIEST");
  });

  it("in one Region there is no transfer line", () => {
    const { estimate } = failback({ primary: "eu-west-1", secondary: "eu-west-1" }, "msk-replicator");
    expect(estimate).toMatchObject({ kind: "replicator-created" });
    expect(estimate).not.toHaveProperty("transferUsdPerDay");
  });

  it("active-active: the reverse direction already runs, so nothing is re-copied", () => {
    expect(failback({ topology: "active-active" }, "msk-replicator").estimate?.kind).toBe("replicator-running");
    expect(failback({ topology: "active-active" }, "mirrormaker2").estimate?.kind).toBe("mirrormaker2-running");
  });

  it("MirrorMaker 2 active-passive: the reverse flow re-reads on the same tasks", () => {
    const { estimate } = failback({}, "mirrormaker2");
    expect(estimate).toMatchObject({ kind: "mirrormaker2-reverse-flow", gbPerDay: 864 });
  });

  it("a migration speaks of a rollback", () => {
    const { words } = failback({ goal: "migration", topology: "active-active" }, "mirrormaker2");
    expect(words).toContain("the rollback waits");
  });

  it("no standby, no failback: S3 backup and Multi-AZ", () => {
    expect(failback({ goal: "compliance" }, "s3-backup").estimate).toBeUndefined();
    expect(failback({ secondary: "us-east-1" }, "multi-az").words).toBeUndefined();
  });
});
