// Plans remembered for the last answers asked for, shared across the copies of this module that run
// in one JavaScript realm.
import { encodeAnswers, type Answers } from "@/lib/answers";
import { buildPlan, type Plan } from "./plan";

/**
 * How many plans are kept: more than the requests one server renders at once, so the HTML render
 * of a result finds the plan its page computed a moment before.
 */
const KEPT = 32;

// The server bundles this module twice (once for the page's data, once for its HTML); a registry
// symbol on globalThis gives both copies the same store.
const STORE = Symbol.for("kafka-replication-advisor.recent-plans");
type Store = Map<string, Plan>;
const store = ((globalThis as { [STORE]?: Store })[STORE] ??= new Map());

/**
 * buildPlan, remembered for the last few answers (by their canonical query): the plan is a pure
 * function of the answers, and the result page needs it once for its data and again for its HTML.
 * The plan returned is shared: callers must not change it.
 */
export function recentPlan(answers: Answers): Plan {
  const key = encodeAnswers(answers);
  const kept = store.get(key);
  if (kept) {
    // Most recently used last: Map keeps insertion order, so the first key is the one to drop.
    store.delete(key);
    store.set(key, kept);
    return kept;
  }
  const plan = buildPlan(answers);
  store.set(key, plan);
  if (store.size > KEPT) store.delete(store.keys().next().value!);
  return plan;
}
