export {
  ASSUMPTIONS,
  directions,
  hasPermanentReverseReplicator,
  isCrossRegion,
  mm2TasksPerDirection,
  monthlyGb,
  replicatorOffsetSyncMode,
  replicatorsPerDirection,
  s3RotateSeconds,
  s3SinkMcus,
} from "./sizing";
export { estimateCost, type CostEstimate, type CostLine } from "./cost";
export { estimateRecovery, expectedLagSeconds, type RecoveryEstimate } from "./recovery";
