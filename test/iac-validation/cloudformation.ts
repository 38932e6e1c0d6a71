/**
 * Offline validation of generated CloudFormation (YAML).
 *
 * `validateCloudFormation` parses the template (short-form intrinsics become
 * their long form) and checks it against the CloudFormation resource
 * specification shipped in `@aws-cdk/aws-service-spec`: resource types,
 * property names, required properties, value shapes (recursing into nested
 * types), and that every Ref / Fn::GetAtt / Fn::Sub variable / Condition /
 * Fn::FindInMap / DependsOn resolves.
 *
 * `validateWithCdk` additionally runs aws-cdk-lib's offline CloudFormation
 * validator (`CloudFormationValidatePlugin`, the engine CDK runs at synth,
 * backed by `@aws/cloudformation-validate`): it checks enums, patterns,
 * min/max lengths and item counts from the CloudFormation registry schemas.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseDocument, type YAMLMap, type YAMLSeq, type ScalarTag, type CollectionTag } from "yaml";
import { loadAwsServiceSpec } from "@aws-cdk/aws-service-spec";
import type { PropertyType, Resource, SpecDatabase, TypeDefinition } from "@aws-cdk/service-spec-types";

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type JsonObject = { [k: string]: Json };
const isObject = (v: unknown): v is JsonObject => typeof v === "object" && v !== null && !Array.isArray(v);

// ---------------------------------------------------------------------------
// YAML with CloudFormation short-form intrinsics.

const SHORT_FORMS: Record<string, string> = {
  "!Ref": "Ref",
  "!Condition": "Condition",
  "!GetAtt": "Fn::GetAtt",
  "!Sub": "Fn::Sub",
  "!Join": "Fn::Join",
  "!If": "Fn::If",
  "!Equals": "Fn::Equals",
  "!Not": "Fn::Not",
  "!And": "Fn::And",
  "!Or": "Fn::Or",
  "!Select": "Fn::Select",
  "!Split": "Fn::Split",
  "!FindInMap": "Fn::FindInMap",
  "!GetAZs": "Fn::GetAZs",
  "!ImportValue": "Fn::ImportValue",
  "!Base64": "Fn::Base64",
  "!Cidr": "Fn::Cidr",
  "!Transform": "Fn::Transform",
  "!ToJsonString": "Fn::ToJsonString",
  "!Length": "Fn::Length",
};

const CFN_TAGS: (ScalarTag | CollectionTag)[] = Object.entries(SHORT_FORMS).flatMap(([tag, key]) => {
  const scalar: ScalarTag = {
    tag,
    resolve: (s: string) =>
      // !GetAtt Res.Attr.Sub → [Res, "Attr.Sub"]
      ({
        [key]:
          key === "Fn::GetAtt"
            ? [s.slice(0, s.indexOf(".") < 0 ? s.length : s.indexOf(".")), s.slice(s.indexOf(".") + 1)]
            : s,
      }) as unknown as string,
  };
  const seq: CollectionTag = {
    tag,
    collection: "seq",
    resolve: (node: YAMLMap.Parsed | YAMLSeq.Parsed) => ({ [key]: node.toJSON() }) as unknown as YAMLSeq,
  };
  const map: CollectionTag = {
    tag,
    collection: "map",
    resolve: (node: YAMLMap.Parsed | YAMLSeq.Parsed) => ({ [key]: node.toJSON() }) as unknown as YAMLMap,
  };
  return [scalar, seq, map];
});

/** Parses a CloudFormation YAML (or JSON) template into its long form. */
export function parseCloudFormationYaml(text: string): { template?: unknown; errors: string[] } {
  const doc = parseDocument(text, { customTags: CFN_TAGS, uniqueKeys: true, prettyErrors: true });
  const errors = [...doc.errors, ...doc.warnings].map((e) => `YAML: ${e.message.split("\n")[0]}`);
  if (doc.errors.length > 0) return { errors };
  return { template: doc.toJS({ maxAliasCount: 100 }) as unknown, errors };
}

// ---------------------------------------------------------------------------
// Spec.

