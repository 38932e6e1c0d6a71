/**
 * The origin link previews must name in absolute URLs (og:image): SITE_URL when the host sets it
 * (behind a CDN or a proxy that rewrites Host), else the address the request came to, as a load
 * balancer forwards it.
 */
export function requestOrigin(headers: Headers): URL | undefined {
  const configured = process.env.SITE_URL;
  if (configured) {
    try {
      return new URL(configured);
    } catch {
      // Misconfigured: fall back to the request's own address.
    }
  }
  const host = headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host");
  const proto = headers.get("x-forwarded-proto")?.split(",")[0]?.trim() || "http";
  if (!host || !/^[a-z0-9.-]+(:\d+)?$|^\[[0-9a-f:]+\](:\d+)?$/i.test(host) || !/^https?$/.test(proto)) return undefined;
  return new URL(`${proto}://${host}`);
}
