/** Short, readable text for a source URL: host and last path segment. */
export function sourceLabel(url: string): string {
  try {
    const u = new URL(url);
    const last = u.pathname.split("/").filter(Boolean).pop();
    const host = u.hostname.replace(/^www\./, "");
    return last ? `${host} › ${last.replace(/\.html?$/, "")}` : host;
  } catch {
    return url;
  }
}

/** A link to the evidence behind a statement; opens in a new tab. */
export function SourceLink({ href, className = "" }: { href: string; className?: string }) {
  return (
    <a href={href} target="_blank" rel="noreferrer" className={`text-xs break-words ${className}`}>
      Source: {sourceLabel(href)}
      <span className="sr-only"> (opens in a new tab)</span>
    </a>
  );
}
