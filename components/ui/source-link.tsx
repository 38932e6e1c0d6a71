/** Short, readable text for a source URL: host and last path segment. */
export function sourceLabel(url: string): string {
  try {
    const u = new URL(url);
    const host = u.hostname.replace(/^www\./, "");
    const parts = u.pathname
      .replace(/\.html?$/, "")
      .split("/")
      .filter(Boolean);
    const path = parts.join("/");
    if (!path) return host;
    // Short paths in full (aws.amazon.com/msk/pricing); long ones by their last segment.
    return path.length <= 28 ? `${host}/${path}` : `${host}/…/${parts[parts.length - 1]}`;
  } catch {
    return url;
  }
}

/** The id of the one note that says source links open in a new tab (rendered by NewTabNote). */
const NEW_TAB_NOTE = "new-tab-note";

/**
 * Once per page that shows source links: screen readers read it as each link's description. A
 * result has dozens of source links, and the same words inside every one of them cost ~3 KB of HTML.
 */
export function NewTabNote() {
  return (
    <p id={NEW_TAB_NOTE} hidden>
      Opens in a new tab.
    </p>
  );
}

/** A link to the evidence behind a statement; opens in a new tab. */
export function SourceLink({ href, className = "" }: { href: string; className?: string }) {
  return (
    <a
      href={href}
      target="_blank"
      rel="noreferrer"
      aria-describedby={NEW_TAB_NOTE}
      className={className ? `source-link ${className}` : "source-link"}
    >
      {/* One text node: React marks the seam between adjacent ones in the HTML. */}
      {`Source: ${sourceLabel(href)}`}
    </a>
  );
}