let specPromise: Promise<SpecDatabase> | undefined;
/** The CloudFormation resource spec (loaded once; ~0.7 s). */
export function cloudFormationSpec(): Promise<SpecDatabase> {
  specPromise ??= loadAwsServiceSpec();
  return specPromise;
}

function resourceSpec(db: SpecDatabase, type: string): Resource | undefined {
  return db.lookup("resource", "cloudFormationType", "equals", type)[0];
}

export const PSEUDO_PARAMETERS = new Set([
  "AWS::AccountId",
  "AWS::NotificationARNs",
  "AWS::NoValue",
  "AWS::Partition",
  "AWS::Region",
  "AWS::StackId",
  "AWS::StackName",
  "AWS::URLSuffix",
]);

const TOP_LEVEL = new Set([
  "AWSTemplateFormatVersion",
  "Description",
  "Metadata",
  "Parameters",
  "Rules",
  "Mappings",
  "Conditions",
  "Transform",
  "Resources",
  "Outputs",
]);
const RESOURCE_KEYS = new Set([
  "Type",
  "Properties",
  "DependsOn",
  "Condition",
  "Metadata",
  "DeletionPolicy",
  "UpdateReplacePolicy",
  "CreationPolicy",
  "UpdatePolicy",
]);
const OUTPUT_KEYS = new Set(["Value", "Description", "Export", "Condition"]);
const PARAMETER_KEYS = new Set([
  "Type",
  "Default",
  "Description",
  "AllowedValues",
  "AllowedPattern",
  "ConstraintDescription",
  "MaxLength",
  "MinLength",
  "MaxValue",
  "MinValue",
  "NoEcho",
]);
const PARAMETER_TYPE =
  /^(String|Number|List<Number>|CommaDelimitedList|AWS::[A-Za-z0-9]+::[A-Za-z0-9]+::[A-Za-z0-9]+|List<AWS::[A-Za-z0-9]+::[A-Za-z0-9]+::[A-Za-z0-9]+>|AWS::SSM::Parameter::(Name|Value<.+>))$/;

const INTRINSICS = new Set(["Ref", "Condition", ...Object.values(SHORT_FORMS).filter((k) => k.startsWith("Fn::"))]);
/** Intrinsics whose result is always a string. */
const STRING_INTRINSICS = new Set(["Fn::Sub", "Fn::Join", "Fn::Base64", "Fn::ToJsonString"]);

function intrinsicOf(v: unknown): [string, Json] | undefined {
  if (!isObject(v)) return undefined;
  const keys = Object.keys(v);
  if (keys.length !== 1) return undefined;
  const k = keys[0] as string;
  return INTRINSICS.has(k) ? [k, v[k] as Json] : undefined;
}

function describe(v: unknown): string {
  if (Array.isArray(v)) return "a list";
  if (isObject(v)) return "an object";
  if (v === null) return "null";
  return `${typeof v} ${JSON.stringify(v).slice(0, 40)}`;
}

function typeName(db: SpecDatabase, t: PropertyType): string {
  switch (t.type) {
    case "array":
      return `list of ${typeName(db, t.element)}`;
    case "map":
      return `map of ${typeName(db, t.element)}`;
    case "ref":
      return db.get("typeDefinition", t.reference.$ref).name;
    case "union":
      return t.types.map((x) => typeName(db, x)).join(" | ");
    case "tag":
      return "Tag";
    default:
      return t.type;
  }
}

class CfnChecker {
  readonly problems: string[] = [];
  readonly params = new Set<string>();
  readonly resources = new Map<string, string>(); // logical id -> type
  readonly conditions = new Set<string>();
  readonly mappings = new Map<string, JsonObject>();

  constructor(readonly db: SpecDatabase) {}

  report(path: string, msg: string): void {
    this.problems.push(`${path}: ${msg}`);
  }

  // --- value shapes -------------------------------------------------------

