import { describe, expect, it } from "vitest";
import { architectureTitle } from "@/lib/architecture";
import { renderArchitectureSvg } from "@/lib/decision-record/diagram-svg";
import { BUNDLE_CASES, planFor } from "@/test/fixtures/plans";
import { DIAGRAM_FILE } from "@/lib/decision-record";
import type { IacFormat } from "@/lib/iac";
import { generateBundle } from "./bundle";

/** generateBundle with and without the diagram the browser's "Download all" passes in. */

const FORMATS: IacFormat[] = ["terraform", "cloudformation"];

describe("generateBundle: the diagram", () => {
  it.each(BUNDLE_CASES)(
    "$query $option: writes architecture.svg beside the record, which links it by path; the README lists it",
    ({ query, option }) => {
      const { plan, arch } = planFor(query, option);
      const svg = renderArchitectureSvg(arch);
      for (const format of FORMATS) {
        const plain = generateBundle(plan, arch, { format });
        const withDiagram = generateBundle(plan, arch, { format, diagramSvg: svg });
        expect(DIAGRAM_FILE).toBe("architecture.svg");
        expect(plain.images).toEqual([]);
        expect(withDiagram.images).toEqual([{ path: "architecture.svg", content: svg, mediaType: "image/svg+xml" }]);
        // The code, the runbook and the paths of the text files do not change; the tabs never see the SVG.
        expect(withDiagram.files.map((f) => f.path)).toEqual(plain.files.map((f) => f.path));
        expect(withDiagram.files.map((f) => f.path)).not.toContain("architecture.svg");
        for (const f of withDiagram.files)
          if (f.path !== "README.md" && f.path !== "DECISION-RECORD.md")
            expect(f).toEqual(plain.files.find((p) => p.path === f.path));

        const record = withDiagram.files.find((f) => f.path === "DECISION-RECORD.md")!.content;
        expect(record).toContain("](architecture.svg)");
        expect(record).toContain("- The architecture diagram (SVG): `architecture.svg` beside this record.");
        expect(record).not.toContain("data:image");
        expect(record).not.toContain("Diagram missing");
        // Otherwise the same record as without a diagram.
        const plainRecord = plain.files.find((f) => f.path === "DECISION-RECORD.md")!.content;
        const image = `![Architecture: ${architectureTitle(arch)}](architecture.svg)\n\n`;
        expect(record.indexOf(image)).toBeGreaterThan(record.indexOf("## Decision"));
        expect(record.indexOf(image)).toBeLessThan(record.indexOf("## Options considered"));
        expect(
          record
            .replace(image, "")
            .replace("- The architecture diagram (SVG): `architecture.svg` beside this record.\n", ""),
        ).toBe(plainRecord);

        const readme = withDiagram.files.find((f) => f.path === "README.md")!.content;
        const listed = readme.split("\n").filter((l) => l.startsWith("- `"));
        const files = listed.map((l) => l.slice(3, l.indexOf("`", 3)));
        expect(files.slice(-2)).toEqual(["DECISION-RECORD.md", "architecture.svg"]);
        expect(listed.at(-1)).toBe(
          "- `architecture.svg`: The architecture diagram (normal operation) that DECISION-RECORD.md shows.",
        );
        // Nothing else in the README changes.
        expect(readme.replace(`${listed.at(-1)}\n`, "")).toBe(plain.files.find((f) => f.path === "README.md")!.content);
        expect(plain.files.find((f) => f.path === "README.md")!.content).not.toContain("architecture.svg");
      }
    },
  );

  it("says the diagram is missing when it could not be drawn, and still gives every other file", () => {
    const { plan, arch } = planFor("?name=orders-dr");
    const plain = generateBundle(plan, arch, { format: "terraform" });
    const missing = generateBundle(plan, arch, {
      format: "terraform",
      diagramMissing: "Failed to fetch dynamically imported module: /_next/x.js",
    });
    expect(missing.images).toEqual([]);
    expect(missing.files.map((f) => f.path)).toEqual(plain.files.map((f) => f.path));
    const record = missing.files.find((f) => f.path === "DECISION-RECORD.md")!.content;
    expect(record).toContain(
      "> **Diagram missing:** the architecture diagram could not be drawn when this record was produced (Failed to fetch dynamically imported module: /\\_next/x.js). Open the permalink above in the advisor to see it, or download it from the Architecture section.",
    );
    expect(record).not.toContain("architecture.svg");
    expect(missing.files.find((f) => f.path === "README.md")!.content).not.toContain("architecture.svg");
    // A given diagram wins over a stale reason.
    const both = generateBundle(plan, arch, { format: "terraform", diagramSvg: "<svg/>", diagramMissing: "x" });
    expect(both.files.find((f) => f.path === "DECISION-RECORD.md")!.content).not.toContain("Diagram missing");
  });

  it("is deterministic", () => {
    const { plan, arch } = planFor("?accounts=cross&name=ledger-xacct");
    const a = generateBundle(plan, arch, { format: "cloudformation", diagramSvg: renderArchitectureSvg(arch) });
    const b = generateBundle(plan, arch, { format: "cloudformation", diagramSvg: renderArchitectureSvg(arch) });
    expect(a).toEqual(b);
  });
});
