import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import {
  ACCOUNTS,
  AUTHS,
  DEFAULT_ANSWERS,
  GOALS,
  IAC_FORMATS,
  NAMINGS,
  OFFSETS,
  OPS,
  SOURCES,
  TARGETS,
  TOPOLOGIES,
  type Answers,
} from "@/lib/answers";
import { arbitraryAnswers } from "@/test/helpers/answers";
import { buildArchitecture, type Architecture } from "@/lib/architecture";
import { OPTION_IDS, type OptionId } from "@/lib/knowledge";
import { assessOptions, buildPlan, type Plan } from "@/lib/scoring";
import { generateBundle } from "@/lib/bundle";
import { parseProperties } from "@/test/helpers/properties";
import type { IacFormat } from "./model/context";
import type { BundleFile } from "./model/files";
import {
  DIRECT_VALIDATORS,
  SECRET_PATTERNS,
  cloudFormationNames,
  cloudFormationStatements,
  codeFiles,
  generatedReplicatorRegions,
  lightPlan,
  memoisedValidators,
  missingIacNames,
  overlyBroad,
  parseTemplates,
  parseTerraform,
  terraformNames,
  terraformStatements,
  textKey,
  validateCase,
  type Case,
  type Validators,
} from "@/test/helpers/iac";
import { validateWithCdk } from "@/test/iac-validation/cloudformation";
import { AWS_PROVIDER_CONSTRAINT, MINIMUM_AWS_PROVIDER_VERSION } from "./model/provider";

it("pins hashicorp/aws from the validator's minimum version to below the next major", () => {
  expect(AWS_PROVIDER_CONSTRAINT).toBe(`>= ${MINIMUM_AWS_PROVIDER_VERSION}, < 7.0.0`);
});

const FORMATS: IacFormat[] = ["terraform", "cloudformation"];

/** Everything the suite asserts about one generated case, except the (slower) validators. */
async function checkCase(c: Case, files = codeFiles(c), v: Validators = DIRECT_VALIDATORS): Promise<string[]> {
  const problems: string[] = [];
  const declared =
    c.format === "terraform"
      ? terraformNames(await parseTerraform(files, v))
      : cloudFormationNames(parseTemplates(files, v));
  for (const m of missingIacNames(c.arch, c.format, declared, c.createTargetCluster))
    problems.push(`missing IAC name ${m}`);
  const statements =
    c.format === "terraform"
      ? terraformStatements(await parseTerraform(files, v))
      : cloudFormationStatements(parseTemplates(files, v));
  for (const s of overlyBroad(statements))
    problems.push(
      `overly broad IAM statement in ${s.where}: ${JSON.stringify(s.actions)} on ${JSON.stringify(s.resources)}`,
    );
  for (const f of files)
    for (const p of SECRET_PATTERNS)
      if (p.test(f.content)) problems.push(`${f.path} looks like it holds a secret (${p})`);
  if (c.arch.option === "mirrormaker2") {
    // At the top, or in the standby root where the Terraform is one root per Region.
    const props = parseProperties(files.find((f) => /(^|\/)mirrormaker2\.properties$/.test(f.path))!.content);
    for (const [k, v] of props)
      if (/password|secret|private\.key|keystore\.key/i.test(k) && !/^\$\{env:[A-Z0-9_]+\}$/.test(v))
        problems.push(`properties ${k} is not an env reference`);
    if (props.get("replication.factor") !== "3") problems.push("replication.factor is not 3");
  }
  return problems;
}

/** The architecture is the single source of truth for Regions: the code must create each replicator where it says. */
async function regionProblems(c: Case, files = codeFiles(c), v: Validators = DIRECT_VALIDATORS): Promise<string[]> {
  const sorted = (o: Record<string, string>) => JSON.stringify(Object.entries(o).sort());
  const generated = await generatedReplicatorRegions(c, files, v);
  const expected = Object.fromEntries(c.arch.replicators.map((r) => [r.id, r.region]));
  return sorted(generated) === sorted(expected)
    ? []
    : [`replicators created in ${sorted(generated)}, the architecture says ${sorted(expected)}`];
}

