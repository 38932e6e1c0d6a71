import { describe, expect, it } from "vitest";
import { architectureTitle } from "@/lib/architecture";
import { OPTION_IDS, OPTIONS } from "@/lib/knowledge";
import { base64Utf8 } from "@/lib/markdown";
import { GOLDEN_CASES, planFor } from "@/test/fixtures/plans";
import { dollars, formatMinutes } from "@/lib/format";
import { KNOWLEDGE_CHECKED, renderDecisionRecord } from "./decision-record";

const SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><text>us-east-1 → us-west-2 · é</text></svg>';

describe("renderDecisionRecord", () => {
  it.each(GOLDEN_CASES)("$id: lists all four options with the plan's numbers", ({ query }) => {
    const { plan, arch } = planFor(query);
    const md = renderDecisionRecord(plan, arch);
    expect(md).toMatch(/^# ADR: Kafka replication for /);
    expect(md).toContain("- **Status:** Proposed");
    expect(md).toContain(`- **Date:** ${KNOWLEDGE_CHECKED}`);
    expect(md).toContain(plan.permalink);
    expect(plan.options).toHaveLength(OPTION_IDS.length);
    for (const o of plan.options) {
      const row = md.split("\n").find((l) => l.startsWith(`| ${o.name} |`));
      expect(row, o.name).toBeDefined();
      expect(row).toContain(`| ${o.score}/100 |`);
      expect(row).toContain(`| $${dollars(o.cost.monthly)} |`);
      expect(row).toContain(`| ${o.recovery.rpoSeconds} s`);
      expect(row).toContain(`| ${formatMinutes(o.recovery.rtoMinutes)}`);
      expect(md).toContain(`### ${o.name} — ${o.eligible ? `${o.score}/100` : "ruled out"}`);
      for (const b of o.blockers) expect(md).toContain(`✗ **Ruled out:** ${b.text}`);
      for (const r of o.reasons) {
        expect(md).toContain(r.text);
        expect(md).toContain(`(${r.source})`);
      }
    }
    const chosen = plan.options.find((o) => o.id === arch.option)!;
    expect(md).toContain(`We will use **${OPTIONS[arch.option].name}** (score ${chosen.score}/100)`);
    expect(md).toContain(`### Cost: about $${dollars(chosen.cost.monthly)} per month`);
    for (const a of chosen.cost.assumptions) expect(md).toContain(a);
    for (const c of chosen.caveats) expect(md).toContain(c.text);
    for (const f of plan.flips) expect(md).toContain(f.text);
    for (const label of ["What is the replication for?", "Recovery point objective", "Base name for resources"])
      expect(md).toContain(`| ${label} |`);
    expect(md).not.toContain("data:image");
    expect(renderDecisionRecord(plan, arch)).toBe(md);
  });

  it("embeds the diagram as a base64 SVG data URI when given", () => {
    const { plan, arch } = planFor("?name=orders-dr");
    const md = renderDecisionRecord(plan, arch, { diagramSvg: SVG });
    expect(md).toContain(`](data:image/svg+xml;base64,${base64Utf8(SVG)})`);
    expect(Buffer.from(base64Utf8(SVG), "base64").toString("utf8")).toBe(SVG);
    expect(md.indexOf("data:image/svg+xml")).toBeGreaterThan(md.indexOf("## Decision"));
    expect(md.indexOf("data:image/svg+xml")).toBeLessThan(md.indexOf("## Options considered"));
  });

  it("links a diagram file beside the record when a path is given (GitHub shows relative images, not data URIs)", () => {
    const { plan, arch } = planFor("?name=orders-dr");
    const md = renderDecisionRecord(plan, arch, { diagramSvg: SVG, diagramPath: "architecture.svg" });
    expect(md).toContain("](architecture.svg)");
    expect(md).not.toContain("data:image");
    expect(md).toContain("- The architecture diagram (SVG): `architecture.svg` beside this record.");
    expect(md).not.toContain("Diagram missing");
    // Only the image and its reference differ from the record without a diagram.
    const without = renderDecisionRecord(plan, arch);
    expect(
      md
        .replace(`![Architecture: ${architectureTitle(arch)}](architecture.svg)\n\n`, "")
        .replace("- The architecture diagram (SVG): `architecture.svg` beside this record.\n", ""),
    ).toBe(without);
  });

  it("says the diagram is missing, with the reason on one line and no Markdown in it, when it could not be drawn", () => {
    const { plan, arch } = planFor("?name=orders-dr");
    const md = renderDecisionRecord(plan, arch, { diagramMissing: "Loading chunk *5* failed.\n  (see [log])." });
    const line =
      "> **Diagram missing:** the architecture diagram could not be drawn when this record was produced (Loading chunk \\*5\\* failed. (see \\[log\\])). Open the permalink above in the advisor to see it, or download it from the Architecture section.";
    expect(md).toContain(`\n${line}\n\n## Options considered`);
    expect(md).not.toContain("](architecture.svg)");
    expect(renderDecisionRecord(plan, arch, { diagramMissing: "" })).toContain(
      "could not be drawn when this record was produced. Open the permalink",
    );
    // A diagram given wins.
    expect(renderDecisionRecord(plan, arch, { diagramPath: "architecture.svg", diagramMissing: "x" })).not.toContain(
      "Diagram missing",
    );
  });

  it("says so when the architecture is not the recommended option", () => {
    const { plan, arch } = planFor("?name=orders-dr", "mirrormaker2");
    const md = renderDecisionRecord(plan, arch);
    expect(md).toContain("We will use **Apache Kafka MirrorMaker 2**");
    expect(md).toContain("The advisor recommended Amazon MSK Replicator");
  });

  it("marks an objective the chosen option misses", () => {
    const { plan, arch } = planFor("?rto=5&name=orders-dr");
    const md = renderDecisionRecord(plan, arch);
    const chosen = plan.options.find((o) => o.id === arch.option)!;
    if (!chosen.recovery.meetsRto) expect(md).toContain("**misses it**");
    else expect(md).toContain("against an objective of 5 min — meets it");
  });
});

describe("golden decision records", () => {
  // `npm run test:update` rewrites them; a missing or different file fails the test.
  it.each(GOLDEN_CASES)("$id", async ({ id, query, option }) => {
    const { plan, arch } = planFor(query);
    expect(plan.recommendation).toBe(option);
    await expect(renderDecisionRecord(plan, arch)).toMatchFileSnapshot(`golden/${id}.md`);
  });
});

describe("the cost of failback in the record", () => {
  it("states the re-copy from EARLIEST for an on-demand reverse replicator, nothing for Multi-AZ", () => {
    const r = planFor("?name=orders-dr");
    const md = renderDecisionRecord(r.plan, r.arch);
    expect(md).toMatch(/- The failback: `orders-dr-reverse` is created with starting position EARLIEST/);
    expect(md).toContain("msk-replicator-failback.html");
    const m = planFor(GOLDEN_CASES[4].query);
    expect(renderDecisionRecord(m.plan, m.arch)).not.toMatch(/The failback:/);
  });
});
