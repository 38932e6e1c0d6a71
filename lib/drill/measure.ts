/**
 * The drill's measuring logic: from what the drill kit's scripts recorded (canaries read back on the
 * primary and seen on the standby, the canary group's consumption before and after each switch, the
 * time of every step) to the observed recovery point and recovery time, judged against the plan's
 * objectives. Pure: no clock, no file system; the command line reads the files and calls this.
 *
 * Contracts:
 * - A canary's identity is `<kind>:<seq>` of the drill run; records of other runs are ignored.
 * - Replication lag of a canary = (time it was seen on the standby, on the watcher's clock)
 *   − (its CreateTime, set by the producer on the producer's clock), corrected by the clocks'
 *   known offsets from true time. The observed recovery point is the largest lag: had the primary
 *   failed at the worst moment of the drill, that much would not have reached the standby.
 * - Lost = acknowledged on the primary (read back from it) but never seen on the standby within the
 *   drill's wait window. Written but not acknowledged is not lost: it was never accepted.
 * - Recovery time of a phase = from its first step's start to the canary group's first record read
 *   on the side it moved to. A phase whose steps did not all succeed is incomplete.
 */

/** One record read by a drill consumer, as the kit's stamping loop writes it. */
export interface StampedRecord {
  /** When the drill host read it, ms since the epoch, on that host's clock. */
  readAtMs: number;
  /** The record's CreateTime (producer's clock), when printed. */
  createTimeMs?: number;
  drillId: string;
  kind: CanaryKind;
  seq: number;
}

/** lag: written to measure replication; trickle: written while offsets sync; failback: written at failback. */
export type CanaryKind = "lag" | "trickle" | "failback";

export type StepStatus = "ok" | "failed" | "timeout" | "skipped";

export interface StepRecord {
  phase: "setup" | "lag" | "failover" | "failback" | "cleanup";
  step: string;
  startMs: number;
  endMs: number;
  status: StepStatus;
}

/** A host's clock: its name and, when chrony (or another source) reported it, its offset from true time. */
export interface HostClock {
  host: string;
  /** Positive: this host's clock is ahead of true time by this many ms. */
  offsetMs?: number;
}

export interface Objectives {
  rpoSeconds: number;
  rtoMinutes: number;
}

export interface DrillInput {
  drillId: string;
  objectives: Objectives;
  /** How many lag canaries the producer tried to write. */
  attempted: number;
  /** Clocks of the host that produced canaries and of the one that watched the standby. */
  clocks: { producer: HostClock; watcher: HostClock };
  /** Canaries read back from the primary: acknowledged writes, with their CreateTime. */
  primaryReadback: StampedRecord[];
  /** Canaries seen on the standby by the watcher. */
  standbySeen: StampedRecord[];
  /** The canary group's reads: on the primary before the failover, on the standby after it, on the primary after the failback. */
  group: { beforeFailover: StampedRecord[]; afterFailover: StampedRecord[]; afterFailback: StampedRecord[] };
  steps: StepRecord[];
}

export interface Percentiles {
  p50: number;
  p90: number;
  p99: number;
  max: number;
}

export type Verdict = "met" | "missed" | "inconclusive";

export interface PhaseTiming {
  phase: "failover" | "failback";
  steps: { step: string; seconds: number; status: StepStatus }[];
  /** Seconds from the phase's first step to the group's first read on the other side; undefined when it never read. */
  recoverySeconds?: number;
  complete: boolean;
  /** Why the phase is incomplete (empty when complete). */
  problems: string[];
}

