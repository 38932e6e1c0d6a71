// Running the command line in tests: in process (fast, output captured line by line) or as a
// user's shell would (a real process, exit status and streams), and temporary output folders that
// are removed after each test, so runs leave nothing behind in /tmp.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach } from "vitest";
import { main } from "@/bin/advisor";

export interface CliRun {
  code: number;
  out: string[];
  err: string[];
}

/** Runs `advisor <args>` in this process, each line written to stdout or stderr captured. */
export async function runAdvisor(...args: string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out, err };
}

/** Runs the real command line in a child process, as a user's shell would. */
export function spawnAdvisor(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ["--import", "tsx", "bin/advisor.ts", ...args], { encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A maker of temporary folders named `<prefix>…`, each removed after the test that made it. */
export function tempDirs(prefix: string): () => string {
  const made: string[] = [];
  afterEach(() => {
    for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    made.push(dir);
    return dir;
  };
}