/** checkCase, validateCase and the Region check: every problem of one bundle. */
async function allProblems(c: Case, files = codeFiles(c), v: Validators = DIRECT_VALIDATORS): Promise<string[]> {
  return [
    ...(await checkCase(c, files, v)),
    ...(await validateCase(c, files, v)),
    ...(await regionProblems(c, files, v)),
  ];
}

function describeCase(c: Case): string {
  return `${c.arch.option} ${c.format}${c.createTargetCluster ? " +target" : ""} ${c.plan.permalink}`;
}

/** The options the product generates code for: the eligible ones (the deliverables panel offers no other). */
const eligible = (plan: Pick<Plan, "options">): OptionId[] => plan.options.filter((o) => o.eligible).map((o) => o.id);

/** A created target cluster only exists where there is a target to create (makeIacContext ignores it elsewhere). */
const createTargetValues = (option: OptionId): boolean[] =>
  option === "msk-replicator" || option === "mirrormaker2" ? [false, true] : [false];

beforeAll(async () => {
  await validateWithCdk(
    "AWSTemplateFormatVersion: '2010-09-09'\nDescription: warm-up\nResources:\n  T:\n    Type: AWS::SNS::Topic\n",
  );
}, 60_000);

// ── Sample: random answers (numbers included), every option, both formats ──

describe("generated IaC over a random sample of answers", () => {
  // Every option, ruled out or not: the command line's --option generates any of them.
  const samples = fc.sample(fc.tuple(arbitraryAnswers, fc.boolean()), { numRuns: 16, seed: 20261125 });
  const cases: Case[] = samples.flatMap(([answers, createTargetCluster]) => {
    const plan = buildPlan(answers);
    return OPTION_IDS.flatMap((option) =>
      FORMATS.map((format) => ({ plan, arch: buildArchitecture(plan, option), format, createTargetCluster })),
    );
  });

  it(`validates, declares every IAC name, stays safe and puts replicators where the architecture says (${cases.length} bundles)`, async () => {
    const failures: string[] = [];
    for (const c of cases) for (const p of await allProblems(c)) failures.push(`${describeCase(c)}: ${p}`);
    expect(failures).toEqual([]);
  });

  it("generates the full bundle (README, runbook, decision record) for the recommendation, deterministically", () => {
    const plan = cases[0]!.plan;
    const arch = buildArchitecture(plan);
    for (const format of FORMATS) {
      const a = generateBundle(plan, arch, { format });
      const b = generateBundle(plan, arch, { format });
      expect(a).toEqual(b);
      const paths = a.files.map((f) => f.path);
      expect(paths).toEqual(expect.arrayContaining(["README.md", "RUNBOOK.md", "DECISION-RECORD.md"]));
      expect(new Set(paths).size).toBe(paths.length);
      if (arch.option === "mirrormaker2")
        expect(paths.filter((p) => /(^|\/)mirrormaker2\.properties$/.test(p))).toHaveLength(1);
    }
  });
});

// ── Property: random full answers × eligible options × both formats ────────

describe("generated IaC for random full answers (numbers, Regions and names included)", () => {
  it("every eligible option, in both formats, validates and puts replicators where the architecture says", async () => {
    let bundles = 0;
    await fc.assert(
      fc.asyncProperty(arbitraryAnswers, fc.boolean(), async (answers, createTargetCluster) => {
        const plan = buildPlan(answers);
        const failures: string[] = [];
        for (const option of eligible(plan)) {
          const arch = buildArchitecture(plan, option);
          for (const format of FORMATS) {
            const c: Case = { plan, arch, format, createTargetCluster };
            bundles++;
            for (const p of await allProblems(c)) failures.push(`${describeCase(c)}: ${p}`);
          }
        }
        expect(failures).toEqual([]);
      }),
      { numRuns: 40 },
    );
    console.log(`[iac property] 40 random answer sets, ${bundles} bundles validated`);
  }, 300_000);
});

// ── Exhaustive sweep over the enum answers ─────────────────────────────────

