/**
 * Offline validation of generated Terraform.
 *
 * Parses every `.tf` file with `@cdktf/hcl2json` (HashiCorp's HCL parser as
 * WebAssembly) and checks, without Terraform or the network:
 *  - every `resource` / `data` type is known (terraform-aws-schema.json,
 *    extracted from hashicorp/aws 6.25.0, plus the cited overlay for newer
 *    provider releases);
 *  - every argument and nested block name is known, recursively, including the
 *    `content` of `dynamic` blocks; meta-arguments are accepted;
 *  - required arguments and blocks are present (skipped where a `dynamic`
 *    block of that name stands in for it);
 *  - every reference resolves: `var.X`, `local.X`, `data.T.N`, `module.X`,
 *    `T.N` resources and provider aliases (`aws.west`);
 *  - `variable`, `output`, `module` and `locals` are well formed;
 *  - some file has `terraform { required_providers { aws = { source =
 *    "hashicorp/aws", version = ... } } }`.
 *
 * It does not evaluate expressions, check value types, or check attribute
 * names after a reference (`aws_x.y.not_an_attribute` passes).
 */
import { parse } from "@cdktf/hcl2json";
import baseSchema from "./terraform-aws-schema.json";
import overlay from "./terraform-aws-schema-overlay.json";

export interface TfAttributeSpec {
  type?: string;
  required?: boolean;
}

export interface TfBlockSpec {
  nesting?: "list" | "set" | "single";
  maxItems?: number;
  minItems?: number;
  required?: boolean;
  attributes?: Record<string, TfAttributeSpec>;
  blocks?: Record<string, TfBlockSpec>;
  /** Groups of names of which exactly one must be set. */
  exactlyOneOf?: string[][];
}

export interface TfSchema {
  resources: Record<string, TfBlockSpec>;
  dataSources: Record<string, TfBlockSpec>;
}

/** The minimum hashicorp/aws version that has every attribute the checker accepts. */
export { MINIMUM_AWS_PROVIDER_VERSION } from "@/lib/iac/model/provider";

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type JsonObject = { [k: string]: Json };

const isObject = (v: unknown): v is JsonObject => typeof v === "object" && v !== null && !Array.isArray(v);

// ---------------------------------------------------------------------------
// Schema (base + overlay), built once.

let cachedSchema: TfSchema | undefined;

interface OverlayPathEntry {
  resource: string;
  path: string[];
}

function findBlock(root: TfBlockSpec, path: string[], where: string): TfBlockSpec {
  let cur = root;
  for (const p of path) {
    const next = cur.blocks?.[p];
    if (!next) throw new Error(`overlay: ${where}: no block ${p}`);
    cur = next;
  }
  return cur;
}

/** Returns the provider schema: the 6.25.0 extraction with the overlay applied. */
export function getTerraformSchema(): TfSchema {
  if (cachedSchema) return cachedSchema;
  const schema = structuredClone({
    resources: baseSchema.resources,
    dataSources: baseSchema.dataSources,
  }) as unknown as TfSchema;
  const resourceOf = (e: OverlayPathEntry): TfBlockSpec => {
    const r = schema.resources[e.resource];
    if (!r) throw new Error(`overlay: unknown resource ${e.resource}`);
    return findBlock(r, e.path, e.resource);
  };
  for (const add of overlay.additions) {
    const target = resourceOf(add);
    if ("attribute" in add && add.attribute) {
      target.attributes = { ...target.attributes, [add.attribute]: add.spec as unknown as TfAttributeSpec };
    } else if ("block" in add && add.block) {
      target.blocks = { ...target.blocks, [add.block]: add.spec as unknown as TfBlockSpec };
    }
  }
  for (const rel of overlay.relaxations) {
    const target = resourceOf(rel);
    const a = target.attributes?.[rel.name];
    const b = target.blocks?.[rel.name];
    if (a) a.required = rel.required;
    else if (b) b.required = rel.required;
    else throw new Error(`overlay: relaxation of unknown ${rel.resource}.${rel.name}`);
  }
  for (const g of overlay.exactlyOneOf) {
    const target = resourceOf(g);
    target.exactlyOneOf = [...(target.exactlyOneOf ?? []), g.names];
  }
  for (const c of overlay.blockCounts) {
    const b = resourceOf(c).blocks?.[c.name];
    if (!b) throw new Error(`overlay: block count for unknown ${c.resource}.${c.name}`);
    b.minItems = c.min;
    b.maxItems = c.max;
  }
  cachedSchema = schema;
  return schema;
}

