// A response cache in front of the Next.js standalone server, for the pages rendered per request
// (the result and a permalink on "/"). Their HTML is a pure function of the URL and the address the
// request came to, except for the Content-Security-Policy nonce: so each one is rendered once, kept,
// and replayed with a fresh nonce put in place of the recorded one (in the policy and on every
// script), which keeps the strict policy (no 'unsafe-inline') at the cost of a string replace.
//
// Plain CommonJS with no dependencies: scripts/standalone.mjs copies it next to server.js, which
// then loads it before Next.js's own server (see installResponseCache).
"use strict";
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS, loaded by the standalone server.js */

const http = require("node:http");
const { randomUUID } = require("node:crypto");
const zlib = require("node:zlib");

/** Paths whose HTML is rendered per request (proxy.ts gives them a nonce). */
const CACHED_PATHS = new Set(["/result", "/"]);
/** Bounds of the cache: entries and bytes of HTML kept (least recently used go first). */
const MAX_ENTRIES = Number(process.env.RESPONSE_CACHE_ENTRIES ?? 500);
const MAX_BYTES = 64 * 1024 * 1024;
/** Headers not replayed as recorded: they describe one transfer, not the page. */
const PER_TRANSFER = new Set([
  "content-length",
  "content-encoding",
  "transfer-encoding",
  "connection",
  "keep-alive",
  "date",
  "vary",
]);

/** A fresh nonce, as proxy.ts makes them. */
const newNonce = () => Buffer.from(randomUUID()).toString("base64");

/**
 * The key a response is kept under, or undefined when the request must go to Next.js: only plain
 * document GETs of the cached paths (not the flight data a client-side navigation asks for, not a
 * request with cookies, not a server action). The key holds everything the page reads from the
 * request: the path and query as sent, and the host and forwarded headers its absolute URLs use.
 */
function cacheKey(req) {
  if (req.method !== "GET" || !req.url) return undefined;
  const h = req.headers;
  if (
    h.rsc ||
    h["next-router-state-tree"] ||
    h["next-router-prefetch"] ||
    h["next-action"] ||
    h.cookie ||
    h.authorization
  )
    return undefined;
  const q = req.url.indexOf("?");
  const path = q === -1 ? req.url : req.url.slice(0, q);
  if (!CACHED_PATHS.has(path)) return undefined;
  // "/" itself is static and served from the build; only "/" with a query is rendered per request.
  if (path === "/" && q === -1) return undefined;
  if (/[?&]_rsc=/.test(req.url)) return undefined;
  return [h.host ?? "", h["x-forwarded-host"] ?? "", h["x-forwarded-proto"] ?? "", req.url].join("\n");
}

/** The nonce of a Content-Security-Policy, or undefined. */
function nonceOf(policy) {
  return /'nonce-([A-Za-z0-9+/=]+)'/.exec(String(policy ?? ""))?.[1];
}

/** The recorded page with every occurrence of its nonce replaced by a fresh one. */
function withNonce(entry, nonce) {
  return {
    body: entry.html.split(entry.nonce).join(nonce),
    headers: Object.fromEntries(
      Object.entries(entry.headers).map(([name, value]) => [
        name,
        typeof value === "string" ? value.split(entry.nonce).join(nonce) : value,
      ]),
    ),
  };
}

function decode(body, encoding) {
  switch (
    String(encoding ?? "")
      .trim()
      .toLowerCase()
  ) {
    case "":
    case "identity":
      return body;
    case "gzip":
      return zlib.gunzipSync(body);
    case "deflate":
      return zlib.inflateSync(body);
    case "br":
      return zlib.brotliDecompressSync(body);
    default:
      return undefined;
  }
}

