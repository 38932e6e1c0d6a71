/**
 * How much each criterion can move an eligible option's score. Scores start at BASE_SCORE and
 * are clamped to 0–100; a criterion gives an option up to +weight when it fits the answer well
 * and takes up to −weight when it fits badly. Most criteria add up to about 70, so an option that
 * fits every applicable criterion lands near 90–100; cost and archive only ever take more than a
 * few points away (a very large cost gap, a mirror for a compliance copy).
 * Change a weight here, never inline.
 */
export const BASE_SCORE = 40;

export const WEIGHTS = {
  /** What the replication is for decides most: a restore from S3 is no standby, a standby is no archive. */
  goalFit: 12,
  /** Teams that asked for "no infrastructure" will not staff a Connect cluster, and vice versa. */
  opsPreference: 8,
  /** Data loss beyond the RPO is the failure the plan exists to prevent. */
  rpoFit: 8,
  /** Downtime beyond the RTO is the other one. */
  rtoFit: 8,
  /** Consumers that resume in the wrong place re-process or skip data after every failover. */
  offsets: 5,
  /** Active-active needs loop prevention each way; not every option has it. */
  activeActive: 5,
  /** Running, patching and scaling software is a recurring cost that outlives the design review. */
  operatingEffort: 5,
  /**
   * Monthly cost among the eligible options: up to +5 for the cheapest (relative), and down to −30
   * as the absolute monthly difference to the cheapest grows (a $190k a month gap decides).
   */
  cost: 35,
  /** How remote topics are named changes every client's configuration on failover. */
  naming: 4,
  /** Documented per-replicator limits (1 GB/s) and per-task scaling. */
  throughput: 4,
  /** Too few partitions for the throughput raise replication latency (AWS sizing guidance). */
  partitions: 3,
  /** Supported but less direct routes (cross-account networking, self-managed sources). */
  connectivity: 3,
  /** A compliance copy is an archive first: a live mirror must not outrank an archive that meets the objectives. */
  archive: 30,
} as const;

export type Criterion = keyof typeof WEIGHTS;
