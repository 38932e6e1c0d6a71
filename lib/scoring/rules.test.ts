import { describe, expect, it } from "vitest";
import { DEFAULT_ANSWERS, REGION_CODES, regionName, type Answers } from "@/lib/answers";
import { FACTS, replicatorRegionStatus, type FactId, type OptionId } from "@/lib/knowledge";
import { blockersFor, caveatsFor, criteriaReasons, replicatorIamToTurnOn, S3_MIN_RTO_MINUTES } from "./rules";

const answers = (over: Partial<Answers>): Answers => ({ ...DEFAULT_ANSWERS, ...over });
const facts = (option: OptionId, a: Answers): FactId[] => blockersFor(option, a).map((b) => b.fact);

/**
 * Every rule-out, shown firing and not firing. Each case: the option, the fact the blocker must
 * cite, answers where it fires, and the nearest answers where it must not.
 */
const RULE_OUTS: {
  name: string;
  option: OptionId;
  fact: FactId;
  fires: Partial<Answers>;
  doesNotFire: Partial<Answers>;
}[] = [
  {
    name: "Replicator: MSK clusters in different accounts",
    option: "msk-replicator",
    fact: "replicator.same-account",
    fires: { accounts: "cross" },
    doesNotFire: { accounts: "same" },
  },
  {
    name: "Replicator: cross-account rule is about MSK-to-MSK, not an external source",
    option: "msk-replicator",
    fact: "replicator.same-account",
    fires: { accounts: "cross", source: "msk-express" },
    doesNotFire: { accounts: "cross", source: "on-premises", target: "msk-express", auth: "sasl-scram" },
  },
  {
    name: "Replicator: Amazon MSK offers no SASL/PLAIN to keep beside IAM (SASL/SCRAM can)",
    option: "msk-replicator",
    fact: "replicator.msk-iam",
    fires: { auth: "sasl-plain" },
    doesNotFire: { auth: "sasl-scram" },
  },
  {
    name: "Replicator: Amazon MSK offers no OAuth to keep beside IAM (mTLS can)",
    option: "msk-replicator",
    fact: "replicator.msk-iam",
    fires: { auth: "oauth", source: "msk-serverless" },
    doesNotFire: { auth: "mtls", source: "msk-serverless" },
  },
  {
    name: "Replicator: unauthenticated MSK source across Regions (no multi-VPC connectivity beside unauthenticated access)",
    option: "msk-replicator",
    fact: "replicator.multi-vpc-unauthenticated",
    fires: { auth: "none" },
    doesNotFire: { auth: "none", primary: "us-west-2", secondary: "us-west-2" },
  },
  {
    name: "Replicator: an unauthenticated Serverless source needs no multi-VPC connectivity",
    option: "msk-replicator",
    fact: "replicator.multi-vpc-unauthenticated",
    fires: { auth: "none", source: "msk-provisioned" },
    doesNotFire: { auth: "none", source: "msk-serverless" },
  },
  {
    name: "Replicator: external source into Serverless",
    option: "msk-replicator",
    fact: "replicator.external-source",
    fires: { source: "self-managed", target: "msk-serverless", auth: "sasl-scram" },
    doesNotFire: { source: "self-managed", target: "msk-provisioned", auth: "sasl-scram" },
  },
  {
    name: "Replicator: external source with IAM",
    option: "msk-replicator",
    fact: "replicator.external-source",
    fires: { source: "other-cloud", target: "msk-express", auth: "iam" },
    doesNotFire: { source: "other-cloud", target: "msk-express", auth: "mtls" },
  },
  {
    name: "Replicator: external source without authentication",
    option: "msk-replicator",
    fact: "replicator.external-source",
    fires: { source: "on-premises", target: "msk-express", auth: "none" },
    doesNotFire: { source: "on-premises", target: "msk-express", auth: "sasl-scram" },
  },
  {
    name: "Replicator: custom topic names",
    option: "msk-replicator",
    fact: "replicator.naming",
    fires: { naming: "custom" },
    doesNotFire: { naming: "prefixed" },
  },
  {
    name: "Replicator: Serverless target above its 200 MBps ingress quota (limits.html#serverless-quota)",
    option: "msk-replicator",
    fact: "serverless.quota-ingress",
    fires: { target: "msk-serverless", mbps: 201, partitions: 700 },
    doesNotFire: { target: "msk-serverless", mbps: 200, partitions: 700 },
  },
  {
    name: "Replicator: external source with SASL/PLAIN only (msk-replicator-external-prereqs)",
    option: "msk-replicator",
    fact: "replicator.external-sasl-plain",
    fires: { source: "other-cloud", target: "msk-express", auth: "sasl-plain" },
    doesNotFire: { source: "other-cloud", target: "msk-express", auth: "oauth" },
  },
  {
    name: "Replicator: external source older than Kafka 2.8.1",
    option: "msk-replicator",
    fact: "replicator.external-source",
    fires: { source: "on-premises", target: "msk-express", auth: "sasl-scram", kafka: "2.8.0" },
    doesNotFire: { source: "on-premises", target: "msk-express", auth: "sasl-scram", kafka: "2.8.1" },
  },
  {
    name: "Replicator: MSK source older than Kafka 2.7.0",
    option: "msk-replicator",
    fact: "replicator.kafka-version",
    fires: { naming: "prefixed", kafka: "2.6.3" },
    doesNotFire: { naming: "prefixed", kafka: "2.7" },
  },
  {
    name: "Replicator: identical names on an MSK source older than 2.8.1",
    option: "msk-replicator",
    fact: "replicator.kafka-version",
    fires: { naming: "identical", kafka: "2.8" },
    doesNotFire: { naming: "identical" },
  },
  {
    name: "S3: MSK Connect cannot authenticate to an external SASL/SCRAM cluster (MSKC API: NONE | IAM)",
    option: "s3-backup",
    fact: "s3.msk-connect-auth",
    fires: { source: "self-managed", auth: "sasl-scram", offsets: "no", rto: 1440 },
    doesNotFire: { source: "self-managed", auth: "none", offsets: "no", rto: 1440 },
  },
  {
    name: "S3: MSK Connect cannot authenticate to an external mTLS cluster",
    option: "s3-backup",
    fact: "s3.msk-connect-auth",
    fires: { source: "on-premises", auth: "mtls", offsets: "no", rto: 1440 },
    doesNotFire: { source: "msk-provisioned", auth: "mtls", offsets: "no", rto: 1440 },
  },
  {
    name: "S3: offsets do not hard-block a compliance archive",
    option: "s3-backup",
    fact: "s3.offsets-lost",
    fires: { goal: "dr", offsets: "yes", rto: 1440 },
    doesNotFire: { goal: "compliance", offsets: "yes", rto: 1440 },
  },
  {
    name: "S3: a short RTO does not hard-block a compliance archive",
    option: "s3-backup",
    fact: "s3.not-hot-standby",
    fires: { goal: "dr", offsets: "no", rto: 30 },
    doesNotFire: { goal: "compliance", offsets: "no", rto: 30 },
  },
  {
    name: "S3: active-active",
    option: "s3-backup",
    fact: "s3.one-way",
    fires: { topology: "active-active", offsets: "no", rto: 1440 },
    doesNotFire: { topology: "active-passive", offsets: "no", rto: 1440 },
  },
  {
    name: "S3: migration",
    option: "s3-backup",
    fact: "s3.one-way",
    fires: { goal: "migration", offsets: "no", rto: 1440 },
    doesNotFire: { goal: "compliance", offsets: "no", rto: 1440 },
  },
  {
    name: "S3: offsets must follow",
    option: "s3-backup",
    fact: "s3.offsets-lost",
    fires: { offsets: "yes", rto: 1440 },
    doesNotFire: { offsets: "no", rto: 1440 },
  },
  {
    name: "S3: RTO under the restore set-up time",
    option: "s3-backup",
    fact: "s3.not-hot-standby",
    fires: { offsets: "no", rto: S3_MIN_RTO_MINUTES - 1 },
    doesNotFire: { offsets: "no", rto: S3_MIN_RTO_MINUTES },
  },
  {
    name: "Multi-AZ: data not in MSK",
    option: "multi-az",
    fact: "multiaz.needs-msk",
    fires: { source: "self-managed", secondary: "us-east-1" },
    doesNotFire: { source: "msk-provisioned", secondary: "us-east-1" },
  },
  {
    name: "Multi-AZ: a Region loss must be survived",
    option: "multi-az",
    fact: "multiaz.scope",
    fires: { secondary: "us-west-2" },
    doesNotFire: { secondary: "us-east-1" },
  },
  {
    name: "Multi-AZ: compliance needs a second copy",
    option: "multi-az",
    fact: "multiaz.scope",
    fires: { goal: "compliance", secondary: "us-east-1" },
    doesNotFire: { goal: "dr", secondary: "us-east-1" },
  },
  {
    name: "Multi-AZ: migration needs a second cluster",
    option: "multi-az",
    fact: "multiaz.scope",
    fires: { goal: "migration", secondary: "us-east-1" },
    doesNotFire: { goal: "dr", secondary: "us-east-1" },
  },
  {
    name: "Multi-AZ: analytics needs a second copy",
    option: "multi-az",
    fact: "multiaz.scope",
    fires: { goal: "analytics", secondary: "us-east-1" },
    doesNotFire: { goal: "dr", secondary: "us-east-1" },
  },
  {
    name: "Multi-AZ: another account",
    option: "multi-az",
    fact: "multiaz.scope",
    fires: { accounts: "cross", secondary: "us-east-1" },
    doesNotFire: { accounts: "same", secondary: "us-east-1" },
  },
  {
    name: "Multi-AZ: active-active needs two clusters",
    option: "multi-az",
    fact: "multiaz.scope",
    fires: { topology: "active-active", secondary: "us-east-1" },
    doesNotFire: { topology: "active-passive", secondary: "us-east-1" },
  },
];

