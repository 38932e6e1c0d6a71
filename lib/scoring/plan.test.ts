import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_ANSWERS, QUESTIONS, encodeAnswers, type Answers } from "@/lib/answers";
import { decodePermalink } from "@/lib/answers/permalink";
import { arbitraryAnswers, choiceAnswerSpace } from "@/test/helpers/answers";
import { FACTS, OPTION_IDS, type OptionId } from "@/lib/knowledge";
import { BASE_SCORE, WEIGHTS } from "./weights";
import { assessOptions, buildPlan, recommend, type OptionAssessment, type Plan } from "./plan";

const answers = (over: Partial<Answers>): Answers => ({ ...DEFAULT_ANSWERS, ...over });

/**
 * Scenarios from the knowledge base's decision cues (lib/knowledge). Each name says why
 * the expected recommendation is right; `ruledOut` lists options that must be ruled out.
 */
const SCENARIOS: { why: string; answers: Partial<Answers>; expect: OptionId; ruledOut?: OptionId[] }[] = [
  {
    why: "MSK to MSK, same account, IAM, wants nothing to run: the managed replicator",
    answers: {},
    expect: "msk-replicator",
    ruledOut: ["s3-backup", "multi-az"],
  },
  {
    why: "cross-account DR between MSK clusters: Replicator is same-account only, so MirrorMaker 2",
    answers: { accounts: "cross" },
    expect: "mirrormaker2",
    ruledOut: ["msk-replicator"],
  },
  {
    why: "cross-account migration: Replicator is same-account only",
    answers: { goal: "migration", accounts: "cross" },
    expect: "mirrormaker2",
    ruledOut: ["msk-replicator", "s3-backup", "multi-az"],
  },
  {
    why: "cross-account analytics sharing: MirrorMaker 2 crosses accounts",
    answers: { goal: "analytics", accounts: "cross" },
    expect: "mirrormaker2",
    ruledOut: ["msk-replicator"],
  },
  {
    why: "MSK clusters whose clients use SASL/SCRAM: IAM can be turned on beside it for the replicator (msk-replicator-supported-configs), so still Replicator, with the caveat",
    answers: { auth: "sasl-scram" },
    expect: "msk-replicator",
  },
  {
    why: "MSK clusters whose clients use mTLS: IAM beside it for the replicator, still Replicator",
    answers: { auth: "mtls" },
    expect: "msk-replicator",
  },
  {
    why: "unauthenticated MSK source across Regions: multi-VPC connectivity for IAM cannot be on beside unauthenticated access (mvpc-cluster-owner-action-turn-on)",
    answers: { auth: "none" },
    expect: "mirrormaker2",
    ruledOut: ["msk-replicator"],
  },
  {
    why: "migrating unauthenticated MSK clusters to Express in one Region: no multi-VPC needed, IAM beside unauthenticated access, Replicator",
    answers: { goal: "migration", target: "msk-express", auth: "none", primary: "us-east-1", secondary: "us-east-1" },
    expect: "msk-replicator",
  },
  {
    why: "custom renaming needs a custom MirrorMaker 2 replication policy",
    answers: { naming: "custom" },
    expect: "mirrormaker2",
    ruledOut: ["msk-replicator"],
  },
  { why: "prefixed names are native to Replicator", answers: { naming: "prefixed" }, expect: "msk-replicator" },
  {
    why: "active-active with prefixed names: two replicators, as AWS recommends",
    answers: { topology: "active-active", naming: "prefixed" },
    expect: "msk-replicator",
    ruledOut: ["s3-backup", "multi-az"],
  },
  {
    why: "active-active with identical names: only Replicator prevents loops (__mskmr header)",
    answers: { topology: "active-active", naming: "identical" },
    expect: "msk-replicator",
  },
  {
    why: "active-active identical across accounts: nothing keeps identical names both ways, MirrorMaker 2 with prefixes is the fallback",
    answers: { topology: "active-active", naming: "identical", accounts: "cross" },
    expect: "mirrormaker2",
    ruledOut: ["msk-replicator", "s3-backup", "multi-az"],
  },
  {
    why: "migration between MSK clusters to Express brokers: AWS's managed path",
    answers: { goal: "migration", target: "msk-express" },
    expect: "msk-replicator",
    ruledOut: ["s3-backup", "multi-az"],
  },
  {
    why: "self-managed Kafka on EC2 with SASL/SCRAM into Express: Replicator's external-source migration",
    answers: { goal: "migration", source: "self-managed", target: "msk-express", auth: "sasl-scram" },
    expect: "msk-replicator",
  },
  {
    why: "on-premises Kafka with mTLS into Standard brokers: supported since 2026-07",
    answers: { goal: "migration", source: "on-premises", target: "msk-provisioned", auth: "mtls" },
    expect: "msk-replicator",
  },
  {
    why: "on-premises into MSK Serverless: external sources cannot target Serverless",
    answers: { goal: "migration", source: "on-premises", target: "msk-serverless", auth: "sasl-scram" },
    expect: "mirrormaker2",
    ruledOut: ["msk-replicator"],
  },
  {
    why: "other cloud with IAM: a non-MSK cluster has no IAM, Replicator cannot read it",
    answers: { goal: "migration", source: "other-cloud", target: "msk-express", auth: "iam" },
    expect: "mirrormaker2",
    ruledOut: ["msk-replicator", "multi-az"],
  },
  {
    why: "self-managed without authentication: Replicator needs SCRAM, mTLS or OAuth",
    answers: { goal: "migration", source: "self-managed", target: "msk-express", auth: "none" },
    expect: "mirrormaker2",
    ruledOut: ["msk-replicator"],
  },
  {
    why: "compliance copy, no offsets, a day to restore: the S3 archive",
    answers: { goal: "compliance", offsets: "no", rto: 1440 },
    expect: "s3-backup",
    ruledOut: ["multi-az"],
  },
  {
    why: "compliance copy with offsets asked for: still an archive first, losing offsets on restore costs points, not its place (review F5)",
    answers: { goal: "compliance", offsets: "yes", rto: 1440 },
    expect: "s3-backup",
  },
  {
    why: "compliance copy with a 30-minute RTO: the archive still comes first, a restore is not a failover (review F5)",
    answers: { goal: "compliance", offsets: "no", rto: 30 },
    expect: "s3-backup",
  },
  {
    why: "compliance copy with an RPO under the archive's flush interval: the archive misses the objective, so the mirror may lead (review F5 counter-case)",
    answers: { goal: "compliance", offsets: "no", rpo: 30 },
    expect: "msk-replicator",
  },
  {
    why: "same-Region DR with RPO 0: only in-cluster acks=all replication loses nothing",
    answers: { secondary: "us-east-1", rpo: 0 },
    expect: "multi-az",
    ruledOut: ["s3-backup"],
  },
  {
    why: "same-Region DR with a 1-minute RTO: only Multi-AZ recovers that fast",
    answers: { secondary: "us-east-1", rto: 1 },
    expect: "multi-az",
  },
  {
    why: "cross-Region DR: Multi-AZ does not survive a Region loss",
    answers: { secondary: "eu-west-1" },
    expect: "msk-replicator",
    ruledOut: ["multi-az"],
  },
  {
    why: "full control with Kafka Connect skills and MSK on both sides: MirrorMaker 2",
    answers: { ops: "control" },
    expect: "mirrormaker2",
  },
  {
    why: "analytics with full control: filters and SMTs",
    answers: { goal: "analytics", ops: "control" },
    expect: "mirrormaker2",
  },
  {
    why: "2 GB/s still fits Replicator with two replicators per direction",
    answers: { mbps: 2000, partitions: 10_000 },
    expect: "msk-replicator",
  },
  {
    why: "Serverless to Serverless is a supported Replicator combination",
    answers: { source: "msk-serverless", target: "msk-serverless" },
    expect: "msk-replicator",
  },
  {
    why: "Serverless target: Replicator still fits, ACLs are not copied",
    answers: { target: "msk-serverless" },
    expect: "msk-replicator",
  },
  {
    why: "analytics sharing across Regions, managed: Replicator, history not needed",
    answers: { goal: "analytics", naming: "prefixed" },
    expect: "msk-replicator",
    ruledOut: ["multi-az"],
  },
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
  check(
    options
      .map((o) => o.id)
      .sort()
      .join() === [...OPTION_IDS].sort().join(),
    "all four options, once each",
  );
  const firstIneligible = options.findIndex((o) => !o.eligible);
  check(firstIneligible < 0 || options.slice(firstIneligible).every((o) => !o.eligible), "ruled-out options rank last");
  check(options[0]?.eligible === true, "at least one eligible option");
  for (let i = 1; i < options.length; i++) {
    const [prev, cur] = [options[i - 1]!, options[i]!];
    if (prev.eligible && cur.eligible)
      check(prev.score >= cur.score, `${prev.id} ranks above ${cur.id} with a lower score`);
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
      check(
        Math.abs(r.impact) <= WEIGHTS[r.criterion] && r.impact !== 0,
        `${o.id} reason impact within its weight: ${r.text}`,
      );
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
    expect(count).toBe(4 * 6 * 3 * 2 * 6 * 2 * 3 * 2 * 2);
  });

  it("is deterministic", () => {
    const a = answers({ goal: "compliance", offsets: "no", rto: 1440 });
    expect(JSON.stringify(buildPlan(a))).toBe(JSON.stringify(buildPlan(a)));
  });
});

