export { BASE_SCORE, WEIGHTS, type Criterion } from "./weights";
export {
  blockersFor,
  caveatsFor,
  criteriaReasons,
  replicatorSplitNote,
  S3_MIN_RTO_MINUTES,
  type Blocker,
  type Caveat,
  type Reason,
} from "./rules";
export {
  assessOptions,
  buildPlan,
  findFlips,
  NUMBER_PROBES,
  recommend,
  type Flip,
  type OptionAssessment,
  type Plan,
} from "./plan";
