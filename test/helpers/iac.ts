/**
 * Test support for the IaC generators (used by their tests; never imported by product code): building bundles from answers, checking IAC_NAMES, walking IAM policies, validating.
 */
import { createHash } from "node:crypto";
import { parse as parseHcl } from "@cdktf/hcl2json";
import type { Answers } from "@/lib/answers";
import { buildArchitecture, type Architecture } from "@/lib/architecture";
import type { OptionId } from "@/lib/knowledge";
import { buildPlan, type Plan } from "@/lib/scoring";
import { renderCodeFiles } from "@/lib/iac/code-files";
import { makeIacContext, type IacFormat } from "@/lib/iac/model/context";
import type { BundleFile } from "@/lib/iac/model/files";
import { renderReadme } from "@/lib/iac/readme";
import { parseCloudFormationYaml, validateCloudFormation, validateWithCdk } from "../iac-validation/cloudformation";
import { validateTerraform } from "../iac-validation/terraform";

export interface Case {
  plan: Plan;
  arch: Architecture;
  format: IacFormat;
  createTargetCluster: boolean;
}

/** The code files only (no README, runbook or decision record): what the validators read. */
export function codeFiles(c: Case): BundleFile[] {
  return renderCodeFiles(
    makeIacContext(c.plan, c.arch, { format: c.format, createTargetCluster: c.createTargetCluster }),
  );
}

export function archFor(
  answers: Answers,
  option: OptionId,
  plan: Plan = buildPlan(answers),
): { plan: Plan; arch: Architecture } {
  return { plan, arch: buildArchitecture(plan, option) };
}

/**
 * A plan for sweeps, without the cost of buildPlan's "what would change" analysis: the generators
 * read only the answers and the permalink from it (the runbook and decision record are not
 * rendered in sweeps).
 */
export function lightPlan(base: Plan, answers: Answers): Plan {
  return { ...base, answers, permalink: `/?name=${answers.name}` };
}

/** Findings of the CDK validator that are not problems in generated code, with the reason. */
const ACCEPTED_CDK_FINDINGS: { rule: RegExp; why: string }[] = [
  // W2509 flags parameters whose name contains "Secret" without NoEcho; ours hold a Secrets Manager
  // ARN, not a secret, and IAC_NAMES fixes the name SourceCredentialsSecretArn.
  { rule: /^W2509 warning: Template: Parameters\/\w+SecretArn:/, why: "ARN of a secret, not a secret" },
  // W8003 reads an Fn::Equals of two parameters as constant; they are the user's two CIDR blocks,
  // equal when both clusters share a VPC (cfn-lint 1.51.0 does not raise it).
  {
    rule: /^W8003 warning: Template: Conditions\/TwoKafkaCidrs: Fn::Equals in condition 'TwoKafkaCidrs' will always return False$/,
    why: "compares two inputs",
  },
];

// ── Validators, optionally memoised ───────────────────────────────────────

/**
 * The validators and parsers the checks call. Each is a pure function of the text it is given, so a
 * sweep can remember its answer per exact input (`memoisedValidators`) without changing what is
 * checked: a file met again is a file already validated.
 */
export interface Validators {
  /** The Terraform module: validateTerraform over every `.tf` file (path → text). */
  terraform(files: Record<string, string>): Promise<string[]>;
  /** One CloudFormation template: the service-spec checks, then the CDK validator's findings (less the accepted ones). */
  cloudFormation(templateYaml: string): Promise<string[]>;
  parseHcl(path: string, text: string): Promise<Obj>;
  parseYaml(path: string, text: string): Obj;
}

const validateTemplate = async (text: string): Promise<string[]> => [
  ...(await validateCloudFormation(text)),
  ...(await validateWithCdk(text)).filter((p) => !ACCEPTED_CDK_FINDINGS.some((a) => a.rule.test(p))),
];
const parseYamlTemplate = (path: string, text: string): Obj => {
  const { template, errors } = parseCloudFormationYaml(text);
  if (!template) throw new Error(`${path}: ${errors.join("; ")}`);
  return template as Obj;
};

