import type { Metadata } from "next";
import { decodePermalink, type PermalinkIssue } from "@/lib/answers";
import { OPTIONS } from "@/lib/knowledge";
import { buildPlan, type Plan } from "@/lib/scoring";

/** The request header through which proxy.ts hands a page rendered per request its raw query. */
export const PERMALINK_QUERY_HEADER = "x-permalink-query";

/**
 * The internal route that serves a permalink on `/` (proxy.ts rewrites to it): the wizard of `/`,
 * rendered per request so its title can name the plan. Requested directly, it is not found.
 */
export const PERMALINK_ROUTE = "/permalink";

type SearchParams = Record<string, string | string[] | undefined>;

/**
 * The query of a result request: as sent (from proxy.ts) when there is one, else rebuilt from
 * Next.js's searchParams (repeated parameters stay repeated).
 */
export function permalinkQuery(raw: string | null, searchParams: SearchParams): string {
  if (raw !== null) return raw;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(searchParams)) {
    for (const v of Array.isArray(value) ? value : [value ?? ""]) params.append(key, v);
  }
  return params.toString();
}

/** The plan and the permalink's issues for a raw query: the one decode both pages share. */
export function planOfQuery(query: string): { plan: Plan; issues: readonly PermalinkIssue[] } {
  const decoded = decodePermalink(query);
  return { plan: buildPlan(decoded.answers), issues: decoded.issues };
}

/**
 * Title and description of a page that carries a plan, so a pasted link previews the answer. The
 * Open Graph copies are what chat and social unfurlers read first.
 */
export function planMetadata(plan: Plan): Metadata {
  const title = `Recommended: ${OPTIONS[plan.recommendation].short} — Kafka Replication Advisor`;
  return { title, description: plan.summary, openGraph: { title, description: plan.summary, type: "website" } };
}
