import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decodePermalink } from "@/lib/answers";
import { buildArchitecture } from "@/lib/architecture";
import { buildPlan } from "@/lib/scoring";
import { IAC_GOLDEN_PLANS } from "@/test/fixtures/plans";
import { makeIacContext, renderCodeFiles, renderReadme } from "./index";

// Golden files: the generated code for a handful of representative plans, kept in the repository
// so that a reviewer reads what changes. `npm run test:update` rewrites them; a missing or different
// file fails the test.

const ROOT = join(__dirname, "golden");

describe("golden files", () => {
  for (const c of IAC_GOLDEN_PLANS) {
    it(c.name, async () => {
      const plan = buildPlan(decodePermalink(c.query).answers);
      const arch = buildArchitecture(plan, c.option ?? plan.recommendation);
      expect(arch.option).toBe(c.option ?? arch.option);
      const expected = new Map<string, string>();
      for (const format of ["terraform", "cloudformation"] as const) {
        const ctx = makeIacContext(plan, arch, { format, createTargetCluster: c.createTargetCluster ?? false });
        const files = renderCodeFiles(ctx);
        for (const f of [...files, { path: "README.md", content: renderReadme(ctx, files) }])
          expected.set(join(format, f.path), f.content);
      }
      for (const [path, content] of expected)
        await expect(content, path).toMatchFileSnapshot(join("golden", c.name, path));
      // No stale file is left beside them (a file the generator stopped writing).
      const dir = join(ROOT, c.name);
      const actual = readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
        .sort();
      expect(actual).toEqual([...expected.keys()].sort());
    });
  }
});