export const DIRECT_VALIDATORS: Validators = {
  terraform: validateTerraform,
  cloudFormation: validateTemplate,
  parseHcl: async (path, text) => (await parseHcl(path, text)) as Obj,
  parseYaml: parseYamlTemplate,
};

/** SHA-256 of texts, separated so that ["ab", "c"] and ["a", "bc"] differ. */
export function textKey(...parts: string[]): string {
  const h = createHash("sha256");
  for (const p of parts) h.update(`${p.length}:`).update(p);
  return h.digest("hex");
}

export interface MemoisedValidators extends Validators {
  /** How many distinct inputs each validator actually ran on. */
  runs: { terraform: number; cloudFormation: number };
}

/** The same validators, each run once per exact input (keyed by the SHA-256 of its text and paths). */
export function memoisedValidators(): MemoisedValidators {
  const cache = new Map<string, unknown>();
  const runs = { terraform: 0, cloudFormation: 0 };
  const once = <T>(key: string, run: () => T): T => {
    if (!cache.has(key)) cache.set(key, run());
    return cache.get(key) as T;
  };
  return {
    runs,
    terraform: (files) => {
      const entries = Object.entries(files).filter(([path]) => path.endsWith(".tf"));
      return once(
        `tf:${textKey(...entries.flat())}`,
        () => (runs.terraform++, validateTerraform(Object.fromEntries(entries))),
      );
    },
    cloudFormation: (text) => once(`cfn:${textKey(text)}`, () => (runs.cloudFormation++, validateTemplate(text))),
    parseHcl: (path, text) => once(`hcl:${textKey(path, text)}`, () => DIRECT_VALIDATORS.parseHcl(path, text)),
    parseYaml: (path, text) => once(`yaml:${textKey(path, text)}`, () => parseYamlTemplate(path, text)),
  };
}

export async function validateCase(
  c: Case,
  files = codeFiles(c),
  v: Validators = DIRECT_VALIDATORS,
): Promise<string[]> {
  if (c.format === "terraform") {
    // Each root module is validated on its own: a root must not lean on another's declarations.
    const problems: string[] = [];
    for (const [dir, root] of terraformRootFiles(files))
      for (const p of await v.terraform(Object.fromEntries(root.map((f) => [f.path, f.content]))))
        problems.push(dir ? `${dir}/: ${p}` : p);
    return problems;
  }
  const problems: string[] = [];
  for (const f of files.filter((x) => x.path.endsWith(".yaml"))) {
    for (const p of await v.cloudFormation(f.content)) problems.push(`${f.path}: ${p}`);
  }
  return problems;
}

/**
 * The Terraform root modules of a bundle's code files, by folder ("" for a bundle of one root), with
 * paths relative to the root; the README and other Markdown files are not part of a root.
 */
export function terraformRootFiles(files: BundleFile[]): Map<string, BundleFile[]> {
  const roots = new Map<string, BundleFile[]>();
  for (const f of files) {
    if (f.path.endsWith(".md")) continue;
    const slash = f.path.lastIndexOf("/");
    const dir = slash < 0 ? "" : f.path.slice(0, slash);
    roots.set(dir, [...(roots.get(dir) ?? []), { ...f, path: f.path.slice(slash + 1) }]);
  }
  return new Map([...roots].filter(([, fs]) => fs.some((f) => f.path.endsWith(".tf"))));
}

// ── Parsed views ───────────────────────────────────────────────────────────

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);

/** Parsed `.tf` files (shared when memoised: read them, do not change them). */
export async function parseTerraform(files: BundleFile[], v: Validators = DIRECT_VALIDATORS): Promise<Obj[]> {
  const out: Obj[] = [];
  for (const f of files.filter((x) => x.path.endsWith(".tf"))) out.push(await v.parseHcl(f.path, f.content));
  return out;
}

export function parseTemplates(files: BundleFile[], v: Validators = DIRECT_VALIDATORS): Obj[] {
  return files.filter((f) => f.path.endsWith(".yaml")).map((f) => v.parseYaml(f.path, f.content));
}

