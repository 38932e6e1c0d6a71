import type { Metadata } from "next";
import type { PermalinkIssue } from "@/lib/answers";
import { decodePermalink } from "@/lib/answers/permalink";
import { OPTIONS } from "@/lib/knowledge";
import { PRODUCT_NAME, planTitle } from "@/lib/product";
import { previewImageUrl } from "@/lib/routes";
import { recentPlan, type Plan } from "@/lib/scoring";
import { PREVIEW_SIZE } from "../og/size";

/** The plan and the permalink's issues for a raw query: the one decode both pages share. */
export function planOfQuery(query: string): { plan: Plan; issues: readonly PermalinkIssue[] } {
  const decoded = decodePermalink(query);
  return { plan: recentPlan(decoded.answers), issues: decoded.issues };
}

/**
 * Title, description and picture of a page that carries a plan, so a pasted link previews the
 * answer. The Open Graph tags are what chat and social unfurlers read first; the
 * picture (app/og) is drawn from the same answers, at an absolute URL on `origin`.
 */
export function planMetadata(plan: Plan, origin?: URL): Metadata {
  const title = planTitle(OPTIONS[plan.recommendation].short);
  const images = [
    {
      url: previewImageUrl(plan.permalink),
      ...PREVIEW_SIZE,
      alt: `${title}: score, Regions and expected RPO and RTO`,
      type: "image/png",
    },
  ];
  return {
    ...(origin ? { metadataBase: origin } : {}),
    title,
    description: plan.summary,
    openGraph: { title, description: plan.summary, type: "website", siteName: PRODUCT_NAME, images },
    // X reads og:title and og:description when its own tags are absent (developer.x.com/cards/markup),
    // so only the card type and the picture are repeated: the summary is not written a third time.
    twitter: { card: "summary_large_image", images: images.map(({ url, alt }) => ({ url, alt })) },
  };
}