  /** Checks `v` against one of `types`; returns an error message or undefined. */
  shape(v: Json, types: PropertyType[], path: string): void {
    const intr = intrinsicOf(v);
    if (intr) {
      const [fn, arg] = intr;
      if (fn === "Fn::If" && Array.isArray(arg) && arg.length === 3) {
        for (const [i, branch] of [arg[1], arg[2]].entries()) {
          if (intrinsicOf(branch)?.[0] === "Ref" && isObject(branch) && branch.Ref === "AWS::NoValue") continue;
          this.shape(branch as Json, types, `${path}.Fn::If[${i + 1}]`);
        }
        return;
      }
      if (
        STRING_INTRINSICS.has(fn) &&
        types.every((t) => t.type === "array" || t.type === "map" || t.type === "ref" || t.type === "tag")
      ) {
        this.report(
          path,
          `expected ${types.map((t) => typeName(this.db, t)).join(" or ")}, found ${fn} (which produces a string)`,
        );
      }
      return; // Ref, GetAtt, FindInMap, ImportValue, Select... may produce any shape
    }
    const errors: string[][] = [];
    for (const t of types) {
      const sub = new CfnChecker(this.db);
      sub.copyContext(this);
      sub.match(v, t, path);
      if (sub.problems.length === 0) return;
      errors.push(sub.problems);
    }
    // Report the candidate that got furthest (fewest problems).
    errors.sort((a, b) => a.length - b.length);
    for (const p of errors[0] ?? []) this.problems.push(p);
  }

  copyContext(from: CfnChecker): void {
    for (const p of from.params) this.params.add(p);
    for (const [k, v] of from.resources) this.resources.set(k, v);
    for (const c of from.conditions) this.conditions.add(c);
  }

