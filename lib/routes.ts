// The product's routes and the plumbing between them, in one place for the pages, the components,
// proxy.ts and next.config.ts. No imports: the two root configs import this file, and neither may
// pull in the library.

/** The result page: rendered per request from the answers in its query. */
export const RESULT_ROUTE = "/result";

/**
 * The route that serves a permalink on `/` (next.config.ts rewrites to it): the wizard of `/`,
 * rendered per request so its title can name the plan. Opened at its own path it acts as `/` does.
 */
export const PERMALINK_ROUTE = "/permalink";

/** The preview image of a permalink (app/og), drawn from the answers in its query. */
export const PREVIEW_IMAGE_ROUTE = "/og";

/** The request header through which proxy.ts hands a page rendered per request its raw query. */
export const PERMALINK_QUERY_HEADER = "x-permalink-query";

/** A query as given, a `?query` or a permalink `/?query`, without its leading `/` and `?`. */
function bareQuery(query: string): string {
  return query.replace(/^\/?\??/, "");
}

/** The result page of a query (`a=b`, `?a=b` or a permalink `/?a=b`); `/result` when it is empty. */
export function resultUrl(query: string): string {
  const q = bareQuery(query);
  return q ? `${RESULT_ROUTE}?${q}` : RESULT_ROUTE;
}

/** The preview image of a query (`a=b`, `?a=b` or a permalink `/?a=b`). */
export function previewImageUrl(query: string): string {
  const q = bareQuery(query);
  return q ? `${PREVIEW_IMAGE_ROUTE}?${q}` : PREVIEW_IMAGE_ROUTE;
}

type SearchParams = Record<string, string | string[] | undefined>;

/**
 * The query of a page rendered per request: as sent (from proxy.ts) when there is one, else
 * rebuilt from Next.js's searchParams (repeated parameters stay repeated).
 */
export function permalinkQuery(raw: string | null, searchParams: SearchParams): string {
  if (raw !== null) return raw;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(searchParams)) {
    for (const v of Array.isArray(value) ? value : [value ?? ""]) params.append(key, v);
  }
  return params.toString();
}
