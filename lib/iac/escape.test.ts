import { architectureOf } from "@/lib/architecture";
import { parse as parseHcl } from "@cdktf/hcl2json";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { DEFAULT_ANSWERS, type Answers } from "@/lib/answers";
import { buildArchitecture } from "@/lib/architecture";
import { buildPlan } from "@/lib/scoring";
import { parseProperties } from "@/test/helpers/properties";
import { hclString, propertiesKey, propertiesValue } from "./escape";
import {
  cloudFormationNames,
  codeFiles,
  parseTemplates,
  parseTerraform,
  terraformNames,
  type Case,
} from "@/test/helpers/iac";
import { templateExpressions } from "@/test/iac-validation/terraform";
import { printYamlDocument, yamlString } from "./yaml";

/** Any string, including control characters, surrogates, quotes and template or tag syntax. */
const nasty = fc.oneof(
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.constantFrom(
    '"',
    "\\",
    "${var.x}",
    "%{ if true }x%{ endif }",
    "$${",
    '\n}\nresource "x" "y" {}\n',
    "'",
    ": x",
    "- a",
    "#c",
    "!Ref X",
    "&a *a",
    "key = value\nother = 1",
    "\u2028",
    "\u0000",
    "${env:HOME}",
    " leading",
    "trailing ",
    "yes",
    "0x1F",
    "2010-09-09",
    "~",
    "null",
    "[a]",
    "{a: 1}",
  ),
  fc
    .array(
      fc.constantFrom(
        '"',
        "\\",
        "$",
        "{",
        "}",
        "%",
        "\n",
        "\r",
        "\t",
        "a",
        " ",
        ":",
        "#",
        "=",
        "!",
        "\u0085",
        "é",
        "😀",
      ),
      { maxLength: 12 },
    )
    .map((a) => a.join("")),
  // Words and numbers YAML 1.1 reads as something else (found: "a:", ".", "E0").
  fc.stringMatching(/^[.$_/a-zA-Z][0-9.:_eEx+-]{0,6}$/),
);

/** What HCL reads back: lone surrogates cannot be encoded in UTF-8 (they become U+FFFD), and literals are NFC-normalised. */
const hclReads = (s: string) =>
  s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD").normalize("NFC");

