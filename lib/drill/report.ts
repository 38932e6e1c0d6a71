import type { DrillReport, PhaseTiming, Verdict } from "./measure";

/** The drill report as Markdown, against the plan's objectives. Deterministic for a given report. */
export function renderDrillReportMarkdown(report: DrillReport, context: { name: string; permalink: string }): string {
  const { canaries: c, lagMs, rpo, rto, group: g, clock } = report;
  const ms = (n: number) => `${Math.round(n).toLocaleString("en-US")} ms`;
  const lines = [
    `# Drill report: ${context.name} (${report.drillId || "unknown run"})`,
    "",
    `Plan: \`${context.permalink}\``,
    "",
    "| Objective | Target | Observed | Verdict |",
    "|---|---|---|---|",
    `| Recovery point (RPO) | ${report.objectives.rpoSeconds} s | ${rpo.observedSeconds !== undefined ? `${round(rpo.observedSeconds)} s (largest replication lag)` : "not measured"} | ${VERDICT[rpo.verdict]} |`,
    `| Recovery time (RTO) | ${report.objectives.rtoMinutes} min | ${rto.observedMinutes !== undefined ? `${round(rto.observedMinutes)} min (slowest switch)` : "not measured"} | ${VERDICT[rto.verdict]} |`,
    "",
    ...rpo.reasons.map((r) => `- RPO: ${r}.`),
    ...rto.reasons.map((r) => `- RTO: ${r}.`),
    "",
    "## Canaries and replication lag",
    "",
    `${c.attempted} written, ${c.acknowledged} acknowledged on the primary${c.notAcknowledged ? ` (${c.notAcknowledged} not acknowledged: never accepted, not counted as lost)` : ""}, ${c.seenOnStandby} seen on the standby, **${c.lost.length} lost**${c.lost.length ? ` (${c.lost.slice(0, 20).join(", ")}${c.lost.length > 20 ? ", …" : ""})` : ""}.`,
    ...(c.seenWithoutReadback
      ? [
          "",
          `${c.seenWithoutReadback} canaries were seen on the standby but not in the primary's read-back: the read-back was cut short.`,
        ]
      : []),
    "",
    lagMs
      ? `Replication lag: p50 ${ms(lagMs.p50)}, p90 ${ms(lagMs.p90)}, p99 ${ms(lagMs.p99)}, max ${ms(lagMs.max)}.`
      : "Replication lag: no canary was seen on the standby.",
    "",
    clock.sameHost
      ? "Clocks: canaries were written and watched from the same host, so no clock skew enters the lag."
      : clock.known
        ? `Clocks: two hosts; lags are corrected by ${ms(clock.correctionMs ?? 0)} from their reported offsets.`
        : `Clocks: two hosts with unknown offsets${clock.provenSkewMs ? `; they differ by at least ${ms(clock.provenSkewMs)}` : ""}. Lags include the skew.`,
    "",
    "## Switches of the canary group",
    "",
    ...phase(report.failover, "Failover"),
    ...phase(report.failback, "Failback"),
    "## What the canary group saw",
    "",
    `- Read again after the failover (duplicates): ${g.duplicatesAtFailover}.`,
    `- Skipped at the failover (never read on either side): ${g.skippedAtFailover.length}${g.skippedAtFailover.length ? ` (${g.skippedAtFailover.slice(0, 20).join(", ")})` : ""}.`,
    `- Read again after the failback (duplicates): ${g.duplicatesAtFailback}.`,
    `- Failback canaries not read on the primary: ${g.missedAfterFailback.length}.${g.partialFailback ? " **The failback is partial.**" : ""}`,
    "",
  ];
  if (report.problems.length)
    lines.push("## Lines that could not be read", "", ...report.problems.map((p) => `- ${p}`), "");
  return lines.join("\n");
}

/** The report as JSON, with the plan it was measured against. */
export function renderDrillReportJson(report: DrillReport, context: { name: string; permalink: string }): string {
  return `${JSON.stringify({ name: context.name, permalink: context.permalink, ...report }, null, 2)}\n`;
}

const VERDICT: Record<Verdict, string> = { met: "met", missed: "**missed**", inconclusive: "inconclusive" };

function phase(p: PhaseTiming, title: string): string[] {
  return [
    `### ${title}: ${p.recoverySeconds !== undefined ? `${round(p.recoverySeconds)} s to the first read` : "no first read"}${p.complete ? "" : " (incomplete)"}`,
    "",
    ...(p.steps.length
      ? [
          "| Step | Seconds | Status |",
          "|---|---|---|",
          ...p.steps.map((s) => `| ${s.step} | ${round(s.seconds)} | ${s.status} |`),
        ]
      : ["No step was recorded."]),
    "",
    ...(p.problems.length ? [...p.problems.map((x) => `- ${x}`), ""] : []),
  ];
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
