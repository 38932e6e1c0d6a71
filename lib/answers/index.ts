// The answers' entry, free of zod so the first page can load it: the plain lists and types
// (values.ts), the questions' wording (questions.ts) and the permalink codec's types. The codec and
// the schema (zod) are imported from ./permalink and ./schema directly, by the code that checks
// untrusted input.
export type { DecodedPermalink, PermalinkIssue } from "./permalink";
export { answerInWords, QUESTIONS, STEPS } from "./questions";
export {
  ACCOUNTS,
  ANSWER_KEYS,
  AUTHS,
  DEFAULT_ANSWERS,
  describeAllowed,
  encodeAnswers,
  enumValues,
  GOALS,
  IAC_FORMATS,
  isMskSource,
  isNumberKey,
  isSourceOutsideAws,
  kafkaAtLeast,
  NAMINGS,
  OFFSETS,
  OPS,
  permalinkPath,
  REGION_CODES,
  regionName,
  SOURCES,
  TARGETS,
  TOPOLOGIES,
  type AnswerKey,
  type Answers,
  type Auth,
  type Naming,
  type NumberKey,
  type RegionCode,
  type Source,
  type Target,
} from "./values";
