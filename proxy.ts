import { NextResponse, type NextRequest } from "next/server";
import { ANSWER_KEYS } from "./lib/answers/values";
import { PERMALINK_QUERY_HEADER, PERMALINK_ROUTE } from "./app/result/query";
import { contentSecurityPolicy } from "./security-headers.mjs";

/** Pages rendered per request (their inline scripts carry the answers, so no hash can be known). */
const PER_REQUEST = new Set(["/result"]);

/**
 * Adds the Content-Security-Policy to every page. Static pages stay static: the policy carries
 * the SHA-256 of each prerendered inline script (computed after the build). The result page and a
 * permalink on "/" are rendered per request, so they also get a fresh nonce, which Next.js reads
 * from the request's policy and puts on its own scripts.
 */
export function proxy(request: NextRequest) {
  const dev = process.env.NODE_ENV === "development";
  const { pathname, searchParams } = request.nextUrl;
  // A permalink on "/" (the same test as the redirect script in <head>) is served per request by
  // PERMALINK_ROUTE, so its title names the plan; "/" itself stays static.
  const permalinkOnHome = pathname === "/" && ANSWER_KEYS.some((key) => searchParams.has(key));
  // PERMALINK_ROUTE has no address of its own: asked for directly, it is the app's "not found" page.
  const internal = pathname === PERMALINK_ROUTE;
  if ((!PER_REQUEST.has(pathname) && !permalinkOnHome) || internal) {
    const response = internal ? NextResponse.rewrite(new URL("/not-found", request.url)) : NextResponse.next();
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
  const response = permalinkOnHome
    ? NextResponse.rewrite(new URL(`${PERMALINK_ROUTE}${request.nextUrl.search}`, request.url), { request: { headers } })
    : NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico|icon.svg).*)" }],
};