  match(v: Json, t: PropertyType, path: string): void {
    const want = () => typeName(this.db, t);
    switch (t.type) {
      case "string":
      case "date-time":
        if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") {
          if (t.type === "string" && t.allowedValues && typeof v === "string" && !t.allowedValues.includes(v)) {
            this.report(path, `"${v}" is not one of ${t.allowedValues.join(", ")}`);
          }
          return;
        }
        break;
      case "number":
      case "integer":
        if (typeof v === "number" || (typeof v === "string" && v.trim() !== "" && !Number.isNaN(Number(v)))) return;
        break;
      case "boolean":
        if (typeof v === "boolean" || v === "true" || v === "false") return;
        break;
      case "json":
        if (isObject(v) || typeof v === "string" || Array.isArray(v)) return;
        break;
      case "null":
        if (v === null) return;
        break;
      case "tag":
        if (isObject(v)) {
          this.properties(
            v,
            { Key: { type: { type: "string" }, required: true }, Value: { type: { type: "string" }, required: true } },
            path,
            "Tag",
          );
          return;
        }
        break;
      case "array":
        if (Array.isArray(v)) {
          v.forEach((e, i) => this.shape(e, [t.element], `${path}[${i}]`));
          return;
        }
        break;
      case "map":
        if (isObject(v)) {
          for (const [k, e] of Object.entries(v)) this.shape(e, [t.element], `${path}.${k}`);
          return;
        }
        break;
      case "ref": {
        const def: TypeDefinition = this.db.get("typeDefinition", t.reference.$ref);
        if (isObject(v)) {
          this.properties(v, def.properties, path, def.name);
          return;
        }
        break;
      }
      case "union":
        this.shape(v, t.types, path);
        return;
    }
    this.report(path, `expected ${want()}, found ${describe(v)}`);
  }

  properties(
    props: JsonObject,
    spec: Record<string, { type: PropertyType; previousTypes?: PropertyType[]; required?: boolean }>,
    path: string,
    what: string,
  ): void {
    for (const [name, value] of Object.entries(props)) {
      const p = spec[name];
      if (!p) {
        this.report(`${path}.${name}`, `unknown property "${name}" for ${what}${suggest(name, Object.keys(spec))}`);
        continue;
      }
      this.shape(value, [p.type, ...(p.previousTypes ?? [])], `${path}.${name}`);
    }
    for (const [name, p] of Object.entries(spec)) {
      if (p.required && !(name in props)) this.report(path, `missing required property "${name}" for ${what}`);
    }
  }

  // --- references ---------------------------------------------------------

  /** Walks any value and checks every intrinsic reference in it. */
  refs(v: Json | undefined, path: string, subVars: ReadonlySet<string> = new Set()): void {
    if (Array.isArray(v)) {
      v.forEach((x, i) => this.refs(x, `${path}[${i}]`, subVars));
      return;
    }
    if (!isObject(v)) return;
    const intr = intrinsicOf(v);
    if (!intr) {
      for (const [k, x] of Object.entries(v)) this.refs(x, `${path}.${k}`, subVars);
      return;
    }
    const [fn, arg] = intr;
    const p = `${path}.${fn}`;
    switch (fn) {
      case "Ref":
        if (typeof arg !== "string") this.report(p, `Ref takes a logical name, found ${describe(arg)}`);
        else this.checkRefName(arg, p);
        return;
      case "Condition":
        if (typeof arg !== "string" || !this.conditions.has(arg))
          this.report(p, `unknown condition ${JSON.stringify(arg)}`);
        return;
      case "Fn::GetAtt": {
        const parts = typeof arg === "string" ? [arg.slice(0, arg.indexOf(".")), arg.slice(arg.indexOf(".") + 1)] : arg;
        if (!Array.isArray(parts) || parts.length !== 2 || typeof parts[0] !== "string") {
          this.report(p, `Fn::GetAtt takes [LogicalId, Attribute], found ${JSON.stringify(arg)}`);
          return;
        }
        if (typeof parts[1] === "string") this.checkGetAtt(parts[0], parts[1], p);
        else this.refs(parts[1], p, subVars);
        return;
      }
      case "Fn::Sub": {
        let text: Json | undefined = arg;
        const vars = new Set(subVars);
        if (Array.isArray(arg)) {
          if (arg.length !== 2 || !isObject(arg[1])) {
            this.report(p, `Fn::Sub takes a string or [string, {variables}]`);
            return;
          }
          text = arg[0];
          for (const [k, x] of Object.entries(arg[1])) {
            vars.add(k);
            this.refs(x, `${p}.${k}`, subVars);
          }
        }
        if (typeof text !== "string") {
          this.report(p, `Fn::Sub template must be a string, found ${describe(text)}`);
          return;
        }
        for (const m of text.matchAll(/\$\{([^}]*)\}/g)) {
          const name = (m[1] ?? "").trim();
          if (name.startsWith("!")) continue; // ${!Literal}
          if (vars.has(name)) continue;
          const dot = name.indexOf(".");
          if (dot > 0 && !PSEUDO_PARAMETERS.has(name)) this.checkGetAtt(name.slice(0, dot), name.slice(dot + 1), p);
          else this.checkRefName(name, p, "Fn::Sub variable");
        }
        return;
      }
      case "Fn::If": {
        if (!Array.isArray(arg) || arg.length !== 3) {
          this.report(p, `Fn::If takes [Condition, ValueIfTrue, ValueIfFalse]`);
          return;
        }
        if (typeof arg[0] !== "string" || !this.conditions.has(arg[0]))
          this.report(p, `unknown condition ${JSON.stringify(arg[0])}`);
        this.refs(arg[1], `${p}[1]`, subVars);
        this.refs(arg[2], `${p}[2]`, subVars);
        return;
      }
      case "Fn::FindInMap": {
        if (!Array.isArray(arg) || arg.length < 3) {
          this.report(p, `Fn::FindInMap takes [MapName, TopLevelKey, SecondLevelKey]`);
          return;
        }
        const [mapName, k1, k2] = arg;
        if (typeof mapName === "string") {
          const m = this.mappings.get(mapName);
          if (!m) this.report(p, `unknown mapping "${mapName}"`);
          else if (typeof k1 === "string" && !(k1 in m)) this.report(p, `mapping "${mapName}" has no key "${k1}"`);
          else if (
            typeof k1 === "string" &&
            typeof k2 === "string" &&
            isObject(m[k1]) &&
            !(k2 in (m[k1] as JsonObject))
          ) {
            this.report(p, `mapping "${mapName}.${k1}" has no key "${k2}"`);
          }
        }
        arg.forEach((x, i) => this.refs(x, `${p}[${i}]`, subVars));
        return;
      }
      case "Fn::Join":
        if (!Array.isArray(arg) || arg.length !== 2 || typeof arg[0] !== "string")
          this.report(p, `Fn::Join takes [delimiter, [values]]`);
        break;
      case "Fn::Select":
        if (!Array.isArray(arg) || arg.length !== 2) this.report(p, `Fn::Select takes [index, list]`);
        break;
      case "Fn::Split":
        if (!Array.isArray(arg) || arg.length !== 2 || typeof arg[0] !== "string")
          this.report(p, `Fn::Split takes [delimiter, string]`);
        break;
      case "Fn::Equals":
        if (!Array.isArray(arg) || arg.length !== 2) this.report(p, `Fn::Equals takes [value1, value2]`);
        break;
      case "Fn::Not":
        if (!Array.isArray(arg) || arg.length !== 1) this.report(p, `Fn::Not takes [condition]`);
        break;
      case "Fn::And":
      case "Fn::Or":
        if (!Array.isArray(arg) || arg.length < 2 || arg.length > 10) this.report(p, `${fn} takes 2 to 10 conditions`);
        break;
      case "Fn::Cidr":
        if (!Array.isArray(arg) || arg.length !== 3) this.report(p, `Fn::Cidr takes [ipBlock, count, cidrBits]`);
        break;
    }
    this.refs(arg, p, subVars);
  }

  checkRefName(name: string, path: string, what = "Ref"): void {
    if (PSEUDO_PARAMETERS.has(name) || this.params.has(name) || this.resources.has(name)) return;
    const all = [...this.params, ...this.resources.keys()];
    this.report(path, `${what} "${name}" is not a parameter, resource or pseudo-parameter${suggest(name, all)}`);
  }

  checkGetAtt(logicalId: string, attr: string, path: string): void {
    const type = this.resources.get(logicalId);
    if (!type) {
      this.report(path, `Fn::GetAtt: unknown resource "${logicalId}"${suggest(logicalId, this.resources.keys())}`);
      return;
    }
    if (isCustom(type)) return;
    const spec = resourceSpec(this.db, type);
    if (!spec) return; // unknown type already reported
    if (!(attr in spec.attributes)) {
      const attrs = Object.keys(spec.attributes);
      this.report(
        path,
        `Fn::GetAtt: ${type} has no attribute "${attr}" (has: ${attrs.join(", ") || "none"})${suggest(attr, attrs)}`,
      );
    }
  }
}

