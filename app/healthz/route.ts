import { version } from "@/package.json";

// Answered per request and never cached: a load balancer or the image's HEALTHCHECK asks whether
// this instance serves now, and which build it runs.
export const dynamic = "force-dynamic";

export function GET() {
  return Response.json({ status: "ok", version }, { headers: { "Cache-Control": "no-store" } });
}
