import type { NextConfig } from "next";
import { STATIC_SECURITY_HEADERS, distDir } from "./security-headers.mjs";

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  distDir,
  // Chromium asks for /favicon.ico now and then despite the <link rel="icon"> (e.g. during a
  // client-side navigation); answer with the app's icon rather than a 404.
  async rewrites() {
    return [{ source: "/favicon.ico", destination: "/icon.svg" }];
  },
  async headers() {
    return [{ source: "/:path*", headers: STATIC_SECURITY_HEADERS }];
  },
};

export default nextConfig;