function isCustom(type: string): boolean {
  return type.startsWith("Custom::") || type === "AWS::CloudFormation::CustomResource";
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
    const d = levenshtein(name.toLowerCase(), c.toLowerCase());
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  return best !== undefined && bestD <= Math.max(2, Math.floor(name.length / 4)) ? ` (did you mean "${best}"?)` : "";
}

/**
 * Validates a CloudFormation template (YAML or JSON text). Returns
 * human-readable problems; empty = valid.
 */
export async function validateCloudFormation(templateYaml: string): Promise<string[]> {
  const { template, errors } = parseCloudFormationYaml(templateYaml);
  if (!template) return errors;
  const problems = [...errors];
  if (!isObject(template)) return [...problems, "template must be a YAML mapping"];
  const db = await cloudFormationSpec();
  const c = new CfnChecker(db);
  const t = template;

  for (const k of Object.keys(t))
    if (!TOP_LEVEL.has(k)) c.report(k, `unknown top-level section "${k}"${suggest(k, TOP_LEVEL)}`);
  if (t.AWSTemplateFormatVersion === undefined) c.report("AWSTemplateFormatVersion", "missing");
  else if (t.AWSTemplateFormatVersion !== "2010-09-09")
    c.report("AWSTemplateFormatVersion", `must be "2010-09-09", found ${JSON.stringify(t.AWSTemplateFormatVersion)}`);
  if (t.Description === undefined) c.report("Description", "missing");
  else if (typeof t.Description !== "string") c.report("Description", "must be a string");
  else if (t.Description.length > 1024) c.report("Description", "longer than 1024 characters");
  if (!isObject(t.Resources) || Object.keys(t.Resources).length === 0) c.report("Resources", "missing or empty");

  const section = (name: string): JsonObject => {
    const s = t[name];
    if (s === undefined) return {};
    if (!isObject(s)) {
      c.report(name, "must be a mapping");
      return {};
    }
    return s;
  };
  const parameters = section("Parameters");
  const resources = section("Resources");
  const conditions = section("Conditions");
  const outputs = section("Outputs");
  const mappings = section("Mappings");

  // Declarations first, so references resolve regardless of order.
  for (const name of Object.keys(parameters)) c.params.add(name);
  for (const name of Object.keys(conditions)) c.conditions.add(name);
  for (const [name, m] of Object.entries(mappings)) if (isObject(m)) c.mappings.set(name, m);
  for (const [id, r] of Object.entries(resources)) {
    if (isObject(r) && typeof r.Type === "string") c.resources.set(id, r.Type);
    if (c.params.has(id)) c.report(`Resources.${id}`, `logical ID is also a parameter name`);
  }

  for (const [name, p] of Object.entries(parameters)) {
    const path = `Parameters.${name}`;
    if (!isObject(p)) {
      c.report(path, "must be a mapping");
      continue;
    }
    for (const k of Object.keys(p))
      if (!PARAMETER_KEYS.has(k))
        c.report(`${path}.${k}`, `unknown parameter attribute "${k}"${suggest(k, PARAMETER_KEYS)}`);
    if (typeof p.Type !== "string" || !PARAMETER_TYPE.test(p.Type))
      c.report(`${path}.Type`, `invalid parameter type ${JSON.stringify(p.Type)}`);
    if (Array.isArray(p.AllowedValues) && p.Default !== undefined && !p.AllowedValues.includes(p.Default)) {
      c.report(`${path}.Default`, `default ${JSON.stringify(p.Default)} is not in AllowedValues`);
    }
  }

  for (const [name, cond] of Object.entries(conditions)) {
    const fn = intrinsicOf(cond)?.[0];
    if (!fn || !["Fn::Equals", "Fn::Not", "Fn::And", "Fn::Or", "Condition"].includes(fn)) {
      c.report(`Conditions.${name}`, `must be Fn::Equals, Fn::Not, Fn::And, Fn::Or or Condition`);
    }
    c.refs(cond, `Conditions.${name}`);
  }

  for (const [id, r] of Object.entries(resources)) {
    const path = `Resources.${id}`;
    if (!/^[A-Za-z0-9]+$/.test(id)) c.report(path, `logical ID must be alphanumeric`);
    if (!isObject(r)) {
      c.report(path, "must be a mapping");
      continue;
    }
    for (const k of Object.keys(r))
      if (!RESOURCE_KEYS.has(k))
        c.report(`${path}.${k}`, `unknown resource attribute "${k}"${suggest(k, RESOURCE_KEYS)}`);
    const type = r.Type;
    if (typeof type !== "string") {
      c.report(`${path}.Type`, "missing");
      continue;
    }
    if (r.Condition !== undefined && (typeof r.Condition !== "string" || !c.conditions.has(r.Condition))) {
      c.report(`${path}.Condition`, `unknown condition ${JSON.stringify(r.Condition)}`);
    }
    const deps =
      typeof r.DependsOn === "string"
        ? [r.DependsOn]
        : Array.isArray(r.DependsOn)
          ? r.DependsOn
          : r.DependsOn === undefined
            ? []
            : null;
    if (deps === null) c.report(`${path}.DependsOn`, "must be a logical ID or a list of them");
    for (const d of deps ?? []) {
      if (typeof d !== "string" || !c.resources.has(d))
        c.report(
          `${path}.DependsOn`,
          `unknown resource ${JSON.stringify(d)}${typeof d === "string" ? suggest(d, c.resources.keys()) : ""}`,
        );
    }
    for (const policy of ["DeletionPolicy", "UpdateReplacePolicy"] as const) {
      const v = r[policy];
      if (v !== undefined && !["Delete", "Retain", "RetainExceptOnCreate", "Snapshot"].includes(String(v))) {
        c.report(`${path}.${policy}`, `must be Delete, Retain, RetainExceptOnCreate or Snapshot`);
      }
    }
    const props = r.Properties === undefined ? {} : r.Properties;
    if (!isObject(props)) {
      c.report(`${path}.Properties`, "must be a mapping");
      continue;
    }
    c.refs(props, `${path}.Properties`);
    if (isCustom(type)) {
      if (!("ServiceToken" in props)) c.report(`${path}.Properties`, `custom resource needs ServiceToken`);
      continue;
    }
    const spec = resourceSpec(db, type);
    if (!spec) {
      const all = db.all("resource").map((x) => x.cloudFormationType);
      c.report(`${path}.Type`, `unknown resource type "${type}"${suggest(type, all)}`);
      continue;
    }
    c.properties(props, spec.properties, `${path}.Properties`, type);
  }

  for (const [name, o] of Object.entries(outputs)) {
    const path = `Outputs.${name}`;
    if (!isObject(o)) {
      c.report(path, "must be a mapping");
      continue;
    }
    for (const k of Object.keys(o))
      if (!OUTPUT_KEYS.has(k)) c.report(`${path}.${k}`, `unknown output attribute "${k}"${suggest(k, OUTPUT_KEYS)}`);
    if (o.Value === undefined || o.Value === null) c.report(path, `output needs a Value`);
    else if (Array.isArray(o.Value) || (isObject(o.Value) && !intrinsicOf(o.Value)))
      c.report(`${path}.Value`, `must be a string or an intrinsic function, found ${describe(o.Value)}`);
    if (o.Description !== undefined && typeof o.Description !== "string")
      c.report(`${path}.Description`, "must be a string");
    if (o.Export !== undefined && (!isObject(o.Export) || o.Export.Name === undefined))
      c.report(`${path}.Export`, "must be { Name: ... }");
    if (o.Condition !== undefined && (typeof o.Condition !== "string" || !c.conditions.has(o.Condition))) {
      c.report(`${path}.Condition`, `unknown condition ${JSON.stringify(o.Condition)}`);
    }
    c.refs(o.Value, `${path}.Value`);
    c.refs(o.Export, `${path}.Export`);
  }

  return [...problems, ...c.problems];
}

