import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodePermalink } from "./permalink";
import { answersSchema } from "./schema";
import type { Answers } from "./values";
import {
  ACCOUNTS,
  ANSWER_KEYS,
  AUTHS,
  DEFAULT_ANSWERS,
  GOALS,
  IAC_FORMATS,
  NAMINGS,
  OFFSETS,
  OPS,
  REGION_CODES,
  SOURCES,
  TARGETS,
  TOPOLOGIES,
  encodeAnswers,
  enumValues,
  permalinkPath,
} from "./values";
import { QUESTIONS, STEPS } from "./questions";
import { arbitraryAnswers } from "@/test/helpers/answers";

// The README is the contract that ships: its example permalink and its parameter table.
const README = readFileSync(join(__dirname, "../../README.md"), "utf8");
const README_EXAMPLE = README.match(/`(\/\?v=1&[^`]+)`/)![1]!;

describe("permalink codec", () => {
  it("decodes the README's example permalink with no issues", () => {
    const { answers, issues, hasAnswers } = decodePermalink(README_EXAMPLE);
    expect(issues).toEqual([]);
    expect(hasAnswers).toBe(true);
    expect(answers).toMatchObject({ target: "msk-express", rto: 30, mbps: 20, partitions: 300, name: "orders-dr" });
  });

  it("encodes every parameter in ANSWER_KEYS order", () => {
    expect(permalinkPath(decodePermalink(README_EXAMPLE).answers)).toBe(README_EXAMPLE);
    const encoded = new URLSearchParams(encodeAnswers({ ...DEFAULT_ANSWERS, kafka: "3.7" }));
    expect([...encoded.keys()]).toEqual(ANSWER_KEYS);
  });

  it("ANSWER_KEYS is the order of the README's parameter table, the contract", () => {
    const table = README.slice(README.indexOf("### Permalink parameters"), README.indexOf("## How it works"));
    const contractOrder = [...table.matchAll(/^\| `(\w+)` +\|/gm)].map((m) => m[1]);
    expect(contractOrder.slice(0, 3)).toEqual(["v", "goal", "source"]);
    expect(contractOrder).toEqual(ANSWER_KEYS);
  });

  it("appends the source's Kafka version last, and leaves it out when unknown", () => {
    expect(permalinkPath({ ...DEFAULT_ANSWERS, kafka: "2.8.1" })).toBe(`${permalinkPath(DEFAULT_ANSWERS)}&kafka=2.8.1`);
    expect(permalinkPath(DEFAULT_ANSWERS)).not.toMatch(/[?&]kafka=/);
    expect(decodePermalink(`${permalinkPath(DEFAULT_ANSWERS)}&kafka=3.7`).answers.kafka).toBe("3.7");
  });

  it("reads an empty Kafka version as unknown and a malformed one as unknown with a message", () => {
    expect(decodePermalink("?kafka=").issues).toEqual([]);
    expect(decodePermalink("?kafka=").answers.kafka).toBeUndefined();
    const { answers, issues } = decodePermalink("?goal=migration&kafka=2.8.1-beta");
    expect(answers).toEqual({ ...DEFAULT_ANSWERS, goal: "migration" });
    expect(issues).toEqual([expect.objectContaining({ param: "kafka", kind: "invalid" })]);
    expect(issues[0]?.message).toContain("read as unknown");
    for (const bad of ["2", "2.8.1.4", "v2.8", "02.8", "2..8", " "])
      expect(decodePermalink(`?kafka=${encodeURIComponent(bad)}`).answers.kafka).toBeUndefined();
  });

  it("round-trips the new authentication answers (oauth, sasl-plain) and any Kafka version (property)", () => {
    fc.assert(
      fc.property(arbitraryAnswers, (a) => {
        expect(decodePermalink(permalinkPath(a)).answers).toEqual(a);
      }),
      { numRuns: 300 },
    );
    for (const auth of ["oauth", "sasl-plain"] as const)
      expect(decodePermalink(`?auth=${auth}`).answers.auth).toBe(auth);
  });

  it("fills defaults for missing parameters and reports nothing", () => {
    const { answers, issues, hasAnswers } = decodePermalink("");
    expect(answers).toEqual(DEFAULT_ANSWERS);
    expect(issues).toEqual([]);
    expect(hasAnswers).toBe(false);
    expect(decodePermalink("?goal=migration").answers).toEqual({ ...DEFAULT_ANSWERS, goal: "migration" });
  });

  const enumCases = {
    goal: GOALS,
    source: SOURCES,
    target: TARGETS,
    accounts: ACCOUNTS,
    auth: AUTHS,
    topology: TOPOLOGIES,
    naming: NAMINGS,
    offsets: OFFSETS,
    ops: OPS,
    iac: IAC_FORMATS,
    primary: REGION_CODES,
    secondary: REGION_CODES,
  } as const;

  it("defaults satisfy the schema", () => {
    expect(answersSchema.safeParse(DEFAULT_ANSWERS).success).toBe(true);
  });

  it("the plain lists the browser reads before loading zod are the schema's", () => {
    expect(ANSWER_KEYS).toEqual(Object.keys(answersSchema.shape));
    for (const key of Object.keys(enumCases) as (keyof typeof enumCases)[]) {
      expect(enumValues(key)).toEqual(answersSchema.shape[key].options);
    }
  });

  for (const [key, values] of Object.entries(enumCases)) {
    it(`round-trips every value of ${key}`, () => {
      for (const value of values) {
        const answers = { ...DEFAULT_ANSWERS, [key]: value } as Answers;
        const decoded = decodePermalink(encodeAnswers(answers));
        expect(decoded.issues).toEqual([]);
        expect(decoded.answers).toEqual(answers);
      }
    });
  }

  it("round-trips any valid answers (property)", () => {
    fc.assert(
      fc.property(arbitraryAnswers, (answers) => {
        const decoded = decodePermalink(`https://example.com/result?${encodeAnswers(answers)}#diagram`);
        expect(decoded.issues).toEqual([]);
        expect(decoded.answers).toEqual(answers);
      }),
      { numRuns: 500 },
    );
  });

  it("drops an invalid value, names the parameter and the allowed values, and keeps the rest", () => {
    const { answers, issues } = decodePermalink(
      "?goal=dr&source=kinesis&rpo=abc&rto=0&mbps=-5&partitions=1.5&name=Orders&target=msk-express",
    );
    expect(answers.target).toBe("msk-express");
    expect(answers.source).toBe(DEFAULT_ANSWERS.source);
    expect(answers.rpo).toBe(DEFAULT_ANSWERS.rpo);
    expect(answers.rto).toBe(DEFAULT_ANSWERS.rto);
    expect(answers.mbps).toBe(DEFAULT_ANSWERS.mbps);
    expect(answers.partitions).toBe(DEFAULT_ANSWERS.partitions);
    expect(answers.name).toBe(DEFAULT_ANSWERS.name);
    expect(issues.map((i) => i.param).sort()).toEqual(["mbps", "name", "partitions", "rpo", "rto", "source"]);
    const source = issues.find((i) => i.param === "source");
    expect(source?.message).toContain("kinesis");
    expect(source?.message).toContain(
      "msk-provisioned, msk-express, msk-serverless, self-managed, on-premises, other-cloud",
    );
    expect(issues.find((i) => i.param === "rto")?.message).toContain("1 to 10080");
  });

  it("accepts enum values in any case and with spaces around them", () => {
    expect(decodePermalink("?goal=%20Migration%20&auth=IAM").answers).toMatchObject({ goal: "migration", auth: "iam" });
  });

  it("reports unknown parameters and repeated ones without losing answers", () => {
    const { answers, issues } = decodePermalink("?goal=compliance&utm_source=x&goal=dr");
    expect(answers.goal).toBe("compliance");
    expect(issues.map((i) => [i.param, i.kind])).toEqual([
      ["utm_source", "unknown-parameter"],
      ["goal", "repeated"],
    ]);
  });

  it("reads a newer contract version as version 1 and says so", () => {
    const { answers, issues } = decodePermalink("?v=2&goal=analytics");
    expect(answers.goal).toBe("analytics");
    expect(issues).toEqual([expect.objectContaining({ param: "v", kind: "newer-version" })]);
  });

  it("never throws and always yields schema-valid answers, whatever the input (property)", () => {
    const junk = fc.oneof(
      fc.string(),
      fc.string({ unit: "binary" }),
      fc.webUrl({ withQueryParameters: true, withFragments: true }),
      fc
        .array(fc.tuple(fc.constantFrom(...ANSWER_KEYS, "x", ""), fc.string({ unit: "grapheme" })), { maxLength: 25 })
        .map((pairs) => pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join("&")),
      fc
        .array(fc.tuple(fc.constantFrom(...ANSWER_KEYS), fc.string()), { maxLength: 25 })
        .map((pairs) => "?" + pairs.map(([k, v]) => `${k}=${v}`).join("&")),
    );
    fc.assert(
      fc.property(junk, (input) => {
        const { answers, issues } = decodePermalink(input);
        expect(answersSchema.safeParse(answers).success).toBe(true);
        for (const issue of issues) expect(issue.message.length).toBeGreaterThan(0);
        // An invalid answer is always named, and never silently replaced.
        for (const issue of issues.filter((i) => i.kind === "invalid" && i.param !== "v")) {
          expect(ANSWER_KEYS).toContain(issue.param);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("survives malformed percent-encoding and odd types", () => {
    for (const input of [
      "%",
      "?goal=%E0%A4%A",
      "?=&&==&",
      "https://",
      "#?goal=dr",
      null,
      undefined,
      "?rpo=1e3",
      "?mbps=NaN",
      "?mbps=Infinity",
    ]) {
      expect(() => decodePermalink(input)).not.toThrow();
    }
    expect(decodePermalink("?rpo=1e3").issues[0]?.param).toBe("rpo");
  });
});

describe("question catalogue", () => {
  it("every answer (except the version) is asked in exactly one step", () => {
    const asked = STEPS.flatMap((s) => [...s.keys]);
    expect(new Set(asked).size).toBe(asked.length);
    expect([...asked].sort()).toEqual(ANSWER_KEYS.filter((k) => k !== "v").sort());
  });

  it("every choice of every enum question has a label", () => {
    for (const [key, values] of Object.entries(enumCases())) {
      const q = QUESTIONS[key as keyof typeof QUESTIONS];
      if (q.kind !== "choice") throw new Error(`${key} should be a choice`);
      expect(Object.keys(q.choices).sort()).toEqual([...values].sort());
    }
  });
});

function enumCases() {
  return {
    goal: GOALS,
    source: SOURCES,
    target: TARGETS,
    accounts: ACCOUNTS,
    auth: AUTHS,
    topology: TOPOLOGIES,
    naming: NAMINGS,
    offsets: OFFSETS,
    ops: OPS,
    iac: IAC_FORMATS,
  };
}

describe("unknown parameter names", () => {
  it("are shown on one line, and an empty name is named", () => {
    const issues = decodePermalink("?a%0Ab=1&=2").issues;
    expect(issues.map((i) => i.param)).toEqual(["a b", "(empty name)"]);
    for (const i of issues) expect(i.message).not.toMatch(/[\r\n]/);
  });
});
