import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { ACCOUNTS, AUTHS, DEFAULT_ANSWERS, GOALS, NAMINGS, OFFSETS, SOURCES, TARGETS, TOPOLOGIES, type Answers } from "@/lib/answers";
import { arbitraryAnswers } from "@/lib/answers/testing";
import { buildArchitecture, type Architecture } from "@/lib/architecture";
import { OPTION_IDS, type OptionId } from "@/lib/knowledge";
import { buildPlan, type Plan } from "@/lib/scoring";
import { generateBundle } from "./index";
import { parseProperties } from "./escape";
import type { IacFormat } from "./shared";
import {
  SECRET_PATTERNS,
  cloudFormationNames,
  cloudFormationStatements,
  codeFiles,
  lightPlan,
  missingIacNames,
  overlyBroad,
  parseTemplates,
  parseTerraform,
  terraformNames,
  terraformStatements,
  validateCase,
  type Case,
} from "./test-helpers";
import { validateWithCdk } from "./validation/cloudformation";
import { MINIMUM_AWS_PROVIDER_VERSION } from "./validation/terraform";
import { AWS_PROVIDER_CONSTRAINT } from "./terraform";

it("pins hashicorp/aws from the validator's minimum version to below the next major", () => {
  expect(AWS_PROVIDER_CONSTRAINT).toBe(`>= ${MINIMUM_AWS_PROVIDER_VERSION}, < 7.0.0`);
});

const FORMATS: IacFormat[] = ["terraform", "cloudformation"];

/** Everything the suite asserts about one generated case, except the (slower) validators. */
async function checkCase(c: Case): Promise<string[]> {
  const files = codeFiles(c);
  const problems: string[] = [];
  const declared = c.format === "terraform" ? terraformNames(await parseTerraform(files)) : cloudFormationNames(parseTemplates(files));
  for (const m of missingIacNames(c.arch, c.format, declared, c.createTargetCluster)) problems.push(`missing IAC name ${m}`);
  const statements = c.format === "terraform" ? terraformStatements(await parseTerraform(files)) : cloudFormationStatements(parseTemplates(files));
  for (const s of overlyBroad(statements)) problems.push(`overly broad IAM statement in ${s.where}: ${JSON.stringify(s.actions)} on ${JSON.stringify(s.resources)}`);
  for (const f of files) for (const p of SECRET_PATTERNS) if (p.test(f.content)) problems.push(`${f.path} looks like it holds a secret (${p})`);
  if (c.arch.mirrorMaker2) {
    const props = parseProperties(files.find((f) => f.path === "mirrormaker2.properties")!.content);
    for (const [k, v] of props) if (/password|secret|private\.key|keystore\.key/i.test(k) && !/^\$\{env:[A-Z0-9_]+\}$/.test(v)) problems.push(`properties ${k} is not an env reference`);
    if (props.get("replication.factor") !== "3") problems.push("replication.factor is not 3");
  }
  return problems;
}

function describeCase(c: Case): string {
  return `${c.arch.option} ${c.format}${c.createTargetCluster ? " +target" : ""} ${c.plan.permalink}`;
}

// ── Sample: random answers (numbers included), every option, both formats ──

describe("generated IaC over a random sample of answers", () => {
  const samples = fc.sample(fc.tuple(arbitraryAnswers, fc.boolean()), { numRuns: 16, seed: 20261125 });
  const cases: Case[] = samples.flatMap(([answers, createTargetCluster]) => {
    const plan = buildPlan(answers);
    return OPTION_IDS.flatMap((option) => FORMATS.map((format) => ({ plan, arch: buildArchitecture(plan, option), format, createTargetCluster })));
  });

  beforeAll(async () => {
    await validateWithCdk("AWSTemplateFormatVersion: '2010-09-09'\nDescription: warm-up\nResources:\n  T:\n    Type: AWS::SNS::Topic\n");
  }, 60_000);

  it(`validates, declares every IAC name and stays safe (${cases.length} bundles)`, async () => {
    const failures: string[] = [];
    for (const c of cases) {
      for (const p of [...(await checkCase(c)), ...(await validateCase(c))]) failures.push(`${describeCase(c)}: ${p}`);
    }
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
      if (arch.mirrorMaker2) expect(paths).toContain("mirrormaker2.properties");
    }
  });
});

// ── Exhaustive sweep over the enum answers (default numbers) ───────────────

/**
 * What decides the shape of the generated code: the branches the generators take. Names, Regions
 * and numbers only change literals (the random sample covers those); enum values are covered by
 * `features`, so every value reaches the validators at least once.
 */
