// Escaping for every text format the generators write, in one place. Any value that did not come
// from a constant in this directory goes through one of these before it reaches the output, so that
// no value (a name, a pattern, a class name) can end its string and start new syntax.

const hex4 = (c: string) => c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0");

/**
 * An HCL quoted string literal, quotes included. Escapes `\` and `"`, control characters, and the
 * template sequences `${` → `$${` and `%{` → `%%{`, so the value is never interpolated.
 */
export function hclString(value: string): string {
  let out = "";
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    const next = value[i + 1];
    if (c === "\\") out += "\\\\";
    else if (c === '"') out += '\\"';
    else if (c === "\n") out += "\\n";
    else if (c === "\r") out += "\\r";
    else if (c === "\t") out += "\\t";
    else if ((c === "$" || c === "%") && next === "{") out += `${c}${c}`;
    else if (c < " " || c === "\u007f" || c === "\u2028" || c === "\u2029") out += `\\u${hex4(c)}`;
    else out += c;
  }
  return `"${out}"`;
}

/** Text for a one-line comment (`#` in HCL, YAML and properties): line breaks and control characters become spaces. */
export function commentText(value: string): string {
  return value.replace(/[\u0000-\u001f\u007f\u0085\u2028\u2029]/g, " ");
}

/**
 * A Java properties value (java.util.Properties.load): backslashes, line breaks and a leading space
 * are escaped, and characters outside printable ASCII become `\uXXXX`, so the value stays on its line.
 */
export function propertiesValue(value: string): string {
  let out = "";
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    if (c === "\\") out += "\\\\";
    else if (c === "\n") out += "\\n";
    else if (c === "\r") out += "\\r";
    else if (c === "\t") out += "\\t";
    else if (c === "\f") out += "\\f";
    else if (c === " " && i === 0) out += "\\ ";
    else if (c < " " || c > "~") out += `\\u${hex4(c)}`;
    else out += c;
  }
  return out;
}

/** A Java properties key: like a value, plus the separators `=`, `:`, spaces and the comment starters `#` and `!`. */
export function propertiesKey(key: string): string {
  let out = "";
  for (const c of key) out += /[=: #!]/.test(c) ? `\\${c}` : propertiesValue(c);
  return out;
}

/**
 * A value that Kafka's config providers would read as `${provider:path:key}` must not be written as
 * such when it is data. Kafka's ConfigTransformer has no escape, so data never contains `${`:
 * generators refuse it rather than emit something that would be substituted.
 */
export function assertNoConfigReference(value: string, what: string): string {
  if (value.includes("${"))
    throw new Error(`${what} must not contain "\${" (it would be read as a config provider reference)`);
  return value;
}
