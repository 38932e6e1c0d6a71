import { answerWords, goalWords } from "@/lib/answers/words";
import { ANSWER_KEYS, QUESTIONS, answerInWords, type AnswerKey, type Answers } from "@/lib/answers";
import { architectureTitle, failbackInWords, type Architecture } from "@/lib/architecture";
import { FACTS, FACTS_CHECKED, OPTIONS, PRICES, type OptionId } from "@/lib/knowledge";
import { type OptionAssessment, type Plan } from "@/lib/scoring";
import { dollars, formatMinutes } from "@/lib/format";
import type { DrillReport } from "@/lib/drill/measure";
import { base64Utf8, cell, link } from "@/lib/markdown";

export interface DecisionRecordOptions {
  /** The diagram as SVG, embedded when the record is downloaded from the browser. */
  diagramSvg?: string;
  /**
   * Path of the diagram file written beside the record (e.g. "architecture.svg"). When given, the
   * record links the file instead of inlining the SVG: GitHub does not display `data:` images,
   * but it does display a relative image committed next to the Markdown.
   */
  diagramPath?: string;
  /**
   * Why the diagram could not be drawn for this record (e.g. a download whose drawing failed): the
   * record then says the diagram is missing, rather than leaving it out without a word. Ignored
   * when diagramPath or diagramSvg is given.
   */
  diagramMissing?: string;
  /** A drill report (from `advisor drill-report`) the record cites as evidence, with where it lives. */
  drillReport?: { path: string; report: DrillReport };
}

/**
 * The diagram's file name in a bundle, beside the decision record that shows it (drawn by
 * renderArchitectureSvg in ./diagram-svg, which the browser loads only when a zip is made).
 */
export const DIAGRAM_FILE = "architecture.svg";

/** The record's date: the newest date any fact was checked, so the same answers give the same text. */
export const KNOWLEDGE_CHECKED = FACTS_CHECKED;

/**
 * Architecture decision record in Markdown: context (the answers in words), the decision, the
 * options considered with scores, blockers and sourced reasons, consequences (cost, recovery,
 * operating effort, risks), what would change the decision, and the permalink. Deterministic: the
 * date is the knowledge base's checked date, never the clock.
 */
export function renderDecisionRecord(plan: Plan, arch: Architecture, options: DecisionRecordOptions = {}): string {
  const chosen = plan.options.find((o) => o.id === arch.option);
  const out: string[] = [];
  out.push(`# ADR: Kafka replication for ${arch.name} — ${OPTIONS[arch.option].name}`, "");
  out.push(
    "- **Status:** Proposed",
    `- **Date:** ${KNOWLEDGE_CHECKED} (the date the facts behind it were checked)`,
    `- **Permalink:** \`${plan.permalink}\``,
    "",
  );
  out.push(...context(plan));
  out.push(...decision(plan, arch, chosen, options));
  out.push(...considered(plan));
  out.push(...alsoConsidered(plan));
  if (chosen) out.push(...consequences(plan, arch, chosen));
  out.push(...flips(plan));
  if (options.drillReport) out.push(...drillEvidence(options.drillReport));
  out.push(
    "## References",
    "",
    `- The answers, the plan and this record: \`${plan.permalink}\` (open it in the advisor to see the same result).`,
    "- The runbook for this architecture: `RUNBOOK.md` beside this record.",
  );
  if (options.diagramPath) out.push(`- The architecture diagram (SVG): \`${options.diagramPath}\` beside this record.`);
  out.push("");
  return out.join("\n");
}

function answerCell(key: Exclude<AnswerKey, "v">, a: Answers): string {
  return key === "name" ? `\`${a.name}\`` : answerWords(key, a[key]);
}

function context(plan: Plan): string[] {
  const a = plan.answers;
  const rows = ANSWER_KEYS.filter((k): k is Exclude<AnswerKey, "v"> => k !== "v").map(
    (k) => `| ${cell(QUESTIONS[k].label)} | ${cell(answerCell(k, a))} |`,
  );
  return [
    "## Context",
    "",
    `We need ${answerInWords("goal", a.goal).toLowerCase()} for Kafka: from ${answerInWords("source", a.source)} to ${answerInWords("target", a.target)}, with a recovery point objective of ${a.rpo} seconds and a recovery time objective of ${formatMinutes(a.rto)}. The answers that shaped the decision:`,
    "",
    "| Question | Answer |",
    "|---|---|",
    ...rows,
    "",
  ];
}

