import { describe, expect, it } from "vitest";
import { DEFAULT_ANSWERS, type Answers } from "@/lib/answers";
import { HOURS_PER_MONTH, PRICES } from "@/lib/knowledge";
import { ASSUMPTIONS, estimateCost, estimateRecovery, mm2TasksPerDirection, monthlyGb, replicatorsPerDirection, s3RotateSeconds } from "./index";

const answers = (over: Partial<Answers>): Answers => ({ ...DEFAULT_ANSWERS, ...over });
const lineTotal = (a: Answers, option: Parameters<typeof estimateCost>[0]) => estimateCost(option, a);

describe("cost estimates", () => {
  it("MSK Replicator: replicator-hours, per-GB processing and cross-Region transfer, from the price table", () => {
    const a = answers({ mbps: 10 });
    const gb = (10 * ASSUMPTIONS.averageShareOfPeak * 3600 * HOURS_PER_MONTH) / 1000;
    expect(monthlyGb(a)).toBeCloseTo(gb);
    const cost = lineTotal(a, "msk-replicator");
    const expected = HOURS_PER_MONTH * PRICES.replicatorHour.amount + gb * PRICES.replicatorGb.amount + gb * PRICES.interRegionGb.amount + 3 * PRICES.cloudwatchAlarmMonth.amount;
    expect(cost.monthly).toBeCloseTo(expected, 0);
    expect(cost.hasUnverifiedPrice).toBe(true);
    expect(cost.assumptions.join(" ")).toContain("us-east-1");
  });

  it("same Region: no cross-Region transfer line", () => {
    const lines = lineTotal(answers({ secondary: "us-east-1" }), "msk-replicator").lines.map((l) => l.price);
    expect(lines).not.toContain("interRegionGb");
    expect(lineTotal(answers({}), "msk-replicator").lines.map((l) => l.price)).toContain("interRegionGb");
  });

  it("active-active with identical names processes about twice the data per replicator", () => {
    const prefixed = lineTotal(answers({ topology: "active-active", naming: "prefixed" }), "msk-replicator");
    const identical = lineTotal(answers({ topology: "active-active", naming: "identical" }), "msk-replicator");
    const gbLine = (c: typeof prefixed) => c.lines.find((l) => l.price === "replicatorGb")!.quantity;
    expect(gbLine(identical)).toBeCloseTo(2 * gbLine(prefixed));
  });

  it("sizes replicators and MirrorMaker 2 tasks from throughput", () => {
    expect(replicatorsPerDirection(answers({ mbps: 1000 }))).toBe(1);
    expect(replicatorsPerDirection(answers({ mbps: 1001 }))).toBe(2);
    expect(mm2TasksPerDirection(answers({ mbps: 1 }))).toBe(ASSUMPTIONS.mm2MinTasks);
    expect(mm2TasksPerDirection(answers({ mbps: 100 }))).toBe(4);
    const mm2 = lineTotal(answers({ mbps: 100, secondary: "us-east-1" }), "mirrormaker2");
    const perTaskHour = PRICES.fargateVcpuHour.amount + ASSUMPTIONS.mm2TaskGb * PRICES.fargateGbHour.amount;
    expect(mm2.monthly).toBeCloseTo(4 * HOURS_PER_MONTH * perTaskHour + 3 * PRICES.cloudwatchAlarmMonth.amount, 0);
  });

  it("S3 backup: MCUs, storage and PUT requests; rotation follows the RPO within bounds", () => {
    expect(s3RotateSeconds(answers({ rpo: 0 }))).toBe(ASSUMPTIONS.s3RotateMinSeconds);
    expect(s3RotateSeconds(answers({ rpo: 300 }))).toBe(300);
    expect(s3RotateSeconds(answers({ rpo: 86_400 }))).toBe(ASSUMPTIONS.s3RotateMaxSeconds);
    const cost = lineTotal(answers({}), "s3-backup");
    expect(cost.lines.map((l) => l.price)).toEqual(["mskConnectMcuHour", "s3StandardGbMonth", "s3PutPer1000", "interRegionGb"]);
  });

  it("Multi-AZ adds no replication charge", () => {
    expect(lineTotal(answers({}), "multi-az").monthly).toBe(0);
  });

  it("every line's total is its quantity times its dated, sourced price", () => {
    for (const option of ["msk-replicator", "mirrormaker2", "s3-backup"] as const) {
      for (const l of estimateCost(option, answers({ mbps: 37.5, partitions: 999 })).lines) {
        expect(l.monthly).toBeCloseTo(l.quantity * PRICES[l.price].amount, 1);
        expect(PRICES[l.price].source).toMatch(/^https:\/\//);
        expect(PRICES[l.price].checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    }
  });
});

describe("recovery estimates", () => {
  it("flags an RPO of 0 as out of reach for asynchronous replication", () => {
    expect(estimateRecovery("msk-replicator", answers({ rpo: 0 })).meetsRpo).toBe(false);
    expect(estimateRecovery("mirrormaker2", answers({ rpo: 0 })).meetsRpo).toBe(false);
    expect(estimateRecovery("multi-az", answers({ rpo: 0 })).meetsRpo).toBe(true);
  });

  it("S3 restores take hours: a 1-hour RTO is out of reach, a day is not", () => {
    expect(estimateRecovery("s3-backup", answers({ rto: 60 })).meetsRto).toBe(false);
    expect(estimateRecovery("s3-backup", answers({ rto: 1440 })).meetsRto).toBe(true);
  });

  it("too few partitions for the throughput raise the expected lag", () => {
    const ok = estimateRecovery("msk-replicator", answers({ mbps: 10, partitions: 100 }));
    const under = estimateRecovery("msk-replicator", answers({ mbps: 100, partitions: 100 }));
    expect(under.rpoSeconds).toBeGreaterThan(ok.rpoSeconds);
    expect(under.notes.join(" ")).toContain("recommended minimum");
  });

  it("Multi-AZ figures are scoped to an AZ loss", () => {
    expect(estimateRecovery("multi-az", DEFAULT_ANSWERS).scope).toBe("availability-zone");
  });
});
