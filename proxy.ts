import { NextResponse, type NextRequest } from "next/server";
import { ANSWER_KEYS } from "./lib/answers/values";
import { PERMALINK_QUERY_HEADER, PERMALINK_ROUTE, RESULT_ROUTE } from "./lib/routes";
import { contentSecurityPolicy } from "./security-headers.mjs";

/** Pages rendered per request (their inline scripts carry the answers, so no hash can be known). */
const PER_REQUEST = new Set([RESULT_ROUTE, PERMALINK_ROUTE]);

/**
 * Adds the Content-Security-Policy to every page. Static pages stay static: the policy carries
 * the SHA-256 of each prerendered inline script (computed after the build). The result page and a
 * permalink on "/" are rendered per request, so they also get a fresh nonce, which Next.js reads
 * from the request's policy and puts on its own scripts.
 */
export function proxy(request: NextRequest) {
  const dev = process.env.NODE_ENV === "development";
  const { pathname, searchParams } = request.nextUrl;
  // A permalink on "/" is rewritten to PERMALINK_ROUTE after this runs (next.config.ts; it skips
  // empty values, which this test keeps: the nonce policy also carries the static pages' hashes).
  const permalinkOnHome = pathname === "/" && ANSWER_KEYS.some((key) => searchParams.has(key));
  if (!PER_REQUEST.has(pathname) && !permalinkOnHome) {
    const response = NextResponse.next();
    response.headers.set("Content-Security-Policy", contentSecurityPolicy({ dev }));
    return response;
  }
  const nonce = dev ? undefined : Buffer.from(crypto.randomUUID()).toString("base64");
  const policy = contentSecurityPolicy({ dev, nonce });
  const headers = new Headers(request.headers);
  headers.set("Content-Security-Policy", policy);
  // The query as sent, for the notice that names each parameter: Next.js's searchParams object
  // merges repeated ones out of order. (Next.js's own URL parsing drops a parameter named
  // "__proto__" before any of this runs; it could carry no answer anyway.)
  headers.set(PERMALINK_QUERY_HEADER, request.nextUrl.search.replace(/^\?/, "").replace(/(^|&)_rsc=[^&]*/g, ""));
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico|icon.svg).*)" }],
};