// ---------------------------------------------------------------------------
// Expression scanning: hcl2json renders every expression as a template string
// ("${var.x}-suffix"). Literal text outside `${...}` / `%{...}` is not code;
// `$${` and `%%{` are escapes.

/** Index just past the closing quote of the string literal starting at s[i] === '"'. */
function skipStringLiteral(s: string, i: number, inner: string[]): number {
  let j = i + 1;
  while (j < s.length) {
    const c = s[j];
    if (c === "\\") {
      j += 2;
      continue;
    }
    if (c === '"') return j + 1;
    if ((c === "$" || c === "%") && s[j + 1] === c && s[j + 2] === "{") {
      j += 3;
      continue;
    }
    if ((c === "$" || c === "%") && s[j + 1] === "{") {
      const end = findClose(s, j + 2, inner);
      inner.push(s.slice(j + 2, end));
      j = end + 1;
      continue;
    }
    j++;
  }
  return j;
}

/** Index of the `}` closing an expression that starts at `start`; string literals are skipped. */
function findClose(s: string, start: number, inner: string[]): number {
  let depth = 1;
  let j = start;
  while (j < s.length) {
    const c = s[j];
    if (c === '"') {
      j = skipStringLiteral(s, j, inner);
      continue;
    }
    if (c === "{") depth++;
    else if (c === "}") {
      depth--;
      if (depth === 0) return j;
    }
    j++;
  }
  return s.length;
}

/** Splits a rendered template into the code of its `${}` / `%{}` parts (nested ones included). */
export function templateExpressions(s: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < s.length) {
    const c = s[i];
    if ((c === "$" || c === "%") && s[i + 1] === c && s[i + 2] === "{") {
      i += 3;
      continue;
    }
    if ((c === "$" || c === "%") && s[i + 1] === "{") {
      const inner: string[] = [];
      const end = findClose(s, i + 2, inner);
      out.push(s.slice(i + 2, end));
      for (const e of inner) out.push(...templateExpressions("${" + e + "}"));
      i = end + 1;
      continue;
    }
    i++;
  }
  return out;
}

/** Removes string literals (their interpolations are scanned separately). */
function stripStrings(code: string): string {
  let out = "";
  let i = 0;
  while (i < code.length) {
    if (code[i] === '"') {
      i = skipStringLiteral(code, i, []);
      out += '""';
      continue;
    }
    out += code[i];
    i++;
  }
  return out;
}

const IDENT = "[A-Za-z_][A-Za-z0-9_-]*";
const FOR_RE = new RegExp(`\\bfor\\s+(${IDENT})\\s*(?:,\\s*(${IDENT})\\s*)?\\bin\\b`, "g");
const REF_RE = new RegExp(`(?<![A-Za-z0-9_.:-])(${IDENT})\\s*\\.\\s*(${IDENT}|\\*)(?:\\s*\\.\\s*(${IDENT}))?`, "g");

export interface TfReference {
  /** e.g. "var.name", "aws_iam_role.this", "data.aws_region.current" */
  text: string;
  root: string;
  parts: string[];
}

