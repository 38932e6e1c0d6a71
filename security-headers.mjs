// Response headers for a static-first app. One module, read by next.config.ts (headers that never
// change) and by proxy.ts (the Content-Security-Policy, which carries the build's script hashes).
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** Where `next build` writes; NEXT_DIST_DIR lets parallel builds (tests, benchmarks) stay apart. */
export const distDir = process.env.NEXT_DIST_DIR || ".next";

export const STATIC_SECURITY_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
  },
  { key: "X-Frame-Options", value: "DENY" },
  // No Cross-Origin-Opener-Policy: the pages hold nothing secret (the answers are in the URL), and
  // `same-origin` made Chromium switch renderer processes once the response arrived, so every page
  // opened from a new tab started in a cold process: Lighthouse (mobile) fell from 93-96 to 78-88
  // on a one-paragraph page in our layout (BENCHMARKS.md, session 5).
];

function* htmlFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(path);
    else if (entry.name.endsWith(".html")) yield path;
  }
}

/** Inline scripts of a page: <script> elements without a src attribute. */
export function inlineScripts(html) {
  const out = [];
  for (const m of html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/g)) {
    if (/\ssrc\s*=/.test(m[1] ?? "") || m[2] === "") continue;
    out.push(m[2]);
  }
  return out;
}

let cached;

/**
 * SHA-256 of every inline script of every prerendered page of the current build, read once from
 * the build output: static pages keep their fixed inline scripts, so hashes allow exactly those.
 * Empty when there is no build (then no inline script runs).
 */
export function scriptHashes() {
  if (cached) return cached;
  const hashes = new Set();
  try {
    for (const file of htmlFiles(join(process.cwd(), distDir, "server", "app"))) {
      for (const script of inlineScripts(readFileSync(file, "utf8"))) {
        hashes.add(`sha256-${createHash("sha256").update(script, "utf8").digest("base64")}`);
      }
    }
  } catch {
    // No build output: leave the list empty.
  }
  cached = [...hashes].sort();
  return cached;
}

/**
 * The Content-Security-Policy: scripts only from this origin, with a known hash, or (on pages
 * rendered per request) with this response's nonce; no 'unsafe-inline', no 'unsafe-eval' in
 * production. Styles may be inline because React Flow positions nodes with style attributes;
 * images may be blob:/data: for the diagram export.
 */
export function contentSecurityPolicy({ dev = false, nonce = undefined } = {}) {
  const script = [
    "'self'",
    ...(nonce ? [`'nonce-${nonce}'`] : []),
    ...scriptHashes().map((h) => `'${h}'`),
    ...(dev ? ["'unsafe-eval'", "'unsafe-inline'"] : []),
  ];
  return [
    "default-src 'self'",
    `script-src ${script.join(" ")}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}
