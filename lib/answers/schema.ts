// zod/mini: the same schemas without a method table on every instance. The browser loads this
// module only when the form is first touched (see values.ts and components/wizard/engine.ts).
import * as z from "zod/mini";
import { ANSWER_KEYS, CHOICES, KAFKA_VERSION_PATTERN, NAME_PATTERN, NUMBER_BOUNDS } from "./values";

// zod 4 probes `new Function` for faster validators; the app's CSP forbids eval, so stay jitless.
z.config({ jitless: true });

/**
 * The answers: one zod schema is the single source of truth for the wizard's form,
 * the permalink codec, the command line and the plan. Its values come from values.ts.
 */

function numberField(bounds: (typeof NUMBER_BOUNDS)[keyof typeof NUMBER_BOUNDS]) {
  const base = bounds.integer ? z.int() : z.number();
  return base.check(bounds.above ? z.gt(bounds.min) : z.gte(bounds.min), z.lte(bounds.max));
}

export const answersSchema = z.object({
  v: z.literal(1),
  goal: z.enum(CHOICES.goal),
  source: z.enum(CHOICES.source),
  target: z.enum(CHOICES.target),
  accounts: z.enum(CHOICES.accounts),
  auth: z.enum(CHOICES.auth),
  topology: z.enum(CHOICES.topology),
  naming: z.enum(CHOICES.naming),
  offsets: z.enum(CHOICES.offsets),
  rpo: numberField(NUMBER_BOUNDS.rpo),
  rto: numberField(NUMBER_BOUNDS.rto),
  mbps: numberField(NUMBER_BOUNDS.mbps),
  partitions: numberField(NUMBER_BOUNDS.partitions),
  ops: z.enum(CHOICES.ops),
  primary: z.enum(CHOICES.primary),
  secondary: z.enum(CHOICES.secondary),
  iac: z.enum(CHOICES.iac),
  name: z.string().check(z.regex(NAME_PATTERN)),
  /** The source cluster's Apache Kafka version; absent when unknown. */
  kafka: z.optional(z.string().check(z.regex(KAFKA_VERSION_PATTERN))),
});

export type Answers = z.infer<typeof answersSchema>;
export type AnswerKey = keyof Answers;
export type Goal = Answers["goal"];
export type Source = Answers["source"];
export type Target = Answers["target"];
export type Auth = Answers["auth"];
export type Naming = Answers["naming"];
export type Topology = Answers["topology"];

// values.ts lists the parameters by hand (it cannot read the schema without loading zod): a key
// missing there fails to compile here, and lib/answers/permalink.test.ts checks the order.
const everyKeyListed: [Exclude<AnswerKey, (typeof ANSWER_KEYS)[number]>] extends [never] ? true : false = true;
void everyKeyListed;