describe("what would change the recommendation", () => {
  it("names the account answer for the default plan", () => {
    const plan = buildPlan(DEFAULT_ANSWERS);
    expect(plan.flips).toContainEqual(
      expect.objectContaining({ param: "accounts", value: "cross", recommendation: "mirrormaker2" }),
    );
  });

  it("gives a numeric threshold, not every probe", () => {
    const plan = buildPlan(answers({ secondary: "us-east-1" }));
    const rto = plan.flips.filter((f) => f.param === "rto");
    expect(rto).toHaveLength(1);
    expect(rto[0]).toMatchObject({ value: 5, recommendation: "multi-az" });
    expect(rto[0]?.text).toContain("or less");
  });
});

/**
 * The domain review of 2026-12-02 (findings F1–F17): each finding as answers where the rule fires
 * and the nearest answers where it must not, with the source the rule cites.
 */
describe("domain review findings", () => {
  const plan = (over: Partial<Answers>) => buildPlan(answers(over));
  const option = (p: Plan, id: OptionId) => p.options.find((o) => o.id === id)!;
  const blockerFacts = (p: Plan, id: OptionId) => option(p, id).blockers.map((b) => b.fact);

  it("F1: S3 backup is ruled out where MSK Connect cannot authenticate to an external source (MSKC API: NONE | IAM), and says what works instead", () => {
    for (const auth of ["sasl-scram", "mtls", "oauth", "sasl-plain"] as const) {
      const p = plan({
        goal: "compliance",
        offsets: "no",
        source: "on-premises",
        target: "msk-express",
        auth,
        rto: 1440,
      });
      expect(blockerFacts(p, "s3-backup")).toContain("s3.msk-connect-auth");
      expect(option(p, "s3-backup").blockers.find((b) => b.fact === "s3.msk-connect-auth")?.source).toBe(
        "https://docs.aws.amazon.com/MSKC/latest/mskc/API_KafkaClusterClientAuthentication.html",
      );
      expect(
        option(p, "s3-backup")
          .blockers.map((b) => b.text)
          .join(" "),
      ).toMatch(/Replicate into MSK first.*own Kafka Connect/);
    }
    // Counter-cases: an unauthenticated external cluster, and MSK sources, can feed MSK Connect.
    expect(
      blockerFacts(
        plan({
          goal: "compliance",
          offsets: "no",
          source: "self-managed",
          target: "msk-express",
          auth: "none",
          rto: 1440,
        }),
        "s3-backup",
      ),
    ).not.toContain("s3.msk-connect-auth");
    expect(plan({ goal: "compliance", offsets: "no", auth: "mtls", rto: 1440 }).recommendation).toBe("s3-backup");
  });

  it("F2: a non-IAM answer with an MSK Serverless end is a named contradiction with the consistent reading (serverless.html: IAM required), not a silent rule-out", () => {
    for (const over of [
      { source: "msk-serverless", auth: "sasl-scram" },
      { target: "msk-serverless", auth: "mtls" },
    ] as const) {
      const p = plan({ goal: "dr", ...over });
      expect(p.contradictions).toHaveLength(1);
      expect(p.contradictions?.[0]).toMatchObject({
        fact: "serverless.iam-only",
        consistent: { auth: "iam" },
        recommendation: "msk-replicator",
      });
      expect(p.contradictions?.[0]?.permalink).toContain("auth=iam");
      expect(p.summary).toMatch(/^Your answers contradict each other: MSK Serverless accepts IAM access control only/);
    }
    expect(plan({ source: "msk-serverless", auth: "iam" }).contradictions).toEqual([]);
    // An external source into Serverless: the auth answer is the external cluster's, so no contradiction.
    expect(plan({ source: "on-premises", target: "msk-serverless", auth: "sasl-scram" }).contradictions).toEqual([]);
  });

  it("F3: a Serverless target above its 200 MBps ingress quota rules MSK Replicator out and is named; near it, a warning (limits.html#serverless-quota)", () => {
    const over = plan({ target: "msk-serverless", mbps: 500, partitions: 2000 });
    expect(blockerFacts(over, "msk-replicator")).toContain("serverless.quota-ingress");
    expect(over.contradictions?.[0]).toMatchObject({
      fact: "serverless.quota-ingress",
      consistent: { target: "msk-express" },
    });
    const near = plan({ target: "msk-serverless", mbps: 180, partitions: 600 });
    expect(blockerFacts(near, "msk-replicator")).not.toContain("serverless.quota-ingress");
    expect(near.warnings?.map((w) => w.text).join(" ")).toMatch(/close to the 200 MBps/);
    expect(
      plan({ target: "msk-serverless", partitions: 500 })
        .warnings?.map((w) => w.text)
        .join(" "),
    ).toMatch(/confirm the current partition quota/);
    expect(
      plan({ target: "msk-serverless", mbps: 10, partitions: 100 }).warnings?.filter((w) => w.kind === "limit"),
    ).toEqual([]);
  });

  it("F4: MSK Serverless only in the 14 Regions where it exists (serverless.html)", () => {
    const p = plan({
      source: "msk-serverless",
      target: "msk-serverless",
      primary: "il-central-1",
      secondary: "eu-central-1",
    });
    expect(p.contradictions?.map((c) => c.fact)).toEqual(["serverless.regions"]);
    expect(p.contradictions?.[0]?.text).toContain("Israel (Tel Aviv)");
    expect(
      plan({ source: "msk-serverless", target: "msk-serverless", primary: "eu-west-1", secondary: "eu-central-1" })
        .contradictions,
    ).toEqual([]);
  });

  it("F5: a compliance copy is an archive first; Object Lock is named (s3.pattern, object-lock.html)", () => {
    for (const over of [{}, { offsets: "no" }] as const) {
      const p = plan({ goal: "compliance", ...over });
      expect(p.recommendation).toBe("s3-backup");
      expect(option(p, "msk-replicator").reasons.some((r) => r.criterion === "archive")).toBe(true);
      expect(p.caveats.map((c) => c.fact)).toContain("s3.object-lock");
    }
    expect(option(plan({ goal: "dr" }), "msk-replicator").reasons.some((r) => r.criterion === "archive")).toBe(false);
  });

  it("F6: with a day's RPO and a week's RTO backup-and-restore comes close, since the standby is now costed (msk-replicator-bp-sizing)", () => {
    const p = plan({ offsets: "no", rpo: 86_400, rto: 10_080 });
    const s3 = option(p, "s3-backup");
    const replicator = option(p, "msk-replicator");
    expect(s3.eligible).toBe(true);
    expect(replicator.score - s3.score).toBeLessThanOrEqual(10);
    expect(s3.reasons.find((r) => r.criterion === "goalFit")?.impact).toBeGreaterThan(0);
    // Counter-case: a one-hour RTO keeps the warm standby's full credit.
    expect(
      plan({ offsets: "no" })
        .options.find((o) => o.id === "msk-replicator")
        ?.reasons.find((r) => r.criterion === "goalFit")?.fact,
    ).toBe("replicator.managed");
  });

  it("F7: the cost criterion grows with the monthly gap and can decide (FACTS §10: MirrorMaker 2 at very high volume)", () => {
    const big = plan({ mbps: 3000, partitions: 10_000 });
    expect(big.recommendation).toBe("mirrormaker2");
    const costReasonOf = (p: Plan) => option(p, "msk-replicator").reasons.find((r) => r.criterion === "cost");
    expect(costReasonOf(plan({ mbps: 1500, partitions: 5000 }))?.impact).toBeLessThanOrEqual(-20);
    expect(costReasonOf(plan({ mbps: 1500, partitions: 5000 }))?.text).toMatch(
      /more than MirrorMaker 2.*weighs heavily/,
    );
    expect(plan({ mbps: 1500, partitions: 5000 }).costComparison?.text).toMatch(/costs \$[\d,]+ more a month/);
    expect(Math.abs(costReasonOf(plan({}))?.impact ?? 0)).toBeLessThanOrEqual(5);
    const quota = plan({
      topology: "active-active",
      naming: "identical",
      secondary: "us-east-1",
      mbps: 10_000,
      partitions: 40_000,
    });
    expect(quota.warnings?.find((w) => w.fact === "replicator.quota-replicators")?.text).toContain("20 replicators");
    expect(plan({}).warnings?.some((w) => w.fact === "replicator.quota-replicators")).toBe(false);
  });

  it("F8: MirrorMaker 2 exactly-once is stated for a Connect cluster with exactly.once.source.support and read_committed (apache/kafka#12366)", () => {
    const c = option(plan({ accounts: "cross" }), "mirrormaker2").caveats.find((x) => x.fact === "mm2.exactly-once");
    expect(c?.text).toMatch(/exactly\.once\.source\.support=enabled.*read_committed/);
    expect(c?.source).toBe("https://github.com/apache/kafka/pull/12366");
  });

  it("F9: IAM on an external source is a contradiction; OAuth reaches MSK Replicator; SASL/PLAIN needs MirrorMaker 2 (msk-replicator-external-prereqs)", () => {
    const iam = plan({ goal: "migration", source: "on-premises", target: "msk-express", auth: "iam" });
    expect(iam.contradictions?.[0]).toMatchObject({
      consistent: { auth: "sasl-scram" },
      recommendation: "msk-replicator",
    });
    expect(
      plan({ goal: "migration", source: "on-premises", target: "msk-express", auth: "oauth" }).recommendation,
    ).toBe("msk-replicator");
    const plain = plan({ goal: "migration", source: "other-cloud", target: "msk-express", auth: "sasl-plain" });
    expect(plain.recommendation).toBe("mirrormaker2");
    expect(blockerFacts(plain, "msk-replicator")).toContain("replicator.external-sasl-plain");
    expect(
      plan({ goal: "migration", source: "on-premises", target: "msk-express", auth: "sasl-scram" }).contradictions,
    ).toEqual([]);
    // OAuth or SASL/PLAIN named for an MSK cluster: Amazon MSK offers neither.
    expect(plan({ auth: "sasl-plain" }).contradictions?.[0]).toMatchObject({
      fact: "msk.auth-methods",
      consistent: { auth: "sasl-scram" },
    });
  });

  it("F10: MSK Replicator billing is marked unverified everywhere it is used (msk-replicator-pricing.html names no hourly fee)", () => {
    expect(FACTS["replicator.pricing"].status).toBe("unverified");
    const p = plan({});
    expect(option(p, "msk-replicator").cost.hasUnverifiedPrice).toBe(true);
    expect(option(p, "msk-replicator").reasons.find((r) => r.criterion === "cost")?.unverified).toBe(true);
    expect(p.costComparison?.text).toContain("prices are unverified");
  });

  it("F11: a Region missing from the Replicator list is flagged, not ruled out; external sources flag Express-broker Regions", () => {
    const p = plan({ primary: "ap-southeast-5", secondary: "ap-southeast-1" });
    expect(option(p, "msk-replicator").eligible).toBe(true);
    expect(option(p, "msk-replicator").reasons.some((r) => r.fact === "replicator.regions" && r.unverified)).toBe(true);
    expect(option(plan({}), "msk-replicator").reasons.some((r) => r.fact === "replicator.regions")).toBe(false);
    expect(
      option(
        plan({ goal: "migration", source: "on-premises", target: "msk-express", auth: "sasl-scram" }),
        "msk-replicator",
      ).reasons.some((r) => r.fact === "replicator.external-regions"),
    ).toBe(true);
  });

  it("F12/F13: transfer by source Region, cross-AZ and egress lines reach the plan (EC2 data transfer pricing)", () => {
    const p = plan({ primary: "sa-east-1", secondary: "us-east-1", mbps: 100, partitions: 400 });
    expect(option(p, "msk-replicator").cost.hasUnpricedLine).toBe(true);
    expect(option(plan({}), "mirrormaker2").cost.lines.some((l) => l.price === "crossAzGb")).toBe(true);
  });

  it("F14: failover time no longer separates MSK Replicator from MirrorMaker 2 (no source)", () => {
    const p = plan({ rto: 20, ops: "control" });
    expect(option(p, "msk-replicator").recovery.rtoMinutes).toBe(option(p, "mirrormaker2").recovery.rtoMinutes);
    expect(option(p, "msk-replicator").reasons.find((r) => r.criterion === "rtoFit")?.impact).toBe(
      option(p, "mirrormaker2").reasons.find((r) => r.criterion === "rtoFit")?.impact,
    );
  });

  it("F15: RPO 0 across Regions is a headline; sizes past one cluster and the Kafka version are stated (limits.html, supported-configs)", () => {
    const zero = plan({ rpo: 0 });
    expect(zero.warnings?.[0]).toMatchObject({ kind: "out-of-reach", fact: "rpo.zero-cross-region" });
    expect(zero.summary).toMatch(/^An RPO of 0 across Regions is out of reach/);
    expect(plan({ rpo: 0, secondary: "us-east-1" }).warnings?.some((w) => w.kind === "out-of-reach")).toBe(false);
    expect(plan({ partitions: 200_000 }).warnings?.some((w) => w.fact === "msk.brokers-per-cluster")).toBe(true);
    expect(plan({ partitions: 20_000, mbps: 100 }).warnings?.some((w) => w.fact === "msk.brokers-per-cluster")).toBe(
      false,
    );
    expect(
      option(plan({}), "msk-replicator").caveats.find((c) => c.fact === "replicator.quota-topics")?.text,
    ).toContain("support case");
    expect(plan({}).warnings?.find((w) => w.kind === "version")?.text).toContain("2.7.0 or later");
    expect(plan({ kafka: "3.7.1" }).warnings?.some((w) => w.kind === "version")).toBe(false);
    const old = plan({
      goal: "migration",
      source: "on-premises",
      target: "msk-express",
      auth: "sasl-scram",
      kafka: "2.6.2",
    });
    expect(old.recommendation).toBe("mirrormaker2");
    expect(
      plan({ kafka: "2.7.0" })
        .options.find((o) => o.id === "msk-replicator")
        ?.blockers.map((b) => b.fact),
    ).toContain("replicator.kafka-version");
    expect(plan({ kafka: "2.7.0", naming: "prefixed" }).recommendation).toBe("msk-replicator");
    expect(plan({ kafka: "2.8.1" }).recommendation).toBe("msk-replicator");
  });

  it("F16: managed paths outside the four options are listed with when they win (firehose writing-with-msk, aws-access-mult-vpc, MSK Connect MM2 blog)", () => {
    expect(plan({ goal: "compliance" }).alsoConsider?.map((x) => x.id)).toContain("firehose-s3");
    expect(plan({ goal: "dr" }).alsoConsider?.map((x) => x.id)).not.toContain("firehose-s3");
    const share = plan({
      goal: "analytics",
      accounts: "cross",
      offsets: "no",
      primary: "us-east-1",
      secondary: "us-east-1",
    });
    expect(share.alsoConsider?.map((x) => x.id)).toEqual(
      expect.arrayContaining(["multi-vpc-sharing", "mm2-on-msk-connect"]),
    );
    expect(plan({ goal: "analytics", accounts: "cross", offsets: "no" }).alsoConsider?.map((x) => x.id)).not.toContain(
      "multi-vpc-sharing",
    );
    for (const x of share.alsoConsider ?? []) expect(x.source).toMatch(/^https:\/\//);
  });

  it("F17: mTLS help names AWS Private CA; s3.rpo cites the Lenses connector the code generates; external pairs beyond rollback are called undocumented", () => {
    expect(QUESTIONS.auth.choices.mtls.help).toContain("AWS Private CA");
    expect(FACTS["s3.rpo"].source).toContain("lenses.io");
    expect(FACTS["s3.rpo"].statement).toContain("flush.interval");
    const ext = option(
      plan({
        goal: "dr",
        source: "on-premises",
        target: "msk-express",
        auth: "mtls",
        topology: "active-active",
        naming: "prefixed",
      }),
      "msk-replicator",
    );
    expect(ext.caveats.map((c) => c.text).join(" ")).toMatch(
      /permanent active-active pair with it, and prefixed names towards it, are not documented/,
    );
  });

  it("F17: SASL/SCRAM or mTLS on MSK clusters is advice to turn IAM on beside it, as for the S3 sink, not a rule-out (msk-replicator-supported-configs); unauthenticated across Regions stays ruled out (mvpc-cluster-owner-action-turn-on)", () => {
    for (const auth of ["sasl-scram", "mtls"] as const) {
      const p = plan({ auth });
      expect(p.recommendation).toBe("msk-replicator");
      expect(p.caveats[0]?.fact).toBe("replicator.msk-iam");
      expect(p.flips.some((f) => f.param === "auth" && f.value === "iam")).toBe(false);
    }
    const none = plan({ auth: "none" });
    expect(blockerFacts(none, "msk-replicator")).toEqual(["replicator.multi-vpc-unauthenticated"]);
    // What still turns the default plan to MirrorMaker 2 on this question: no authentication, and the two MSK lacks.
    expect(
      plan({})
        .flips.filter((f) => f.param === "auth")
        .map((f) => f.value)
        .sort(),
    ).toEqual(["none", "oauth", "sasl-plain"]);
  });
});