export interface DrillReport {
  drillId: string;
  objectives: Objectives;
  canaries: {
    attempted: number;
    acknowledged: number;
    notAcknowledged: number;
    seenOnStandby: number;
    /** Acknowledged on the primary, never seen on the standby. */
    lost: string[];
    /** Seen on the standby although the primary read-back does not have them (read-back cut short). */
    seenWithoutReadback: number;
  };
  clock: {
    sameHost: boolean;
    /** Correction applied to every lag (watcher offset − producer offset), when both are known. */
    correctionMs?: number;
    /** With different hosts and unknown offsets: the smallest skew the data proves (negative lags), else 0. */
    provenSkewMs?: number;
    known: boolean;
  };
  /** Replication lag over the seen lag canaries, in ms; undefined when none was seen. */
  lagMs?: Percentiles;
  rpo: { observedSeconds?: number; verdict: Verdict; reasons: string[] };
  failover: PhaseTiming;
  failback: PhaseTiming;
  rto: { observedMinutes?: number; verdict: Verdict; reasons: string[] };
  group: {
    /** Records the group read again on the standby that it had already read on the primary. */
    duplicatesAtFailover: number;
    /** Acknowledged canaries written before the failback, not lost, that the group never read on either side. */
    skippedAtFailover: string[];
    /** Records read on the primary after the failback that the group had already read. */
    duplicatesAtFailback: number;
    /** Failback canaries the group did not read on the primary. */
    missedAfterFailback: string[];
    /** True when the failback did not bring the whole group back (a step failed or records were missed). */
    partialFailback: boolean;
  };
  /** Input lines that could not be read (file:line: reason), from the parser. */
  problems: string[];
}

const key = (r: Pick<StampedRecord, "kind" | "seq">) => `${r.kind}:${r.seq}`;

/** Nearest-rank percentile of sorted values (p in 0–100). */
export function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length) throw new Error("percentile of no values");
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1]!;
}

export function percentiles(values: readonly number[]): Percentiles | undefined {
  if (!values.length) return undefined;
  const s = [...values].sort((a, b) => a - b);
  return { p50: percentile(s, 50), p90: percentile(s, 90), p99: percentile(s, 99), max: s[s.length - 1]! };
}

/** The first read of each canary (a consumer may print a record twice after a rebalance). */
function firstReads(records: readonly StampedRecord[], drillId: string): Map<string, StampedRecord> {
  const out = new Map<string, StampedRecord>();
  for (const r of records) {
    if (r.drillId !== drillId) continue;
    const k = key(r);
    const seen = out.get(k);
    if (!seen || r.readAtMs < seen.readAtMs) out.set(k, r);
  }
  return out;
}

function clockCorrection(clocks: DrillInput["clocks"]): { sameHost: boolean; correctionMs?: number; known: boolean } {
  const sameHost = clocks.producer.host === clocks.watcher.host;
  if (sameHost) return { sameHost, correctionMs: 0, known: true };
  const { offsetMs: p } = clocks.producer;
  const { offsetMs: w } = clocks.watcher;
  if (p !== undefined && w !== undefined) return { sameHost, correctionMs: w - p, known: true };
  return { sameHost, known: false };
}

function phaseTiming(
  phase: "failover" | "failback",
  steps: readonly StepRecord[],
  firstRead: number | undefined,
): PhaseTiming {
  const own = steps.filter((s) => s.phase === phase);
  const problems: string[] = [];
  if (!own.length) problems.push(`no ${phase} step was recorded`);
  for (const s of own)
    if (s.status !== "ok")
      problems.push(
        `step "${s.step}" ${s.status === "skipped" ? "was skipped" : s.status === "timeout" ? "timed out" : "failed"}`,
      );
  const start = own.length ? Math.min(...own.map((s) => s.startMs)) : undefined;
  if (firstRead === undefined) problems.push(`the canary group read nothing after the ${phase}`);
  const recoverySeconds =
    start !== undefined && firstRead !== undefined && firstRead >= start ? (firstRead - start) / 1000 : undefined;
  if (start !== undefined && firstRead !== undefined && firstRead < start)
    problems.push(`the group's first read is earlier than the ${phase}'s first step: the records are from another run`);
  return {
    phase,
    steps: own.map((s) => ({ step: s.step, seconds: Math.max(0, s.endMs - s.startMs) / 1000, status: s.status })),
    ...(recoverySeconds !== undefined ? { recoverySeconds } : {}),
    complete: problems.length === 0,
    problems,
  };
}

