import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { decodePermalink } from "@/lib/answers";
import { buildArchitecture } from "@/lib/architecture";
import type { OptionId } from "@/lib/knowledge";
import { buildPlan } from "@/lib/scoring";
import { makeIacContext } from "./model/context";
import { codeFiles } from "./test-helpers";
import { renderReadme } from "./readme";

/**
 * Golden files: the generated code for a handful of representative plans, kept in the repository
 * so that a reviewer reads what changes. `UPDATE_GOLDEN=1 npx vitest run lib/iac/golden` rewrites them.
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
const update = process.env.UPDATE_GOLDEN === "1";

describe("golden files", () => {
  for (const c of CASES) {
    it(c.name, () => {
      const plan = buildPlan(decodePermalink(c.query).answers);
      const arch = buildArchitecture(plan, c.option ?? plan.recommendation);
      expect(arch.option).toBe(c.option ?? arch.option);
      const expected = new Map<string, string>();
      for (const format of ["terraform", "cloudformation"] as const) {
        const files = codeFiles({ plan, arch, format, createTargetCluster: c.createTargetCluster ?? false });
        const readme = renderReadme(makeIacContext(plan, arch, { format, createTargetCluster: c.createTargetCluster ?? false }), files);
        for (const f of [...files, { path: "README.md", content: readme }]) expected.set(join(format, f.path), f.content);
      }
      const dir = join(ROOT, c.name);
      if (update) {
        rmSync(dir, { recursive: true, force: true });
        for (const [path, content] of expected) {
          mkdirSync(dirname(join(dir, path)), { recursive: true });
          writeFileSync(join(dir, path), content);
        }
        return;
      }
      expect(existsSync(dir), `${dir} is missing: run UPDATE_GOLDEN=1 npx vitest run lib/iac/golden`).toBe(true);
      const actual = readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
        .sort();
      expect(actual).toEqual([...expected.keys()].sort());
      for (const [path, content] of expected) expect(readFileSync(join(dir, path), "utf8"), path).toBe(content);
    });
  }
});
