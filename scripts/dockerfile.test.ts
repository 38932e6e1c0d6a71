import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The image's recipe, read as data (no Docker daemon or linter is needed to hold it to its
 * promises): a pinned Node.js 20 base, a non-root user, a health check without curl, and a final
 * stage that holds only the standalone server, its browser assets and public/.
 */
const ROOT = join(__dirname, "..");
const dockerfile = readFileSync(join(ROOT, "Dockerfile"), "utf8");

interface Instruction {
  op: string;
  args: string;
}

/** Instructions with line continuations joined and comments dropped. */
function instructions(text: string): Instruction[] {
  return text
    .replace(/\\\r?\n/g, " ")
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("#"))
    .map((line) => {
      const [op = "", ...rest] = line.split(/\s+/);
      return { op: op.toUpperCase(), args: rest.join(" ") };
    });
}

const all = instructions(dockerfile);
const stages: Instruction[][] = [];
for (const ins of all) {
  if (ins.op === "FROM") stages.push([]);
  stages.at(-1)?.push(ins);
}
const final = stages.at(-1)!;
const args = Object.fromEntries(all.filter((i) => i.op === "ARG").map((i) => i.args.split("=") as [string, string]));
const baseOf = (from: Instruction) =>
  from.args.split(/\s+/)[0]!.replace(/^\$\{(\w+)\}$/, (_, name: string) => args[name] ?? "");

describe("Dockerfile", () => {
  it("is multi-stage, every stage on Node.js 20 pinned to a full version", () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    for (const stage of stages)
      expect(baseOf(stage[0]!)).toMatch(/^node:20\.\d+\.\d+(-[a-z0-9-]+)?(@sha256:[0-9a-f]{64})?$/);
  });

  it("runs the final stage as a non-root user", () => {
    const user = final.filter((i) => i.op === "USER").at(-1)?.args;
    expect(user).toBeDefined();
    expect(user).not.toMatch(/^(root|0)(:|$)/);
  });

  it("copies only the standalone server, the browser assets and public/ into the final stage", () => {
    const copies = final.filter((i) => i.op === "COPY" || i.op === "ADD");
    expect(copies.map((c) => c.op)).not.toContain("ADD");
    const sources = copies.flatMap((c) => {
      const parts = c.args.split(/\s+/).filter((p) => !p.startsWith("--"));
      expect(c.args).toContain("--from=build");
      return parts.slice(0, -1);
    });
    expect(sources.sort()).toEqual(["/app/.next/standalone", "/app/.next/static", "/app/public"]);
    expect(final.some((i) => i.op === "RUN")).toBe(false);
  });

  it("checks its health with node against /healthz and starts server.js", () => {
    const check = final.find((i) => i.op === "HEALTHCHECK")?.args ?? "";
    expect(check).toContain("/healthz");
    expect(check).toMatch(/CMD \["node",/);
    expect(check).not.toMatch(/curl|wget/);
    expect(final.at(-1)).toEqual({ op: "CMD", args: '["node", "server.js"]' });
    expect(final.find((i) => i.op === "STOPSIGNAL")?.args).toBe("SIGTERM");
  });

  it("builds with what .dockerignore lets in: never node_modules, build output or secrets", () => {
    const ignored = readFileSync(join(ROOT, ".dockerignore"), "utf8").split(/\r?\n/);
    for (const entry of ["node_modules", ".next", ".git", ".env*"]) expect(ignored).toContain(entry);
  });

  it("builds with the lockfile and the project's own build script", () => {
    const runs = all.filter((i) => i.op === "RUN").map((i) => i.args);
    expect(runs).toContain("npm ci --no-audit --no-fund");
    expect(runs).toContain("npm run build");
  });

  // The smoke check that builds and runs the image where a daemon runs: it must at least be a
  // POSIX script a linter finds nothing in, since CI here has no Docker daemon to run it with.
  it("has a smoke check (scripts/docker-smoke.sh) that parses with sh -n and passes shellcheck", () => {
    const script = join(ROOT, "scripts", "docker-smoke.sh");
    expect(spawnSync("sh", ["-n", script]).status).toBe(0);
    const shellcheck = spawnSync("sh", ["-c", "command -v shellcheck"], { encoding: "utf8" }).stdout.trim();
    if (!shellcheck) {
      console.warn("shellcheck not found: scripts/docker-smoke.sh is checked with sh -n only");
      return;
    }
    const lint = spawnSync(shellcheck, [script], { encoding: "utf8" });
    expect(lint.stdout + lint.stderr, "shellcheck findings").toBe("");
  });
});