function decision(
  plan: Plan,
  arch: Architecture,
  chosen: OptionAssessment | undefined,
  opts: DecisionRecordOptions,
): string[] {
  const out = ["## Decision", ""];
  const recommended = plan.recommendation === arch.option;
  out.push(
    `We will use **${OPTIONS[arch.option].name}**${chosen ? ` (score ${chosen.score}/100${chosen.eligible ? "" : ", ruled out by the advisor"})` : ""}: ${architectureTitle(arch)}.`,
    "",
    recommended
      ? plan.summary
      : `The advisor recommended ${OPTIONS[plan.recommendation].name}; this record chooses ${OPTIONS[arch.option].short} instead. The advisor's summary: ${plan.summary}`,
    "",
  );
  const headlines = [
    ...(plan.contradictions ?? []).map(
      (c) =>
        `- **Contradiction:** ${c.text} Read consistently (${c.reading}), the advisor recommends ${OPTIONS[c.recommendation].name}: \`${c.permalink}\` (${link(c.source)}).`,
    ),
    ...(plan.warnings ?? [])
      .filter((w) => w.kind !== "version")
      .map((w) => `- **${w.kind === "out-of-reach" ? "Out of reach" : "Limit"}:** ${w.text} (${link(w.source)})`),
    ...(plan.costComparison ? [`- **Cost against operations:** ${plan.costComparison.text}`] : []),
  ];
  if (headlines.length) out.push(...headlines, "");
  if (opts.diagramPath) {
    out.push(`![Architecture: ${architectureTitle(arch)}](${opts.diagramPath})`, "");
  } else if (opts.diagramSvg) {
    out.push(
      `![Architecture: ${architectureTitle(arch)}](data:image/svg+xml;base64,${base64Utf8(opts.diagramSvg)})`,
      "",
    );
    out.push(
      "*The diagram is embedded as a data URI: editors and browsers show it; GitHub does not, so commit the SVG beside this file to see it there.*",
      "",
    );
  } else if (opts.diagramMissing !== undefined) {
    // The reason may be an error's message: one line, and no Markdown in it.
    const reason = opts.diagramMissing
      .replace(/\s+/g, " ")
      .trim()
      .replace(/[.\s]+$/, "")
      .replace(/[\\`*_[\]<>|]/g, (c) => `\\${c}`);
    out.push(
      `> **Diagram missing:** the architecture diagram could not be drawn when this record was produced${reason ? ` (${reason})` : ""}. Open the permalink above in the advisor to see it, or download it from the Architecture section.`,
      "",
    );
  }
  return out;
}

function recoveryText(o: OptionAssessment): { rpo: string; rto: string } {
  const r = o.recovery;
  return {
    rpo: `${r.rpoSeconds} s${r.meetsRpo ? "" : " ✗"}`,
    rto: `${formatMinutes(r.rtoMinutes)}${r.meetsRto ? "" : " ✗"}`,
  };
}

function considered(plan: Plan): string[] {
  const out = [
    "## Options considered",
    "",
    "| Option | Score | Status | Cost per month | Expected RPO | Expected RTO |",
    "|---|---|---|---|---|---|",
  ];
  for (const o of plan.options) {
    const r = recoveryText(o);
    out.push(
      `| ${cell(o.name)} | ${o.score}/100 | ${o.eligible ? (o.id === plan.recommendation ? "recommended" : "eligible") : "ruled out"} | $${dollars(o.cost.monthly)} | ${r.rpo} | ${r.rto} |`,
    );
  }
  out.push(
    "",
    "✗ marks a figure that misses the objective. Scores start from a base and add or take the points listed below; each point carries its evidence.",
    "",
  );
  for (const o of plan.options) {
    out.push(`### ${o.name} — ${o.eligible ? `${o.score}/100` : "ruled out"}`, "", OPTIONS[o.id].summary, "");
    for (const b of o.blockers) out.push(`- ✗ **Ruled out:** ${b.text} (${link(b.source)})`);
    const reasons = [...o.reasons].sort((x, y) => y.impact - x.impact);
    for (const r of reasons) {
      const sign = r.impact > 0 ? `+${r.impact}` : r.impact < 0 ? `−${Math.abs(r.impact)}` : "±0";
      out.push(`- ${sign} ${r.text} (${link(r.source)}${r.unverified ? ", unverified" : ""})`);
    }
    out.push("");
  }
  return out;
}

const EFFORT: Record<OptionId, string> = {
  "msk-replicator":
    "Low: MSK Replicator is serverless; the team watches its metrics and alarms, and rehearses failover and failback.",
  mirrormaker2:
    "High: the team runs MirrorMaker 2 on ECS Fargate (upgrades, scaling, monitoring of heartbeats, checkpoints and lag) without AWS support for it.",
  "s3-backup":
    "Medium: MSK Connect runs the sink; the team keeps the topic inventory current and rehearses restores, which take hours.",
  "multi-az":
    "Low: nothing beyond the cluster itself; the team keeps the durability settings (replication factor 3, min.insync.replicas 2, acks=all) in force.",
};

const EFFORT_FACT: Record<OptionId, keyof typeof FACTS> = {
  "msk-replicator": "replicator.managed",
  mirrormaker2: "mm2.operations",
  "s3-backup": "s3.not-hot-standby",
  "multi-az": "multiaz.durability",
};

function consequences(plan: Plan, arch: Architecture, o: OptionAssessment): string[] {
  const a = plan.answers;
  const failback = failbackInWords(arch, a);
  const r = o.recovery;
  const out = [
    "## Consequences",
    "",
    `### Cost: about $${dollars(o.cost.monthly)} per month`,
    "",
    "| Item | Quantity | Per month | Price source |",
    "|---|---|---|---|",
  ];
  for (const l of o.cost.lines) {
    const price = PRICES[l.price];
    out.push(
      `| ${cell(l.label)} | ${l.quantity.toLocaleString("en-US")} ${cell(l.unit)} | $${dollars(l.monthly)} | ${link(price.source)}${price.status === "unverified" ? " (unverified)" : ""} |`,
    );
  }
  if (o.cost.oneOff.length) {
    out.push("", "Per failback (one event, not monthly):", "");
    for (const l of o.cost.oneOff)
      out.push(
        `- ${l.label}: ${l.quantity.toLocaleString("en-US")} ${l.unit}, about $${dollars(l.monthly)} (${link(PRICES[l.price].source)})`,
      );
  }
  out.push("", "Assumptions:", "", ...o.cost.assumptions.map((x) => `- ${x}`), "");
  out.push(
    "### Recovery",
    "",
    `- Expected recovery point: about ${r.rpoSeconds} s, against an objective of ${a.rpo} s — ${r.meetsRpo ? "meets it" : "**misses it**"}.`,
    `- Expected recovery time: about ${formatMinutes(r.rtoMinutes)}, against an objective of ${formatMinutes(a.rto)} — ${r.meetsRto ? "meets it" : "**misses it**"}.`,
    `- Protects against: ${r.scope === "region" ? "the loss of a Region" : r.scope === "availability-zone" ? "the loss of a broker or an Availability Zone, not of a Region" : "data loss and deletion, by restoring from a copy"} (${link(r.source)}).`,
    ...r.notes.map((n) => `- ${n}`),
    ...(failback
      ? [
          `- The ${goalWords(arch.goal).failback}: ${failback} (${link(o.id === "mirrormaker2" ? "https://kafka.apache.org/documentation/#georeplication" : FACTS["replicator.failback"].source)})`,
        ]
      : []),
    "",
    "### Operating effort",
    "",
    `${EFFORT[o.id]} (${link(FACTS[EFFORT_FACT[o.id]].source)})`,
    "",
    "### Risks",
    "",
    ...(o.caveats.length
      ? o.caveats.map((c) => `- ${c.text} (${link(c.source)})`)
      : ["- None recorded beyond the recovery figures above."]),
    "",
  );
  return out;
}

/** Managed paths outside the four options, and the Kafka version checks, when the plan names any. */
function alsoConsidered(plan: Plan): string[] {
  const items = plan.alsoConsider ?? [];
  const versions = (plan.warnings ?? []).filter((w) => w.kind === "version");
  if (!items.length && !versions.length) return [];
  return [
    "## Also considered",
    "",
    ...items.map((x) => `- **${x.name}.** ${x.when} (${link(x.source)})`),
    ...versions.map((w) => `- **Kafka version.** ${w.text} (${link(w.source)})`),
    "",
  ];
}

function flips(plan: Plan): string[] {
  const out = ["## What would change the decision", ""];
  if (!plan.flips.length) return [...out, "No single change to one answer would change the recommendation.", ""];
  return [...out, ...plan.flips.map((f) => `- ${f.text}`), ""];
}

/** What a drill measured, against the objectives: evidence for (or against) the decision. */
function drillEvidence({ path, report }: { path: string; report: DrillReport }): string[] {
  const rpo =
    report.rpo.observedSeconds !== undefined
      ? `${Math.round(report.rpo.observedSeconds * 100) / 100} s`
      : "not measured";
  const rto =
    report.rto.observedMinutes !== undefined
      ? `${Math.round(report.rto.observedMinutes * 100) / 100} min`
      : "not measured";
  return [
    "## Drill evidence",
    "",
    `The drill \`${report.drillId}\` (\`${path}\`) measured a recovery point of ${rpo} against ${report.objectives.rpoSeconds} s (${report.rpo.verdict}) and a recovery time of ${rto} against ${report.objectives.rtoMinutes} min (${report.rto.verdict}); ${report.canaries.lost.length} of ${report.canaries.acknowledged} acknowledged canaries were lost.`,
    "",
  ];
}