function shapeKey(arch: Architecture): string {
  const [source, target] = arch.clusters;
  // MSK Replicator always uses IAM on MSK clusters; only an external source's mechanism matters.
  const replicatorSide = (c: typeof source) => (c ? (c.isMsk ? (c.type === "msk-serverless" ? "msk-sls" : "msk") : c.auth === "mtls" ? "ext-mtls" : "ext-scram") : "");
  const mm2Side = (c: typeof source) => (c ? [c.isMsk, c.isMsk || c.auth !== "iam" ? c.auth : "none", c.type === "msk-serverless"] : []);
  switch (arch.option) {
    case "msk-replicator":
      return JSON.stringify([arch.option, arch.crossRegion, replicatorSide(source), target?.type === "msk-serverless", arch.replicators.map((r) => [r.phase, r.region === arch.standbyRegion])]);
    case "mirrormaker2": {
      const m = arch.mirrorMaker2!;
      return JSON.stringify([arch.option, arch.crossAccount, mm2Side(source), mm2Side(target), m.directions.length, m.exactlyOnce]);
    }
    case "s3-backup":
      return JSON.stringify([arch.option, source?.isMsk && source.auth === "iam", arch.s3Backup!.bucketRegion === arch.s3Backup!.connectorRegion]);
    case "multi-az":
      return JSON.stringify([arch.option, source?.type === "msk-express"]);
  }
}

function features(arch: Architecture): string[] {
  const out = arch.replicators.flatMap((r) => [
    `${r.id}.start=${r.startingPosition}`,
    `${r.id}.names=${r.topicNameConfiguration}`,
    `${r.id}.sync=${r.consumerGroupOffsetSyncMode}/${r.synchroniseConsumerGroupOffsets}`,
    `${r.id}.acls=${r.copyAccessControlListsForTopics}`,
    `${r.id}.phase=${r.phase}`,
  ]);
  const m = arch.mirrorMaker2;
  if (m) out.push(`mm2.policy=${m.replicationPolicy}`, `mm2.location=${m.offsetSyncsTopicLocation}`, `mm2.sync=${m.syncGroupOffsets}`, `mm2.auth=${arch.clusters.map((c) => c.auth).join("/")}`);
  if (arch.s3Backup) out.push(`s3.mcu=${arch.s3Backup.mcuCountPerWorker}`);
  return out.map((f) => `${arch.option}:${f}`);
}

function enumSweep(): Answers[] {
  const out: Answers[] = [];
  for (const goal of GOALS)
    for (const source of SOURCES)
      for (const target of TARGETS)
        for (const accounts of ACCOUNTS)
          for (const auth of AUTHS)
            for (const topology of TOPOLOGIES)
              for (const naming of NAMINGS)
                for (const offsets of OFFSETS) out.push({ ...DEFAULT_ANSWERS, goal, source, target, accounts, auth, topology, naming, offsets });
  return out;
}

describe("exhaustive sweep over the enum answers", () => {
  it("every option × format of every distinct architecture shape validates and declares its IAC names", async () => {
    const base = buildPlan(DEFAULT_ANSWERS);
    const shapes = new Map<string, { plan: Plan; arch: Architecture }>();
    const seen = new Set<string>();
    for (const sameRegion of [false, true]) {
      for (const answers of enumSweep()) {
        // Same-Region replication changes the network and the placement, not the goal's effects.
        if (sameRegion && answers.goal !== "dr" && answers.goal !== "migration") continue;
        const a = sameRegion ? { ...answers, secondary: answers.primary } : answers;
        const plan = lightPlan(base, a);
        for (const option of OPTION_IDS) {
          const arch = buildArchitecture(plan, option as OptionId);
          const key = shapeKey(arch);
          const fresh = features(arch).filter((f) => !seen.has(f));
          if (shapes.has(key) && fresh.length === 0) continue;
          for (const f of fresh) seen.add(f);
          shapes.set(shapes.has(key) ? `${key}#${shapes.size}` : key, { plan, arch });
        }
      }
    }
    const failures: string[] = [];
    // A created target cluster changes only the target side: check it once per target-side shape.
    const targetShapes = new Set<string>();
    for (const { plan, arch } of shapes.values()) {
      const targetKey = JSON.stringify([arch.option, arch.clusters[1]?.type, arch.clusters[1]?.auth, arch.crossRegion, arch.replicators.map((r) => r.phase), arch.clusters[0]?.isMsk]);
      const withTarget = (arch.option === "msk-replicator" || arch.option === "mirrormaker2") && !targetShapes.has(targetKey);
      if (withTarget) targetShapes.add(targetKey);
      for (const format of FORMATS) {
        for (const createTargetCluster of withTarget ? [false, true] : [false]) {
          const c: Case = { plan, arch, format, createTargetCluster };
          for (const p of [...(await checkCase(c)), ...(await validateCase(c))]) failures.push(`${describeCase(c)}: ${p}`);
        }
      }
    }
    expect(failures.slice(0, 20)).toEqual([]);
    expect(shapes.size).toBeGreaterThan(40);
  }, 300_000);
});