/** References in one rendered value, ignoring names bound by `for` expressions and directives in it. */
export function referencesIn(value: string, extraLocals: ReadonlySet<string> = new Set()): TfReference[] {
  const exprs = templateExpressions(value).map(stripStrings);
  const locals = new Set(extraLocals);
  for (const e of exprs) {
    for (const m of e.matchAll(FOR_RE)) {
      if (m[1]) locals.add(m[1]);
      if (m[2]) locals.add(m[2]);
    }
  }
  const refs: TfReference[] = [];
  for (const e of exprs) {
    for (const m of e.matchAll(REF_RE)) {
      const root = m[1] ?? "";
      if (locals.has(root)) continue;
      const parts = [m[2], m[3]].filter((p): p is string => typeof p === "string");
      refs.push({ root, parts, text: [root, ...parts].join(".") });
    }
  }
  return refs;
}

// ---------------------------------------------------------------------------
// Validation.

const RESOURCE_META_ARGS = new Set(["count", "for_each", "depends_on", "provider"]);
const RESOURCE_META_BLOCKS = new Set(["lifecycle", "provisioner", "connection"]);
const DATA_META_ARGS = new Set(["count", "for_each", "depends_on", "provider"]);
const DATA_META_BLOCKS = new Set(["lifecycle"]);
const LIFECYCLE_KEYS = new Set([
  "create_before_destroy",
  "prevent_destroy",
  "ignore_changes",
  "replace_triggered_by",
  "precondition",
  "postcondition",
]);
const VARIABLE_KEYS = new Set(["type", "default", "description", "sensitive", "nullable", "validation", "ephemeral"]);
const OUTPUT_KEYS = new Set(["value", "description", "sensitive", "depends_on", "precondition", "ephemeral"]);
const ALWAYS_DEFINED_ROOTS = new Set(["each", "count", "self", "path", "terraform"]);
const TOP_LEVEL_KEYS = new Set([
  "terraform",
  "provider",
  "variable",
  "locals",
  "output",
  "resource",
  "data",
  "module",
  "moved",
  "import",
  "removed",
  "check",
]);

interface Declarations {
  variables: Set<string>;
  locals: Set<string>;
  resources: Set<string>;
  data: Set<string>;
  modules: Set<string>;
  providers: Map<string, Set<string>>; // local name -> aliases
  hasAwsRequiredProvider: boolean;
}

interface Where {
  file: string;
  path: string;
}

