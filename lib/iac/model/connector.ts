import { architectureOf } from "@/lib/architecture";
// The S3 sink connector's configuration (Lenses Stream Reactor, envelope mode), the same in both formats.
import type { IacContext } from "./context";

/** Marker for the bucket name inside the connector's KCQL statement. */
export const BUCKET = "\u0000bucket\u0000";

/** Connector configuration (Lenses Stream Reactor S3 sink, envelope mode); `bucketExpr` renders parts with the bucket name. */
export function s3ConnectorConfig<T>(ctx: IacContext, bucketExpr: (parts: string[]) => T): Record<string, string | T> {
  const s = architectureOf(ctx.arch, "s3-backup").s3Backup;
  const tasks = s.workerCount * s.mcuCountPerWorker;
  return {
    "connector.class": s.connectorClass,
    "tasks.max": String(tasks),
    "topics.regex": s.topics,
    "connect.s3.kcql": bucketExpr([
      "INSERT INTO ",
      BUCKET,
      `:kafka SELECT * FROM \`*\` STOREAS \`AVRO\` PROPERTIES('store.envelope'=true, 'flush.interval'=${s.rotateIntervalMs / 1000}, 'flush.count'=50000)`,
    ]),
    "connect.s3.aws.region": s.bucketRegion,
    "connect.s3.aws.auth.mode": "Default",
    "key.converter": "org.apache.kafka.connect.converters.ByteArrayConverter",
    "value.converter": "org.apache.kafka.connect.converters.ByteArrayConverter",
    "errors.tolerance": "none",
  };
}
