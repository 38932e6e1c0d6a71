import { commentText, hclString } from "./escape";

// A very small HCL writer: the Terraform generator builds a tree of blocks and attributes and this
// prints it the way `terraform fmt` would (two-space indent, aligned `=` in runs of attributes).
// Strings are always escaped; only `Raw` carries code, and only code written in this directory.

/** Terraform expression code, written as is (never user input). */
export class Raw {
  constructor(readonly code: string) {}
}

export type HclValue =
  Raw | string | number | boolean | null | readonly HclValue[] | { readonly [key: string]: HclValue };

export type HclItem =
  | { kind: "attr"; name: string; value: HclValue }
  | { kind: "block"; type: string; labels: string[]; body: HclItem[] }
  | { kind: "comment"; text: string }
  | { kind: "blank" };

export const raw = (code: string): Raw => new Raw(code);

/** A quoted template: literal parts escaped, `Raw` parts interpolated. */
export function tpl(...parts: (string | Raw)[]): Raw {
  return raw(`"${parts.map((p) => (p instanceof Raw ? `\${${p.code}}` : hclString(p).slice(1, -1))).join("")}"`);
}

export const attr = (name: string, value: HclValue): HclItem => ({ kind: "attr", name, value });
export const block = (type: string, labels: string[], body: (HclItem | false | undefined)[]): HclItem => ({
  kind: "block",
  type,
  labels,
  body: body.filter((b): b is HclItem => !!b),
});
export const comment = (text: string): HclItem => ({ kind: "comment", text });
export const blank: HclItem = { kind: "blank" };

const IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;

function isScalar(v: HclValue): boolean {
  return v === null || typeof v !== "object" || v instanceof Raw;
}

function value(v: HclValue, indent: string): string {
  if (v === null) return "null";
  if (v instanceof Raw) return v.code.includes("\n") ? v.code.split("\n").join(`\n${indent}`) : v.code;
  if (typeof v === "string") return hclString(v);
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  if (Array.isArray(v)) {
    const list = v as readonly HclValue[];
    if (list.length === 0) return "[]";
    const inline = `[${list.map((x) => value(x, indent)).join(", ")}]`;
    if (list.every(isScalar) && inline.length + indent.length <= 100 && !inline.includes("\n")) return inline;
    const inner = `${indent}  `;
    return `[\n${list.map((x) => `${inner}${value(x, inner)},`).join("\n")}\n${indent}]`;
  }
  const entries = Object.entries(v as { [key: string]: HclValue });
  if (entries.length === 0) return "{}";
  const inner = `${indent}  `;
  const keys = entries.map(([k]) => (IDENT.test(k) ? k : hclString(k)));
  return `{\n${aligned(
    entries.map(([, x], i) => ({ name: keys[i]!, text: value(x, inner) })),
    inner,
  ).join("\n")}\n${indent}}`;
}

/**
 * `name = value` lines as terraform fmt aligns them: the `=` of consecutive single-line attributes
 * line up; an attribute whose bracketed value spans lines stands alone and ends the run before it
 * (a heredoc joins the run before it, then ends it).
 */
function aligned(items: { name: string; text: string }[], indent: string): string[] {
  const lines: string[] = [];
  let run: { name: string; text: string }[] = [];
  const flush = () => {
    const width = Math.max(0, ...run.map((r) => r.name.length));
    for (const r of run) lines.push(`${indent}${r.name.padEnd(width)} = ${r.text}`);
    run = [];
  };
  for (const item of items) {
    if (item.text.startsWith("<<")) {
      // A heredoc's first line aligns with the run before it; its closing line ends the run.
      run.push(item);
      flush();
    } else if (item.text.includes("\n")) {
      flush();
      lines.push(`${indent}${item.name} = ${item.text}`);
    } else run.push(item);
  }
  flush();
  return lines;
}

function body(items: HclItem[], indent: string): string[] {
  const lines: string[] = [];
  let run: { name: string; text: string }[] = [];
  const flush = () => {
    lines.push(...aligned(run, indent));
    run = [];
  };
  for (const item of items) {
    if (item.kind === "attr") {
      const text = value(item.value, indent);
      run.push({ name: item.name, text });
      continue;
    }
    flush();
    if (item.kind === "blank") lines.push("");
    else if (item.kind === "comment") lines.push(`${indent}# ${commentText(item.text)}`.trimEnd());
    else {
      const head = [item.type, ...item.labels.map((l) => hclString(l))].join(" ");
      if (item.body.length === 0) lines.push(`${indent}${head} {}`);
      else lines.push(`${indent}${head} {`, ...body(item.body, `${indent}  `), `${indent}}`);
    }
  }
  flush();
  return lines;
}

/** Prints top-level items, a blank line between blocks. */
export function printHcl(items: HclItem[]): string {
  const out: string[] = [];
  items.forEach((item, i) => {
    const prev = items[i - 1];
    if (i > 0 && item.kind !== "blank" && prev?.kind === "block") out.push("");
    out.push(...body([item], ""));
  });
  return `${out.join("\n").replace(/\n{3,}/g, "\n\n")}\n`;
}