/** Computes the drill report. `problems` are the parser's, carried into the report. */
export function measureDrill(input: DrillInput, problems: readonly string[] = []): DrillReport {
  const { drillId, objectives } = input;
  const acked = firstReads(input.primaryReadback, drillId);
  const seen = firstReads(input.standbySeen, drillId);
  const ackedLag = [...acked.values()].filter((r) => r.kind === "lag");
  const seenLag = [...seen.values()].filter((r) => r.kind === "lag");

  // Lag: CreateTime from the read-back (the producer's clock) or, failing that, from the standby copy
  // (replication keeps the record's timestamp).
  const clock = clockCorrection(input.clocks);
  const rawLags: number[] = [];
  for (const r of seenLag) {
    const created = acked.get(key(r))?.createTimeMs ?? r.createTimeMs;
    if (created !== undefined) rawLags.push(r.readAtMs - created);
  }
  const minRaw = rawLags.length ? Math.min(...rawLags) : 0;
  const provenSkewMs = !clock.known && minRaw < 0 ? -minRaw : clock.known ? undefined : 0;
  const lags = clock.correctionMs !== undefined ? rawLags.map((l) => l - clock.correctionMs!) : rawLags;
  const lagMs = percentiles(lags);

  const lost = ackedLag
    .filter((r) => !seen.has(key(r)))
    .map(key)
    .sort(byKey);
  const seenWithoutReadback = seenLag.filter((r) => !acked.has(key(r))).length;

  // Recovery point.
  const rpoReasons: string[] = [];
  let rpoVerdict: Verdict;
  const observedSeconds = lagMs ? lagMs.max / 1000 : undefined;
  if (!ackedLag.length) {
    rpoVerdict = "inconclusive";
    rpoReasons.push("no canary was acknowledged on the primary");
  } else if (lost.length) {
    rpoVerdict = "missed";
    rpoReasons.push(
      `${lost.length} acknowledged canar${lost.length === 1 ? "y was" : "ies were"} never seen on the standby within the wait window`,
    );
  } else if (!clock.known && (provenSkewMs ?? 0) > 0) {
    rpoVerdict = "inconclusive";
    rpoReasons.push(
      `the two hosts' clocks differ by at least ${provenSkewMs} ms (a canary arrived before it was written): record their offsets (chronyc tracking) and measure again`,
    );
  } else if (observedSeconds === undefined) {
    rpoVerdict = "inconclusive";
    rpoReasons.push("no canary carried a CreateTime to measure from");
  } else {
    rpoVerdict = observedSeconds <= objectives.rpoSeconds ? "met" : "missed";
    rpoReasons.push(
      `largest replication lag ${round(observedSeconds)} s against an objective of ${objectives.rpoSeconds} s`,
    );
    if (!clock.known) rpoReasons.push("the hosts' clock offsets are unknown: lags carry their skew");
  }

  // Consumer group.
  const before = firstReads(input.group.beforeFailover, drillId);
  const afterFo = firstReads(input.group.afterFailover, drillId);
  const afterFb = firstReads(input.group.afterFailback, drillId);
  const duplicatesAtFailover = [...afterFo.keys()].filter((k) => before.has(k)).length;
  // A lost canary never reached the standby: the RPO counts it, not the group's translated offsets.
  const lostKeys = new Set(lost);
  const skippedAtFailover = afterFo.size
    ? [...acked.values()]
        .filter((r) => r.kind !== "failback" && !lostKeys.has(key(r)) && !before.has(key(r)) && !afterFo.has(key(r)))
        .map(key)
        .sort(byKey)
    : [];
  const readBeforeFailback = new Set([...before.keys(), ...afterFo.keys()]);
  const duplicatesAtFailback = [...afterFb.keys()].filter((k) => readBeforeFailback.has(k)).length;
  const failbackCanaries = [...acked.values()].filter((r) => r.kind === "failback");
  const missedAfterFailback = failbackCanaries
    .filter((r) => !afterFb.has(key(r)))
    .map(key)
    .sort(byKey);

  const firstRead = (m: Map<string, StampedRecord>) =>
    m.size ? Math.min(...[...m.values()].map((r) => r.readAtMs)) : undefined;
  const failover = phaseTiming("failover", input.steps, firstRead(afterFo));
  const failback = phaseTiming("failback", input.steps, firstRead(afterFb));
  if (!failbackCanaries.length && failback.problems.length === 0)
    failback.problems.push("no failback canary was acknowledged on the primary");
  if (missedAfterFailback.length)
    failback.problems.push(
      `${missedAfterFailback.length} failback canar${missedAfterFailback.length === 1 ? "y was" : "ies were"} not read on the primary`,
    );
  failback.complete = failback.problems.length === 0;
  if (skippedAtFailover.length)
    failover.problems.push(
      `the group skipped ${skippedAtFailover.length} canar${skippedAtFailover.length === 1 ? "y" : "ies"}: its translated offsets were ahead of what it had read`,
    );
  failover.complete = failover.problems.length === 0;
  const partialFailback = !failback.complete;

  // Recovery time: the longer of the two switches, each from its first step to the first read.
  const rtoReasons: string[] = [];
  let rtoVerdict: Verdict;
  const times = [failover.recoverySeconds, failback.recoverySeconds].filter((t): t is number => t !== undefined);
  const observedMinutes = times.length ? Math.max(...times) / 60 : undefined;
  if (!failover.complete || failover.recoverySeconds === undefined) {
    rtoVerdict =
      failover.recoverySeconds !== undefined && failover.recoverySeconds / 60 > objectives.rtoMinutes
        ? "missed"
        : "inconclusive";
    rtoReasons.push(`the failover is incomplete: ${failover.problems.join("; ")}`);
  } else {
    rtoVerdict = observedMinutes! <= objectives.rtoMinutes ? "met" : "missed";
    rtoReasons.push(
      `slowest switch ${round(observedMinutes!)} min against an objective of ${objectives.rtoMinutes} min (failover ${round(failover.recoverySeconds / 60)} min${failback.recoverySeconds !== undefined ? `, failback ${round(failback.recoverySeconds / 60)} min` : ""})`,
    );
    if (partialFailback) {
      if (rtoVerdict === "met") rtoVerdict = "inconclusive";
      rtoReasons.push(`the failback is partial: ${failback.problems.join("; ")}`);
    }
  }
  rtoReasons.push("a drill times the switch itself; detection and the decision to fail over come on top");

  return {
    drillId,
    objectives,
    canaries: {
      attempted: input.attempted,
      acknowledged: ackedLag.length,
      notAcknowledged: Math.max(0, input.attempted - ackedLag.length),
      seenOnStandby: seenLag.length,
      lost,
      seenWithoutReadback,
    },
    clock: {
      sameHost: clock.sameHost,
      ...(clock.correctionMs !== undefined ? { correctionMs: clock.correctionMs } : {}),
      ...(provenSkewMs !== undefined ? { provenSkewMs } : {}),
      known: clock.known,
    },
    ...(lagMs ? { lagMs } : {}),
    rpo: { ...(observedSeconds !== undefined ? { observedSeconds } : {}), verdict: rpoVerdict, reasons: rpoReasons },
    failover,
    failback,
    rto: { ...(observedMinutes !== undefined ? { observedMinutes } : {}), verdict: rtoVerdict, reasons: rtoReasons },
    group: { duplicatesAtFailover, skippedAtFailover, duplicatesAtFailback, missedAfterFailback, partialFailback },
    problems: [...problems],
  };
}

function byKey(a: string, b: string): number {
  const [ka, sa] = a.split(":");
  const [kb, sb] = b.split(":");
  return ka === kb ? Number(sa) - Number(sb) : ka! < kb! ? -1 : 1;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
