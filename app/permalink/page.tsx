import type { Metadata } from "next";
import { headers } from "next/headers";
import HomePage from "../page";
import { planMetadata, planOfQuery } from "../result/plan-metadata";
import { PERMALINK_QUERY_HEADER, permalinkQuery } from "@/lib/routes";
import { requestOrigin } from "../og/origin";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * A permalink on `/` (`/?v=1&goal=…`), rewritten here by next.config.ts. The page is the wizard of
 * `/`, and a browser goes on from it exactly as from `/`: to the result, or to the step in the
 * hash, which only the browser sees. What differs is that it is rendered per request with the
 * plan's title and description, so a pasted permalink previews its answer in tools that run no
 * script. `/` without answers stays a static page.
 */
export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const requestHeaders = await headers();
  const query = permalinkQuery(requestHeaders.get(PERMALINK_QUERY_HEADER), await searchParams);
  return planMetadata(planOfQuery(query).plan, requestOrigin(requestHeaders));
}

export default function PermalinkOnHome() {
  return <HomePage />;
}
