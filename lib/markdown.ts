// Small Markdown and shell helpers shared by the runbook, the decision record and the bundle's
// README. Pure string functions: no Node-only or browser-only APIs.

/** A fenced shell block. */
export function bash(...lines: string[]): string {
  return ["```bash", ...lines, "```"].join("\n");
}

/** A Markdown link whose text is the URL without its scheme, e.g. docs.aws.amazon.com/…/x.html. */
export function link(url: string, text?: string): string {
  return `[${text ?? shortUrl(url)}](${url})`;
}

export function shortUrl(url: string): string {
  const bare = url.replace(/^https?:\/\//, "").replace(/\/$/, "");
  const parts = bare.split("/").filter(Boolean);
  if (parts.length <= 3) return bare;
  const last = parts[parts.length - 1]!;
  const tail = last.startsWith("#") ? `${parts[parts.length - 2]}/${last}` : last;
  return `${parts[0]}/…/${tail}`;
}

/** Escapes text for a Markdown table cell. */
export function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\n/g, " ");
}

const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/**
 * Base64 of a string's UTF-8 bytes. Pure and portable (TextEncoder exists in Node and browsers),
 * so the same decision record is produced on the command line and in the browser.
 */
export function base64Utf8(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let out = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const b0 = bytes[i] ?? 0;
    const b1 = bytes[i + 1];
    const b2 = bytes[i + 2];
    const n = (b0 << 16) | ((b1 ?? 0) << 8) | (b2 ?? 0);
    out += BASE64[(n >> 18) & 63]! + BASE64[(n >> 12) & 63]!;
    out += b1 === undefined ? "=" : BASE64[(n >> 6) & 63]!;
    out += b2 === undefined ? "=" : BASE64[n & 63]!;
  }
  return out;
}
