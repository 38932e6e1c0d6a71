// S3 backup through MSK Connect: the sink connector next to the source, the backup bucket in the
// standby Region, and the restore connector that only exists after a restore.
import { isSourceOutsideAws, type Answers } from "@/lib/answers";
import { ASSUMPTIONS, s3RotateSeconds, s3SinkMcus } from "@/lib/estimates";
import { IAC_NAMES, copyIacNames as names, NO_IAC as none } from "../iac-names";
import type { ArchFlow, ArchNode, S3BackupSpec } from "../model";

function s3Spec(a: Answers, base: string): S3BackupSpec {
  const mcus = s3SinkMcus(a);
  const perWorker = ([1, 2, 4, 8] as const).find((m) => m * 10 >= mcus) ?? 8;
  return {
    bucketName: `${base}-kafka-backup`,
    bucketRegion: a.secondary,
    connectorRegion: isSourceOutsideAws(a.source) ? a.secondary : a.primary,
    connectorName: `${base}-s3-sink`,
    connectorClass: "io.lenses.streamreactor.connect.aws.s3.sink.S3SinkConnector",
    mcuCountPerWorker: perWorker,
    workerCount: Math.min(10, Math.max(1, Math.ceil(mcus / perWorker))),
    rotateIntervalMs: s3RotateSeconds(a) * 1000,
    retentionDays: ASSUMPTIONS.s3RetentionDays,
    // Governance rather than compliance mode by default: an administrator can still correct a
    // mistaken retention, which compliance mode forbids to everyone (S3 Object Lock retention modes).
    objectLockMode: a.goal === "compliance" ? "GOVERNANCE" : "NONE",
    topics: ".*",
    kafkaConnectVersion: "3.7.x",
  };
}

/** The backup settings, the connector and bucket nodes and the backup and restore flows. */
export function s3BackupPart(a: Answers): { s3Backup: S3BackupSpec; nodes: ArchNode[]; flows: ArchFlow[] } {
  const nodes: ArchNode[] = [];
  const flows: ArchFlow[] = [];
  const s3Backup = s3Spec(a, a.name);
  const s = s3Backup;
  const sinkGroup = s.connectorRegion === a.primary && !isSourceOutsideAws(a.source) ? "primary" : "standby";
  nodes.push({
    id: "s3-sink",
    kind: "msk-connect-connector",
    label: "S3 sink connector",
    sublabel: `MSK Connect · ${s.workerCount} × ${s.mcuCountPerWorker} MCU`,
    group: sinkGroup,
    phase: "always",
    description:
      "An MSK Connect connector that writes every topic's records, with keys, headers and original offsets, to the backup bucket.",
    settings: [
      { label: "Connector", value: s.connectorClass },
      { label: "Capacity", value: `${s.workerCount} worker(s) × ${s.mcuCountPerWorker} MCU` },
      { label: "Rotation interval", value: `${s.rotateIntervalMs / 1000} s` },
      { label: "Kafka Connect", value: s.kafkaConnectVersion },
    ],
    iac: names(IAC_NAMES.s3Sink),
  });
  nodes.push({
    id: "s3-bucket",
    kind: "s3-bucket",
    label: "Backup bucket",
    sublabel: `${s.bucketName} · ${s.bucketRegion}`,
    group: "standby",
    phase: "always",
    description: "Versioned, encrypted S3 bucket holding the topic archive; a lifecycle rule expires old objects.",
    settings: [
      { label: "Versioning", value: "enabled" },
      { label: "Encryption", value: "SSE-KMS" },
      { label: "Retention", value: `${s.retentionDays} days` },
      { label: "Public access", value: "blocked" },
    ],
    iac: names(IAC_NAMES.s3Bucket),
  });
  nodes.push({
    id: "s3-restore",
    kind: "msk-connect-connector",
    label: "S3 restore connector",
    sublabel: "MSK Connect · on demand",
    group: "standby",
    phase: "failover",
    description:
      "Started only to restore: reads the archive and re-publishes records into pre-created topics on the target cluster.",
    settings: [{ label: "Offsets", value: "new offsets on restore" }],
    iac: none,
  });
  flows.push(
    {
      id: "source-cluster->s3-sink",
      from: "source-cluster",
      to: "s3-sink",
      kind: "backup",
      carries: ["data"],
      label: "reads",
      phase: "always",
      animated: true,
    },
    {
      id: "s3-sink->s3-bucket",
      from: "s3-sink",
      to: "s3-bucket",
      kind: "backup",
      carries: ["backup"],
      label: `objects every ${s.rotateIntervalMs / 1000} s`,
      phase: "always",
      animated: true,
    },
    {
      id: "s3-bucket->s3-restore",
      from: "s3-bucket",
      to: "s3-restore",
      kind: "restore",
      carries: ["restore"],
      label: "replay",
      phase: "failover",
      animated: true,
    },
    {
      id: "s3-restore->target-cluster",
      from: "s3-restore",
      to: "target-cluster",
      kind: "restore",
      carries: ["data"],
      label: "restored records (new offsets)",
      phase: "failover",
      animated: true,
    },
  );
  return { s3Backup, nodes, flows };
}
