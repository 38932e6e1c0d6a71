import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { measureDrill, percentile, percentiles, type DrillInput, type StampedRecord, type StepRecord } from "./measure";
import { canaryValue, parseChronyOffset, parseStamped, parseSteps, readDrillResults } from "./results";
import { renderDrillReportJson, renderDrillReportMarkdown } from "./report";

const ID = "d1";
const T0 = 1_800_000_000_000;
const rec = (
  kind: StampedRecord["kind"],
  seq: number,
  readAtMs: number,
  createTimeMs?: number,
  drillId = ID,
): StampedRecord => ({
  readAtMs,
  ...(createTimeMs !== undefined ? { createTimeMs } : {}),
  drillId,
  kind,
  seq,
});

/** A clean drill: 10 lag canaries, 1 s apart, each seen `lag(i)` ms later; both switches succeed. */
function drill(over: Partial<DrillInput> = {}, lag = (i: number) => 200 + i * 10): DrillInput {
  const written = Array.from({ length: 10 }, (_, i) => T0 + i * 1000);
  const fb = [rec("failback", 0, T0 + 400_000, T0 + 399_000), rec("failback", 1, T0 + 401_000, T0 + 400_000)];
  const steps: StepRecord[] = [
    { phase: "failover", step: "stop consumer on primary", startMs: T0 + 100_000, endMs: T0 + 101_000, status: "ok" },
    { phase: "failover", step: "wait for offset sync", startMs: T0 + 101_000, endMs: T0 + 161_000, status: "ok" },
    { phase: "failover", step: "switch parameter", startMs: T0 + 161_000, endMs: T0 + 162_000, status: "ok" },
    { phase: "failback", step: "switch parameter back", startMs: T0 + 300_000, endMs: T0 + 301_000, status: "ok" },
  ];
  return {
    drillId: ID,
    objectives: { rpoSeconds: 60, rtoMinutes: 30 },
    attempted: 10,
    clocks: { producer: { host: "h1" }, watcher: { host: "h1" } },
    primaryReadback: [...written.map((t, i) => rec("lag", i, t + 5_000, t)), ...fb],
    standbySeen: written.map((t, i) => rec("lag", i, t + lag(i), t)),
    group: {
      beforeFailover: [0, 1, 2, 3, 4].map((i) => rec("lag", i, T0 + 90_000)),
      afterFailover: [4, 5, 6, 7, 8, 9].map((i) => rec("lag", i, T0 + 170_000 + i)),
      afterFailback: [rec("lag", 9, T0 + 310_000), ...fb.map((r) => ({ ...r, readAtMs: r.readAtMs + 1000 }))],
    },
    steps,
    ...over,
  };
}

describe("percentiles (nearest rank)", () => {
  it("picks ranks, not interpolations", () => {
    const s = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentiles(s)).toEqual({ p50: 50, p90: 90, p99: 99, max: 100 });
    expect(percentiles([7])).toEqual({ p50: 7, p90: 7, p99: 7, max: 7 });
    expect(percentiles([])).toBeUndefined();
    expect(() => percentile([], 50)).toThrow();
  });

  it("every percentile is one of the values, in order, and max is the largest", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1e6, max: 1e6 }), { minLength: 1, maxLength: 200 }), (values) => {
        const p = percentiles(values)!;
        for (const v of [p.p50, p.p90, p.p99]) expect(values).toContain(v);
        expect(p.p50).toBeLessThanOrEqual(p.p90);
        expect(p.p90).toBeLessThanOrEqual(p.p99);
        expect(p.p99).toBeLessThanOrEqual(p.max);
        expect(p.max).toBe(Math.max(...values));
      }),
    );
  });
});

