import type { Metadata } from "next";
import { decodePermalink, type PermalinkIssue } from "@/lib/answers";
import { OPTIONS } from "@/lib/knowledge";
import { PRODUCT_NAME, planTitle } from "@/lib/product";
import { buildPlan, type Plan } from "@/lib/scoring";

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
  const title = planTitle(OPTIONS[plan.recommendation].short);
  return { title, description: plan.summary, openGraph: { title, description: plan.summary, type: "website", siteName: PRODUCT_NAME } };
}
