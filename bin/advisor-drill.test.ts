import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runAdvisor, tempDirs } from "@/test/helpers/cli";

const run = runAdvisor;
const tempDir = tempDirs("advisor-drill-");

describe("advisor drill", () => {
  it("writes the kit with executable scripts and lists the files", async () => {
    const dir = tempDir();
    const r = await run("drill", "?name=orders-dr", "--out", dir);
    expect(r.code).toBe(0);
    expect(r.err).toEqual([]);
    expect(readdirSync(dir)).toEqual(
      expect.arrayContaining([
        "README.md",
        "drill.env",
        "drill.json",
        "run-drill.sh",
        "30-failover.sh",
        "parity-check.sh",
      ]),
    );
    expect(statSync(join(dir, "run-drill.sh")).mode & 0o111).not.toBe(0);
    expect(statSync(join(dir, "drill.env")).mode & 0o111).toBe(0);
    expect(readFileSync(join(dir, "drill.env"), "utf8")).toContain("CANARY_TOPIC='orders-dr-drill-canary'");
    expect(r.out).toContain(join(dir, "README.md"));
  });

  it("refuses an option without a standby, and bad flags, writing nothing", async () => {
    const dir = tempDir();
    const s3 = await run("drill", "?goal=compliance&name=a", "--option", "s3-backup", "--out", dir);
    expect(s3.code).toBe(2);
    expect(s3.err.join("\n")).toMatch(/drill checklist/);
    const bad = await run("drill", "?name=a", "--format", "terraform", "--out", dir);
    expect(bad.code).toBe(2);
    expect(bad.err.join("\n")).toContain("--format: unknown flag; allowed: --out, --option.");
    expect((await run("drill", "?name=a")).err).toContain("--out: a directory is required.");
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe("advisor drill-report and record --drill-report", () => {
  it("turns a kit's results into report.md and report.json, and the decision record cites it", async () => {
    const dir = tempDir();
    expect((await run("drill", "?name=orders-dr&rpo=5", "--out", dir)).code).toBe(0);
    const results = join(dir, "results");
    mkdirSync(results);
    const t = 1_800_000_000_000;
    const line = (read: number, created: number, v: string) => `${read}\tCreateTime:${created}\t${v}\n`;
    writeFileSync(join(results, "meta.tsv"), "producer_host\th\nwatcher_host\th\ndrill_id\tD\nattempted\t2\n");
    writeFileSync(
      join(results, "primary-readback.tsv"),
      line(t + 9, t, "D:lag:0") + line(t + 1009, t + 1000, "D:lag:1") + line(t + 9, t + 5, "D:failback:0"),
    );
    writeFileSync(join(results, "standby-seen.tsv"), line(t + 700, t, "D:lag:0") + line(t + 1900, t + 1000, "D:lag:1"));
    writeFileSync(
      join(results, "steps.tsv"),
      `failover\tflip\t${t + 10_000}\t${t + 11_000}\tok\nfailback\tflip back\t${t + 50_000}\t${t + 51_000}\tok\n`,
    );
    writeFileSync(join(results, "group-before-failover.tsv"), line(t + 9000, t, "D:lag:0"));
    writeFileSync(join(results, "group-after-failover.tsv"), line(t + 40_000, t + 1000, "D:lag:1"));
    writeFileSync(join(results, "group-after-failback.tsv"), line(t + 60_000, t + 5, "D:failback:0"));

    const r = await run("drill-report", dir);
    expect(r.code).toBe(0);
    expect(r.out).toContain("RPO: met (0.9 s observed, objective 5 s); RTO: met (0.5 min observed, objective 60 min).");
    const md = readFileSync(join(results, "report.md"), "utf8");
    expect(md).toContain("# Drill report: orders-dr (D)");
    expect(md).toContain("p50 700 ms");
    const rec = await run("record", "?name=orders-dr&rpo=5", "--drill-report", join(results, "report.json"));
    expect(rec.code).toBe(0);
    expect(rec.out.join("\n")).toContain("## Drill evidence");
    expect(rec.out.join("\n")).toMatch(/recovery point of 0\.9 s against 5 s \(met\)/);
  });

  it("says what is wrong when the directory is not a kit or the report is not one", async () => {
    const dir = tempDir();
    const r = await run("drill-report", dir);
    expect(r.code).toBe(2);
    expect(r.err[0]).toMatch(/drill\.json not found/);
    writeFileSync(join(dir, "x.json"), "{}");
    const rec = await run("record", "?name=a", "--drill-report", join(dir, "x.json"));
    expect(rec.code).toBe(2);
    expect(rec.err[0]).toMatch(/cannot be read as a drill report/);
  });
});
