import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodePermalink } from "../answers/permalink";
import { importFiles } from "./index";

const FIXTURES = join(__dirname, "fixtures");
const fixtures = readdirSync(FIXTURES).map((name) => readFileSync(join(FIXTURES, name), "utf8"));

/** Whatever comes in, the import answers (success or problems) and never throws. */
function checkTotal(texts: string[]) {
  const result = importFiles(texts.map((text, i) => ({ label: `input ${i + 1}`, text })));
  if (result.ok) {
    // What it fills is always a valid, canonical permalink, and every filled answer has its field.
    const decoded = decodePermalink(result.query);
    expect(decoded.issues).toEqual([]);
    expect(decoded.answers).toEqual(result.answers);
    for (const e of result.evidence) expect(e.field.length).toBeGreaterThan(0);
  } else {
    expect(result.problems.length).toBeGreaterThan(0);
    for (const p of result.problems) expect(typeof p).toBe("string");
  }
}

/** A fixture's JSON with one value somewhere replaced by an arbitrary JSON value. */
function mutate(json: unknown, path: number[], replacement: unknown): unknown {
  if (path.length === 0 || json === null || typeof json !== "object") return replacement;
  const entries = Object.entries(json as Record<string, unknown>);
  if (entries.length === 0) return replacement;
  const [key, value] = entries[path[0]! % entries.length]!;
  const copy: Record<string, unknown> = Array.isArray(json)
    ? ([...json] as unknown as Record<string, unknown>)
    : { ...(json as Record<string, unknown>) };
  copy[key] = mutate(value, path.slice(1), replacement);
  return copy;
}

describe("import never throws", () => {
  it("arbitrary text", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: "binary", maxLength: 400 }), { minLength: 1, maxLength: 3 }), checkTotal),
      { numRuns: 400 },
    );
  });

  it("arbitrary JSON", () => {
    fc.assert(fc.property(fc.array(fc.json({ maxDepth: 5 }), { minLength: 1, maxLength: 3 }), checkTotal), {
      numRuns: 400,
    });
  });

  it("property lines made of MirrorMaker 2's own words", () => {
    const word = fc.constantFrom(
      "clusters",
      "a",
      "b",
      "a->b",
      "b->a",
      ".enabled",
      ".bootstrap.servers",
      "replication.policy.class",
      "sasl.mechanism",
      "security.protocol",
      "=",
      ":",
      "\\",
      " ",
      ",",
      "true",
      "SSL",
      "SASL_SSL",
      "PLAIN",
      "OAUTHBEARER",
      "b-1.x.kafka.us-east-1.amazonaws.com:9098",
      "\n",
    );
    const text = fc.array(word, { maxLength: 60 }).map((words) => `clusters = a, b\n${words.join("")}`);
    fc.assert(fc.property(fc.array(text, { minLength: 1, maxLength: 2 }), checkTotal), { numRuns: 400 });
  });

  it("the fixtures with any one value replaced", () => {
    const jsonFixtures = fixtures.filter((f) => f.trim().startsWith("{")).map((f) => JSON.parse(f) as unknown);
    fc.assert(
      fc.property(
        fc.constantFrom(...jsonFixtures),
        fc.array(fc.nat(), { maxLength: 6 }),
        fc.jsonValue(),
        (json, path, replacement) => {
          checkTotal([JSON.stringify(mutate(json, path, replacement))]);
        },
      ),
      { numRuns: 600 },
    );
  });

  it("any combination of the fixtures", () => {
    fc.assert(fc.property(fc.subarray(fixtures, { minLength: 1 }), checkTotal), { numRuns: 200 });
  });
});
