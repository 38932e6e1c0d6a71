import type { CanaryKind, DrillInput, HostClock, Objectives, StampedRecord, StepRecord, StepStatus } from "./measure";

/**
 * Reads what the drill kit's scripts wrote into `results/` (plain text, one record per line) into a
 * DrillInput. Lines that cannot be read are skipped and reported as `file:line: reason`, so one
 * garbled line never hides the rest of a drill. Pure: the caller reads the files.
 */

/** The files of a drill's results directory the report reads (see the kit's README). */
export const RESULT_FILES = {
  meta: "meta.tsv",
  steps: "steps.tsv",
  primaryReadback: "primary-readback.tsv",
  standbySeen: "standby-seen.tsv",
  groupBefore: "group-before-failover.tsv",
  groupAfterFailover: "group-after-failover.tsv",
  groupAfterFailback: "group-after-failback.tsv",
} as const;

export type ResultFiles = Partial<Record<keyof typeof RESULT_FILES, string>>;

const STATUSES: readonly StepStatus[] = ["ok", "failed", "timeout", "skipped"];
const PHASES: readonly StepRecord["phase"][] = ["setup", "lag", "failover", "failback", "cleanup"];

/** A canary's value: `<drillId>:<kind>:<seq>`. */
export function canaryValue(drillId: string, kind: CanaryKind, seq: number): string {
  return `${drillId}:${kind}:${seq}`;
}

const INT = /^\d{1,16}$/;

/**
 * One line of a stamping loop: `<readAtMs>\t<CreateTime:ms | NO_TIMESTAMP>\t<value>`. Records that are
 * not canaries (other values on the topic) are skipped silently: the topic is the drill's own, but a
 * rerun or a person may have written to it.
 */
export function parseStamped(text: string, file: string, problems: string[]): StampedRecord[] {
  const out: StampedRecord[] = [];
  text.split("\n").forEach((raw, i) => {
    const line = raw.replace(/\r$/, "");
    if (!line.trim()) return;
    const where = `${file}:${i + 1}`;
    const [readAt, ts, ...rest] = line.split("\t");
    const value = rest.join("\t");
    if (!readAt || !INT.test(readAt) || ts === undefined) {
      problems.push(`${where}: expected "<read time ms><TAB><CreateTime:ms><TAB><value>"`);
      return;
    }
    const m = /^(.+):(lag|trickle|failback):(\d{1,9})$/.exec(value);
    if (!m) return;
    const created = /^CreateTime:(\d{1,16})$/.exec(ts);
    out.push({
      readAtMs: Number(readAt),
      ...(created ? { createTimeMs: Number(created[1]) } : {}),
      drillId: m[1]!,
      kind: m[2] as CanaryKind,
      seq: Number(m[3]),
    });
  });
  return out;
}

export function parseSteps(text: string, file: string, problems: string[]): StepRecord[] {
  const out: StepRecord[] = [];
  text.split("\n").forEach((raw, i) => {
    const line = raw.replace(/\r$/, "");
    if (!line.trim()) return;
    const [phase, step, start, end, status] = line.split("\t");
    if (
      !PHASES.includes(phase as StepRecord["phase"]) ||
      !step ||
      !INT.test(start ?? "") ||
      !INT.test(end ?? "") ||
      !STATUSES.includes(status as StepStatus)
    ) {
      problems.push(
        `${file}:${i + 1}: expected "<phase><TAB><step><TAB><start ms><TAB><end ms><TAB>ok|failed|timeout|skipped"`,
      );
      return;
    }
    out.push({
      phase: phase as StepRecord["phase"],
      step,
      startMs: Number(start),
      endMs: Number(end),
      status: status as StepStatus,
    });
  });
  return out;
}

/** `key<TAB>value` lines; later lines win. */
export function parseMeta(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const raw of text.split("\n")) {
    const line = raw.replace(/\r$/, "");
    const tab = line.indexOf("\t");
    if (tab > 0) out.set(line.slice(0, tab), line.slice(tab + 1));
  }
  return out;
}

/**
 * The offset of a host's clock from `chronyc tracking`'s "System time" line, in ms: positive when
 * the clock is fast. `0.000123 seconds fast of NTP time` → 0.123; `… slow …` → −0.123.
 */
export function parseChronyOffset(line: string | undefined): number | undefined {
  const m = /(-?\d+(?:\.\d+)?)\s+seconds\s+(fast|slow)/.exec(line ?? "");
  if (!m) return undefined;
  const ms = Number(m[1]) * 1000;
  return m[2] === "fast" ? ms : -ms;
}

function clock(meta: Map<string, string>, role: "producer" | "watcher"): HostClock {
  const offset = parseChronyOffset(meta.get(`${role}_chrony`));
  return { host: meta.get(`${role}_host`) ?? role, ...(offset !== undefined ? { offsetMs: offset } : {}) };
}

/** The DrillInput of a results directory's files, and the lines that could not be read. */
export function readDrillResults(
  files: ResultFiles,
  objectives: Objectives,
): { input: DrillInput; problems: string[] } {
  const problems: string[] = [];
  const meta = parseMeta(files.meta ?? "");
  const drillId = meta.get("drill_id") ?? "";
  if (!drillId) problems.push(`${RESULT_FILES.meta}: no drill_id: the setup step did not run or the file is missing`);
  const attempted = Number(meta.get("attempted") ?? "0");
  const stamped = (k: keyof typeof RESULT_FILES) => parseStamped(files[k] ?? "", RESULT_FILES[k], problems);
  const input: DrillInput = {
    drillId,
    objectives,
    attempted: Number.isFinite(attempted) ? attempted : 0,
    clocks: { producer: clock(meta, "producer"), watcher: clock(meta, "watcher") },
    primaryReadback: stamped("primaryReadback"),
    standbySeen: stamped("standbySeen"),
    group: {
      beforeFailover: stamped("groupBefore"),
      afterFailover: stamped("groupAfterFailover"),
      afterFailback: stamped("groupAfterFailback"),
    },
    steps: parseSteps(files.steps ?? "", RESULT_FILES.steps, problems),
  };
  return { input, problems };
}
