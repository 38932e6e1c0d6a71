import { describe, expect, it } from "vitest";
import {
  ACCOUNTS,
  AUTHS,
  DEFAULT_ANSWERS,
  GOALS,
  NAMINGS,
  OFFSETS,
  SOURCES,
  TARGETS,
  TOPOLOGIES,
  type Answers,
} from "@/lib/answers";
import { buildArchitecture } from "@/lib/architecture";
import type { OptionId } from "@/lib/knowledge";
import { assessOptions, buildPlan } from "@/lib/scoring";
import type { BundleFile } from "@/lib/iac";
import { codeFiles, lightPlan, terraformRootFiles, textKey } from "@/test/helpers/iac";
import { cfnLint, detectTools, stripUnknown, terraformFmtCheck, terraformValidate, type TerraformRoot } from "./tools";

/**
 * The real tools on generated code: every distinct Terraform root of a sampled answer space must be
 * byte-identical after `terraform fmt`, pass `terraform validate` against the local provider mirror
 * (a sample that covers every line shape of them), and a sample covering every line shape of the templates
 * must pass `cfn-lint` without errors. Where a tool is missing the tests say so and are skipped; the
 * machine image CI runs on ships all three.
 */
const tools = detectTools();
console.log(
  `[iac tools] terraform ${tools.terraform?.version ?? "missing"}` +
    `${tools.terraform?.pluginDir ? ` with hashicorp/aws ${tools.terraform.providerVersion} from ${tools.terraform.pluginDir}` : ""}; ` +
    `${tools.cfnLint?.version ?? "cfn-lint missing"}` +
    (tools.missing.length ? `; skipped checks: ${tools.missing.join("; ")}` : ""),
);

/** Caps that keep the added time small on a shared 2-core machine (about 3 s per validate). */
const TF_VALIDATE_CAP = 30;
const CFN_LINT_CAP = 40;

const OPTIONS_WITH_TARGET: OptionId[] = ["msk-replicator", "mirrormaker2"];

/** A sample of the enum answer space: every goal, source, target and topology, the other answers rotated through. */
function sampleAnswers(): Answers[] {
  const out: Answers[] = [];
  let i = 0;
  for (const goal of GOALS)
    for (const source of SOURCES)
      for (const target of TARGETS)
        for (const topology of TOPOLOGIES) {
          const pick = <T>(xs: readonly T[], k: number) => xs[(i * k + k) % xs.length]!;
          const a: Answers = {
            ...DEFAULT_ANSWERS,
            goal,
            source,
            target,
            topology,
            accounts: pick(ACCOUNTS, 1),
            auth: pick(AUTHS, 3),
            naming: pick(NAMINGS, 5),
            offsets: pick(OFFSETS, 7),
          };
          out.push(a);
          if (goal === "dr" || goal === "migration")
            out.push({ ...a, secondary: a.primary, auth: pick(AUTHS, 2), accounts: pick(ACCOUNTS, 2) });
          i++;
        }
  return out;
}

/** The Terraform roots of a bundle (one per Region where it is split), each file by its path in the root. */
function terraformRoots(files: BundleFile[]): TerraformRoot[] {
  return [...terraformRootFiles(files).values()].map((fs) => Object.fromEntries(fs.map((f) => [f.path, f.content])));
}

