import fc from "fast-check";
import {
  ACCOUNTS,
  AUTHS,
  CHOICES,
  GOALS,
  IAC_FORMATS,
  NAMINGS,
  OFFSETS,
  OPS,
  REGION_CODES,
  SOURCES,
  TARGETS,
  TOPOLOGIES,
  DEFAULT_ANSWERS,
  type ChoiceKey,
} from "@/lib/answers/values";
import type { AnswerKey, Answers } from "@/lib/answers/values";

/** Test support only (fast-check is a dev dependency): arbitrary valid answers built from the schema's option lists. */
export const arbitraryAnswers: fc.Arbitrary<Answers> = fc.record({
  v: fc.constant(1 as const),
  goal: fc.constantFrom(...GOALS),
  source: fc.constantFrom(...SOURCES),
  target: fc.constantFrom(...TARGETS),
  accounts: fc.constantFrom(...ACCOUNTS),
  auth: fc.constantFrom(...AUTHS),
  topology: fc.constantFrom(...TOPOLOGIES),
  naming: fc.constantFrom(...NAMINGS),
  offsets: fc.constantFrom(...OFFSETS),
  rpo: fc.integer({ min: 0, max: 86_400 }),
  rto: fc.integer({ min: 1, max: 10_080 }),
  mbps: fc.oneof(
    fc.integer({ min: 1, max: 10_000 }),
    fc.double({ min: 0.001, max: 10_000, noNaN: true }).filter((n) => n > 0),
  ),
  partitions: fc.integer({ min: 1, max: 200_000 }),
  ops: fc.constantFrom(...OPS),
  primary: fc.constantFrom(...REGION_CODES),
  secondary: fc.constantFrom(...REGION_CODES),
  iac: fc.constantFrom(...IAC_FORMATS),
  name: fc.stringMatching(/^[a-z][a-z0-9-]{0,30}$/),
  kafka: fc.option(
    fc.oneof(
      fc.constantFrom("2.6.0", "2.7.0", "2.8.0", "2.8.1", "3.7", "3.9.1", "4.0"),
      fc
        .tuple(
          fc.integer({ min: 0, max: 12 }),
          fc.integer({ min: 0, max: 20 }),
          fc.option(fc.integer({ min: 0, max: 9 }), { nil: undefined }),
        )
        .map(([a, b, c]) => (c === undefined ? `${a}.${b}` : `${a}.${b}.${c}`)),
    ),
    { nil: undefined },
  ),
});

/**
 * Test support only: valid raw permalink values per parameter (every option from the schema;
 * numbers at their bounds and in between), for fuzzers that mix them with junk so that many
 * generated links are partly valid.
 */
export const VALID_PARAM_VALUES: Record<AnswerKey, readonly string[]> = {
  ...CHOICES,
  v: ["1"],
  rpo: ["0", "60", "86400"],
  rto: ["1", "30", "10080"],
  mbps: ["0.5", "10", "20", "10000"],
  partitions: ["1", "300", "200000"],
  name: ["kafka-dr", "orders-dr", "a"],
  kafka: ["2.6.0", "2.7.0", "2.8.1", "3.7"],
};

/** The choice answers whose every combination makes the answer space (Regions and format stay default). */
const SPACE_KEYS = [
  "goal",
  "source",
  "target",
  "accounts",
  "auth",
  "topology",
  "naming",
  "offsets",
  "ops",
] as const satisfies readonly ChoiceKey[];

/** Test and benchmark support: every combination of the choice answers (13,824), with default numbers, Regions and name. */
export function* choiceAnswerSpace(): Generator<Answers> {
  function* walk(i: number, acc: Answers): Generator<Answers> {
    if (i === SPACE_KEYS.length) return yield acc;
    const key = SPACE_KEYS[i]!;
    for (const v of CHOICES[key]) yield* walk(i + 1, { ...acc, [key]: v });
  }
  yield* walk(0, DEFAULT_ANSWERS);
}
