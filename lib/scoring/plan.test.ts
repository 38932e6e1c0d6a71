import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_ANSWERS, decodePermalink, encodeAnswers, type Answers } from "@/lib/answers";
import { arbitraryAnswers, choiceAnswerSpace } from "@/test/helpers/answers";
import { OPTION_IDS, type OptionId } from "@/lib/knowledge";
import { BASE_SCORE, WEIGHTS } from "./weights";
import { assessOptions, buildPlan, recommend, type OptionAssessment, type Plan } from "./plan";

const answers = (over: Partial<Answers>): Answers => ({ ...DEFAULT_ANSWERS, ...over });

/**
 * Scenarios from the knowledge base's decision cues (lib/knowledge). Each name says why
 * the expected recommendation is right; `ruledOut` lists options that must be ruled out.
 */
const SCENARIOS: { why: string; answers: Partial<Answers>; expect: OptionId; ruledOut?: OptionId[] }[] = [
  { why: "MSK to MSK, same account, IAM, wants nothing to run: the managed replicator", answers: {}, expect: "msk-replicator", ruledOut: ["s3-backup", "multi-az"] },
  { why: "cross-account DR between MSK clusters: Replicator is same-account only, so MirrorMaker 2", answers: { accounts: "cross" }, expect: "mirrormaker2", ruledOut: ["msk-replicator"] },
  { why: "cross-account migration: Replicator is same-account only", answers: { goal: "migration", accounts: "cross" }, expect: "mirrormaker2", ruledOut: ["msk-replicator", "s3-backup", "multi-az"] },
  { why: "cross-account analytics sharing: MirrorMaker 2 crosses accounts", answers: { goal: "analytics", accounts: "cross" }, expect: "mirrormaker2", ruledOut: ["msk-replicator"] },
  { why: "replication must use SASL/SCRAM against MSK: Replicator needs IAM", answers: { auth: "sasl-scram" }, expect: "mirrormaker2", ruledOut: ["msk-replicator"] },
  { why: "replication must use mTLS against MSK: Replicator needs IAM", answers: { auth: "mtls" }, expect: "mirrormaker2", ruledOut: ["msk-replicator"] },
  { why: "unauthenticated clusters: Replicator needs IAM", answers: { auth: "none" }, expect: "mirrormaker2", ruledOut: ["msk-replicator"] },
  { why: "custom renaming needs a custom MirrorMaker 2 replication policy", answers: { naming: "custom" }, expect: "mirrormaker2", ruledOut: ["msk-replicator"] },
  { why: "prefixed names are native to Replicator", answers: { naming: "prefixed" }, expect: "msk-replicator" },
  { why: "active-active with prefixed names: two replicators, as AWS recommends", answers: { topology: "active-active", naming: "prefixed" }, expect: "msk-replicator", ruledOut: ["s3-backup", "multi-az"] },
  { why: "active-active with identical names: only Replicator prevents loops (__mskmr header)", answers: { topology: "active-active", naming: "identical" }, expect: "msk-replicator" },
  { why: "active-active identical across accounts: nothing keeps identical names both ways, MirrorMaker 2 with prefixes is the fallback", answers: { topology: "active-active", naming: "identical", accounts: "cross" }, expect: "mirrormaker2", ruledOut: ["msk-replicator", "s3-backup", "multi-az"] },
  { why: "migration between MSK clusters to Express brokers: AWS's managed path", answers: { goal: "migration", target: "msk-express" }, expect: "msk-replicator", ruledOut: ["s3-backup", "multi-az"] },
  { why: "self-managed Kafka on EC2 with SASL/SCRAM into Express: Replicator's external-source migration", answers: { goal: "migration", source: "self-managed", target: "msk-express", auth: "sasl-scram" }, expect: "msk-replicator" },
  { why: "on-premises Kafka with mTLS into Standard brokers: supported since 2026-07", answers: { goal: "migration", source: "on-premises", target: "msk-provisioned", auth: "mtls" }, expect: "msk-replicator" },
  { why: "on-premises into MSK Serverless: external sources cannot target Serverless", answers: { goal: "migration", source: "on-premises", target: "msk-serverless", auth: "sasl-scram" }, expect: "mirrormaker2", ruledOut: ["msk-replicator"] },
  { why: "other cloud with IAM: a non-MSK cluster has no IAM, Replicator cannot read it", answers: { goal: "migration", source: "other-cloud", target: "msk-express", auth: "iam" }, expect: "mirrormaker2", ruledOut: ["msk-replicator", "multi-az"] },
  { why: "self-managed without authentication: Replicator needs SCRAM, mTLS or OAuth", answers: { goal: "migration", source: "self-managed", target: "msk-express", auth: "none" }, expect: "mirrormaker2", ruledOut: ["msk-replicator"] },
  { why: "compliance copy, no offsets, a day to restore: the S3 archive", answers: { goal: "compliance", offsets: "no", rto: 1440 }, expect: "s3-backup", ruledOut: ["multi-az"] },
  { why: "compliance copy but offsets must follow: S3 cannot keep offsets", answers: { goal: "compliance", offsets: "yes", rto: 1440 }, expect: "msk-replicator", ruledOut: ["s3-backup"] },
  { why: "compliance copy with a 30-minute RTO: a restore cannot be that fast", answers: { goal: "compliance", offsets: "no", rto: 30 }, expect: "msk-replicator", ruledOut: ["s3-backup"] },
  { why: "same-Region DR with RPO 0: only in-cluster acks=all replication loses nothing", answers: { secondary: "us-east-1", rpo: 0 }, expect: "multi-az", ruledOut: ["s3-backup"] },
  { why: "same-Region DR with a 1-minute RTO: only Multi-AZ recovers that fast", answers: { secondary: "us-east-1", rto: 1 }, expect: "multi-az" },
  { why: "cross-Region DR: Multi-AZ does not survive a Region loss", answers: { secondary: "eu-west-1" }, expect: "msk-replicator", ruledOut: ["multi-az"] },
  { why: "full control with Kafka Connect skills and MSK on both sides: MirrorMaker 2", answers: { ops: "control" }, expect: "mirrormaker2" },
  { why: "analytics with full control: filters and SMTs", answers: { goal: "analytics", ops: "control" }, expect: "mirrormaker2" },
  { why: "2 GB/s still fits Replicator with two replicators per direction", answers: { mbps: 2000, partitions: 10_000 }, expect: "msk-replicator" },
  { why: "Serverless to Serverless is a supported Replicator combination", answers: { source: "msk-serverless", target: "msk-serverless" }, expect: "msk-replicator" },
  { why: "Serverless target: Replicator still fits, ACLs are not copied", answers: { target: "msk-serverless" }, expect: "msk-replicator" },
  { why: "analytics sharing across Regions, managed: Replicator, history not needed", answers: { goal: "analytics", naming: "prefixed" }, expect: "msk-replicator", ruledOut: ["multi-az"] },
];