/** A line of code with its literals blanked: what a tool's verdict depends on, beyond values. */
const normalise = (line: string): string =>
  line
    .replace(/#.*$/, "")
    .replace(/"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'/g, '""')
    .replace(/\b\d+\b/g, "0")
    .trim();

/**
 * A small sample that still shows every distinct line shape at least once: greedy cover of the
 * normalised lines, largest gain first, at most `cap` items (the rest are listed as uncovered).
 */
export function coverSample<T>(items: T[], text: (t: T) => string, cap: number): { picked: T[]; uncovered: number } {
  const features = items.map((i) => new Set(text(i).split("\n").map(normalise).filter(Boolean)));
  const covered = new Set<string>();
  const picked: T[] = [];
  const left = new Set(items.keys());
  while (picked.length < cap) {
    let best = -1;
    let gain = 0;
    for (const i of left) {
      let g = 0;
      for (const f of features[i]!) if (!covered.has(f)) g++;
      if (g > gain) [best, gain] = [i, g];
    }
    if (best < 0) break;
    left.delete(best);
    picked.push(items[best]!);
    for (const f of features[best]!) covered.add(f);
  }
  const all = new Set(features.flatMap((f) => [...f]));
  return { picked, uncovered: all.size - covered.size };
}

function collect(): {
  tfRoots: Map<string, { root: TerraformRoot; label: string }>;
  templates: Map<string, { text: string; label: string }>;
  bundles: number;
} {
  const base = buildPlan(DEFAULT_ANSWERS);
  const tfRoots = new Map<string, { root: TerraformRoot; label: string }>();
  const templates = new Map<string, { text: string; label: string }>();
  let bundles = 0;
  for (const answers of sampleAnswers()) {
    const plan = lightPlan(base, answers);
    for (const option of assessOptions(answers)
      .filter((o) => o.eligible)
      .map((o) => o.id)) {
      const arch = buildArchitecture(plan, option);
      for (const createTargetCluster of OPTIONS_WITH_TARGET.includes(option) ? [false, true] : [false]) {
        const label = `${option}${createTargetCluster ? " +target" : ""} ${JSON.stringify(answers)}`;
        bundles += 2;
        for (const root of terraformRoots(codeFiles({ plan, arch, format: "terraform", createTargetCluster }))) {
          const key = textKey(...Object.entries(root).flat());
          if (!tfRoots.has(key)) tfRoots.set(key, { root, label });
        }
        for (const f of codeFiles({ plan, arch, format: "cloudformation", createTargetCluster }).filter((x) =>
          x.path.endsWith(".yaml"),
        )) {
          const key = textKey(f.content);
          if (!templates.has(key)) templates.set(key, { text: f.content, label: `${label} ${f.path}` });
        }
      }
    }
  }
  return { tfRoots, templates, bundles };
}

/**
 * cfn-lint errors that are the tool's schema lagging the service, each with the newer source:
 * MSK Replicator's mTLS client authentication for a self-managed source (`ClientAuthentication.MTLS`)
 * is in the CloudFormation resource specification of @aws-cdk/aws-service-spec 0.1.216, which the
 * suite's own CloudFormation validator checks it against, and in AWS's prerequisites page
 * ("Additional SER permissions for SASL/SCRAM, mTLS, …", msk-replicator-external-prereqs, checked
 * 2026-12-02); cfn-lint 1.51.0's bundled schema knows only SaslScram.
 */
const ACCEPTED_CFN_LINT: { test: (f: { rule: string; message: string; line: number }, text: string) => boolean }[] = [
  {
    test: (f, text) => {
      const lines = text.split("\n");
      const near = lines.slice(Math.max(0, f.line - 2), f.line + 1).join("\n");
      return (
        (f.rule === "E3003" && f.message === "'SaslScram' is a required property" && /MTLS:/.test(near)) ||
        (f.rule === "E3002" && f.message.includes("'MTLS' was unexpected"))
      );
    },
  },
];

const sample = collect();
console.log(
  `[iac tools] sample: ${sample.bundles} bundles → ${sample.tfRoots.size} distinct Terraform roots, ${sample.templates.size} distinct CloudFormation templates`,
);

describe("stripUnknown", () => {
  const schema = { aws_x: { attributes: { a: {}, b: {} }, block_types: { k: { block: { attributes: { c: {} } } } } } };
  it("drops arguments and blocks the schema lacks, inside the given resource types only", () => {
    const text = [
      'resource "aws_x" "n" {',
      "  count = 1",
      "  a     = 1",
      "  z     = [",
      "    1,",
      "  ]",
      "  k {",
      "    c = 1",
      "    d = 2",
      "  }",
      "  zz {",
      "    c = 1",
      "  }",
      "}",
      'resource "aws_y" "m" {',
      "  z = 1",
      "}",
    ].join("\n");
    const r = stripUnknown(text, schema);
    expect(r.text).toBe(
      [
        'resource "aws_x" "n" {',
        "  count = 1",
        "  a     = 1",
        "  k {",
        "    c = 1",
        "  }",
        "}",
        'resource "aws_y" "m" {',
        "  z = 1",
        "}",
      ].join("\n"),
    );
    expect(r.stripped).toEqual(["aws_x.n"]);
  });
});

describe("generated code under the real tools", () => {
  const tf = tools.terraform;
  const fmtReason = "terraform is not on the PATH";
  (tf ? it : it.skip)(
    tf
      ? "every distinct Terraform root is formatted as terraform fmt formats it"
      : `terraform fmt (skipped: ${fmtReason})`,
    () => {
      const roots = [...sample.tfRoots.values()];
      const started = performance.now();
      const changed = terraformFmtCheck(
        tf!.path,
        roots.map((r) => r.root),
      );
      console.log(
        `[iac tools] terraform fmt -check on ${roots.length} roots: ${changed.length} files differ; ${((performance.now() - started) / 1000).toFixed(1)} s`,
      );
      expect(
        changed.map((c) => `${c} (${roots[Number(/(\d+)\/[^/]+$/.exec(c)?.[1])]?.label ?? "?"})`).slice(0, 10),
      ).toEqual([]);
    },
  );

  const canValidate = !!tf?.pluginDir;
  (canValidate ? it : it.skip)(
    canValidate
      ? "a sample covering every line shape of the Terraform roots passes terraform validate"
      : `terraform validate (skipped: ${tools.missing.join("; ")})`,
    () => {
      const { picked: roots, uncovered } = coverSample(
        [...sample.tfRoots.values()],
        (r) => Object.values(r.root).join("\n"),
        TF_VALIDATE_CAP,
      );
      const started = performance.now();
      const { results, initSeconds } = terraformValidate(
        tf!,
        roots.map((r) => r.root),
        ["aws_msk_replicator"],
      );
      const forgiven = results.reduce((n, r) => n + r.forgiven.length, 0);
      console.log(
        `[iac tools] terraform validate on ${roots.length} roots covering every line shape of the ${sample.tfRoots.size} (${uncovered} line shapes left uncovered by the cap); init ${initSeconds.toFixed(1)} s, total ${((performance.now() - started) / 1000).toFixed(1)} s; ` +
          `${forgiven} "missing required" errors forgiven where arguments hashicorp/aws ${tf!.providerVersion} does not know were stripped from aws_msk_replicator`,
      );
      expect(results.flatMap((r) => r.errors.map((e) => `${roots[r.root]!.label}: ${e}`)).slice(0, 10)).toEqual([]);
    },
    600_000,
  );

  const lint = tools.cfnLint;
  (lint ? it : it.skip)(
    lint
      ? "every distinct CloudFormation template passes cfn-lint without errors"
      : "cfn-lint (skipped: cfn-lint is not on the PATH)",
    () => {
      const { picked: templates, uncovered } = coverSample([...sample.templates.values()], (t) => t.text, CFN_LINT_CAP);
      const started = performance.now();
      const findings = cfnLint(
        lint!.path,
        templates.map((t) => t.text),
      );
      const warnings = findings.flat().filter((f) => f.level !== "Error");
      console.log(
        `[iac tools] cfn-lint on ${templates.length} templates covering every line shape of the ${sample.templates.size} (${uncovered} left uncovered by the cap): ${warnings.length} warnings/informational (${[...new Set(warnings.map((w) => w.rule))].join(", ") || "none"}); ${((performance.now() - started) / 1000).toFixed(1)} s`,
      );
      const errors = findings.flatMap((fs, i) =>
        fs
          .filter((f) => f.level === "Error" && !ACCEPTED_CFN_LINT.some((a) => a.test(f, templates[i]!.text)))
          .map((f) => `${templates[i]!.label}:${f.line} ${f.rule} ${f.message}`),
      );
      expect(errors.slice(0, 10)).toEqual([]);
    },
    300_000,
  );
});