// ---------------------------------------------------------------------------
// aws-cdk-lib's offline validator.

export interface CdkValidationOptions {
  /** Include findings of severity "warning" (bad enums are warnings, W3030). Default true. */
  includeWarnings?: boolean;
  accountId?: string;
  region?: string;
}

type CdkPlugin = import("aws-cdk-lib").CloudFormationValidatePlugin;
let cdkPlugin: CdkPlugin | undefined;

/**
 * Runs aws-cdk-lib's `CloudFormationValidatePlugin` (the offline validator CDK
 * runs at synth; rules and registry schemas bundled as WebAssembly in
 * `@aws/cloudformation-validate`) over the template. It catches what the
 * service spec cannot: enum values, string patterns, min/max lengths and item
 * counts. The first call takes ~3 s (engine start-up); later calls are fast.
 *
 * Returns "RULE severity: Resource.Path: message" lines; empty = valid.
 */
export async function validateWithCdk(templateYaml: string, options: CdkValidationOptions = {}): Promise<string[]> {
  const { CloudFormationValidatePlugin } = await import("aws-cdk-lib");
  const { Construct } = await import("constructs");
  cdkPlugin ??= new CloudFormationValidatePlugin();
  // The plugin reads templates from disk (that is how CDK hands them over).
  const dir = await mkdtemp(join(tmpdir(), "cfn-validate-"));
  const file = join(dir, "template.yaml");
  try {
    await writeFile(file, templateYaml, "utf8");
    const report = cdkPlugin.validate({
      // The plugin does not look at the construct tree; a bare root satisfies the interface.
      appConstruct: new Construct(undefined as unknown as InstanceType<typeof Construct>, ""),
      templatePaths: [file],
      stackTemplates: [
        {
          stackConstructPath: "Template",
          templatePath: file,
          accountId: options.accountId ?? "123456789012",
          region: options.region ?? "us-east-1",
        },
      ],
    });
    const include = new Set(["error", "fatal", ...(options.includeWarnings === false ? [] : ["warning"])]);
    const out: string[] = [];
    for (const v of report.violations) {
      const severity = String(v.severity ?? "error");
      if (!include.has(severity)) continue;
      const where = v.violatingResources.map((r) => r.resourceLogicalId ?? r.constructPath ?? "template").join(", ");
      out.push(`${v.ruleName} ${severity}: ${where}: ${v.description}`);
    }
    return out;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
