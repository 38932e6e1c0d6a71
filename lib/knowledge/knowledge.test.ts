import { describe, expect, it } from "vitest";
import { REGION_CODES } from "@/lib/answers";
import { FACTS, LIMITS, OPTIONS, OPTION_IDS, PRICES, replicatorRegionStatus } from "./index";
import { REPLICATOR_REGIONS } from "./facts";

describe("knowledge base", () => {
  it("every fact has a statement, an https source, an ISO check date and a status", () => {
    for (const [id, f] of Object.entries(FACTS)) {
      expect(f.statement.length, id).toBeGreaterThan(30);
      expect(f.source, id).toMatch(/^https:\/\/[^\s]+$/);
      expect(f.checked, id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(["verified", "secondary", "unverified"], id).toContain(f.status);
    }
  });

  it("every price has an amount, a unit, a source and a date", () => {
    for (const [id, p] of Object.entries(PRICES)) {
      // The one zero: the marker for a transfer rate the table does not know (shown, never guessed).
      if (id === "interRegionUnpricedGb") expect(p.amount, id).toBe(0);
      else expect(p.amount, id).toBeGreaterThan(0);
      expect(p.source, id).toMatch(/^https:\/\//);
      expect(p.checked, id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it("states what is current, not only the 2025 picture", () => {
    expect(FACTS["replicator.same-account"].statement).toMatch(/same AWS account/);
    expect(FACTS["replicator.external-source"].statement).toMatch(/Express/);
    expect(FACTS["replicator.external-source"].statement).toMatch(/SASL\/SCRAM, mTLS or SASL\/OAUTHBEARER/);
    expect(FACTS["replicator.identical-loops"].statement).toContain("__mskmr");
    expect(FACTS["replicator.enhanced-offset-sync"].statement).toMatch(/ENHANCED/);
  });

  it("marks the unverified Replicator prices as unverified", () => {
    expect(PRICES.replicatorHour.status).toBe("unverified");
    expect(PRICES.replicatorGb.status).toBe("unverified");
  });

  it("limits cite facts that exist", () => {
    for (const l of Object.values(LIMITS)) expect(FACTS[l.fact]).toBeDefined();
  });

  it("Replicator Regions are real Region codes, and unknown Regions are reported as such", () => {
    for (const r of [...REPLICATOR_REGIONS.verified, ...REPLICATOR_REGIONS.secondary])
      expect(REGION_CODES).toContain(r);
    expect(replicatorRegionStatus("us-east-1")).toBe("verified");
    expect(replicatorRegionStatus("me-central-1")).toBe("secondary");
    expect(replicatorRegionStatus("mx-central-1")).toBe("unknown");
  });

  it("the documented Replicator Regions are the developer guide's 16 (msk-replicator.html, re-read 2026-12-02), and each fact names its own list", () => {
    // The statement quotes the developer guide; the list the scoring reads must be exactly the Regions it names.
    expect(REPLICATOR_REGIONS.verified).toHaveLength(16);
    const named = (id: "replicator.regions" | "replicator.regions-secondary") =>
      REGION_CODES.filter((r) => new RegExp(`\\b${r}\\b`).test(FACTS[id].statement));
    expect(named("replicator.regions").sort()).toEqual([...REPLICATOR_REGIONS.verified].sort());
    expect(named("replicator.regions-secondary").sort()).toEqual([...REPLICATOR_REGIONS.secondary].sort());
    expect(FACTS["replicator.regions"].checked).toBe("2026-12-02");
    expect(FACTS["replicator.regions-secondary"].status).toBe("secondary");
  });

  it("describes all four options", () => {
    expect(Object.keys(OPTIONS)).toEqual([...OPTION_IDS]);
  });
});
