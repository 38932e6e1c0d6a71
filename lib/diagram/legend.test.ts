import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildArchitecture } from "@/lib/architecture";
import { OPTION_IDS } from "@/lib/knowledge";
import { buildPlan } from "@/lib/scoring";
import { planFor } from "@/test/fixtures/plans";
import { arbitraryAnswers } from "@/test/helpers/answers";
import { layoutArchitecture, type DiagramView } from "./layout";
import { legendEntries } from "./legend";

describe("legendEntries", () => {
  it("names the flows of the default plan, replication first, and no failover frame before failover", () => {
    const { arch } = planFor("?v=1");
    expect(legendEntries(arch, layoutArchitecture(arch, "steady"))).toEqual([
      { sample: "line", kind: "replication", dashed: true, words: "Replication (dashed: live)" },
      { sample: "line", kind: "client", dashed: false, words: "Producers and consumers" },
    ]);
    const failover = legendEntries(arch, layoutArchitecture(arch, "failover"));
    expect(failover.at(-1)).toEqual({ sample: "failover-only", words: "Only after failover" });
  });

  it("names backup and restore once, in the backup colour", () => {
    const { arch } = planFor("?goal=compliance&offsets=no&rto=1440", "s3-backup");
    const steady = legendEntries(arch, layoutArchitecture(arch, "steady"));
    const after = legendEntries(arch, layoutArchitecture(arch, "failover"));
    expect(steady.filter((e) => e.words === "Backup and restore")).toEqual([
      { sample: "line", kind: "backup", dashed: false, words: "Backup and restore" },
    ]);
    expect(after.filter((e) => e.words === "Backup and restore")).toHaveLength(1);
    expect(after.at(-1)).toEqual({ sample: "failover-only", words: `Only ${arch.failoverLabel.toLowerCase()}` });
  });

  it("for any answers, option and view: one entry per kind of flow drawn, none for a kind not drawn, each once", () => {
    fc.assert(
      fc.property(
        arbitraryAnswers,
        fc.constantFrom(...OPTION_IDS),
        fc.constantFrom<DiagramView>("steady", "failover"),
        (answers, option, view) => {
          const arch = buildArchitecture(buildPlan(answers), option);
          const layout = layoutArchitecture(arch, view);
          const entries = legendEntries(arch, layout);
          const drawn = new Set(layout.flows.filter((f) => f.drawn).map((f) => f.flow.kind));
          const named = (kind: string) =>
            entries.filter(
              (e) => e.sample === "line" && (e.kind === kind || (kind === "restore" && e.kind === "backup")),
            );
          for (const kind of drawn) expect(named(kind)).toHaveLength(1);
          for (const e of entries)
            if (e.sample === "line")
              expect(drawn.has(e.kind) || (e.kind === "backup" && drawn.has("restore"))).toBe(true);
          expect(new Set(entries.map((e) => e.words)).size).toBe(entries.length);
          expect(entries.some((e) => e.sample === "failover-only")).toBe(
            layout.nodes.some((l) => l.node.phase === "failover"),
          );
        },
      ),
      { numRuns: 150 },
    );
  });
});