/** Declared Terraform names: "var.x", "aws_t.n", "data.aws_t.n". */
export function terraformNames(docs: Obj[]): Set<string> {
  const names = new Set<string>();
  for (const d of docs) {
    for (const v of Object.keys(isObj(d.variable) ? d.variable : {})) names.add(`var.${v}`);
    for (const [t, byName] of Object.entries(isObj(d.resource) ? d.resource : {}))
      for (const n of Object.keys(byName as Obj)) names.add(`${t}.${n}`);
    for (const [t, byName] of Object.entries(isObj(d.data) ? d.data : {}))
      for (const n of Object.keys(byName as Obj)) names.add(`data.${t}.${n}`);
  }
  return names;
}

export function cloudFormationNames(templates: Obj[]): Set<string> {
  const names = new Set<string>();
  for (const t of templates)
    for (const section of ["Parameters", "Resources"])
      for (const k of Object.keys(isObj(t[section]) ? (t[section] as Obj) : {})) names.add(k);
  return names;
}

/** IAC_NAMES listed on the architecture's nodes that the code does not declare. */
export function missingIacNames(
  arch: Architecture,
  format: IacFormat,
  declared: Set<string>,
  createTargetCluster: boolean,
): string[] {
  const missing: string[] = [];
  for (const node of arch.nodes) {
    for (const n of format === "terraform" ? node.iac.terraform : node.iac.cloudformation) {
      if (declared.has(n)) continue;
      // A created target cluster replaces the ARN input.
      if (
        createTargetCluster &&
        (n === "var.target_cluster_arn" || n === "TargetClusterArn") &&
        (declared.has("aws_msk_cluster.target") ||
          declared.has("aws_msk_serverless_cluster.target") ||
          declared.has("TargetCluster"))
      )
        continue;
      missing.push(`${node.id}: ${n}`);
    }
  }
  return missing;
}

// ── IAM ────────────────────────────────────────────────────────────────────

export interface PolicyStatement {
  where: string;
  effect: string;
  actions: unknown[];
  resources: unknown[];
}

