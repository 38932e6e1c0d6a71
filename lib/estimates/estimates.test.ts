import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arbitraryAnswers } from "@/test/helpers/answers";
import { DEFAULT_ANSWERS, type Answers } from "@/lib/answers";
import { HOURS_PER_MONTH, PRICES } from "@/lib/knowledge";
import {
  ASSUMPTIONS,
  estimateCost,
  estimateRecovery,
  mm2TasksPerDirection,
  monthlyGb,
  replicatorsPerDirection,
  s3Restore,
  s3RotateSeconds,
  standbyBrokers,
} from "./index";

const answers = (over: Partial<Answers>): Answers => ({ ...DEFAULT_ANSWERS, ...over });
const lineTotal = (a: Answers, option: Parameters<typeof estimateCost>[0]) => estimateCost(option, a);

describe("cost estimates", () => {
  it("MSK Replicator: replicator-hours, per-GB processing and cross-Region transfer, from the price table", () => {
    const a = answers({ mbps: 10 });
    const gb = (10 * ASSUMPTIONS.averageShareOfPeak * 3600 * HOURS_PER_MONTH) / 1000;
    expect(monthlyGb(a)).toBeCloseTo(gb);
    const cost = lineTotal(a, "msk-replicator");
    const replication =
      HOURS_PER_MONTH * PRICES.replicatorHour.amount +
      gb * PRICES.replicatorGb.amount +
      gb * PRICES.interRegionGb.amount +
      5 * PRICES.cloudwatchAlarmMonth.amount +
      PRICES.cloudwatchDashboardMonth.amount;
    const standbyLines = cost.lines.filter(
      (l) => l.price === "standardBrokerHour" || l.price === "brokerStorageGbMonth",
    );
    expect(standbyLines).toHaveLength(2);
    expect(cost.monthly).toBeCloseTo(replication + standbyLines.reduce((s, l) => s + l.monthly, 0), 0);
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
    const fargate = mm2.lines
      .filter((l) => l.price === "fargateVcpuHour" || l.price === "fargateGbHour")
      .reduce((s, l) => s + l.monthly, 0);
    expect(fargate).toBeCloseTo(4 * HOURS_PER_MONTH * perTaskHour, 0);
  });

  it("S3 backup: MCUs, storage and PUT requests; rotation follows the RPO within bounds", () => {
    expect(s3RotateSeconds(answers({ rpo: 0 }))).toBe(ASSUMPTIONS.s3RotateMinSeconds);
    expect(s3RotateSeconds(answers({ rpo: 300 }))).toBe(300);
    expect(s3RotateSeconds(answers({ rpo: 86_400 }))).toBe(ASSUMPTIONS.s3RotateMaxSeconds);
    const cost = lineTotal(answers({}), "s3-backup");
    expect(cost.lines.map((l) => l.price)).toEqual([
      "mskConnectMcuHour",
      "s3StandardGbMonth",
      "s3PutPer1000",
      "interRegionGb",
      "crossAzGb",
      "cloudwatchAlarmMonth",
      "cloudwatchInsightsAlarmMetricMonth",
      "cloudwatchDashboardMonth",
    ]);
    // From outside AWS there is no MSK consumer-lag metric, so no Metrics Insights alarm to pay for.
    const onPrem = lineTotal(answers({ source: "on-premises", auth: "sasl-scram" }), "s3-backup");
    expect(onPrem.lines.some((l) => l.price === "cloudwatchInsightsAlarmMetricMonth")).toBe(false);
  });

  it("Multi-AZ adds no replication charge, only its monitoring: 2 alarms, 2 over every broker, one dashboard", () => {
    const cost = lineTotal(answers({}), "multi-az");
    expect(cost.lines.some((l) => /replicat|transfer/i.test(l.label))).toBe(false);
    // 0.20 + 2 alarms × 3 brokers × 0.10 + 3.00, written out.
    expect(cost.monthly).toBeCloseTo(0.2 + 0.6 + 3, 2);
    // Per-broker alarms grow with the cluster: 300 MB/s on Standard brokers is 30 brokers.
    const big = lineTotal(answers({ mbps: 300 }), "multi-az");
    expect(big.lines.find((l) => l.price === "cloudwatchInsightsAlarmMetricMonth")?.quantity).toBe(60);
  });

  it("every option bills at least the monitoring its bundle creates, whatever the answers (property): the result's cost table is never empty", () => {
    fc.assert(
      fc.property(arbitraryAnswers, (a) => {
        for (const option of ["msk-replicator", "mirrormaker2", "s3-backup", "multi-az"] as const) {
          const prices = estimateCost(option, a).lines.map((l) => l.price);
          expect(prices, option).toContain("cloudwatchDashboardMonth");
          expect(prices, option).toContain("cloudwatchAlarmMonth");
        }
      }),
      { numRuns: 200 },
    );
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

/**
 * Three plans priced by hand (us-east-1 list prices of lib/knowledge/prices.ts; 730 h; average =
 * half the peak; 1 GB = 1000 MB). Each figure below is written out, not computed by the code under test.
 */
describe("cost lines against hand-computed figures", () => {
  const monthly = (a: Answers, option: Parameters<typeof estimateCost>[0]) => estimateCost(option, a).monthly;
  const byPrice = (a: Answers, option: Parameters<typeof estimateCost>[0]) =>
    Object.fromEntries(
      estimateCost(option, a).lines.map((l) => [l.label.replace(/,.*$/, ""), Math.round(l.monthly * 100) / 100]),
    );

  it("plan 1, the defaults (10 MB/s, 100 partitions, us-east-1 → us-west-2, Standard standby): Replicator $2,903.60, MirrorMaker 2 $1,894.86", () => {
    // 13,140 GB a month. Replicator: 730 × 0.30 = 219; 13,140 × 0.08 = 1,051.20; transfer 13,140 × 0.02 = 262.80;
    // alarms 5 × 0.10 = 0.50; dashboard 3.00; standby 3 × 730 × 0.21 = 459.90;
    // storage 10 × 0.5 × 86,400 × 7 / 1000 = 3,024 GB × 3 × 0.10 = 907.20.
    expect(monthly(DEFAULT_ANSWERS, "msk-replicator")).toBeCloseTo(219 + 1051.2 + 262.8 + 0.5 + 3 + 459.9 + 907.2, 2);
    // MirrorMaker 2: 1,460 vCPU-h × 0.04048 = 59.10; 5,840 GB-h × 0.004445 = 25.96; transfer 262.80;
    // cross-AZ 13,140 × 2/3 × 2 = 17,520 GB × 0.01 = 175.20; alarms 5 × 0.10 = 0.50; 4 agent metrics × 0.30 = 1.20;
    // dashboard 3.00; standby 459.90 + 907.20.
    expect(monthly(DEFAULT_ANSWERS, "mirrormaker2")).toBeCloseTo(
      59.1 + 25.96 + 262.8 + 175.2 + 0.5 + 1.2 + 3 + 459.9 + 907.2,
      1,
    );
  });

  it("plan 2, S3 backup at the defaults: $841.28, with no standby cluster", () => {
    // 1 MCU × 730 × 0.11 = 80.30; 12,960 GB × 0.023 = 298.08; 4,320 thousand PUTs × 0.005 = 21.60;
    // transfer 13,140 × 0.02 = 262.80; cross-AZ reads 17,520 GB × 0.01 = 175.20;
    // alarms 2 × 0.10 = 0.20; the lag alarm's one topic × 0.10 = 0.10; dashboard 3.00.
    expect(monthly(DEFAULT_ANSWERS, "s3-backup")).toBeCloseTo(80.3 + 298.08 + 21.6 + 262.8 + 175.2 + 0.2 + 0.1 + 3, 2);
    expect(estimateCost("s3-backup", DEFAULT_ANSWERS).lines.some((l) => /standby/i.test(l.label))).toBe(false);
  });

  it("plan 3, 100 MB/s into Express brokers in us-east-2: $0.01/GB from us-east-1, Express per-GB written included: $19,067.06", () => {
    const a = answers({ target: "msk-express", secondary: "us-east-2", mbps: 100, partitions: 400 });
    // 131,400 GB. 219 + 131,400 × 0.08 = 10,512 + transfer 131,400 × 0.01 = 1,314 + alarms 0.50 + dashboard 3.00;
    // standby: ceil(100 / 15.6) = 7 → 9 brokers (multiple of 3) × 730 × 0.408 = 2,680.56;
    // storage 30,240 GB × 0.10 = 3,024; written 131,400 × 0.01 = 1,314.
    expect(standbyBrokers(a)).toBe(9);
    expect(monthly(a, "msk-replicator")).toBeCloseTo(219 + 10512 + 1314 + 0.5 + 3 + 2680.56 + 3024 + 1314, 2);
    expect(byPrice(a, "msk-replicator")["Data written to the Express standby (per GB written"]).toBeCloseTo(1314, 2);
  });

  it("prices inter-Region transfer by the source Region and flags a Region missing from the table (review F12)", () => {
    const lines = (a: Answers) =>
      estimateCost("msk-replicator", a).lines.filter((l) => l.label.startsWith("Cross-Region"));
    expect(lines(answers({ primary: "us-east-2", secondary: "us-east-1" }))[0]?.price).toBe("interRegionUsEastGb");
    expect(lines(answers({ primary: "eu-west-1", secondary: "eu-central-1" }))[0]?.price).toBe("interRegionGb");
    const sa = estimateCost("msk-replicator", answers({ primary: "sa-east-1", secondary: "us-east-1" }));
    expect(sa.lines.find((l) => l.label.startsWith("Cross-Region"))?.price).toBe("interRegionUnpricedGb");
    expect(sa.hasUnpricedLine).toBe(true);
    expect(sa.assumptions.join(" ")).toContain("not in the product's table");
    // Active-active: each direction at its own source Region's rate.
    const aa = lines(
      answers({ primary: "us-east-1", secondary: "sa-east-1", topology: "active-active", naming: "prefixed" }),
    );
    expect(aa.map((l) => l.price)).toEqual(["interRegionGb", "interRegionUnpricedGb"]);
  });

  it("counts the standby for the options that keep one, not for S3 or Multi-AZ (review F6)", () => {
    const hasStandby = (o: Parameters<typeof estimateCost>[0]) =>
      estimateCost(o, DEFAULT_ANSWERS).lines.some((l) => l.label.startsWith("Standby"));
    expect(hasStandby("msk-replicator")).toBe(true);
    expect(hasStandby("mirrormaker2")).toBe(true);
    expect(hasStandby("s3-backup")).toBe(false);
    expect(hasStandby("multi-az")).toBe(false);
  });

  it("charges cross-AZ traffic of MirrorMaker 2 and the S3 sink, and egress back on-premises only for active-active (review F13)", () => {
    expect(estimateCost("mirrormaker2", DEFAULT_ANSWERS).lines.some((l) => l.price === "crossAzGb")).toBe(true);
    expect(estimateCost("msk-replicator", DEFAULT_ANSWERS).lines.some((l) => l.price === "crossAzGb")).toBe(false);
    const onPrem = { source: "on-premises", target: "msk-express", auth: "sasl-scram", naming: "prefixed" } as const;
    expect(
      estimateCost("msk-replicator", answers({ ...onPrem, topology: "active-active" })).lines.some(
        (l) => l.price === "egressInternetGb",
      ),
    ).toBe(true);
    expect(
      estimateCost("msk-replicator", answers({ ...onPrem, topology: "active-passive" })).lines.some(
        (l) => l.price === "egressInternetGb",
      ),
    ).toBe(false);
  });

  it("prices one failback as a one-off: the reverse replicator re-reads the standby's retention", () => {
    const c = estimateCost("msk-replicator", DEFAULT_ANSWERS);
    expect(c.oneOff.map((l) => l.price)).toEqual(["replicatorGb", "interRegionGb"]);
    expect(c.oneOff[0]?.quantity).toBeCloseTo(3024, 0);
    expect(estimateCost("msk-replicator", answers({ topology: "active-active", naming: "prefixed" })).oneOff).toEqual(
      [],
    );
  });
});

describe("recovery estimates", () => {
  it("gives MSK Replicator and MirrorMaker 2 the same failover time: no source says otherwise (review F14)", () => {
    expect(estimateRecovery("msk-replicator", DEFAULT_ANSWERS).rtoMinutes).toBe(
      estimateRecovery("mirrormaker2", DEFAULT_ANSWERS).rtoMinutes,
    );
    expect(estimateRecovery("msk-replicator", DEFAULT_ANSWERS).notes.join(" ")).toMatch(/assumption to measure/);
  });

  it("S3 restore time follows the volume and the restore connector's capacity", () => {
    expect(s3Restore(answers({ mbps: 10 })).replayMinutes).toBe(360);
    const big = s3Restore(answers({ mbps: 1000 }));
    // 1000 MB/s peak: 43,200 GB to replay at most 800 MB/s (80 MCUs × 10 MB/s) → 900 minutes.
    expect(big.replayMbps).toBe(800);
    expect(big.replayMinutes).toBe(900);
    expect(big.connectorsToReachSpeedup).toBe(3);
    expect(estimateRecovery("s3-backup", answers({ mbps: 1000 })).rtoMinutes).toBeGreaterThan(
      estimateRecovery("s3-backup", answers({ mbps: 10 })).rtoMinutes,
    );
  });

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
