/**
 * Load test (a benchmark: prints figures, asserts nothing): `next start` of the .next-bench build
 * on a free 127.0.0.1 port, started here and stopped (its whole process group) at the end.
 * autocannon sends a fixed number of requests with 10 connections to the first page and to a
 * result permalink, and reports requests/s, latency percentiles and errors/non-2xx (target: zero).
 * Only ever targets 127.0.0.1. Run: npm run -s bench -- load   (LOAD_REQUESTS=2000)
 */
import { RESULT_PATH, withServer } from "./server";

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
  duration: number;
  statusCodeStats?: Record<string, { count: number }>;
}
type Autocannon = (options: Record<string, unknown>) => Promise<AutocannonResult>;

async function loadAutocannon(): Promise<Autocannon> {
  const mod = (await import("autocannon" as string)) as { default?: Autocannon } & Autocannon;
  return mod.default ?? mod;
}

export async function benchLoad(): Promise<void> {
  const autocannon = await loadAutocannon();
  await withServer({}, async (origin) => {
    if (new URL(origin).hostname !== "127.0.0.1") throw new Error(`refusing to load anything but 127.0.0.1 (${origin})`);
    console.log(`next start (${origin}), ${REQUESTS} requests per URL, ${CONNECTIONS} connections`);
    // A permalink as copied ("/?v=1&…") is rendered per request too, for its title (app/permalink).
    const permalinkOnHome = RESULT_PATH.replace(/^\/result\?/, "/?");
    for (const [name, path] of [["first page /", "/"], ["permalink on /", permalinkOnHome], ["result permalink", RESULT_PATH]] as const) {
      // Warm-up: the first requests of a route pay for loading its code.
      await autocannon({ url: `${origin}${path}`, connections: 2, amount: 50 });
      const r = await autocannon({ url: `${origin}${path}`, connections: CONNECTIONS, amount: REQUESTS, timeout: 10 });
      const codes = Object.entries(r.statusCodeStats ?? {})
        .map(([code, s]) => `${code}×${s.count}`)
        .join(" ");
      const rps = r.requests.total / r.duration;
      console.log(
        `${name.padEnd(18)} ${r.requests.total} requests in ${r.duration.toFixed(1)} s: ${rps.toFixed(0)} req/s; latency p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, max ${r.latency.max} ms; ` +
          `${(r.throughput.average / 1024 / 1024).toFixed(1)} MB/s; errors ${r.errors}, timeouts ${r.timeouts}, non-2xx ${r.non2xx} (${codes})`,
      );
    }
  });
}

if (process.argv[1]?.endsWith("load.ts")) void benchLoad();