const list = (v: unknown): unknown[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** Every statement of every aws_iam_policy_document (including dynamic ones) in parsed Terraform. */
export function terraformStatements(docs: Obj[]): PolicyStatement[] {
  const out: PolicyStatement[] = [];
  for (const d of docs) {
    const data = isObj(d.data) ? d.data : {};
    for (const [name, bodies] of Object.entries(
      isObj(data.aws_iam_policy_document) ? (data.aws_iam_policy_document as Obj) : {},
    )) {
      for (const body of list(bodies) as Obj[]) {
        const statements = [...(list(body.statement) as Obj[])];
        for (const dyn of list((body.dynamic as Obj | undefined)?.statement) as Obj[])
          statements.push(...(list(dyn.content) as Obj[]));
        for (const s of statements)
          out.push({
            where: `data.aws_iam_policy_document.${name}`,
            effect: String(s.effect ?? "Allow"),
            actions: list(s.actions).flat(),
            resources: list(s.resources).flat(),
          });
      }
    }
  }
  return out;
}

/** Every statement of every policy document in parsed CloudFormation (found by shape: Version + Statement). */
export function cloudFormationStatements(templates: Obj[]): PolicyStatement[] {
  const out: PolicyStatement[] = [];
  const walk = (v: unknown, where: string) => {
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${where}[${i}]`));
    else if (isObj(v)) {
      if (typeof v.Version === "string" && Array.isArray(v.Statement)) {
        for (const s of v.Statement as Obj[])
          out.push({ where, effect: String(s.Effect), actions: list(s.Action), resources: list(s.Resource) });
      }
      for (const [k, x] of Object.entries(v)) walk(x, `${where}.${k}`);
    }
  };
  templates.forEach((t, i) => walk(t, `template${i}`));
  return out;
}

/** Statements that allow every action on every resource (or any action `*`). */
export function overlyBroad(statements: PolicyStatement[]): PolicyStatement[] {
  return statements.filter(
    (s) =>
      s.effect === "Allow" &&
      (s.actions.includes("*") ||
        (s.resources.includes("*") && s.actions.some((a) => typeof a === "string" && a.endsWith(":*")))),
  );
}

/** Text that looks like a credential. */
export const SECRET_PATTERNS: RegExp[] = [
  /AKIA[0-9A-Z]{16}/,
  /-----BEGIN [A-Z ]*PRIVATE KEY-----/,
  /password\s*=\s*"(?!\$\{!?env:)[^"]+"/i,
  /"password"\s*:\s*"[^"]+"/i,
  /aws_secret_access_key/i,
  /sasl\.jaas\.config\s*=.*password="(?!\$\{!?env:)/i,
];

// ── Regions, read back from the generated code ─────────────────────────────

/**
 * The Region the generated code creates each replicator in (by ReplicatorSpec id), read back from
 * the code itself, not from the model. Terraform: the provider of `aws_msk_replicator.<id>` and the
 * default of the variable its `region` names. CloudFormation: the template that declares
 * `<Forward|Reverse>Replicator` and the `--region` of the README's deploy command for that template.
 */
export async function generatedReplicatorRegions(
  c: Case,
  files = codeFiles(c),
  v: Validators = DIRECT_VALIDATORS,
): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  if (c.format === "terraform") {
    for (const root of terraformRootFiles(files).values()) Object.assign(out, await rootReplicatorRegions(root, v));
    return out;
  }
  const readme = renderReadme(
    makeIacContext(c.plan, c.arch, { format: c.format, createTargetCluster: c.createTargetCluster }),
    files,
  );
  const deployed = new Map(
    [...readme.matchAll(/--template-file (\S+) --stack-name \S+ --region (\S+)/g)].map((m) => [m[1]!, m[2]!]),
  );
  for (const f of files.filter((x) => x.path.endsWith(".yaml"))) {
    const resources = (v.parseYaml(f.path, f.content).Resources ?? {}) as Record<string, Obj>;
    for (const [logicalId, r] of Object.entries(resources)) {
      if (r.Type !== "AWS::MSK::Replicator") continue;
      const id = { ForwardReplicator: "forward", ReverseReplicator: "reverse" }[logicalId];
      const region = deployed.get(f.path);
      if (!id || !region)
        throw new Error(`${f.path}: ${logicalId} (the README deploys this template to ${region ?? "no Region"})`);
      out[id] = region;
    }
  }
  return out;
}

/** The Region of each replicator one Terraform root creates: its provider's region variable's default. */
async function rootReplicatorRegions(files: BundleFile[], v: Validators): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const docs = await parseTerraform(files, v);
  const section = (name: string) => docs.flatMap((d) => (isObj(d[name]) ? [d[name] as Obj] : []));
  const variables = Object.assign({}, ...section("variable")) as Record<string, Obj[]>;
  const providers = section("provider").flatMap((p) => (p.aws as Obj[] | undefined) ?? []);
  const resolve = (expr: unknown): string => {
    const m = /^\$\{var\.([a-z_]+)\}$/.exec(String(expr));
    const value = m ? variables[m[1]!]?.[0]?.default : undefined;
    if (typeof value !== "string") throw new Error(`region ${String(expr)} is not a variable with a default`);
    return value;
  };
  for (const reps of section("resource").map((r) => r.aws_msk_replicator as Record<string, Obj[]> | undefined)) {
    for (const [id, [body]] of Object.entries(reps ?? {})) {
      const alias =
        body?.provider === undefined ? undefined : /^\$\{aws\.([a-z_]+)\}$/.exec(String(body.provider))?.[1];
      if (body?.provider !== undefined && !alias)
        throw new Error(`aws_msk_replicator.${id}: provider ${String(body.provider)}`);
      const provider = providers.filter((p) => p.alias === alias);
      if (provider.length !== 1)
        throw new Error(`aws_msk_replicator.${id}: ${provider.length} providers with alias ${alias ?? "(none)"}`);
      out[id] = resolve(provider[0]!.region);
    }
  }
  return out;
}
