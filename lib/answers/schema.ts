// zod/mini: the same schemas without a method table on every instance. The browser loads this
// module only when the form is first touched (see values.ts and components/wizard/engine.ts).
import * as z from "zod/mini";
import { CHOICES, KAFKA_VERSION_PATTERN, NAME_PATTERN, NUMBER_BOUNDS, type Answers } from "./values";

// zod 4 probes `new Function` for faster validators; the app's CSP forbids eval, so stay jitless.
z.config({ jitless: true });

// The answers' validator: one zod schema checks every answer the wizard's form, the permalink
// codec and the command line read. Its values and its type come from values.ts.

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

// The schema accepts exactly the plain `Answers` type (values.ts): a field added to one and not the
// other, or with another type, fails to compile here.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaIsAnswers: Same<z.infer<typeof answersSchema>, Answers> = true;
void schemaIsAnswers;
