import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decodePermalink } from "@/lib/answers";
import { buildArchitecture } from "@/lib/architecture";
import type { OptionId } from "@/lib/knowledge";
import { buildPlan } from "@/lib/scoring";
import { makeIacContext, renderCodeFiles, renderReadme } from "./index";

/**
 * Golden files: the generated code for a handful of representative plans, kept in the repository
 * so that a reviewer reads what changes. `npm run test:update` rewrites them; a missing or different
 * file fails the test.
 */
const CASES: { name: string; query: string; option?: OptionId; createTargetCluster?: boolean }[] = [
  { name: "replicator-dr-default", query: "goal=dr&name=orders-dr" },
  { name: "replicator-active-active-prefixed", query: "goal=dr&topology=active-active&naming=prefixed&name=payments" },
  { name: "replicator-onprem-to-express-scram", query: "goal=migration&source=on-premises&target=msk-express&auth=sasl-scram&name=legacy-move", createTargetCluster: true },
  { name: "mirrormaker2-cross-account", query: "goal=dr&accounts=cross&name=shared-dr", option: "mirrormaker2" },
  { name: "s3-backup", query: "goal=compliance&offsets=no&rto=600&name=audit-archive", option: "s3-backup" },
  { name: "multi-az", query: "goal=dr&secondary=us-east-1&name=single-region", option: "multi-az" },
];

const ROOT = join(__dirname, "golden");

describe("golden files", () => {
  for (const c of CASES) {
    it(c.name, async () => {
      const plan = buildPlan(decodePermalink(c.query).answers);
      const arch = buildArchitecture(plan, c.option ?? plan.recommendation);
      expect(arch.option).toBe(c.option ?? arch.option);
      const expected = new Map<string, string>();
      for (const format of ["terraform", "cloudformation"] as const) {
        const ctx = makeIacContext(plan, arch, { format, createTargetCluster: c.createTargetCluster ?? false });
        const files = renderCodeFiles(ctx);
        for (const f of [...files, { path: "README.md", content: renderReadme(ctx, files) }]) expected.set(join(format, f.path), f.content);
      }
      for (const [path, content] of expected) await expect(content, path).toMatchFileSnapshot(join("golden", c.name, path));
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
