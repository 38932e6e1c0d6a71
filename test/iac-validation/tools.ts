/**
 * Test support: the real tools on generated code, where the machine has them — `terraform fmt`,
 * `terraform validate` against a local provider mirror, and `cfn-lint`. Node only; never shipped.
 *
 * Terraform is initialised once in one working directory; each root module's `.tf` files are then
 * swapped in and validated there (about 3 s each instead of an init per module).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

export interface Tools {
  terraform?: { path: string; version: string; pluginDir?: string; providerVersion?: string };
  cfnLint?: { path: string; version: string };
  /** Why a tool is missing, for the skip message. */
  missing: string[];
}

const which = (cmd: string): string | undefined => {
  const r = spawnSync("sh", ["-c", `command -v ${cmd}`], { encoding: "utf8" });
  return r.status === 0 ? r.stdout.trim() || undefined : undefined;
};

/** The provider mirror: `TF_PLUGIN_DIR`, else a `tf-plugins` folder at most two levels below `/`. */
function findPluginDir(): string | undefined {
  const candidates = [process.env.TF_PLUGIN_DIR, "/opt/tf-plugins", "/usr/local/tf-plugins", "/tf-plugins"];
  for (const top of readdirSafe("/")) candidates.push(join("/", top, "tf-plugins"));
  return candidates.find((c): c is string => !!c && existsSync(join(c, "registry.terraform.io", "hashicorp", "aws")));
}

function readdirSafe(dir: string): string[] {
  try {
    return readdirSync(dir).filter((d) => {
      try {
        return statSync(join(dir, d)).isDirectory();
      } catch {
        return false;
      }
    });
  } catch {
    return [];
  }
}

const TF_ENV = { ...process.env, TF_IN_AUTOMATION: "1", CHECKPOINT_DISABLE: "1", TF_CLI_CONFIG_FILE: "/dev/null" };

export function detectTools(): Tools {
  const missing: string[] = [];
  const out: Tools = { missing };
  const tf = which("terraform");
  if (tf) {
    const version = JSON.parse(execFileSync(tf, ["version", "-json"], { encoding: "utf8", env: TF_ENV }))
      .terraform_version as string;
    const pluginDir = findPluginDir();
    const providerVersion = pluginDir
      ? readdirSafe(join(pluginDir, "registry.terraform.io", "hashicorp", "aws"))
          .sort()
          .at(-1)
      : undefined;
    out.terraform = {
      path: tf,
      version,
      ...(pluginDir ? { pluginDir } : {}),
      ...(providerVersion ? { providerVersion } : {}),
    };
    if (!pluginDir)
      missing.push(
        "no local provider mirror (a tf-plugins folder with registry.terraform.io/hashicorp/aws, or TF_PLUGIN_DIR): terraform validate needs one, the registry is not reachable",
      );
  } else missing.push("terraform is not on the PATH");
  const lint = which("cfn-lint");
  if (lint) out.cfnLint = { path: lint, version: execFileSync(lint, ["--version"], { encoding: "utf8" }).trim() };
  else missing.push("cfn-lint is not on the PATH");
  return out;
}

/** A Terraform root module: its files by path relative to the root. */
export type TerraformRoot = Record<string, string>;

