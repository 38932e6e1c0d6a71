import { gunzipSync, gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import * as cacheModule from "./response-cache.cjs";

const { ResponseCache, cacheKey, cachingListener, nonceOf } = cacheModule as unknown as {
  ResponseCache: new (
    maxEntries?: number,
    maxBytes?: number,
  ) => { get: (k: string) => unknown; set: (k: string, e: object) => void; entries: Map<string, unknown> };
  cacheKey: (req: FakeRequest) => string | undefined;
  cachingListener: (
    next: (req: FakeRequest, res: FakeResponse) => void,
    cache?: unknown,
  ) => (req: FakeRequest, res: FakeResponse) => void;
  nonceOf: (policy: string) => string | undefined;
};

interface FakeRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
}

/** The slice of http.ServerResponse the cache and a Next.js-like handler use. */
class FakeResponse {
  statusCode = 200;
  headers: Record<string, string | string[]> = {};
  body: Buffer[] = [];
  ended = false;
  setHeader(name: string, value: string) {
    this.headers[name.toLowerCase()] = value;
  }
  getHeaders() {
    return { ...this.headers };
  }
  writeHead(status: number, headers?: Record<string, string>) {
    this.statusCode = status;
    for (const [k, v] of Object.entries(headers ?? {})) this.headers[k.toLowerCase()] = v;
    return this;
  }
  write(chunk: string | Buffer) {
    this.body.push(Buffer.from(chunk));
    return true;
  }
  end(chunk?: string | Buffer) {
    if (chunk) this.body.push(Buffer.from(chunk));
    this.ended = true;
    return this;
  }
  text() {
    const raw = Buffer.concat(this.body);
    return (this.headers["content-encoding"] === "gzip" ? gunzipSync(raw) : raw).toString("utf8");
  }
}

const get = (url: string, headers: Record<string, string> = {}): FakeRequest => ({
  method: "GET",
  url,
  headers: { host: "example.test", ...headers },
});

/** A stand-in for Next.js: a page with a fresh nonce per response, in its policy and on its script. */
function fakeNext(options: { gzip?: boolean; status?: number; cookie?: boolean } = {}) {
  let renders = 0;
  const handler = (req: FakeRequest, res: FakeResponse) => {
    renders++;
    const nonce = Buffer.from(`nonce-${renders}-${Math.random()}`).toString("base64");
    res.setHeader("content-security-policy", `script-src 'self' 'nonce-${nonce}'`);
    res.setHeader("content-type", "text/html; charset=utf-8");
    if (options.cookie) res.setHeader("set-cookie", "a=b");
    const html = `<html><script nonce="${nonce}">self.x=${JSON.stringify(req.url)}</script><p>${req.url}</p></html>`;
    if (options.gzip) res.setHeader("content-encoding", "gzip");
    res.writeHead(options.status ?? 200);
    const bytes = options.gzip ? gzipSync(html) : Buffer.from(html);
    res.write(bytes.subarray(0, 10));
    res.end(bytes.subarray(10));
  };
  return { handler, renders: () => renders };
}

function serve(listener: ReturnType<typeof cachingListener>, req: FakeRequest) {
  const res = new FakeResponse();
  listener(req, res);
  const nonce = nonceOf(String(res.headers["content-security-policy"]));
  return { res, nonce, html: res.text() };
}

describe("response cache", () => {
  it("renders a result once, then replays it with a fresh nonce in the policy and on every script", () => {
    for (const gzip of [false, true]) {
      const next = fakeNext({ gzip });
      const listener = cachingListener(next.handler);
      const first = serve(listener, get("/result?goal=dr"));
      const second = serve(listener, get("/result?goal=dr"));
      const third = serve(listener, get("/result?goal=dr", { "accept-encoding": "gzip, br" }));
      expect(next.renders()).toBe(1);
      expect(first.res.headers["x-response-cache"]).toBe("miss");
      expect(second.res.headers["x-response-cache"]).toBe("hit");
      expect(third.res.headers["content-encoding"]).toBe("gzip");
      const nonces = [first.nonce, second.nonce, third.nonce];
      expect(new Set(nonces).size).toBe(3);
      for (const [i, { html }] of [first, second, third].entries()) {
        expect(html).toContain(`<script nonce="${nonces[i]}">`);
        expect(html.replace(nonces[i]!, "N")).toBe(first.html.replace(nonces[0]!, "N"));
      }
      expect(second.res.headers["content-length"]).toBe(String(Buffer.byteLength(second.html)));
    }
  });

  it("keeps pages apart by query as sent and by the host their absolute URLs name", () => {
    const next = fakeNext();
    const listener = cachingListener(next.handler);
    serve(listener, get("/result?goal=dr"));
    expect(serve(listener, get("/result?goal=migrate")).html).toContain("goal=migrate");
    expect(serve(listener, get("/result?goal=dr&x=1")).html).toContain("x=1");
    serve(listener, get("/result?goal=dr", { host: "other.test" }));
    serve(listener, get("/result?goal=dr", { "x-forwarded-host": "cdn.test" }));
    expect(next.renders()).toBe(5);
  });

  it("passes on what it must not keep: flight data, cookies, other paths, errors, pages that set a cookie", () => {
    expect(cacheKey(get("/result?goal=dr", { rsc: "1" }))).toBeUndefined();
    expect(cacheKey(get("/result?goal=dr&_rsc=abc"))).toBeUndefined();
    expect(cacheKey(get("/result?goal=dr", { cookie: "a=b" }))).toBeUndefined();
    expect(cacheKey({ ...get("/result?goal=dr"), method: "POST" })).toBeUndefined();
    expect(cacheKey(get("/"))).toBeUndefined();
    expect(cacheKey(get("/healthz"))).toBeUndefined();
    expect(cacheKey(get("/?goal=dr"))).toBeDefined();
    for (const options of [{ status: 404 }, { cookie: true }]) {
      const next = fakeNext(options);
      const listener = cachingListener(next.handler);
      serve(listener, get("/result?goal=dr"));
      serve(listener, get("/result?goal=dr"));
      expect(next.renders()).toBe(2);
    }
  });

  it("forgets the least recently used page beyond its bound", () => {
    const cache = new ResponseCache(2);
    const entry = { status: 200, nonce: "n", headers: {}, html: "<p>n</p>" };
    cache.set("a", entry);
    cache.set("b", entry);
    cache.get("a");
    cache.set("c", entry);
    expect([...cache.entries.keys()]).toEqual(["a", "c"]);
  });
});
