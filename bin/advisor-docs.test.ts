import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { planFor } from "@/test/fixtures/plans";
import { renderRunbook } from "@/lib/runbook";
import { renderDecisionRecord } from "@/lib/decision-record";

/** Runs the real command line, as a user would: `node --import tsx bin/advisor.ts …`. */
function advisor(...args: string[]) {
  const root = join(__dirname, "..");
  const r = spawnSync(process.execPath, ["--import", "tsx", join(root, "bin", "advisor.ts"), ...args], {
    cwd: root,
    encoding: "utf8",
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("advisor runbook / record", () => {
  it("runbook prints the same Markdown as the library, with the plan's names", () => {
    const query = "?name=orders-dr&naming=prefixed";
    const r = advisor("runbook", query);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# Runbook: failover and failback for orders-dr/);
    expect(r.stdout).toContain("--replicator-name-filter orders-dr-forward");
    const { plan, arch } = planFor(query);
    expect(r.stdout).toBe(`${renderRunbook(plan, arch).trimEnd()}\n`);
  });

  it("record prints the decision record for a full URL", () => {
    const url = "https://advisor.example.com/?accounts=cross&name=ledger-xacct";
    const r = advisor("record", url);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# ADR: Kafka replication for ledger-xacct — Apache Kafka MirrorMaker 2/);
    const { plan, arch } = planFor(url);
    expect(r.stdout).toBe(`${renderDecisionRecord(plan, arch).trimEnd()}\n`);
  });

  it.each(["runbook", "record"])(
    "%s: invalid answers exit 2 with one line per problem and print nothing",
    (command) => {
      const r = advisor(command, "?goal=bogus&rpo=-1&name=orders-dr");
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
      const lines = r.stderr.trim().split("\n");
      expect(lines).toHaveLength(2);
      expect(lines[0]).toMatch(/^goal: "bogus" is not allowed; allowed: dr, migration, compliance, analytics\./);
      expect(lines[1]).toMatch(/^rpo: /);
    },
  );

  it("a missing permalink exits 2", () => {
    const r = advisor("runbook");
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Missing permalink/);
  });

  it("help lists the new commands", () => {
    const r = advisor("help");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("advisor runbook '<permalink>'");
    expect(r.stdout).toContain("advisor record '<permalink>'");
  });
});
