import { planOfQuery } from "../result/plan-metadata";
import { previewImage } from "./preview";

/**
 * The preview image of a permalink (`/og?<answers>`), which the permalink pages name in og:image
 * and twitter:image: drawn on the server from the same plan as the page.
 */
export async function GET(request: Request) {
  return previewImage(planOfQuery(new URL(request.url).search.replace(/^\?/, "")).plan);
}