describe("measureDrill", () => {
  it("a clean drill: no loss, lag percentiles, both objectives met, duplicates counted", () => {
    const r = measureDrill(drill());
    expect(r.canaries).toMatchObject({
      attempted: 10,
      acknowledged: 10,
      seenOnStandby: 10,
      lost: [],
      notAcknowledged: 0,
    });
    expect(r.lagMs).toEqual({ p50: 240, p90: 280, p99: 290, max: 290 });
    expect(r.rpo).toMatchObject({ observedSeconds: 0.29, verdict: "met" });
    // Failover: from its first step (T0+100 s) to the first read on the standby (T0+170 s + 4 ms).
    expect(r.failover.recoverySeconds).toBeCloseTo(70.004, 3);
    expect(r.failback.recoverySeconds).toBeCloseTo(10, 3);
    expect(r.rto.verdict).toBe("met");
    expect(r.rto.observedMinutes).toBeCloseTo(70.004 / 60, 5);
    expect(r.group).toEqual({
      duplicatesAtFailover: 1,
      skippedAtFailover: [],
      duplicatesAtFailback: 1,
      missedAfterFailback: [],
      partialFailback: false,
    });
    expect(r.clock).toEqual({ sameHost: true, correctionMs: 0, known: true });
  });

  it("canaries never seen on the standby are lost, and the RPO is missed however small the lag", () => {
    const input = drill();
    input.standbySeen = input.standbySeen.filter((x) => x.seq !== 3 && x.seq !== 7);
    const r = measureDrill(input);
    expect(r.canaries.lost).toEqual(["lag:3", "lag:7"]);
    expect(r.rpo.verdict).toBe("missed");
    expect(r.rpo.reasons[0]).toMatch(/2 acknowledged canaries were never seen/);
  });

  it("a canary written but not acknowledged is not lost", () => {
    const input = drill({ attempted: 12 });
    const r = measureDrill(input);
    expect(r.canaries.notAcknowledged).toBe(2);
    expect(r.canaries.lost).toEqual([]);
    expect(r.rpo.verdict).toBe("met");
  });

  it("nothing seen at all: every canary lost, no lag figures", () => {
    const r = measureDrill(drill({ standbySeen: [] }));
    expect(r.canaries.lost).toHaveLength(10);
    expect(r.lagMs).toBeUndefined();
    expect(r.rpo.verdict).toBe("missed");
  });

  it("nothing acknowledged: inconclusive, not met", () => {
    const r = measureDrill(drill({ primaryReadback: [], standbySeen: [] }));
    expect(r.rpo.verdict).toBe("inconclusive");
  });

  it("a lag above the objective misses the RPO", () => {
    const r = measureDrill(drill({ objectives: { rpoSeconds: 0, rtoMinutes: 30 } }));
    expect(r.rpo.verdict).toBe("missed");
  });

  describe("clock skew between hosts", () => {
    it("known offsets correct every lag", () => {
      // The watcher's clock is 1 s fast, the producer's 0.2 s slow: raw lags are 1.2 s too long.
      const input = drill(
        { clocks: { producer: { host: "a", offsetMs: -200 }, watcher: { host: "b", offsetMs: 1000 } } },
        (i) => 1200 + 200 + i * 10,
      );
      const r = measureDrill(input);
      expect(r.clock).toEqual({ sameHost: false, correctionMs: 1200, known: true });
      expect(r.lagMs).toEqual({ p50: 240, p90: 280, p99: 290, max: 290 });
      expect(r.rpo.verdict).toBe("met");
    });

    it("unknown offsets and a canary that arrived before it was written: the skew is proven, the RPO inconclusive", () => {
      const input = drill({ clocks: { producer: { host: "a" }, watcher: { host: "b" } } }, (i) => -500 + i * 10);
      const r = measureDrill(input);
      expect(r.clock.known).toBe(false);
      expect(r.clock.provenSkewMs).toBe(500);
      expect(r.rpo.verdict).toBe("inconclusive");
      expect(r.rpo.reasons[0]).toMatch(/at least 500 ms/);
    });

    it("unknown offsets without a negative lag: measured, with a caveat", () => {
      const r = measureDrill(drill({ clocks: { producer: { host: "a" }, watcher: { host: "b" } } }));
      expect(r.clock).toMatchObject({ known: false, provenSkewMs: 0 });
      expect(r.rpo.verdict).toBe("met");
      expect(r.rpo.reasons.join(" ")).toMatch(/clock offsets are unknown/);
    });

    it("a CreateTime missing from the read-back falls back to the standby copy's", () => {
      const input = drill();
      input.primaryReadback = input.primaryReadback.map((x) => ({
        readAtMs: x.readAtMs,
        drillId: x.drillId,
        kind: x.kind,
        seq: x.seq,
      }));
      expect(measureDrill(input).lagMs?.max).toBe(290);
    });
  });

  describe("the canary group", () => {
    it("translated offsets ahead of what was read: skipped canaries fail the failover", () => {
      const input = drill();
      input.group.afterFailover = [7, 8, 9].map((i) => rec("lag", i, T0 + 170_000 + i));
      const r = measureDrill(input);
      expect(r.group.skippedAtFailover).toEqual(["lag:5", "lag:6"]);
      expect(r.failover.complete).toBe(false);
      expect(r.rto.verdict).toBe("inconclusive");
    });

    it("a lost canary the group never read is the RPO's loss, not a skip of the failover", () => {
      const input = drill();
      input.standbySeen = input.standbySeen.filter((x) => x.seq !== 6);
      input.group.afterFailover = input.group.afterFailover.filter((x) => x.seq !== 6);
      const r = measureDrill(input);
      expect(r.canaries.lost).toEqual(["lag:6"]);
      expect(r.group.skippedAtFailover).toEqual([]);
      expect(r.failover.complete).toBe(true);
    });

    it("offsets not synchronised: the group re-reads everything on the standby", () => {
      const input = drill();
      input.group.afterFailover = Array.from({ length: 10 }, (_, i) => rec("lag", i, T0 + 170_000 + i));
      expect(measureDrill(input).group.duplicatesAtFailover).toBe(5);
    });

    it("partial failback: a failback canary never read on the primary", () => {
      const input = drill();
      input.group.afterFailback = input.group.afterFailback.filter((x) => !(x.kind === "failback" && x.seq === 1));
      const r = measureDrill(input);
      expect(r.group.missedAfterFailback).toEqual(["failback:1"]);
      expect(r.group.partialFailback).toBe(true);
      expect(r.rto.verdict).toBe("inconclusive");
      expect(r.rto.reasons.join(" ")).toMatch(/failback is partial/);
    });

    it("partial failback: a failed step, and nothing read after it", () => {
      const input = drill();
      input.steps = [
        ...input.steps,
        { phase: "failback", step: "resume on primary", startMs: T0 + 301_000, endMs: T0 + 900_000, status: "timeout" },
      ];
      input.group.afterFailback = [];
      const r = measureDrill(input);
      expect(r.group.partialFailback).toBe(true);
      expect(r.failback.problems).toEqual(
        expect.arrayContaining([
          'step "resume on primary" timed out',
          "the canary group read nothing after the failback",
        ]),
      );
      expect(r.failback.recoverySeconds).toBeUndefined();
    });

    it("a failover that never read: RTO inconclusive; one slower than the objective: missed", () => {
      expect(measureDrill(drill({ group: { ...drill().group, afterFailover: [] } })).rto.verdict).toBe("inconclusive");
      expect(measureDrill(drill({ objectives: { rpoSeconds: 60, rtoMinutes: 1 } })).rto.verdict).toBe("missed");
    });

    it("records of another run are ignored", () => {
      const input = drill();
      input.standbySeen = [...input.standbySeen, rec("lag", 99, T0, T0 - 10_000_000, "old-run")];
      input.group.afterFailover = [...input.group.afterFailover, rec("lag", 0, T0 + 1, undefined, "old-run")];
      const r = measureDrill(input);
      expect(r.lagMs?.max).toBe(290);
      expect(r.group.duplicatesAtFailover).toBe(1);
    });
  });
});

