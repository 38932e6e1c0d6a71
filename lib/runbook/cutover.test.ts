import { describe, expect, it } from "vitest";
import { OPTION_IDS } from "@/lib/knowledge";
import { buildContext } from "./context";
import { cutoverPlan, cutoverSection } from "./cutover";
import { renderRunbook } from "./index";
import { planFor } from "@/test/fixtures/plans";

const NAMINGS = ["identical", "prefixed", "custom"] as const;

/** What each option × naming mode must say, independently of the implementation's wording. */
const EXPECTED = {
  "msk-replicator": {
    identical: { subscription: "orders", pattern: false, remote: /`orders`, the same name/ },
    // MSK Replicator has no custom naming: anything but identical is the source alias prefix.
    prefixed: {
      subscription: "^(<sourceKafkaClusterAlias>\\.)?orders$",
      pattern: true,
      remote: /sourceKafkaClusterAlias>\.orders/,
    },
    custom: {
      subscription: "^(<sourceKafkaClusterAlias>\\.)?orders$",
      pattern: true,
      remote: /sourceKafkaClusterAlias>\.orders/,
    },
  },
  mirrormaker2: {
    identical: { subscription: "orders", pattern: false, remote: /IdentityReplicationPolicy/ },
    prefixed: {
      subscription: "^(primary\\.)?orders$",
      pattern: true,
      remote: /`primary\.orders` \(DefaultReplicationPolicy/,
    },
    custom: {
      subscription: "<remote name of orders under your policy>",
      pattern: true,
      remote: /your replication policy/,
    },
  },
  "s3-backup": {
    identical: { subscription: "orders", pattern: false, remote: /same name/ },
    prefixed: { subscription: "orders", pattern: false, remote: /same name/ },
    custom: { subscription: "orders", pattern: false, remote: /same name/ },
  },
} as const;

describe("cutoverPlan: every option × naming mode", () => {
  for (const option of OPTION_IDS) {
    for (const naming of NAMINGS) {
      it(`${option}, ${naming} names`, () => {
        const { plan, arch } = planFor(`?naming=${naming}&name=shop`, option);
        const p = cutoverPlan(arch);
        if (option === "multi-az") {
          expect(p.applies).toBe(false);
          expect(cutoverSection(buildContext(plan, arch))).toBeUndefined();
          expect(renderRunbook(plan, arch)).not.toContain("Cutover plan per consumer group");
          return;
        }
        const want = EXPECTED[option][naming];
        expect(p.applies).toBe(true);
        expect(p.subscription).toBe(want.subscription);
        expect(p.pattern).toBe(want.pattern);
        expect(p.remoteName).toMatch(want.remote);
        // Every plan says where the group resumes, what to do without synced offsets, duplicates, order and stateful consumers.
        expect(p.resumeText.length).toBeGreaterThan(20);
        expect(p.notSynced).toMatch(/--reset-offsets|--to-datetime|by hand/);
        expect(p.duplicates).toMatch(/again|re-read/);
        expect(p.order.length).toBeGreaterThanOrEqual(4);
        expect(p.order.findIndex((o) => /switch/i.test(o))).toBeGreaterThan(-1);
        expect(p.stateful.join(" ")).toMatch(/Kafka Streams/);
        expect(p.stateful.join(" ")).toMatch(/changelog/);

        const md = renderRunbook(plan, arch);
        expect(md).toContain("## Cutover plan per consumer group");
        expect(md).toContain(`Subscription: \`${p.subscription}\``);
        expect(md).toContain('--describe --group "$GROUP"');
        expect(md).toContain("kafka-streams-application-reset.sh");
      });
    }
  }

  it("with offsets synchronised the group resumes from translated offsets; without, by time", () => {
    for (const option of ["msk-replicator", "mirrormaker2"] as const) {
      expect(cutoverPlan(planFor("?offsets=yes&name=shop", option).arch).resume).toBe("translated offsets");
      expect(cutoverPlan(planFor("?offsets=no&name=shop", option).arch).resume).toBe("reset by time");
    }
    expect(cutoverPlan(planFor("?name=shop", "s3-backup").arch).resume).toBe("earliest or a timestamp");
  });

  it("MSK Replicator: offsets are checked before producers write to the standby, and LEGACY failback resets by time", () => {
    const p = cutoverPlan(planFor("?name=shop", "msk-replicator").arch);
    const check = p.order.findIndex((o) => /translated offsets/.test(o));
    const producers = p.order.findIndex((o) => /Start producers on the standby/.test(o));
    expect(check).toBeGreaterThan(-1);
    expect(check).toBeLessThan(producers);
    expect(p.failback).toMatch(/LEGACY.*does not translate/);
    const aa = cutoverPlan(planFor("?topology=active-active&naming=identical&name=shop", "msk-replicator").arch);
    expect(aa.failback).toMatch(/ENHANCED/);
  });

  it("MirrorMaker 2 with identity names stops MirrorMaker 2 before the switch", () => {
    const p = cutoverPlan(planFor("?naming=identical&name=shop", "mirrormaker2").arch);
    const stop = p.order.findIndex((o) => /Stop MirrorMaker 2/.test(o));
    expect(stop).toBeGreaterThan(-1);
    expect(stop).toBeLessThan(p.order.findIndex((o) => /switch/i.test(o)));
  });
});
