export {
  fact,
  FACTS,
  FACTS_CHECKED,
  LIMITS,
  REPLICATOR_REGIONS,
  replicatorRegionStatus,
  type Fact,
  type FactId,
  type FactStatus,
  type ReplicatorRegionStatus,
} from "./facts";
export { HOURS_PER_MONTH, PRICES, type Price, type PriceId } from "./prices";
export { OPTION_IDS, OPTIONS, type OptionId, type OptionInfo } from "./options";