/** Files `terraform fmt` would change, as `<root index>/<path>`. One process for all roots. */
export function terraformFmtCheck(tf: string, roots: TerraformRoot[]): string[] {
  const dir = mkdtempSync(join(tmpdir(), "iac-fmt-"));
  try {
    roots.forEach((root, i) => {
      for (const [path, text] of Object.entries(root)) {
        if (!path.endsWith(".tf")) continue;
        mkdirSync(dirname(join(dir, String(i), path)), { recursive: true });
        writeFileSync(join(dir, String(i), path), text);
      }
    });
    const r = spawnSync(tf, ["fmt", "-check", "-list=true", "-recursive", dir], { encoding: "utf8", env: TF_ENV });
    if (r.status !== 0 && r.status !== 3) throw new Error(`terraform fmt failed: ${r.stderr}`);
    return r.stdout
      .split("\n")
      .filter(Boolean)
      .map((l) => l.slice(dir.length + 1));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ── Provider schema, for arguments the local provider does not know ───────────

interface SchemaBlock {
  attributes?: Record<string, unknown>;
  block_types?: Record<string, { block: SchemaBlock }>;
}

/**
 * Removes, inside every `resource "<type>"` block of the given types, the arguments and blocks that
 * the local provider's schema does not know (newer provider releases add them). Works on the
 * canonical layout `terraform fmt` produces, which the generator writes. Returns the new text and
 * the addresses of resources that lost something.
 */
export function stripUnknown(text: string, schemas: Record<string, SchemaBlock>): { text: string; stripped: string[] } {
  const lines = text.split("\n");
  const out: string[] = [];
  const stripped = new Set<string>();
  // Stack of schema blocks for the current nesting inside a resource of interest.
  let stack: (SchemaBlock | null)[] = [];
  let resource = "";
  let skipUntil: string | null = null;
  for (const line of lines) {
    if (skipUntil !== null) {
      if (line === skipUntil) skipUntil = null;
      continue;
    }
    const top = /^resource "([a-z0-9_]+)" "([A-Za-z0-9_-]+)" \{$/.exec(line);
    if (top) {
      const s = schemas[top[1]!];
      stack = s ? [s] : [];
      resource = `${top[1]}.${top[2]}`;
      out.push(line);
      continue;
    }
    if (stack.length === 0) {
      out.push(line);
      continue;
    }
    const indent = /^ */.exec(line)![0];
    const depth = indent.length / 2;
    const trimmed = line.trim();
    if (trimmed === "}" && depth === stack.length - 1) {
      stack.pop();
      out.push(line);
      continue;
    }
    const current = stack[depth - 1];
    const blockOpen = /^([a-z_][a-z0-9_]*)(?: "[^"]*")* \{$/.exec(trimmed);
    const attrLine = /^([a-z_][a-z0-9_]*) *= *(.*)$/.exec(trimmed);
    if (depth === stack.length && current && blockOpen) {
      const name = blockOpen[1]!;
      const meta = depth === 1 && ["lifecycle", "timeouts", "dynamic"].includes(name);
      const child = current.block_types?.[name]?.block;
      if (!child && !meta) {
        stripped.add(resource);
        skipUntil = `${indent}}`;
        continue;
      }
      stack.push(child ?? null);
      out.push(line);
      continue;
    }
    if (depth === stack.length && current && attrLine) {
      const name = attrLine[1]!;
      const meta = depth === 1 && ["count", "for_each", "provider", "depends_on"].includes(name);
      if (!meta && !(name in (current.attributes ?? {})) && !current.block_types?.[name]) {
        stripped.add(resource);
        const value = attrLine[2]!;
        if (/[[{(]$/.test(value)) skipUntil = `${indent}${{ "[": "]", "{": "}", "(": ")" }[value.at(-1)!]}`;
        continue;
      }
    }
    if (depth === stack.length && current === null && blockOpen) {
      stack.push(null);
    }
    out.push(line);
  }
  return { text: out.join("\n"), stripped: [...stripped] };
}

export interface ValidateResult {
  root: number;
  errors: string[];
  /** Errors forgiven because they follow from arguments stripped for the older local provider. */
  forgiven: string[];
}

interface Diagnostic {
  severity: string;
  summary: string;
  detail?: string;
  range?: { filename: string; start: { line: number } };
  snippet?: { context?: string };
}

/**
 * `terraform validate` on each root: init once (local mirror only), then swap each root's files in.
 * Only the provider version floor is relaxed to the mirror's version; inside the resource types
 * given, arguments the mirror's schema lacks are stripped (the offline schema extract checks those),
 * and the "missing required" errors that stripping causes in those resources are reported as forgiven.
 */
export function terraformValidate(
  tools: NonNullable<Tools["terraform"]>,
  roots: TerraformRoot[],
  stripIn: string[],
): { results: ValidateResult[]; initSeconds: number } {
  const dir = mkdtempSync(join(tmpdir(), "iac-validate-"));
  try {
    const started = performance.now();
    writeFileSync(
      join(dir, "versions.tf"),
      `terraform {\n  required_providers {\n    aws = {\n      source  = "hashicorp/aws"\n      version = ">= 5.0.0, < 7.0.0"\n    }\n  }\n}\n`,
    );
    const init = spawnSync(tools.path, ["init", "-backend=false", "-input=false", `-plugin-dir=${tools.pluginDir}`], {
      cwd: dir,
      encoding: "utf8",
      env: TF_ENV,
    });
    if (init.status !== 0) throw new Error(`terraform init failed: ${init.stderr}`);
    const schemaJson = spawnSync(tools.path, ["providers", "schema", "-json"], {
      cwd: dir,
      encoding: "utf8",
      env: TF_ENV,
      maxBuffer: 512 * 1024 * 1024,
    });
    const all = JSON.parse(schemaJson.stdout).provider_schemas["registry.terraform.io/hashicorp/aws"]
      .resource_schemas as Record<string, { block: SchemaBlock }>;
    const schemas = Object.fromEntries(stripIn.map((t) => [t, all[t]!.block]));
    const initSeconds = (performance.now() - started) / 1000;
    const results: ValidateResult[] = [];
    let previous: string[] = [];
    roots.forEach((root, i) => {
      for (const p of previous) rmSync(join(dir, p), { force: true });
      previous = [];
      const stripped: string[] = [];
      for (const [path, text] of Object.entries(root)) {
        let content = text;
        if (path.endsWith(".tf")) {
          const s = stripUnknown(text, schemas);
          content = s.text;
          stripped.push(...s.stripped);
          // Relax only the provider version floor: the mirror holds an older release.
          content = content.replace(/(aws\s*=\s*\{[^}]*version\s*=\s*")>= [0-9.]+/s, "$1>= 5.0.0");
        }
        mkdirSync(dirname(join(dir, path)), { recursive: true });
        writeFileSync(join(dir, path), content);
        previous.push(path);
      }
      if (!("versions.tf" in root)) previous.push("versions.tf");
      const r = spawnSync(tools.path, ["validate", "-json", "-no-color"], { cwd: dir, encoding: "utf8", env: TF_ENV });
      const diags = (JSON.parse(r.stdout || "{}").diagnostics ?? []) as Diagnostic[];
      const errors: string[] = [];
      const forgiven: string[] = [];
      for (const d of diags.filter((x) => x.severity === "error")) {
        const where = d.range ? `${d.range.filename}:${d.range.start.line}` : "";
        const msg = `${where} ${d.summary}: ${d.detail ?? ""} [${d.snippet?.context ?? ""}]`;
        const inStripped = stripped.some((s) => {
          const [type, name] = s.split(".");
          return (d.snippet?.context ?? "").includes(`resource "${type}" "${name}"`);
        });
        if (inStripped && /^(Missing required argument|Insufficient [a-z_]+ blocks)$/.test(d.summary))
          forgiven.push(msg);
        else errors.push(msg);
      }
      results.push({ root: i, errors, forgiven });
    });
    return { results, initSeconds };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface CfnLintFinding {
  file: string;
  level: string;
  rule: string;
  message: string;
  line: number;
}

/** cfn-lint over many templates in one process (its start-up dominates). */
export function cfnLint(lint: string, templates: string[]): CfnLintFinding[][] {
  const dir = mkdtempSync(join(tmpdir(), "iac-cfnlint-"));
  try {
    const paths = templates.map((t, i) => {
      const p = join(dir, `t${i}.yaml`);
      writeFileSync(p, t);
      return p;
    });
    const r = spawnSync(lint, ["--format", "json", "--", ...paths], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
    if (r.status === null || !r.stdout.trim().startsWith("["))
      throw new Error(`cfn-lint failed (${r.status}): ${r.stderr || r.stdout}`);
    const findings = JSON.parse(r.stdout) as {
      Filename: string;
      Level: string;
      Rule: { Id: string };
      Message: string;
      Location: { Start: { LineNumber: number } };
    }[];
    const out: CfnLintFinding[][] = templates.map(() => []);
    for (const f of findings) {
      const i = paths.indexOf(f.Filename);
      const at = i >= 0 ? i : paths.findIndex((p) => f.Filename.endsWith(p.slice(dir.length)));
      out[at]!.push({
        file: `t${at}.yaml`,
        level: f.Level,
        rule: f.Rule.Id,
        message: f.Message,
        line: f.Location.Start.LineNumber,
      });
    }
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
