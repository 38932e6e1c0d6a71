import { describe, expect, it } from "vitest";
import { OPTION_IDS } from "@/lib/knowledge";
import { runAdvisor, spawnAdvisor } from "@/test/helpers/cli";

const advisor = spawnAdvisor;

async function inProcess(...args: string[]) {
  const { code, out, err } = await runAdvisor(...args);
  return { code, stdout: out.join("\n"), stderr: err.join("\n") };
}

describe("advisor plan", () => {
  it("prints the plan as JSON for a permalink URL", () => {
    const r = advisor("plan", "https://advisor.example/?v=1&goal=dr&accounts=cross&name=orders-dr");
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const plan = JSON.parse(r.stdout);
    expect(plan.version).toBe(1);
    expect(plan.recommendation).toBe("mirrormaker2");
    expect(plan.answers).toMatchObject({
      goal: "dr",
      accounts: "cross",
      name: "orders-dr",
      rpo: 60,
      primary: "us-east-1",
    });
    expect(Object.keys(plan.answers)).toHaveLength(18);
    expect(plan.permalink).toMatch(/^\/\?v=1&goal=dr&source=msk-provisioned&/);
    expect(plan.options.map((o: { id: string }) => o.id).sort()).toEqual([...OPTION_IDS].sort());
    const replicator = plan.options.find((o: { id: string }) => o.id === "msk-replicator");
    expect(replicator.eligible).toBe(false);
    expect(replicator.blockers[0].source).toMatch(/^https:/);
  });

  it("accepts a bare query string", async () => {
    const r = await inProcess("plan", "goal=compliance&offsets=no&rto=1440");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).recommendation).toBe("s3-backup");
  });

  it("exits 2 with one line per invalid parameter, naming it and the allowed values, and no stack trace", () => {
    const r = advisor("plan", "?goal=backup&rpo=-1&mbps=0&primary=mars-1");
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    const lines = r.stderr.trim().split("\n");
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^goal: "backup" is not allowed; allowed: dr, migration, compliance, analytics\.$/);
    expect(lines.find((l) => l.startsWith("rpo:"))).toContain("0 to 86400");
    expect(lines.find((l) => l.startsWith("primary:"))).toContain("Region code");
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/);
  });

  it("refuses unknown parameters in a pipeline rather than guessing", async () => {
    const r = await inProcess("plan", "?goal=dr&rpoo=10");
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("rpoo: unknown parameter.");
  });

  it("exits 2 on a missing permalink or an unknown command", async () => {
    expect((await inProcess("plan")).code).toBe(2);
    expect((await inProcess("frobnicate")).code).toBe(2);
    expect((await inProcess()).code).toBe(2);
  });
});
