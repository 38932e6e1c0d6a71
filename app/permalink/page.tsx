import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import HomePage from "../page";
import { PERMALINK_QUERY_HEADER, planMetadata, planOfQuery } from "../result/query";

/**
 * A permalink on `/` (`/?v=1&goal=…`), rewritten here by proxy.ts. The page is the wizard of `/`,
 * and a browser goes on from it exactly as from `/`: to the result, or to the step in the hash,
 * which only the browser sees. What differs is that it is rendered per request with the plan's
 * title and description, so a pasted permalink previews its answer in tools that run no script.
 * `/` without answers stays a static page.
 */
async function query(): Promise<string> {
  const raw = (await headers()).get(PERMALINK_QUERY_HEADER);
  // Only proxy.ts sets the header; without it this was requested by its internal path.
  if (raw === null) notFound();
  return raw;
}

export async function generateMetadata(): Promise<Metadata> {
  return planMetadata(planOfQuery(await query()).plan);
}

export default async function PermalinkOnHome() {
  await query();
  return <HomePage />;
}
