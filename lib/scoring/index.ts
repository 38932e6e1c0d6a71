// The scoring's entry: the plan for a set of answers (options assessed, the recommendation, what
// would change it) and the reasons it gives.
export { replicatorSplitNote, type Reason } from "./rules";
export { assessOptions, buildPlan, type Flip, type OptionAssessment, type Plan } from "./plan";
export { recentPlan } from "./recent";