/** Every combination of the enum answers the generators read, with default numbers, Regions and name. */
function enumSweep(): Answers[] {
  const out: Answers[] = [];
  for (const goal of GOALS)
    for (const source of SOURCES)
      for (const target of TARGETS)
        for (const accounts of ACCOUNTS)
          for (const auth of AUTHS)
            for (const topology of TOPOLOGIES)
              for (const naming of NAMINGS)
                for (const offsets of OFFSETS)
                  out.push({ ...DEFAULT_ANSWERS, goal, source, target, accounts, auth, topology, naming, offsets });
  return out;
}

/** The sweep's answer sets: every enum combination, cross-Region, then the same-Region variants. */
function sweepAnswers(): Answers[] {
  const out = enumSweep();
  // Same-Region replication is what a migration or a DR copy in one Region asks for.
  for (const a of enumSweep()) if (a.goal === "dr" || a.goal === "migration") out.push({ ...a, secondary: a.primary });
  return out;
}

/**
 * What identifies a bundle for the checks: the exact text (and path) of every generated code file,
 * plus what the checks read beside the files (the IAC names the architecture lists, whether the
 * target cluster is created, and the Regions the README's deploy commands and the Region check use).
 */
function bundleKey(c: Case, filesKey: string): string {
  const a = c.arch;
  const beside = JSON.stringify([
    c.format,
    c.createTargetCluster,
    a.nodes.map((n) => n.iac[c.format]),
    [a.source.region ?? null, a.target.region ?? null],
    a.replicators.map((r) => [r.id, r.region]),
    a.option === "s3-backup" ? a.s3Backup.bucketRegion : null,
  ]);
  return textKey(beside, filesKey);
}

const filesKey = (files: BundleFile[]): string => textKey(...files.flatMap((f) => [f.path, f.content]));

/**
 * The sweep claims: every bundle the product can generate over the enum answer space (every enum
 * combination × every eligible option × both formats × a created target cluster or not, where there
 * is a target to create) was checked and validated, or is byte-identical to one that was. No shape
 * key decides what is worth validating: the exact text of the generated code files does.
 *
 * Reductions, each checked on a sample by the first test below:
 * - plans come from `lightPlan` (no "what would change" analysis, and a fixed permalink): the
 *   architecture is the product's but for the permalink, and the permalink reaches the code only as
 *   text on comment lines, so substituting it gives the product's files exactly;
 * - the `ops` and `iac` answers are left out: they change neither eligibility nor the code;
 * - only the code files are generated (what the validators read), not README, RUNBOOK and
 *   DECISION-RECORD, which have their own tests (golden files, the runbook and decision-record suites).
 * Numbers, the name and Regions other than the two swept (us-east-1 → us-west-2, and us-east-1 on
 * both sides for DR and migration) are literals in the code: the random sample and the property test
 * above cover them.
 *
 * The validators are memoised per exact input (a Terraform module, a CloudFormation template): they
 * are pure functions of their text, so a file met again is a file already validated. On the shared
 * 2-core machine the sweep takes 5 to 6 minutes, 11 on one half as fast (2026-12-02), with the other
 * core idle: it is the unit phase's longest file (it prints its figures); the timeout leaves room for a busy machine.
 */
