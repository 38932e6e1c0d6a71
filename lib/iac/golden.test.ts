import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { GOLDEN_CASES, planFor } from "@/test/fixtures/plans";
import { makeIacContext, renderCodeFiles, renderReadme } from "./index";

// Golden files: the generated code for a handful of representative plans, kept in the repository
// so that a reviewer reads what changes. `npm run test:update` rewrites them; a missing or different
// file fails the test.

const ROOT = join(__dirname, "golden");

describe("golden files", () => {
  for (const c of GOLDEN_CASES) {
    it(c.id, async () => {
      const { plan, arch } = planFor(c.query);
      expect(plan.recommendation).toBe(c.option);
      const expected = new Map<string, string>();
      for (const format of ["terraform", "cloudformation"] as const) {
        const ctx = makeIacContext(plan, arch, {
          format,
          createTargetCluster: "createTargetCluster" in c && c.createTargetCluster,
        });
        const files = renderCodeFiles(ctx);
        for (const f of [...files, { path: "README.md", content: renderReadme(ctx, files) }])
          expected.set(join(format, f.path), f.content);
      }
      for (const [path, content] of expected)
        await expect(content, path).toMatchFileSnapshot(join("golden", c.id, path));
      // No stale file is left beside them (a file the generator stopped writing).
      const dir = join(ROOT, c.id);
      const actual = readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
        .sort();
      expect(actual).toEqual([...expected.keys()].sort());
    });
  }
});