describe("reading the kit's results", () => {
  it("parses stamped consumer lines, skipping foreign records and reporting garbled lines", () => {
    const problems: string[] = [];
    const text = [
      `${T0}\tCreateTime:${T0 - 5}\t${canaryValue(ID, "lag", 3)}`,
      `${T0 + 1}\tNO_TIMESTAMP\t${canaryValue(ID, "failback", 0)}`,
      `${T0 + 2}\tCreateTime:1\tsomething else`,
      "garbage",
      "",
    ].join("\n");
    expect(parseStamped(text, "f.tsv", problems)).toEqual([rec("lag", 3, T0, T0 - 5), rec("failback", 0, T0 + 1)]);
    expect(problems).toEqual(['f.tsv:4: expected "<read time ms><TAB><CreateTime:ms><TAB><value>"']);
  });

  it("parses steps and rejects unknown statuses", () => {
    const problems: string[] = [];
    expect(parseSteps(`failover\tswitch\t1\t2\tok\nfailover\tx\t1\t2\tmaybe\n`, "steps.tsv", problems)).toEqual([
      { phase: "failover", step: "switch", startMs: 1, endMs: 2, status: "ok" },
    ]);
    expect(problems).toHaveLength(1);
  });

  it("reads chrony's offset in ms, fast positive and slow negative", () => {
    expect(parseChronyOffset("System time     : 0.000123000 seconds fast of NTP time")).toBeCloseTo(0.123, 6);
    expect(parseChronyOffset("0.5 seconds slow of NTP time")).toBe(-500);
    expect(parseChronyOffset("unavailable")).toBeUndefined();
    expect(parseChronyOffset(undefined)).toBeUndefined();
  });

  it("a results directory becomes a report in Markdown and JSON", () => {
    const line = (t: number, c: number, v: string) => `${t}\tCreateTime:${c}\t${v}`;
    const files = {
      meta: `drill_id\t${ID}\nattempted\t2\nproducer_host\tops-1\nwatcher_host\tops-2\nproducer_chrony\t0.001 seconds slow of NTP time\nwatcher_chrony\t0.002 seconds fast of NTP time\n`,
      primaryReadback: [line(T0 + 10, T0, `${ID}:lag:0`), line(T0 + 1010, T0 + 1000, `${ID}:lag:1`)].join("\n"),
      standbySeen: line(T0 + 503, T0, `${ID}:lag:0`),
      steps: `failover\tswitch\t${T0 + 2000}\t${T0 + 3000}\tok\n`,
      groupAfterFailover: line(T0 + 5000, T0, `${ID}:lag:0`),
    };
    const { input, problems } = readDrillResults(files, { rpoSeconds: 5, rtoMinutes: 10 });
    expect(problems).toEqual([]);
    expect(input.clocks).toEqual({
      producer: { host: "ops-1", offsetMs: -1 },
      watcher: { host: "ops-2", offsetMs: 2 },
    });
    const report = measureDrill(input, problems);
    expect(report.lagMs?.max).toBe(500);
    expect(report.canaries.lost).toEqual(["lag:1"]);
    const md = renderDrillReportMarkdown(report, { name: "orders-dr", permalink: "/?name=orders-dr" });
    expect(md).toContain("| Recovery point (RPO) | 5 s | 0.5 s (largest replication lag) | **missed** |");
    expect(md).toContain("**1 lost** (lag:1)");
    expect(md).toContain("corrected by 3 ms");
    const json = JSON.parse(renderDrillReportJson(report, { name: "orders-dr", permalink: "/?name=orders-dr" }));
    expect(json).toMatchObject({ name: "orders-dr", rpo: { verdict: "missed" }, canaries: { lost: ["lag:1"] } });
  });

  it("an empty results directory says what is missing instead of failing", () => {
    const { input, problems } = readDrillResults({}, { rpoSeconds: 5, rtoMinutes: 10 });
    expect(problems[0]).toMatch(/no drill_id/);
    const report = measureDrill(input, problems);
    expect(report.rpo.verdict).toBe("inconclusive");
    expect(report.rto.verdict).toBe("inconclusive");
  });
});

describe("the Markdown report", () => {
  it("says when a switch recorded no step instead of an empty table, and flags a partial failback", () => {
    const input = drill();
    input.steps = input.steps.filter((s) => s.phase !== "failback");
    input.group.afterFailback = [];
    const md = renderDrillReportMarkdown(measureDrill(input), { name: "x", permalink: "/?name=x" });
    expect(md).toContain("### Failback: no first read (incomplete)\n\nNo step was recorded.");
    expect(md).toContain("**The failback is partial.**");
    expect(md).toContain("| Recovery time (RTO) | 30 min | 1.17 min (slowest switch) | inconclusive |");
  });
});
