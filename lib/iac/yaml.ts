import { commentText } from "./escape";

// A small YAML emitter for CloudFormation templates: block mappings and sequences, CloudFormation's
// short-form intrinsics as tags, and scalars written plain only when they cannot be read as anything
// but the same string under YAML 1.1 or 1.2 rules; otherwise double-quoted with JSON escapes (a
// subset of YAML's). Multi-line strings become literal blocks. The yaml package parses the result
// back in the tests, for every generated template.

/** A short-form intrinsic function (`!Ref`, `!Sub`, …), written as a YAML tag. */
export class Tagged {
  constructor(
    readonly tag: string,
    readonly arg: unknown,
  ) {}
}

const PLAIN = /^[A-Za-z_/.$][A-Za-z0-9 _./:@*()$,+=-]*$/;
/** Words YAML 1.1 reads as booleans or null, and anything that looks like a number or a date. */
const SPECIAL =
  /^(y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|null|Null|NULL|~|\.inf|\.Inf|\.INF|\.nan|\.NaN|\.NAN|[-+]?[0-9._]*([eE][-+]?[0-9._]*)?|[-+]?\.?[0-9].*)$/;

/** A scalar string in a form that reads back as exactly this string. */
export function yamlString(s: string): string {
  if (
    s !== "" &&
    PLAIN.test(s) &&
    !SPECIAL.test(s) &&
    !s.endsWith(" ") &&
    !s.endsWith(":") &&
    !s.includes(": ") &&
    !s.includes(" #")
  )
    return s;
  return JSON.stringify(s).replace(
    /[\u0080-\u009f\u2028\u2029\ufeff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

function scalar(v: unknown): string | undefined {
  if (v === null || v === undefined) return "null";
  if (typeof v === "boolean") return String(v);
  if (typeof v === "number") return Number.isFinite(v) ? String(v) : JSON.stringify(String(v));
  if (typeof v === "string") return yamlString(v);
  return undefined;
}

/**
 * A literal block for multi-line text, when it can be one: no control characters, and a first
 * line with text that does not start with a blank (a block's indentation is read from it). Text
 * of line breaks only cannot be a block: "|" would read it back as "".
 */
function literalBlock(s: string, indent: string): string | undefined {
  const firstText = s.split("\n").find((l) => l !== "");
  if (
    !s.includes("\n") ||
    firstText === undefined ||
    /^[ \t]/.test(firstText) ||
    /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff]/.test(s) ||
    s.includes("\r")
  )
    return undefined;
  const chomp = s.endsWith("\n") ? (s.endsWith("\n\n") ? "+" : "") : "-";
  const body = (chomp === "" || chomp === "+" ? s.replace(/\n$/, "") : s).split("\n");
  return `|${chomp}\n${body.map((l) => (l === "" ? "" : `${indent}${l}`)).join("\n")}`;
}

const isEmptyCollection = (v: unknown) =>
  (Array.isArray(v) && v.length === 0) ||
  (v !== null && typeof v === "object" && !(v instanceof Tagged) && !Array.isArray(v) && Object.keys(v).length === 0);

/** The text after "key:" or "- " for a value at this depth. */
function value(v: unknown, indent: string): string {
  if (v instanceof Tagged) {
    const inner = v.arg;
    if (typeof inner === "string") {
      const block = literalBlock(inner, `${indent}  `);
      return block ? ` ${v.tag} ${block}` : ` ${v.tag} ${yamlString(inner)}`;
    }
    if (
      Array.isArray(inner) &&
      inner.every((x) => scalar(x) !== undefined && !(typeof x === "string" && x.includes("\n")))
    ) {
      return ` ${v.tag} [${inner.map((x) => (typeof x === "string" ? JSON.stringify(x) : scalar(x))).join(", ")}]`;
    }
    return ` ${v.tag}${value(inner, indent)}`;
  }
  if (typeof v === "string") {
    const block = literalBlock(v, `${indent}  `);
    if (block) return ` ${block}`;
  }
  const s = scalar(v);
  if (s !== undefined) return ` ${s}`;
  if (isEmptyCollection(v)) return Array.isArray(v) ? " []" : " {}";
  if (Array.isArray(v)) return `\n${seq(v, indent)}`;
  return `\n${map(v as Record<string, unknown>, `${indent}  `)}`;
}

function seq(items: unknown[], indent: string): string {
  return items
    .map((item) => {
      if (
        item !== null &&
        typeof item === "object" &&
        !(item instanceof Tagged) &&
        !Array.isArray(item) &&
        Object.keys(item).length > 0
      ) {
        // "- key: value" with the rest of the mapping aligned under the first key.
        const text = map(item as Record<string, unknown>, `${indent}    `);
        return `${indent}  - ${text.slice(indent.length + 4)}`;
      }
      return `${indent}  -${value(item, `${indent}  `)}`;
    })
    .join("\n");
}

function key(k: string): string {
  return yamlString(k);
}

function map(obj: Record<string, unknown>, indent: string): string {
  return Object.entries(obj)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${indent}${key(k)}:${value(v, indent)}`)
    .join("\n");
}

/** Prints a template: header comment lines, then the top-level mapping. */
export function printYamlDocument(doc: Record<string, unknown>, header: string[]): string {
  return `${header.map((l) => `# ${commentText(l)}`.trimEnd()).join("\n")}\n\n${map(doc, "")}\n`;
}
