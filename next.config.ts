import type { NextConfig } from "next";
import { PERMALINK_ROUTE } from "./lib/routes";
import { ANSWER_KEYS } from "./lib/answers/values";
import { STATIC_SECURITY_HEADERS, distDir } from "./security-headers.mjs";

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  distDir,
  // A self-contained server (`.next/standalone/server.js` with only the node_modules it needs):
  // what the container image runs and the end-to-end tests start (scripts/standalone.mjs).
  output: "standalone",
  // Chromium asks for /favicon.ico now and then despite the <link rel="icon"> (e.g. during a
  // client-side navigation); answer with the app's icon rather than a 404.
  async rewrites() {
    return {
      // A permalink on "/" (any answer parameter, as the redirect script in <head> tests) is served
      // per request by app/permalink, so its title names the plan; "/" itself stays static. Here and
      // not in proxy.ts: a rewrite from the proxy is sent over the network when the server was
      // started with a loopback hostname (`next start -H 127.0.0.1`, vercel/next.js#94745).
      beforeFiles: ANSWER_KEYS.map((key) => ({
        source: "/",
        has: [{ type: "query" as const, key }],
        destination: PERMALINK_ROUTE,
      })),
      afterFiles: [{ source: "/favicon.ico", destination: "/icon.svg" }],
      fallback: [],
    };
  },
  async headers() {
    return [{ source: "/:path*", headers: STATIC_SECURITY_HEADERS }];
  },
};

export default nextConfig;