/** hcl2json keeps `$${` / `%%{` escapes in what it returns: undo them to get the literal text. */
const unescapeHclTemplate = (s: string) => s.replace(/([$%])\1\{/g, "$1{");

describe("escaping helpers", () => {
  it("hclString: any string parses back as the same literal, with no interpolation", async () => {
    await fc.assert(
      fc.asyncProperty(nasty, async (s) => {
        const doc = (await parseHcl("t.tf", `locals {\n  x = ${hclString(s)}\n}\n`)) as { locals: { x: string }[] };
        const parsed = doc.locals[0]!.x;
        expect(templateExpressions(parsed)).toEqual([]);
        // HCL reads source text as UTF-8 and normalises string literals to NFC (HCL native syntax spec).
        expect(unescapeHclTemplate(parsed)).toBe(hclReads(s));
      }),
      { numRuns: 300 },
    );
  });

  it("yamlString: any string reads back as the same string under YAML 1.1 and 1.2", () => {
    fc.assert(
      fc.property(nasty, (s) => {
        for (const version of ["1.1", "1.2"] as const)
          expect(parseYaml(`k: ${yamlString(s)}\nnext: 1\n`, { version })).toEqual({ k: s, next: 1 });
      }),
      { numRuns: 500 },
    );
  });

  it("printYamlDocument: any string, as a value or a list item, reads back the same (multi-line ones as literal blocks)", () => {
    // Found by the bundle property below: "\n" as a literal block read back as "".
    const fixed = ["\n", "\n\n", "a\n", "\n  b", "\na\n", "a\n\n\n", " a\nb", "a\n  b"];
    const check = (s: string) => {
      for (const version of ["1.1", "1.2"] as const) {
        expect(parseYaml(printYamlDocument({ k: s, list: [s], map: { inner: s } }, []), { version })).toEqual({
          k: s,
          list: [s],
          map: { inner: s },
        });
      }
    };
    for (const s of fixed) check(s);
    fc.assert(fc.property(nasty, check), { numRuns: 500 });
  });

  it("propertiesKey/propertiesValue: any key and value read back as one entry", () => {
    fc.assert(
      fc.property(
        nasty.filter((k) => k.length > 0),
        nasty,
        (k, v) => {
          const map = parseProperties(`# c\n${propertiesKey(k)} = ${propertiesValue(v)}\nnext = 1\n`);
          expect([...map.entries()]).toEqual([
            [k, v],
            ["next", "1"],
          ]);
        },
      ),
      { numRuns: 500 },
    );
  });
});

// ── Whole bundles with adversarial user-supplied values, bypassing the schema ──

function caseWith(
  answers: Answers,
  format: Case["format"],
  mutate?: (arch: ReturnType<typeof buildArchitecture>) => void,
): Case {
  const plan = buildPlan(answers);
  const option = plan.recommendation;
  const arch = buildArchitecture(plan, option);
  mutate?.(arch);
  return { plan, arch, format, createTargetCluster: false };
}

describe("no user-supplied value breaks out of its string", () => {
  const replicator = { ...DEFAULT_ANSWERS };
  const mm2 = { ...DEFAULT_ANSWERS, accounts: "cross" as const, naming: "custom" as const };
  const adversarial = nasty.filter((s) => s.length > 0 && !s.includes("${"));

  it("the name in Terraform: the variable default round-trips, no block appears", async () => {
    const base = await parseTerraform(codeFiles(caseWith(replicator, "terraform")));
    await fc.assert(
      fc.asyncProperty(adversarial, async (name) => {
        const docs = await parseTerraform(codeFiles(caseWith({ ...replicator, name }, "terraform")));
        expect(terraformNames(docs)).toEqual(terraformNames(base));
        const v = docs
          .flatMap((d) => Object.entries((d.variable ?? {}) as Record<string, { default?: string }[]>))
          .find(([k]) => k === "name")![1][0]!;
        expect(unescapeHclTemplate(v.default!)).toBe(hclReads(name));
      }),
      { numRuns: 25 },
    );
  });

  it("the name in CloudFormation: the parameter default round-trips, no resource appears", async () => {
    const base = cloudFormationNames(parseTemplates(codeFiles(caseWith(replicator, "cloudformation"))));
    await fc.assert(
      fc.asyncProperty(adversarial, async (name) => {
        const templates = parseTemplates(codeFiles(caseWith({ ...replicator, name }, "cloudformation")));
        expect(cloudFormationNames(templates)).toEqual(base);
        for (const t of templates)
          expect((t.Parameters as Record<string, { Default: string }>).Name!.Default).toBe(name);
      }),
      { numRuns: 25 },
    );
  });

  it("topic patterns and the replication policy class round-trip in every format", async () => {
    await fc.assert(
      fc.asyncProperty(adversarial, async (value) => {
        const tf = codeFiles(caseWith(replicator, "terraform", (a) => (a.replicators[0]!.topicsToExclude = [value])));
        // The root that holds the forward replicator (the standby's, where the code is one root per Region).
        const main = (await parseTerraform(tf)).find(
          (d) =>
            (d.resource as { aws_msk_replicator?: { forward?: unknown } } | undefined)?.aws_msk_replicator?.forward,
        ) as {
          resource: {
            aws_msk_replicator: {
              forward: { replication_info_list: { topic_replication: { topics_to_exclude: string[] }[] }[] }[];
            };
          };
        };
        expect(
          main.resource.aws_msk_replicator.forward[0]!.replication_info_list[0]!.topic_replication[0]!.topics_to_exclude.map(
            unescapeHclTemplate,
          ),
        ).toEqual([hclReads(value)]);

        const cfn = parseTemplates(
          codeFiles(caseWith(replicator, "cloudformation", (a) => (a.replicators[0]!.topicsToExclude = [value]))),
        );
        const rep = (
          cfn[0]!.Resources as Record<
            string,
            { Properties: { ReplicationInfoList: { TopicReplication: { TopicsToExclude: string[] } }[] } }
          >
        ).ForwardReplicator!;
        expect(rep.Properties.ReplicationInfoList[0]!.TopicReplication.TopicsToExclude).toEqual([value]);

        const files = codeFiles(
          caseWith(
            mm2,
            "terraform",
            (a) => (architectureOf(a, "mirrormaker2").mirrorMaker2.replicationPolicyClass = value),
          ),
        );
        const baseProps = parseProperties(
          codeFiles(caseWith(mm2, "terraform")).find((f) => f.path.endsWith(".properties"))!.content,
        );
        const props = parseProperties(files.find((f) => f.path.endsWith(".properties"))!.content);
        expect(props.get("replication.policy.class")).toBe(value);
        expect([...props.keys()]).toEqual([...baseProps.keys()]);
      }),
      { numRuns: 25 },
    );
  });
});