/** Least recently used first: a Map keeps insertion order, and a hit re-inserts its entry. */
class ResponseCache {
  constructor(maxEntries = MAX_ENTRIES, maxBytes = MAX_BYTES) {
    this.maxEntries = maxEntries;
    this.maxBytes = maxBytes;
    this.entries = new Map();
    this.bytes = 0;
  }
  get(key) {
    const entry = this.entries.get(key);
    if (entry) {
      this.entries.delete(key);
      this.entries.set(key, entry);
    }
    return entry;
  }
  set(key, entry) {
    const size = entry.html.length * 2;
    if (size > this.maxBytes || this.maxEntries <= 0) return;
    this.delete(key);
    this.entries.set(key, { ...entry, size });
    this.bytes += size;
    for (const [oldest] of this.entries) {
      if (this.entries.size <= this.maxEntries && this.bytes <= this.maxBytes) break;
      this.delete(oldest);
    }
  }
  delete(key) {
    const entry = this.entries.get(key);
    if (entry) {
      this.bytes -= entry.size;
      this.entries.delete(key);
    }
  }
}

/** Sends a recorded page with a fresh nonce, gzipped when the client accepts it. */
function replay(req, res, entry) {
  const { body, headers } = withNonce(entry, newNonce());
  let bytes = Buffer.from(body, "utf8");
  const out = { ...headers, vary: "Accept-Encoding", "x-response-cache": "hit" };
  if (/\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""))) {
    bytes = zlib.gzipSync(bytes, { level: 6 });
    out["content-encoding"] = "gzip";
  }
  out["content-length"] = String(bytes.length);
  res.writeHead(entry.status, out);
  res.end(bytes);
}

/**
 * Passes the request to Next.js and records what it sends: a 200 HTML page whose policy carries
 * a nonce (that is, a page rendered per request) and that sets no cookie is kept.
 */
function record(req, res, key, cache, next) {
  const chunks = [];
  let headArgs;
  const { writeHead, write, end } = res;
  res.writeHead = function (...args) {
    headArgs = args;
    return writeHead.apply(this, args);
  };
  const keep = (chunk, encoding) => {
    if (chunk == null || typeof chunk === "function") return;
    chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8"));
  };
  res.write = function (chunk, encoding, cb) {
    keep(chunk, encoding);
    return write.call(this, chunk, encoding, cb);
  };
  res.end = function (chunk, encoding, cb) {
    keep(chunk, encoding);
    const result = end.call(this, chunk, encoding, cb);
    try {
      store();
    } catch {
      // A page that cannot be read back is simply not kept.
    }
    return result;
  };
  const store = () => {
    const headers = { ...res.getHeaders() };
    const extra = headArgs?.find((a) => a && typeof a === "object");
    if (extra) for (const [name, value] of Object.entries(extra)) headers[name.toLowerCase()] = value;
    const status = res.statusCode;
    const nonce = nonceOf(headers["content-security-policy"]);
    if (status !== 200 || !nonce || headers["set-cookie"] || !/^text\/html/.test(String(headers["content-type"] ?? "")))
      return;
    const body = decode(Buffer.concat(chunks), headers["content-encoding"]);
    if (!body) return;
    const kept = {};
    for (const [name, value] of Object.entries(headers))
      if (!PER_TRANSFER.has(name) && name !== "x-response-cache") kept[name] = value;
    cache.set(key, { status, nonce, headers: kept, html: body.toString("utf8") });
  };
  res.setHeader("x-response-cache", "miss");
  return next(req, res);
}

/** A request listener that answers from the cache what it can and passes the rest to `next`. */
function cachingListener(next, cache = new ResponseCache()) {
  return function listener(req, res) {
    const key = cacheKey(req);
    if (key === undefined) return next(req, res);
    const entry = cache.get(key);
    if (entry) return replay(req, res, entry);
    return record(req, res, key, cache, next);
  };
}

/**
 * Wraps the listener of the HTTP server Next.js's standalone server creates next (it calls
 * http.createServer(listener) once). RESPONSE_CACHE=off leaves Next.js's server as it is.
 */
function installResponseCache() {
  if (process.env.RESPONSE_CACHE === "off") return;
  const createServer = http.createServer;
  http.createServer = function (...args) {
    http.createServer = createServer;
    const i = args.findIndex((a) => typeof a === "function");
    if (i !== -1) args[i] = cachingListener(args[i]);
    return createServer.apply(this, args);
  };
}

module.exports = { ResponseCache, cacheKey, cachingListener, installResponseCache, nonceOf, withNonce };
