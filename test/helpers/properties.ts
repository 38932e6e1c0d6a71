// Reads back the Java properties files the generator writes, for tests.

/** Reads back a Java properties file (the subset `propertiesKey`/`propertiesValue` write), for tests. */
export function parseProperties(text: string): Map<string, string> {
  const out = new Map<string, string>();
  const logical: string[] = [];
  const lines = text.split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!.replace(/^[ \t\f]+/, "");
    if (line === "" || line.startsWith("#") || line.startsWith("!")) continue;
    // A line ending in an odd number of backslashes continues on the next line.
    while (/(^|[^\\])(\\\\)*\\$/.test(line) && i + 1 < lines.length) {
      line = line.slice(0, -1) + lines[++i]!.replace(/^[ \t\f]+/, "");
    }
    logical.push(line);
  }
  for (const line of logical) {
    let key = "";
    let i = 0;
    for (; i < line.length; i++) {
      const c = line[i]!;
      if (c === "\\") {
        key += line.slice(i, i + 2);
        i++;
        continue;
      }
      if (c === "=" || c === ":" || c === " " || c === "\t" || c === "\f") break;
      key += c;
    }
    let rest = line.slice(i).replace(/^[ \t\f]*/, "");
    if (rest.startsWith("=") || rest.startsWith(":")) rest = rest.slice(1).replace(/^[ \t\f]*/, "");
    out.set(unescapeProperties(key), unescapeProperties(rest));
  }
  return out;
}

function unescapeProperties(s: string): string {
  return s.replace(/\\(u[0-9a-fA-F]{4}|.)/g, (_, e: string) => {
    if (e.length === 5) return String.fromCharCode(parseInt(e.slice(1), 16));
    return { n: "\n", r: "\r", t: "\t", f: "\f" }[e] ?? e;
  });
}
