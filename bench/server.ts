/**
 * What the browser and load benchmarks share: a production build of their own (never the default
 * `.next`, which other people build and test in), the app's server on a free localhost port that is
 * stopped with its whole process group, and the system Chromium.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join, resolve } from "node:path";
import { chromium, type Browser } from "@playwright/test";
import { CHROMIUM_FLAGS, findChromium } from "../scripts/chromium.mjs";

export const ROOT = resolve(__dirname, "..");
/** The build the benchmarks serve: `NEXT_DIST_DIR=.next-bench npx next build`. */
export const BENCH_DIST_DIR = process.env.NEXT_DIST_DIR || ".next-bench";
const NEXT_BIN = join(ROOT, "node_modules", "next", "dist", "bin", "next");

export const CHROMIUM_PATH = findChromium();
export { CHROMIUM_FLAGS };

export function launchChromium(): Promise<Browser> {
  if (!CHROMIUM_PATH) throw new Error("No Chromium found: install Debian's chromium package or set CHROMIUM_PATH.");
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
}

/** A permalink with answers that differ from the defaults (cross-account: MirrorMaker 2). */
export const RESULT_PATH =
  "/result?v=1&goal=dr&source=msk-provisioned&target=msk-express&accounts=cross&auth=iam&topology=active-passive&naming=identical&offsets=yes&rpo=60&rto=30&mbps=20&partitions=300&ops=managed&primary=us-east-1&secondary=us-west-2&iac=terraform&name=orders-dr";

export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.once("error", fail);
    srv.listen(0, "127.0.0.1", () => {
      const address = srv.address();
      srv.close(() => (typeof address === "object" && address ? ok(address.port) : fail(new Error("no port"))));
    });
  });
}

export interface RunningServer {
  origin: string;
  stop: () => Promise<void>;
}

/** Refuses to go on without a build, and says how to make one. */
export function requireBuild(cwd = ROOT, distDir = BENCH_DIST_DIR): void {
  if (!existsSync(join(cwd, distDir, "BUILD_ID"))) {
    throw new Error(
      `No production build in ${join(cwd, distDir)}. Build one first: NEXT_DIST_DIR=${distDir} npx next build (then git checkout tsconfig.json).`,
    );
  }
}

/**
 * The server on 127.0.0.1 in its own process group, ready when `/` answers: the app's standalone
 * server (`<distDir>/standalone/server.js`, as the container image and the e2e tests run it, with
 * the response cache in front unless responseCache is false), or `next start` for a build without
 * one (the bare Next.js page). stop() kills the whole group: killing only the parent would leave
 * next-server running.
 */
export async function startNext({
  cwd = ROOT,
  distDir = BENCH_DIST_DIR,
  responseCache = true,
}: { cwd?: string; distDir?: string; responseCache?: boolean } = {}): Promise<RunningServer> {
  requireBuild(cwd, distDir);
  // BENCH_PORT: a fixed port where a free one cannot be picked (one server at a time then).
  const port = Number(process.env.BENCH_PORT) || (await freePort());
  const origin = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEXT_DIST_DIR: distDir,
    NEXT_TELEMETRY_DISABLED: "1",
    NODE_ENV: "production",
  };
  const standalone = existsSync(join(cwd, distDir, "standalone", "server.js"));
  if (standalone) {
    const r = spawnSync(process.execPath, ["scripts/standalone.mjs"], { cwd, env, stdio: "ignore" });
    if (r.status !== 0) throw new Error(`scripts/standalone.mjs failed (exit ${r.status})`);
  }
  const child: ChildProcess = spawn(
    process.execPath,
    standalone
      ? [join(distDir, "standalone", "server.js")]
      : [NEXT_BIN, "start", "-p", String(port), "-H", "127.0.0.1"],
    {
      cwd,
      env: { ...env, PORT: String(port), HOSTNAME: "127.0.0.1", RESPONSE_CACHE: responseCache ? "on" : "off" },
      detached: true,
      stdio: ["ignore", "ignore", "pipe"],
    },
  );
  let stderr = "";
  child.stderr?.on("data", (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<void>((ok) => child.once("exit", () => ok()));
  const stop = async () => {
    if (child.exitCode === null && child.pid) {
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {
        // already gone
      }
      await Promise.race([exited, new Promise((ok) => setTimeout(ok, 5000))]);
      if (child.exitCode === null) {
        try {
          process.kill(-child.pid, "SIGKILL");
        } catch {
          // already gone
        }
      }
    }
  };
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}: ${stderr}`);
    try {
      const response = await fetch(`${origin}/`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`the server did not answer on ${origin} within 60 s: ${stderr}`);
    }
    await new Promise((ok) => setTimeout(ok, 250));
  }
  return { origin, stop };
}

/** Runs fn with a server, and always stops it. */
export async function withServer<T>(
  options: Parameters<typeof startNext>[0],
  fn: (origin: string) => Promise<T>,
): Promise<T> {
  const server = await startNext(options);
  try {
    return await fn(server.origin);
  } finally {
    await server.stop();
  }
}

/**
 * The reference for the JavaScript budget: a bare Next.js app (one-line page and layout) built
 * with this repository's Next.js (its node_modules, by symlink). Built once, in BARE_NEXT_DIR
 * (default /tmp/bare-next).
 */
export function ensureBareNext(dir = process.env.BARE_NEXT_DIR || "/tmp/bare-next"): string {
  mkdirSync(join(dir, "app"), { recursive: true });
  if (!existsSync(join(dir, "node_modules"))) symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"));
  const files: Record<string, string> = {
    "package.json": `{ "name": "bare-next", "private": true }\n`,
    // node_modules is a symlink into this repository: let Turbopack resolve outside the folder.
    "next.config.mjs": `export default { turbopack: { root: "/" } };\n`,
    "app/page.tsx": `export default function Page() { return <p>Hello</p>; }\n`,
    "app/layout.tsx": `export default function RootLayout({ children }: { children: React.ReactNode }) { return <html lang="en"><body>{children}</body></html>; }\n`,
  };
  for (const [name, text] of Object.entries(files))
    if (!existsSync(join(dir, name))) writeFileSync(join(dir, name), text);
  if (!existsSync(join(dir, ".next", "BUILD_ID"))) {
    console.log(`Building the bare Next.js page in ${dir} …`);
    const r = spawnSync(process.execPath, [NEXT_BIN, "build"], {
      cwd: dir,
      stdio: "inherit",
      env: { ...process.env, NEXT_DIST_DIR: "", NEXT_TELEMETRY_DISABLED: "1" },
    });
    if (r.status !== 0) throw new Error(`Building the bare Next.js page failed (exit ${r.status}).`);
  }
  return dir;
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
