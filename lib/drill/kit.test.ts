import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { OPTION_IDS } from "@/lib/knowledge";
import { GOLDEN_CASES, planFor } from "@/test/fixtures/plans";
import { generateDrillKit, shellQuote, type DrillKitFile } from "./kit";

/**
 * The drill kit: every script parses (bash -n, and sh -n where sh is another shell) and passes
 * shellcheck with no finding; drill.env quotes every value; golden kits for the golden plans that have one.
 */

const SHELLCHECK = spawnSync("sh", ["-c", "command -v shellcheck"], { encoding: "utf8" }).stdout.trim();
if (!SHELLCHECK)
  console.warn(
    "shellcheck not found: the drill kit's scripts are checked with bash -n and sh -n only (install Debian's shellcheck package to lint them)",
  );

const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

function writeKit(files: DrillKitFile[]): string {
  const dir = mkdtempSync(join(tmpdir(), "drill-kit-"));
  made.push(dir);
  for (const f of files) {
    writeFileSync(join(dir, f.path), f.content);
    if (f.executable) chmodSync(join(dir, f.path), 0o755);
  }
  return dir;
}

function kitFor(query: string, option?: Parameters<typeof planFor>[1]) {
  const { plan, arch } = planFor(query, option);
  return { plan, arch, kit: generateDrillKit(plan, arch) };
}

const shellFiles = (files: DrillKitFile[]) => files.filter((f) => f.language === "shell");

const NAMINGS = ["identical", "prefixed", "custom"] as const;
const matrix = (["msk-replicator", "mirrormaker2"] as const).flatMap((option) =>
  NAMINGS.flatMap((naming) =>
    (["same", "cross"] as const).flatMap((accounts) =>
      (["msk-provisioned", "on-premises"] as const).flatMap((source) =>
        (["iam", "sasl-scram"] as const).map((auth) => ({
          option,
          query: `?naming=${naming}&accounts=${accounts}&source=${source}&auth=${auth}${source === "on-premises" ? "&target=msk-express" : ""}&offsets=${naming === "custom" ? "no" : "yes"}&name=shop`,
        })),
      ),
    ),
  ),
);

describe("generateDrillKit", () => {
  it("only options with a standby that takes over have a kit", () => {
    for (const option of OPTION_IDS) {
      const { kit } = kitFor("?name=shop", option);
      expect(kit.supported).toBe(option === "msk-replicator" || option === "mirrormaker2");
      if (!kit.supported) expect(kit.reason).toMatch(/drill checklist/);
    }
  });

  it("every drill.env of the answer space parses in sh and bash and sets the plan's names", () => {
    const envs: string[] = [];
    for (const { option, query } of matrix) {
      const { kit, arch } = kitFor(query, option);
      if (!kit.supported) continue;
      const dir = writeKit(kit.files);
      envs.push(join(dir, "drill.env"));
      const out = spawnSync(
        "sh",
        [
          "-c",
          '. ./drill.env && printf "%s|%s|%s|%s" "$CANARY_TOPIC" "$STANDBY_REGION" "$OFFSETS_SYNCED" "$DRILL_SWITCH_PARAMETER"',
        ],
        { cwd: dir, encoding: "utf8" },
      );
      expect(out.status, out.stderr).toBe(0);
      expect(out.stdout).toBe(
        `${arch.name}-drill-canary|${arch.standbyRegion}|${arch.offsets ? "yes" : "no"}|/${arch.name}/kafka/drill/bootstrap-brokers`,
      );
    }
    if (SHELLCHECK) {
      const r = spawnSync(SHELLCHECK, ["-s", "sh", ...envs], { encoding: "utf8" });
      expect(r.stdout + r.stderr).toBe("");
    }
  });

  it("every script passes bash -n, sh -n and shellcheck (-x, following lib.sh and drill.env)", () => {
    const cases = [
      kitFor("?name=orders-dr"),
      kitFor("?accounts=cross&naming=custom&auth=sasl-scram&name=ledger", "mirrormaker2"),
      kitFor("?source=on-premises&target=msk-express&auth=sasl-scram&naming=prefixed&name=dc"),
    ];
    for (const { kit } of cases) {
      if (!kit.supported) throw new Error("expected a kit");
      const dir = writeKit(kit.files);
      for (const f of shellFiles(kit.files)) {
        for (const shell of ["bash", "sh"]) {
          const r = spawnSync(shell, ["-n", f.path], { cwd: dir, encoding: "utf8" });
          expect(r.status, `${shell} -n ${f.path}: ${r.stderr}`).toBe(0);
        }
        if (f.executable) expect(f.content.startsWith("#!/bin/sh\n"), f.path).toBe(true);
      }
      if (SHELLCHECK) {
        const r = spawnSync(SHELLCHECK, ["-x", "-s", "sh", ...shellFiles(kit.files).map((f) => f.path)], {
          cwd: dir,
          encoding: "utf8",
        });
        expect(r.stdout + r.stderr, "shellcheck findings").toBe("");
      }
    }
  });

  it("the README says what the drill touches, that it never flips the applications' switch, and how to stop it", () => {
    const { kit } = kitFor("?name=orders-dr");
    if (!kit.supported) throw new Error("expected a kit");
    const readme = kit.files.find((f) => f.path === "README.md")!.content;
    expect(readme).toContain("## What it touches");
    expect(readme).toContain("Never `/orders-dr/kafka/bootstrap-brokers`");
    expect(readme).toContain("## Stopping it safely");
    expect(readme).toContain("./90-cleanup.sh");
    expect(readme).toContain("drill-report");
    const json = JSON.parse(kit.files.find((f) => f.path === "drill.json")!.content);
    expect(json).toMatchObject({
      name: "orders-dr",
      option: "msk-replicator",
      objectives: { rpoSeconds: 60, rtoMinutes: 60 },
    });
  });
});

describe("shellQuote", () => {
  it("any value comes back unchanged through sh, quotes, $, backticks and newlines included", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "grapheme", maxLength: 40 }).filter((s) => !s.includes("\u0000")),
        (value) => {
          const r = spawnSync("sh", ["-c", `printf '%s' ${shellQuote(value)}`], { encoding: "utf8" });
          expect(r.stdout).toBe(value);
        },
      ),
      { numRuns: 60 },
    );
  });
});

// ── Golden kits ─────────────────────────────────────────────────────────────

const ROOT = join(__dirname, "golden");

describe("golden drill kits", () => {
  // `npm run test:update` rewrites them; a missing or different file fails the test.
  // The options without a standby (S3 backup, Multi-AZ) have no kit, and no golden folder.
  it.each(GOLDEN_CASES)("$id", async ({ id, query, option }) => {
    const { plan, kit } = kitFor(query);
    expect(plan.recommendation).toBe(option);
    expect(kit.supported).toBe(option === "msk-replicator" || option === "mirrormaker2");
    if (!kit.supported) return expect(existsSync(join(ROOT, id))).toBe(false);
    for (const f of kit.files) await expect(f.content, f.path).toMatchFileSnapshot(join("golden", id, f.path));
    // No stale file is left beside them (a file the kit stopped writing). A folder not yet written
    // fails above, unless this run writes it (`npm run test:update`).
    if (existsSync(join(ROOT, id)))
      expect(readdirSync(join(ROOT, id)).sort()).toEqual(kit.files.map((f) => f.path).sort());
  });
});