describe("rule-outs", () => {
  for (const rule of RULE_OUTS) {
    it(`fires: ${rule.name}`, () => {
      const blockers = blockersFor(rule.option, answers(rule.fires));
      const cited = blockers.find((b) => b.fact === rule.fact);
      expect(cited).toBeDefined();
      expect(cited?.source).toBe(FACTS[rule.fact].source);
      expect(cited?.text.length).toBeGreaterThan(20);
    });
    it(`does not fire: ${rule.name}`, () => {
      expect(facts(rule.option, answers(rule.doesNotFire))).not.toContain(rule.fact);
    });
  }

  it("never rules out MirrorMaker 2, so there is always a recommendation", () => {
    for (const a of [
      answers({}),
      answers({ topology: "active-active", naming: "identical", accounts: "cross" }),
      answers({ naming: "custom", auth: "none" }),
      answers({ target: "msk-serverless", mbps: 5000 }),
      answers({ source: "other-cloud", auth: "sasl-plain", kafka: "0.11" }),
    ]) {
      expect(blockersFor("mirrormaker2", a)).toEqual([]);
    }
  });
});

describe("caveats and reasons that depend on the answers", () => {
  const texts = (option: OptionId, a: Answers) =>
    caveatsFor(option, a)
      .map((c) => c.text)
      .join("\n");

  it("tells the team to split topics between replicators only above the 1 GB/s one replicator carries", () => {
    expect(texts("msk-replicator", answers({ mbps: 1000 }))).not.toMatch(/per direction and split the topics/);
    expect(texts("msk-replicator", answers({ mbps: 1001 }))).toMatch(/run 2 per direction and split the topics/);
    expect(texts("msk-replicator", answers({ mbps: 2500 }))).toMatch(/run 3 per direction/);
  });

  it("states the broker minimums, with the two-AZ case, wherever an MSK Provisioned cluster takes part", () => {
    expect(texts("msk-replicator", answers({}))).toMatch(
      /at least 3 per cluster \(4 if it spans two Availability Zones\)/,
    );
    expect(
      texts("msk-replicator", answers({ source: "on-premises", target: "msk-express", auth: "sasl-scram" })),
    ).toMatch(/m5\.large/);
    expect(texts("msk-replicator", answers({ source: "msk-serverless", target: "msk-serverless" }))).not.toMatch(
      /m5\.large/,
    );
  });

  it("names the cluster settings to leave alone once MSK Replicator exists, tiered storage first (msk-replicator-post-creation-config), for the replicator only", () => {
    expect(texts("msk-replicator", answers({}))).toMatch(/leave tiered storage as it is on both clusters/);
    expect(caveatsFor("mirrormaker2", answers({})).some((c) => c.fact === "replicator.post-creation-config")).toBe(
      false,
    );
  });

  it("warns about recreating deleted topics only for active-active with identical names", () => {
    const warning = /wait at least 30 s before recreating it/;
    expect(texts("msk-replicator", answers({ topology: "active-active", naming: "identical" }))).toMatch(warning);
    expect(texts("msk-replicator", answers({ topology: "active-active", naming: "prefixed" }))).not.toMatch(warning);
    expect(texts("msk-replicator", answers({ topology: "active-passive", naming: "identical" }))).not.toMatch(warning);
  });

  it("applies AWS's minimum partitions for MSK Replicator's throughput to MSK Replicator only", () => {
    const few = answers({ mbps: 100, partitions: 10 });
    expect(
      criteriaReasons("msk-replicator", few).some(
        (r) => r.criterion === "partitions" && r.fact === "replicator.sizing",
      ),
    ).toBe(true);
    expect(criteriaReasons("mirrormaker2", few).some((r) => r.fact === "replicator.sizing")).toBe(false);
  });

  // MSK Replicator needs IAM on MSK clusters (msk-replicator-supported-configs), and a cluster can
  // have IAM on beside SASL/SCRAM, mTLS or unauthenticated access (msk-replicator-prepare-clusters):
  // a caveat first in the list and a few points, naming the clusters concerned; never for IAM.
  describe("MSK clusters whose clients use SASL/SCRAM, mTLS or no authentication: IAM beside it, not a rule-out", () => {
    const iamReason = (a: Answers) =>
      criteriaReasons("msk-replicator", a).find((r) => r.fact === "replicator.msk-iam" && r.impact < 0);

    it("SASL/SCRAM between two Provisioned clusters: eligible, −3 and the caveat first, naming both clusters and the way out", () => {
      const a = answers({ auth: "sasl-scram" });
      expect(blockersFor("msk-replicator", a)).toEqual([]);
      expect(iamReason(a)).toMatchObject({ criterion: "connectivity", impact: -3 });
      const [first] = caveatsFor("msk-replicator", a);
      expect(first?.fact).toBe("replicator.msk-iam");
      expect(first?.text).toMatch(/turn IAM on beside SASL\/SCRAM on the source and target clusters/);
      expect(first?.text).toMatch(
        /If your security policy does not allow IAM on these clusters, MSK Replicator cannot run/,
      );
    });

    it("names only the Provisioned end when the other is Serverless (IAM only), and nothing between two Serverless clusters", () => {
      expect(caveatsFor("msk-replicator", answers({ auth: "mtls", target: "msk-serverless" }))[0]?.text).toMatch(
        /beside mutual TLS on the source cluster\b/,
      );
      expect(replicatorIamToTurnOn(answers({ auth: "mtls", source: "msk-serverless" }))).toEqual(["target"]);
      const serverless = answers({ auth: "sasl-scram", source: "msk-serverless", target: "msk-serverless" });
      expect(replicatorIamToTurnOn(serverless)).toEqual([]);
      expect(iamReason(serverless)).toBeUndefined();
    });

    it("unauthenticated clusters in one Region keep unauthenticated access", () => {
      const a = answers({ auth: "none", primary: "eu-west-1", secondary: "eu-west-1" });
      expect(blockersFor("msk-replicator", a)).toEqual([]);
      expect(iamReason(a)?.text).toMatch(/your other clients keep unauthenticated access/);
    });

    it("no caveat and no points with IAM, nor for an external source (its own authentication)", () => {
      for (const a of [
        answers({ auth: "iam" }),
        answers({ source: "on-premises", target: "msk-express", auth: "sasl-scram" }),
      ]) {
        expect(replicatorIamToTurnOn(a)).toEqual([]);
        expect(iamReason(a)).toBeUndefined();
        expect(caveatsFor("msk-replicator", a).some((c) => c.fact === "replicator.msk-iam")).toBe(false);
      }
    });
  });

  // AWS's developer guide (msk-replicator.html, re-read 2026-12-02) lists 16 Regions; a secondary
  // post reports ten more. Only the documented ones go without a flag, on the source's side as on the target's.
  describe("MSK Replicator's Regions follow the knowledge base's list, in both directions", () => {
    const regionReasons = (a: Answers) =>
      criteriaReasons("msk-replicator", a).filter(
        (r) => r.fact === "replicator.regions" || r.fact === "replicator.regions-secondary",
      );

    it("no flag between two documented Regions (us-east-1 and sa-east-1, either way round)", () => {
      expect(regionReasons(answers({ primary: "us-east-1", secondary: "sa-east-1" }))).toEqual([]);
      expect(regionReasons(answers({ primary: "sa-east-1", secondary: "us-east-1" }))).toEqual([]);
    });

    it("an undocumented Region is flagged (−3, unverified) whether it is the source's or the target's", () => {
      for (const a of [
        answers({ primary: "ap-south-2", secondary: "us-east-1" }),
        answers({ primary: "us-east-1", secondary: "ap-south-2" }),
      ]) {
        const [r, ...rest] = regionReasons(a);
        expect(rest).toEqual([]);
        expect(r).toMatchObject({ fact: "replicator.regions", impact: -3, unverified: true });
        expect(r?.text).toContain(regionName("ap-south-2"));
        expect(r?.text).toContain("AWS lists 16 Regions");
      }
    });

    it("a Region reported only by secondary sources cites that source (−1), on either side", () => {
      for (const a of [
        answers({ primary: "il-central-1", secondary: "eu-central-1" }),
        answers({ primary: "eu-central-1", secondary: "il-central-1" }),
      ])
        expect(regionReasons(a)).toEqual([
          expect.objectContaining({ fact: "replicator.regions-secondary", impact: -1, unverified: true }),
        ]);
      expect(FACTS["replicator.regions-secondary"].status).toBe("secondary");
    });

    it("every Region the wizard offers is flagged exactly when it is not in the documented list", () => {
      for (const code of REGION_CODES) {
        const documented = replicatorRegionStatus(code) === "verified";
        expect(regionReasons(answers({ primary: code, secondary: "us-east-1" })).length === 0, code).toBe(documented);
        expect(regionReasons(answers({ primary: "us-east-1", secondary: code })).length === 0, code).toBe(documented);
      }
    });

    it("a self-managed source is not flagged for its own Region (the replicator runs in the target's), and the Express-broker caveat says no list was found", () => {
      const external = { source: "on-premises", target: "msk-express", auth: "sasl-scram" } as const;
      expect(regionReasons(answers({ ...external, primary: "ap-south-2", secondary: "us-east-1" }))).toEqual([]);
      expect(regionReasons(answers({ ...external, primary: "us-east-1", secondary: "ap-south-2" }))).toHaveLength(1);
      const express = criteriaReasons("msk-replicator", answers(external)).find(
        (r) => r.fact === "replicator.external-regions",
      );
      expect(express?.text).toMatch(/no AWS list of those Regions could be found/);
      expect(criteriaReasons("msk-replicator", answers({})).some((r) => r.fact === "replicator.external-regions")).toBe(
        false,
      );
    });
  });
});