describe("exhaustive sweep over the enum answers", () => {
  const base = buildPlan(DEFAULT_ANSWERS);

  it("its reductions are exact: a light plan, ops and iac change nothing but the permalink in comment lines", () => {
    const all = sweepAnswers();
    let checked = 0;
    for (let i = 0; i < all.length; i += 37) {
      const answers = all[i]!;
      const light = lightPlan(base, answers);
      const light2 = lightPlan(base, {
        ...answers,
        ops: OPS.find((o) => o !== answers.ops)!,
        iac: IAC_FORMATS.find((f) => f !== answers.iac)!,
      });
      const real = buildPlan(answers);
      // The sweep reads eligibility from assessOptions, which is what buildPlan ranks; ops and iac do not change it.
      const sorted = (ids: OptionId[]) => [...ids].sort();
      expect(sorted(eligible({ options: assessOptions(answers) }))).toEqual(sorted(eligible(real)));
      expect(sorted(eligible({ options: assessOptions(light2.answers) }))).toEqual(sorted(eligible(real)));
      for (const option of eligible(real)) {
        const archLight = buildArchitecture(light, option);
        const archReal = buildArchitecture(real, option);
        expect({ ...archReal, permalink: light.permalink }).toEqual(archLight);
        expect(buildArchitecture(light2, option)).toEqual(archLight);
        for (const format of FORMATS) {
          for (const createTargetCluster of [false, true]) {
            const lightFiles = codeFiles({ plan: light, arch: archLight, format, createTargetCluster });
            const realFiles = codeFiles({ plan: real, arch: archReal, format, createTargetCluster });
            // The permalink is only text in comment lines: substituting it gives the product's files exactly.
            expect(realFiles).toEqual(
              lightFiles.map((f) => ({ ...f, content: f.content.replaceAll(light.permalink, real.permalink) })),
            );
            for (const f of lightFiles)
              for (const line of f.content.split("\n"))
                if (line.includes(light.permalink))
                  expect(line.trimStart().startsWith("#"), `${f.path}: ${line}`).toBe(true);
            expect(
              codeFiles({ plan: light2, arch: buildArchitecture(light2, option), format, createTargetCluster }),
            ).toEqual(lightFiles);
            // Where there is no target cluster to create, the flag changes nothing (so the sweep does not set it).
            if (!createTargetValues(option).includes(true))
              expect(lightFiles).toEqual(
                codeFiles({ plan: light, arch: archLight, format, createTargetCluster: false }),
              );
            // And the sweep's code files are the product's: generateBundle's, less README, runbook and decision record.
            if (createTargetCluster && i % 5 === 0) {
              const bundle = generateBundle(real, archReal, { format, createTargetCluster }).files;
              expect(bundle.filter((f) => !f.path.endsWith(".md"))).toEqual(realFiles);
            }
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(400);
  }, 300_000);

  it("every bundle over the enum answer space was validated or is byte-identical to one that was", async () => {
    const started = performance.now();
    const v = memoisedValidators();
    const validated = new Set<string>();
    const fileSets = new Set<string>();
    const perOption = Object.fromEntries(OPTION_IDS.map((o) => [o, 0])) as Record<OptionId, number>;
    const failures: string[] = [];
    let answerSets = 0;
    let bundles = 0;
    for (const answers of sweepAnswers()) {
      answerSets++;
      const plan = lightPlan(base, answers);
      for (const option of eligible({ options: assessOptions(answers) })) {
        const arch: Architecture = buildArchitecture(plan, option);
        for (const format of FORMATS) {
          for (const createTargetCluster of createTargetValues(option)) {
            const c: Case = { plan, arch, format, createTargetCluster };
            const files = codeFiles(c);
            bundles++;
            const text = filesKey(files);
            fileSets.add(text);
            const key = bundleKey(c, text);
            if (validated.has(key)) continue;
            validated.add(key);
            perOption[option]++;
            for (const p of await allProblems(c, files, v))
              failures.push(`${describeCase(c)} ${JSON.stringify(answers)}: ${p}`);
          }
        }
      }
    }
    const seconds = Math.round((performance.now() - started) / 100) / 10;
    console.log(
      `[iac sweep] ${answerSets} answer sets, ${bundles} bundles generated, ${fileSets.size} distinct file sets; ` +
        `${validated.size} distinct bundles checked and validated (file set + what the checks read beside it: ${Object.entries(
          perOption,
        )
          .map(([o, n]) => `${o} ${n}`)
          .join(", ")}); ` +
        `the validators ran on ${v.runs.terraform} distinct Terraform modules and ${v.runs.cloudFormation} distinct CloudFormation templates; ${seconds} s`,
    );
    expect(failures.slice(0, 20)).toEqual([]);
    expect(answerSets).toBe(
      GOALS.length *
        SOURCES.length *
        TARGETS.length *
        ACCOUNTS.length *
        AUTHS.length *
        TOPOLOGIES.length *
        NAMINGS.length *
        OFFSETS.length *
        1.5,
    );
    expect(Object.values(perOption).every((n) => n > 0)).toBe(true);
  }, 1_800_000);
});
