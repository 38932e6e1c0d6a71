/**
 * Load test (a benchmark: prints figures, asserts nothing): the standalone server of the
 * .next-bench build (bench/server.ts) on a free 127.0.0.1 port, started here and stopped (its whole
 * process group) at the end. First what one result costs: its HTML (bytes, the flight data's share,
 * elements) and the time to render it, in sequence, with the response cache off. Then autocannon
 * sends a fixed number of requests with 10 connections to the first page, a permalink on "/", a
 * result permalink, and result permalinks that differ in every request (a new `name` each: no
 * cache or memo of the server can serve one, as for the first visit of each shared link), once with
 * the response cache off (every request rendered) and once as served (cache on), and reports
 * requests/s, latency percentiles, errors/non-2xx (target: zero) and each result row against the
 * static first page of the same run (targets: p99 ≤ 3×, throughput ≥ 0.3×, HTML ≤ 100 KiB). Only
 * ever targets 127.0.0.1. Run: npm run -s bench -- load   (LOAD_REQUESTS=2000)
 */
import { gzipSync } from "node:zlib";
import { RESULT_PATH, kib, median, withServer } from "./server";

const REQUESTS = Number(process.env.LOAD_REQUESTS) || 2000;
const CONNECTIONS = 10;

// The slice of autocannon's API used here (it ships no types).
interface Histogram {
  average: number;
  p50: number;
  p99: number;
  max: number;
}
interface AutocannonResult {
  requests: Histogram & { total: number };
  latency: Histogram;
  throughput: { average: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  statusCodeStats?: Record<string, { count: number }>;
}
type Autocannon = (options: Record<string, unknown>) => Promise<AutocannonResult>;

async function loadAutocannon(): Promise<Autocannon> {
  const mod = (await import("autocannon" as string)) as { default?: Autocannon } & Autocannon;
  return mod.default ?? mod;
}

/** What the result's HTML is made of: the flight data is the inline `self.__next_f.push` scripts. */
export function htmlAnatomy(html: string) {
  const bytes = Buffer.byteLength(html);
  let flight = 0;
  for (const m of html.matchAll(/<script[^>]*>(self\.__next_f\.push[\s\S]*?)<\/script>/g))
    flight += Buffer.byteLength(m[0]);
  const elements = (html.match(/<[a-z][a-z0-9-]*[\s>/]/g) ?? []).length;
  return { bytes, gzip: gzipSync(html).length, flight, elements };
}

async function measureResult(origin: string) {
  const first = await fetch(`${origin}${RESULT_PATH}`);
  const html = await first.text();
  const a = htmlAnatomy(html);
  const times: number[] = [];
  for (let i = 0; i < 30; i++) {
    const t0 = performance.now();
    await (await fetch(`${origin}${RESULT_PATH}`)).arrayBuffer();
    times.push(performance.now() - t0);
  }
  times.sort((x, y) => x - y);
  console.log(
    `result HTML ${kib(a.bytes)} (${kib(a.gzip)} gzipped; target ≤ 100 KiB), flight data ${kib(a.flight)} (${((a.flight / a.bytes) * 100).toFixed(0)}%), markup and head ${kib(a.bytes - a.flight)}, ${a.elements} elements in the markup`,
  );
  console.log(
    `result rendered per request, 30 in sequence: median ${median(times).toFixed(1)} ms, p90 ${times[Math.floor(times.length * 0.9)]!.toFixed(1)} ms`,
  );
  return a;
}

interface Row {
  name: string;
  rps: number;
  p99: number;
}

/** A new result permalink for every request: the same answers under a name never asked for before. */
let distinct = 0;
const distinctResult = (request: { path?: string }) => ({
  ...request,
  path: RESULT_PATH.replace(/([?&]name=)[^&]*/, `$1run${process.pid}-${++distinct}`),
});

async function loadRun(autocannon: Autocannon, origin: string): Promise<Row[]> {
  // A permalink as copied ("/?v=1&…") is rendered per request too, for its title (app/permalink).
  const permalinkOnHome = RESULT_PATH.replace(/^\/result\?/, "/?");
  const rows: Row[] = [];
  for (const [name, path, eachNew] of [
    ["first page /", "/", false],
    ["permalink on /", permalinkOnHome, false],
    ["result permalink", RESULT_PATH, false],
    ["result, each new", RESULT_PATH, true],
  ] as const) {
    const requests = eachNew ? { requests: [{ setupRequest: distinctResult }] } : {};
    // Warm-up: the first requests of a route pay for loading its code.
    await autocannon({ url: `${origin}${path}`, connections: 2, amount: 50, ...requests });
    const t0 = performance.now();
    const r = await autocannon({
      url: `${origin}${path}`,
      connections: CONNECTIONS,
      amount: REQUESTS,
      timeout: 10,
      ...requests,
    });
    const codes = Object.entries(r.statusCodeStats ?? {})
      .map(([code, s]) => `${code}×${s.count}`)
      .join(" ");
    // Timed here: autocannon's own `duration` is in whole seconds, too coarse for a run of a few seconds.
    const seconds = (performance.now() - t0) / 1000;
    const rps = r.requests.total / seconds;
    rows.push({ name, rps, p99: r.latency.p99 });
    console.log(
      `${name.padEnd(18)} ${r.requests.total} requests in ${seconds.toFixed(1)} s: ${rps.toFixed(0)} req/s; latency p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, max ${r.latency.max} ms; ` +
        `${(r.throughput.average / 1024 / 1024).toFixed(1)} MB/s; errors ${r.errors}, timeouts ${r.timeouts}, non-2xx ${r.non2xx} (${codes})`,
    );
  }
  const [home, , ...results] = rows;
  for (const result of results)
    console.log(
      `${result.name} / first page: p99 ${(result.p99 / home!.p99).toFixed(2)}× (target ≤ 3×), throughput ${(result.rps / home!.rps).toFixed(2)}× (target ≥ 0.3×)`,
    );
  return rows;
}

export async function benchLoad(): Promise<void> {
  const autocannon = await loadAutocannon();
  const { loadavg } = await import("node:os");
  console.log(
    `load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")}`,
  );
  for (const responseCache of [false, true]) {
    await withServer({ responseCache }, async (origin) => {
      if (new URL(origin).hostname !== "127.0.0.1")
        throw new Error(`refusing to load anything but 127.0.0.1 (${origin})`);
      console.log(
        `\nstandalone server (${origin}), response cache ${responseCache ? "on (as served)" : "off (every request rendered)"}`,
      );
      if (!responseCache) await measureResult(origin);
      else {
        const html = await (await fetch(`${origin}${RESULT_PATH}`)).text();
        console.log(`result HTML as served: ${kib(Buffer.byteLength(html))}`);
      }
      console.log(`${REQUESTS} requests per URL, ${CONNECTIONS} connections`);
      await loadRun(autocannon, origin);
    });
  }
}

if (process.argv[1]?.endsWith("load.ts")) void benchLoad();
