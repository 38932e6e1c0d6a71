import { NextResponse } from "next/server";
import { contentSecurityPolicy } from "./security-headers.mjs";

/**
 * Adds the Content-Security-Policy to every page. Static pages stay static: the policy carries
 * the SHA-256 of each prerendered inline script (computed after the build), not a per-request nonce.
 */
export function proxy() {
  const response = NextResponse.next();
  response.headers.set("Content-Security-Policy", contentSecurityPolicy({ dev: process.env.NODE_ENV === "development" }));
  return response;
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico|icon.svg).*)" }],
};
