// Imported by proxy.ts and next.config.ts: no imports here, so neither pulls in the library.

/** The request header through which proxy.ts hands a page rendered per request its raw query. */
export const PERMALINK_QUERY_HEADER = "x-permalink-query";

/**
 * The route that serves a permalink on `/` (next.config.ts rewrites to it): the wizard of `/`,
 * rendered per request so its title can name the plan. Opened at its own path it acts as `/` does.
 */
export const PERMALINK_ROUTE = "/permalink";

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
