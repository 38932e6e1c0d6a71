export {
  fact,
  FACTS,
  FACTS_CHECKED,
  isServerlessRegion,
  LIMITS,
  REPLICATOR_REGIONS,
  replicatorRegionStatus,
  SERVERLESS_REGIONS,
  type Fact,
  type FactId,
  type FactStatus,
  type ReplicatorRegionStatus,
} from "./facts";
export { HOURS_PER_MONTH, INTER_REGION_RATES, interRegionPrice, PRICES, type Price, type PriceId } from "./prices";
export { OPTION_IDS, OPTIONS, type OptionId, type OptionInfo } from "./options";
