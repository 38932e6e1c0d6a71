// Estimates: sizing, monthly cost and expected recovery per option, from the answers.
export { ASSUMPTIONS } from "./assumptions";
export { COMMON_ASSUMPTIONS as COMMON_COST_ASSUMPTIONS, estimateCost, type CostEstimate, type CostLine } from "./cost";
export { estimateRecovery, expectedLagSeconds, s3Restore, type RecoveryEstimate } from "./recovery";
export {
  directions,
  hasPermanentReverseReplicator,
  isCrossRegion,
  mm2TasksPerDirection,
  monthlyGb,
  replicatorOffsetSyncMode,
  replicatorsPerDirection,
  s3RotateSeconds,
  s3SinkMcus,
  clusterBrokers,
  standbyBrokers,
} from "./sizing";