describe("scenario table", () => {
  it("has at least 25 scenarios", () => expect(SCENARIOS.length).toBeGreaterThanOrEqual(25));
  for (const s of SCENARIOS) {
    it(`${s.expect}: ${s.why}`, () => {
      const plan = buildPlan(answers(s.answers));
      expect(plan.recommendation).toBe(s.expect);
      for (const id of s.ruledOut ?? []) {
        const option = plan.options.find((o) => o.id === id);
        expect(option?.eligible, `${id} should be ruled out`).toBe(false);
      }
    });
  }
});

/**
 * The ranking's invariants: four options, ruled-out last, scores explained by sourced reasons.
 * Returns the violations (plain checks: the exhaustive sweep runs this thousands of times).
 */
function optionViolations(options: OptionAssessment[]): string[] {
  const v: string[] = [];
  const check = (ok: boolean, what: string) => {
    if (!ok) v.push(what);
  };
  check(options.map((o) => o.id).sort().join() === [...OPTION_IDS].sort().join(), "all four options, once each");
  const firstIneligible = options.findIndex((o) => !o.eligible);
  check(firstIneligible < 0 || options.slice(firstIneligible).every((o) => !o.eligible), "ruled-out options rank last");
  check(options[0]?.eligible === true, "at least one eligible option");
  for (let i = 1; i < options.length; i++) {
    const [prev, cur] = [options[i - 1]!, options[i]!];
    if (prev.eligible && cur.eligible) check(prev.score >= cur.score, `${prev.id} ranks above ${cur.id} with a lower score`);
  }
  for (const o of options) {
    check(o.score >= 0 && o.score <= 100, `${o.id} score in 0–100`);
    check(o.eligible === (o.blockers.length === 0), `${o.id} eligible iff no blockers`);
    if (!o.eligible) check(o.score === 0, `${o.id} ruled out scores 0`);
    else {
      const sum = BASE_SCORE + o.reasons.reduce((s, r) => s + r.impact, 0);
      check(o.score === Math.max(0, Math.min(100, sum)), `${o.id} score is the sum of its reasons`);
    }
    for (const r of o.reasons) {
      check(/^https:\/\//.test(r.source), `${o.id} reason sourced: ${r.text}`);
      check(r.text.length > 10, `${o.id} reason has text`);
      check(Math.abs(r.impact) <= WEIGHTS[r.criterion] && r.impact !== 0, `${o.id} reason impact within its weight: ${r.text}`);
    }
    for (const b of o.blockers) check(/^https:\/\//.test(b.source), `${o.id} blocker sourced`);
    check(Number.isFinite(o.cost.monthly) && o.cost.monthly >= 0, `${o.id} cost is a non-negative number`);
  }
  return v;
}

/** The contract's invariants (README "Using it") on top of the ranking's. */
function checkInvariants(plan: Plan): void {
  expect(plan.version).toBe(1);
  expect(optionViolations(plan.options)).toEqual([]);
  expect(plan.recommendation).toBe(plan.options.find((o) => o.eligible)?.id);
  for (const f of plan.flips) {
    expect(f.recommendation).not.toBe(plan.recommendation);
    // A flip is true: that single change gives that recommendation.
    expect(recommend({ ...plan.answers, [f.param]: f.value } as Answers)).toBe(f.recommendation);
  }
  expect(plan.permalink).toBe(`/?${encodeAnswers(plan.answers)}`);
  expect(decodePermalink(plan.permalink).answers).toEqual(plan.answers);
}

describe("plan invariants", () => {
  it("hold for the default answers", () => checkInvariants(buildPlan(DEFAULT_ANSWERS)));

  it("hold across the answer space (property)", () => {
    fc.assert(
      fc.property(arbitraryAnswers, (a) => {
        checkInvariants(buildPlan(a));
      }),
      { numRuns: 300 },
    );
  });

  it("hold for every combination of the choice answers (exhaustive sweep, default numbers)", () => {
    let count = 0;
    const failures: string[] = [];
    // The ranking for every combination; flips are re-verified on the random sample above.
    for (const acc of choiceAnswerSpace()) {
      const v = optionViolations(assessOptions(acc));
      if (v.length) failures.push(`${JSON.stringify(acc)}: ${v.join("; ")}`);
      count++;
    }
    expect(failures.slice(0, 5)).toEqual([]);
    expect(count).toBe(4 * 6 * 3 * 2 * 4 * 2 * 3 * 2 * 2);
  });

  it("is deterministic", () => {
    const a = answers({ goal: "compliance", offsets: "no", rto: 1440 });
    expect(JSON.stringify(buildPlan(a))).toBe(JSON.stringify(buildPlan(a)));
  });
});

describe("what would change the recommendation", () => {
  it("names the account answer for the default plan", () => {
    const plan = buildPlan(DEFAULT_ANSWERS);
    expect(plan.flips).toContainEqual(expect.objectContaining({ param: "accounts", value: "cross", recommendation: "mirrormaker2" }));
  });

  it("gives a numeric threshold, not every probe", () => {
    const plan = buildPlan(answers({ goal: "compliance", offsets: "no", rto: 1440 }));
    const rto = plan.flips.filter((f) => f.param === "rto");
    expect(rto).toHaveLength(1);
    expect(rto[0]).toMatchObject({ value: 240, recommendation: "msk-replicator" });
    expect(rto[0]?.text).toContain("or less");
  });
});
