// The S3 sink connector's configuration (Lenses Stream Reactor, envelope mode), the same in both formats.
import { architectureOf } from "@/lib/architecture";
import { s3SinkUsesIam, type IacContext } from "./context";

/** The source listener the connector's workers reach: IAM (9098) or unauthenticated TLS (9094) on MSK. */
export const s3SinkPort = (ctx: IacContext): number => (s3SinkUsesIam(ctx) ? 9098 : 9094);

/**
 * Topics the connector backs up: every topic but Kafka's and MSK's internal ones (names starting
 * with "__": __consumer_offsets, __amazon_msk_canary, MSK Connect's own __amazon_msk_connect_*).
 */
export const BACKUP_TOPICS_REGEX = "^(?!__).*";

/**
 * Where the workers' HTTPS to S3 goes. An S3 gateway endpoint only reaches buckets in its own
 * Region, so a bucket in another Region needs a NAT gateway or an S3 interface endpoint.
 */
export const s3EgressDescription = (crossRegion: boolean): string =>
  crossRegion
    ? "Amazon S3 in the bucket's Region (NAT gateway or S3 interface endpoint; a gateway endpoint is same-Region only)"
    : "Amazon S3 (gateway endpoint or NAT gateway)";

/** Marker for the bucket name inside the connector's KCQL statement. */
export const BUCKET = "\u0000bucket\u0000";

/**
 * Connector configuration (Lenses Stream Reactor S3 sink, envelope mode); `bucketExpr` renders parts
 * with the bucket name, `tasksMax` is the tasks_max input in the renderer's syntax.
 */
export function s3ConnectorConfig<T>(
  ctx: IacContext,
  bucketExpr: (parts: string[]) => T,
  bucketRegion: T | string,
  tasksMax: T,
): Record<string, string | T> {
  const s = architectureOf(ctx.arch, "s3-backup").s3Backup;
  return {
    "connector.class": s.connectorClass,
    "tasks.max": tasksMax,
    "topics.regex": s.topics === ".*" ? BACKUP_TOPICS_REGEX : s.topics,
    "connect.s3.kcql": bucketExpr([
      "INSERT INTO ",
      BUCKET,
      `:kafka SELECT * FROM \`*\` STOREAS \`AVRO\` PROPERTIES('store.envelope'=true, 'flush.interval'=${s.rotateIntervalMs / 1000}, 'flush.count'=50000)`,
    ]),
    "connect.s3.aws.region": bucketRegion,
    "connect.s3.aws.auth.mode": "Default",
    "key.converter": "org.apache.kafka.connect.converters.ByteArrayConverter",
    "value.converter": "org.apache.kafka.connect.converters.ByteArrayConverter",
    "errors.tolerance": "none",
  };
}

/**
 * Worker configuration of the restore (S3 source) connector: a fixed offset storage topic, so a
 * restore connector created again under the same name resumes where the last one stopped (MSK
 * Connect reads offset.storage.topic from the worker configuration only). `name` renders the base name.
 */
export function restoreWorkerProperties(name: string): string {
  return [
    "key.converter=org.apache.kafka.connect.converters.ByteArrayConverter",
    "value.converter=org.apache.kafka.connect.converters.ByteArrayConverter",
    `offset.storage.topic=${RESTORE_OFFSETS_TOPIC_PREFIX}${name}-s3-restore`,
    "",
  ].join("\n");
}

/** MSK Connect's own prefix for offset topics: starts with "__", so the backup leaves it out too. */
export const RESTORE_OFFSETS_TOPIC_PREFIX = "__amazon_msk_connect_offsets_";