function levenshtein(a: string, b: string): number {
  const dp: number[] = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = dp[0] ?? 0;
    dp[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = dp[j] ?? 0;
      dp[j] = Math.min((dp[j] ?? 0) + 1, (dp[j - 1] ?? 0) + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return dp[b.length] ?? 0;
}

function suggest(name: string, candidates: Iterable<string>): string {
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = levenshtein(name, c);
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  return best !== undefined && bestD <= Math.max(2, Math.floor(name.length / 4)) ? ` (did you mean "${best}"?)` : "";
}

/** Array of bodies for a block key as rendered by hcl2json, or undefined if the value is not block-shaped. */
function blockBodies(v: Json | undefined): JsonObject[] | undefined {
  if (Array.isArray(v) && v.every(isObject)) return v as JsonObject[];
  return undefined;
}

class Checker {
  readonly problems: string[] = [];
  readonly schema = getTerraformSchema();
  /** Input variables referenced outside their own variable block. */
  readonly usedVariables = new Set<string>();
  constructor(readonly decl: Declarations) {}

  report(w: Where, msg: string): void {
    this.problems.push(`${w.file}: ${w.path}: ${msg}`);
  }

  /** Checks every reference in any string inside `v`. */
  refs(v: Json | undefined, w: Where, scope: ReadonlySet<string>): void {
    if (typeof v === "string") {
      for (const r of referencesIn(v, scope)) this.resolve(r, w, scope);
    } else if (Array.isArray(v)) {
      for (const x of v) this.refs(x, w, scope);
    } else if (isObject(v)) {
      for (const [k, x] of Object.entries(v)) {
        this.refs(k, w, scope);
        this.refs(x, w, scope);
      }
    }
  }

  resolve(r: TfReference, w: Where, scope: ReadonlySet<string>): void {
    const d = this.decl;
    const [p1, p2] = r.parts;
    if (scope.has(r.root) || ALWAYS_DEFINED_ROOTS.has(r.root)) return;
    switch (r.root) {
      case "var":
        if (p1 && !w.path.startsWith("variable ")) this.usedVariables.add(p1);
        if (p1 && !d.variables.has(p1))
          this.report(w, `reference to undeclared input variable var.${p1}${suggest(p1, d.variables)}`);
        return;
      case "local":
        if (p1 && !d.locals.has(p1))
          this.report(w, `reference to undeclared local value local.${p1}${suggest(p1, d.locals)}`);
        return;
      case "module":
        if (p1 && !d.modules.has(p1)) this.report(w, `reference to undeclared module module.${p1}`);
        return;
      case "data": {
        const key = `${p1}.${p2}`;
        if (p1 && p2 && !d.data.has(key)) this.report(w, `reference to undeclared data source data.${key}`);
        return;
      }
    }
    const aliases = d.providers.get(r.root);
    if (aliases && !r.root.includes("_")) {
      if (p1 && !aliases.has(p1)) this.report(w, `reference to undeclared provider alias ${r.root}.${p1}`);
      return;
    }
    if (!p1 || p1 === "*") return;
    const key = `${r.root}.${p1}`;
    if (!d.resources.has(key)) {
      const known = this.schema.resources[r.root] !== undefined;
      this.report(
        w,
        known
          ? `reference to undeclared resource ${key}${suggest(key, d.resources)}`
          : `reference to unknown name "${r.root}" in ${r.text}: not a resource type, var, local, data, module or provider`,
      );
    }
  }

  /** Checks a resource/data/nested block body against its spec. */
  body(
    body: JsonObject,
    spec: TfBlockSpec,
    w: Where,
    scope: ReadonlySet<string>,
    meta: { args: Set<string>; blocks: Set<string> },
  ): void {
    const attrs = spec.attributes ?? {};
    const blocks = spec.blocks ?? {};
    const dynamicNames = new Set<string>();
    for (const [key, value] of Object.entries(body)) {
      const kw: Where = { file: w.file, path: `${w.path}.${key}` };
      if (key === "dynamic") {
        for (const [name, defs] of Object.entries(isObject(value) ? value : {})) {
          dynamicNames.add(name);
          const dw: Where = { file: w.file, path: `${w.path}.dynamic "${name}"` };
          const bspec = blocks[name];
          if (!bspec) {
            this.report(dw, `unknown block type "${name}" for dynamic block${suggest(name, Object.keys(blocks))}`);
            continue;
          }
          for (const def of blockBodies(defs) ?? []) {
            const iter = typeof def.iterator === "string" ? def.iterator.replace(/^\$\{(.*)\}$/, "$1") : name;
            for (const k of Object.keys(def)) {
              if (!["for_each", "iterator", "labels", "content"].includes(k))
                this.report(dw, `unexpected argument "${k}" in dynamic block`);
            }
            if (def.for_each === undefined) this.report(dw, `dynamic block needs for_each`);
            this.refs(def.for_each ?? null, dw, scope);
            const contents = blockBodies(def.content);
            if (!contents || contents.length === 0) {
              this.report(dw, `dynamic block needs a content block`);
              continue;
            }
            const inner = new Set(scope);
            inner.add(iter);
            for (const c of contents) this.body(c, bspec, { file: w.file, path: `${dw.path}.content` }, inner, NO_META);
          }
        }
        continue;
      }
      if (key in attrs) {
        this.refs(value, kw, scope);
        continue;
      }
      const bspec = blocks[key];
      if (bspec) {
        const bodies = blockBodies(value);
        if (!bodies) {
          this.report(kw, `"${key}" is a block, not an argument: write ${key} { ... } (or a dynamic "${key}" block)`);
          this.refs(value, kw, scope);
          continue;
        }
        if (bspec.maxItems !== undefined && bodies.length > bspec.maxItems) {
          this.report(kw, `at most ${bspec.maxItems} "${key}" block(s) allowed, found ${bodies.length}`);
        }
        if (bspec.minItems !== undefined && bodies.length < bspec.minItems && !("dynamic" in body)) {
          this.report(kw, `at least ${bspec.minItems} "${key}" blocks required, found ${bodies.length}`);
        }
        bodies.forEach((b, i) =>
          this.body(b, bspec, { file: w.file, path: bodies.length > 1 ? `${kw.path}[${i}]` : kw.path }, scope, NO_META),
        );
        continue;
      }
      if (meta.args.has(key)) {
        if (key === "provider") this.providerRef(value, kw);
        else this.refs(value, kw, scope);
        continue;
      }
      if (meta.blocks.has(key)) {
        this.metaBlock(key, value, kw, scope);
        continue;
      }
      const all = [...Object.keys(attrs), ...Object.keys(blocks), ...meta.args, ...meta.blocks];
      this.report(kw, `unsupported argument or block "${key}"${suggest(key, all)}`);
      this.refs(value, kw, scope);
    }
    for (const [name, a] of Object.entries(attrs)) {
      if (a.required && !(name in body)) this.report(w, `missing required argument "${name}"`);
    }
    for (const [name, b] of Object.entries(blocks)) {
      if (b.required && !(name in body) && !dynamicNames.has(name)) this.report(w, `missing required block "${name}"`);
    }
    for (const group of spec.exactlyOneOf ?? []) {
      if (group.some((n) => dynamicNames.has(n))) continue;
      const set = group.filter((n) => n in body);
      if (set.length !== 1)
        this.report(w, `exactly one of ${group.map((n) => `"${n}"`).join(", ")} must be set, found ${set.length}`);
    }
  }

  providerRef(value: Json, w: Where): void {
    const s = typeof value === "string" ? value.replace(/^\$\{(.*)\}$/, "$1").trim() : "";
    const m = new RegExp(`^(${IDENT})(?:\\.(${IDENT}))?$`).exec(s);
    if (!m || !m[1]) {
      this.report(w, `provider must be a bare provider reference such as aws or aws.alias`);
      return;
    }
    const aliases = this.decl.providers.get(m[1]);
    if (m[1] !== "aws" && !aliases) this.report(w, `unknown provider "${m[1]}"`);
    else if (m[2] && !aliases?.has(m[2])) this.report(w, `reference to undeclared provider alias ${m[1]}.${m[2]}`);
  }

  metaBlock(key: string, value: Json, w: Where, scope: ReadonlySet<string>): void {
    const bodies = blockBodies(value);
    if (!bodies) {
      this.report(w, `"${key}" must be a block`);
      return;
    }
    for (const b of bodies) {
      if (key === "lifecycle") {
        for (const [k, v] of Object.entries(b)) {
          const kw: Where = { file: w.file, path: `${w.path}.${k}` };
          if (!LIFECYCLE_KEYS.has(k))
            this.report(kw, `unsupported lifecycle argument "${k}"${suggest(k, LIFECYCLE_KEYS)}`);
          else if (k === "ignore_changes")
            continue; // bare attribute names, not references
          else if (k === "precondition" || k === "postcondition") this.condition(v, kw, scope);
          else this.refs(v, kw, scope);
        }
      } else {
        this.refs(b, w, scope);
      }
    }
  }

  condition(v: Json, w: Where, scope: ReadonlySet<string>): void {
    for (const b of blockBodies(v) ?? []) {
      if (!("condition" in b)) this.report(w, `condition block needs "condition"`);
      if (!("error_message" in b)) this.report(w, `condition block needs "error_message"`);
      for (const k of Object.keys(b))
        if (k !== "condition" && k !== "error_message") this.report(w, `unexpected argument "${k}" in condition block`);
      this.refs(b, w, scope);
    }
  }
}

const NO_META = { args: new Set<string>(), blocks: new Set<string>() };

function labelled(section: Json | undefined): [string, JsonObject[]][] {
  if (!isObject(section)) return [];
  return Object.entries(section).map(([name, v]) => [name, blockBodies(v) ?? []]);
}

/**
 * Validates a set of Terraform files (path → text). Only `*.tf` files are
 * parsed; others are ignored. Returns human-readable problems; empty = valid.
 */
export async function validateTerraform(files: Record<string, string>): Promise<string[]> {
  const problems: string[] = [];
  const parsed: [string, JsonObject][] = [];
  for (const [file, text] of Object.entries(files)) {
    if (!file.endsWith(".tf")) continue;
    try {
      parsed.push([file, (await parse(file, text)) as JsonObject]);
    } catch (e) {
      problems.push(`${file}: HCL parse error: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  if (parsed.length === 0 && problems.length === 0) return ["no .tf files to validate"];

  // Pass 1: declarations.
  const decl: Declarations = {
    variables: new Set(),
    locals: new Set(),
    resources: new Set(),
    data: new Set(),
    modules: new Set(),
    providers: new Map(),
    hasAwsRequiredProvider: false,
  };
  const dup = (file: string, what: string, set: Set<string>, name: string) => {
    if (set.has(name)) problems.push(`${file}: duplicate ${what} "${name}"`);
    set.add(name);
  };
  for (const [file, doc] of parsed) {
    for (const key of Object.keys(doc)) {
      if (!TOP_LEVEL_KEYS.has(key))
        problems.push(`${file}: unsupported top-level block "${key}"${suggest(key, TOP_LEVEL_KEYS)}`);
    }
    for (const [name] of labelled(doc.variable)) dup(file, "variable", decl.variables, name);
    for (const l of blockBodies(doc.locals) ?? [])
      for (const name of Object.keys(l)) dup(file, "local value", decl.locals, name);
    for (const [type, byName] of Object.entries(isObject(doc.resource) ? doc.resource : {})) {
      for (const name of Object.keys(isObject(byName) ? byName : {}))
        dup(file, "resource", decl.resources, `${type}.${name}`);
    }
    for (const [type, byName] of Object.entries(isObject(doc.data) ? doc.data : {})) {
      for (const name of Object.keys(isObject(byName) ? byName : {}))
        dup(file, "data source", decl.data, `${type}.${name}`);
    }
    for (const [name] of labelled(doc.module)) dup(file, "module", decl.modules, name);
    for (const [pname, bodies] of labelled(doc.provider)) {
      const aliases = decl.providers.get(pname) ?? new Set<string>();
      for (const b of bodies) if (typeof b.alias === "string") aliases.add(b.alias);
      decl.providers.set(pname, aliases);
    }
    for (const t of blockBodies(doc.terraform) ?? []) {
      for (const rp of blockBodies(t.required_providers) ?? []) {
        for (const [pname, req] of Object.entries(rp)) {
          if (!decl.providers.has(pname)) decl.providers.set(pname, new Set());
          if (pname !== "aws") continue;
          if (!isObject(req)) {
            problems.push(`${file}: terraform.required_providers.aws must be an object { source, version }`);
            continue;
          }
          if (req.source !== "hashicorp/aws")
            problems.push(
              `${file}: terraform.required_providers.aws.source must be "hashicorp/aws", found ${JSON.stringify(req.source)}`,
            );
          if (typeof req.version !== "string" || req.version.trim() === "")
            problems.push(`${file}: terraform.required_providers.aws.version is missing`);
          decl.hasAwsRequiredProvider = true;
        }
      }
    }
  }
  if (!decl.hasAwsRequiredProvider) {
    problems.push(
      `terraform { required_providers { aws = { source = "hashicorp/aws", version = ... } } } is missing from every file`,
    );
  }

  // Pass 2: bodies.
  const c = new Checker(decl);
  const none = new Set<string>();
  for (const [file, doc] of parsed) {
    for (const [type, byName] of Object.entries(isObject(doc.resource) ? doc.resource : {})) {
      const spec = c.schema.resources[type];
      for (const [name, bodies] of Object.entries(isObject(byName) ? byName : {})) {
        const w: Where = { file, path: `resource "${type}" "${name}"` };
        if (!spec) {
          c.report(w, `unknown resource type "${type}"${suggest(type, Object.keys(c.schema.resources))}`);
          continue;
        }
        for (const b of blockBodies(bodies) ?? []) {
          c.body(b, spec, w, none, { args: RESOURCE_META_ARGS, blocks: RESOURCE_META_BLOCKS });
          if ("count" in b && "for_each" in b) c.report(w, `"count" and "for_each" are mutually exclusive`);
        }
      }
    }
    for (const [type, byName] of Object.entries(isObject(doc.data) ? doc.data : {})) {
      const spec = c.schema.dataSources[type];
      for (const [name, bodies] of Object.entries(isObject(byName) ? byName : {})) {
        const w: Where = { file, path: `data "${type}" "${name}"` };
        if (!spec) {
          c.report(w, `unknown data source type "${type}"${suggest(type, Object.keys(c.schema.dataSources))}`);
          continue;
        }
        for (const b of blockBodies(bodies) ?? [])
          c.body(b, spec, w, none, { args: DATA_META_ARGS, blocks: DATA_META_BLOCKS });
      }
    }
    for (const [name, bodies] of labelled(doc.variable)) {
      const w: Where = { file, path: `variable "${name}"` };
      for (const b of bodies) {
        for (const [k, v] of Object.entries(b)) {
          if (!VARIABLE_KEYS.has(k)) c.report(w, `unsupported argument "${k}" in variable${suggest(k, VARIABLE_KEYS)}`);
          else if (k === "validation") {
            for (const vb of blockBodies(v) ?? []) {
              c.condition([vb], { file, path: `${w.path}.validation` }, none);
              for (const r of referencesIn(JSON.stringify(vb.condition ?? ""))) {
                if (r.root === "var" && r.parts[0] !== name)
                  c.report(w, `validation may only refer to var.${name}, found ${r.text}`);
              }
            }
          } else if (k === "default") c.refs(v, { file, path: `${w.path}.default` }, none);
        }
        if ("default" in b && typeof b.default === "string" && referencesIn(b.default).length > 0) {
          c.report(w, `variable default must be a literal value, not an expression`);
        }
      }
    }
    for (const l of blockBodies(doc.locals) ?? []) {
      for (const [k, v] of Object.entries(l)) c.refs(v, { file, path: `local.${k}` }, none);
    }
    for (const [name, bodies] of labelled(doc.output)) {
      const w: Where = { file, path: `output "${name}"` };
      for (const b of bodies) {
        if (!("value" in b)) c.report(w, `output needs a "value"`);
        for (const [k, v] of Object.entries(b)) {
          if (!OUTPUT_KEYS.has(k)) c.report(w, `unsupported argument "${k}" in output${suggest(k, OUTPUT_KEYS)}`);
          else if (k === "precondition") c.condition(v, { file, path: `${w.path}.precondition` }, none);
          else c.refs(v, { file, path: `${w.path}.${k}` }, none);
        }
      }
    }
    for (const [name, bodies] of labelled(doc.module)) {
      const w: Where = { file, path: `module "${name}"` };
      for (const b of bodies) {
        if (typeof b.source !== "string" || b.source === "") c.report(w, `module needs a literal "source"`);
        for (const [k, v] of Object.entries(b)) {
          // `providers` maps child provider names to ours; other keys are the child's inputs or meta-arguments.
          if (k === "providers") continue;
          c.refs(v, { file, path: `${w.path}.${k}` }, none);
        }
      }
    }
    for (const [pname, bodies] of labelled(doc.provider)) {
      for (const b of bodies) c.refs(b, { file, path: `provider "${pname}"` }, none);
    }
  }
  // An input nothing reads is a question the user answers for nothing.
  for (const name of decl.variables)
    if (!c.usedVariables.has(name)) problems.push(`variable "${name}" is declared but never used`);
  return [...problems, ...c.problems];
}
