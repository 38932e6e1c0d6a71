import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

// The index is what the first page may load: nothing it imports at run time reaches zod. Type-only
// imports and exports are erased by the compiler, so they do not count.
const ROOT = resolve(__dirname, "../..");

function runtimeSpecifiers(source: string): string[] {
  const out: string[] = [];
  for (const m of source.matchAll(
    /^(?:import|export)\s+(type\s+)?(?:\{([^}]*)\}\s+from\s+|[\w*\s]+from\s+)?"([^"]+)"/gm,
  )) {
    const typeOnly =
      m[1] !== undefined ||
      (m[2] !== undefined && m[2].split(",").every((n) => n.trim() === "" || n.trim().startsWith("type ")));
    if (!typeOnly) out.push(m[3]!);
  }
  return out;
}

function reachable(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const spec of runtimeSpecifiers(readFileSync(file, "utf8"))) {
    if (spec.startsWith(".") || spec.startsWith("@/")) {
      const base = spec.startsWith("@/") ? join(ROOT, spec.slice(2)) : resolve(dirname(file), spec);
      reachable(base.endsWith(".ts") ? base : `${base}.ts`, seen);
    } else seen.add(spec);
  }
  return seen;
}

describe("lib/answers index", () => {
  it("loads no zod at run time", () => {
    const modules = [...reachable(join(__dirname, "index.ts"))];
    expect(modules).toContain(join(__dirname, "values.ts"));
    expect(modules.filter((m) => m === "zod" || m.startsWith("zod/"))).toEqual([]);
    expect(modules).not.toContain(join(__dirname, "schema.ts"));
  });

  it("would notice the schema: it reaches zod itself", () => {
    expect([...reachable(join(__dirname, "permalink.ts"))]).toContain(join(__dirname, "schema.ts"));
    expect([...reachable(join(__dirname, "schema.ts"))].some((m) => m.startsWith("zod"))).toBe(true);
  });
});
