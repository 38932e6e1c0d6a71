/** The request header through which proxy.ts hands the result page its raw query. */
export const PERMALINK_QUERY_HEADER = "x-permalink-query";

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
