// Planning assumptions: every number the estimates use that is not a dated, sourced price. Each
// estimate lists the ones it used in its output.
/** Planning assumptions, stated in every estimate's output. */
export const ASSUMPTIONS = {
  /** Users give peak throughput; cost follows the average. */
  averageShareOfPeak: 0.5,
  /** MirrorMaker 2 task size, as in the AWS reference deployment (1 vCPU, 4 GB). */
  mm2TaskVcpu: 1,
  mm2TaskGb: 4,
  /** At least two tasks so that one can fail without stopping replication. */
  mm2MinTasks: 2,
  /** S3 sink throughput per MSK Connect MCU, MB/s (unverified: benchmark). */
  s3MbpsPerMcu: 10,
  /** MSK Connect provisioned capacity tops out at 10 workers × 8 MCUs per connector. */
  mskConnectMaxMcusPerConnector: 80,
  /** Days of data the S3 bucket keeps (lifecycle rule in the generated code). */
  s3RetentionDays: 30,
  /** Bounds of the S3 sink's rotation interval, seconds; the plan uses the RPO within them. */
  s3RotateMinSeconds: 60,
  s3RotateMaxSeconds: 900,
  /** A restore replays this many hours of data at this multiple of the write rate, capped by the restore connectors' capacity. */
  s3RestoreWindowHours: 24,
  s3ReplaySpeedup: 4,
  /** Restore connectors run in parallel at most (each up to 80 MCUs). */
  s3RestoreConnectors: 1,
  /** Creating topics, the restore connector and checks before replay starts, minutes. */
  s3RestoreSetupMinutes: 60,
  /**
   * Replication lag used for planning, seconds: assumptions to measure (no SLA is published, and
   * no source gives a figure for either option), the same for MSK Replicator and MirrorMaker 2.
   */
  replicationLagSameRegion: 2,
  replicationLagCrossRegion: 5,
  /** Lag when partitions are below AWS's recommended minimum for the throughput (an assumption too). */
  replicationLagUnderPartitioned: 30,
  /**
   * Detect, decide and repoint clients to the standby, minutes. The same for MSK Replicator and
   * MirrorMaker 2: both leave translated offsets on the target and need the same client cut-over,
   * and no source gives either a shorter failover.
   */
  failoverMinutesManaged: 15,
  failoverMinutesSelfRun: 15,
  /** Share of partition leaders in another Availability Zone than a given client (three AZs). */
  crossAzShare: 2 / 3,
  /** Days the standby cluster keeps (Kafka's default log.retention.hours is 168). */
  standbyRetentionDays: 7,
  /** Ingress one kafka.m5.large Standard broker is planned for, MB/s (an assumption: use AWS's sizing guidance). */
  standardMbpsPerBroker: 10,
  /** Partition replicas one kafka.m5.large broker is planned for (AWS best practices: 1,000). */
  standardPartitionsPerBroker: 1000,
  /** Ingress one express.m7g.large broker is planned for, MB/s (Express throughput quota, secondary). */
  expressMbpsPerBroker: 15.6,
  /** Leader election and client reconnect after a broker or AZ loss, minutes. */
  multiAzRecoveryMinutes: 1,
  /** Alarms the generated code creates per running replicator: latency, message lag, auth errors, throttle time, failure. */
  alarmsPerReplicator: 5,
  /** Alarms the generated code creates for the MirrorMaker 2 service: CPU, memory, running and failed tasks, latency. */
  alarmsPerMirrorMaker2: 5,
  /** MirrorMaker 2 metrics the CloudWatch agent sidecar publishes, one series each (ECS cluster and service). */
  mm2CustomMetrics: 4,
  /** Alarms of the S3 backup on the connector: errored and running tasks (one more on the sink's lag when the source is MSK). */
  alarmsS3Backup: 2,
  /** Alarms of the Multi-AZ bundle on cluster-wide metrics: offline partitions and the active controller. */
  alarmsMultiAz: 2,
  /** Multi-AZ alarms that read a per-broker metric through a Metrics Insights query: under-min-ISR and under-replicated partitions. */
  brokerInsightsAlarmsMultiAz: 2,
  /** Dashboards each generated bundle creates. */
  dashboardsPerBundle: 1,
} as const;
