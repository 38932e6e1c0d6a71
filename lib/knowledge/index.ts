// The knowledge base's entry: the options, the sourced facts and limits, and the dated prices.
export {
  FACTS,
  FACTS_CHECKED,
  isServerlessRegion,
  LIMITS,
  REPLICATOR_REGIONS,
  replicatorRegionStatus,
  type FactId,
} from "./facts";
export { HOURS_PER_MONTH, interRegionPrice, PRICES, type PriceId } from "./prices";
export { OPTION_IDS, OPTIONS, type OptionId } from "./options";
