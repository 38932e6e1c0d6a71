import { architectureTitle, type Architecture } from "@/lib/architecture";
import { OPTIONS } from "@/lib/knowledge";
import type { Plan } from "@/lib/scoring";
import { beforeYouStart, drill } from "./common";
import { cutoverSection } from "./cutover";
import { paritySection } from "./parity";
import { awsFlags, buildContext, type RunbookContext } from "./context";
import { link } from "@/lib/markdown";
import { renderSections, type Section } from "./sections";
import { mirrorMaker2Sections } from "./mirrormaker2";
import { multiAzSections } from "./multi-az";
import { replicatorSections } from "./replicator";
import { s3BackupSections } from "./s3-backup";

/**
 * Failover and failback runbook in Markdown for the architecture's option, topology and names:
 * pre-checks with healthy values, planned and unplanned failover, failback (for a migration:
 * cut-over and rollback), and a drill checklist. Every step ends with how to verify it worked;
 * commands carry the plan's names. Pure and deterministic: no dates, no randomness.
 */
export function renderRunbook(plan: Plan, arch: Architecture): string {
  const ctx = buildContext(plan, arch);
  // Pre-checks first, then what must hold before any switch (parity, each group's cutover plan).
  const [preChecks, ...rest] = optionSections(ctx);
  const readiness = [paritySection(ctx), cutoverSection(ctx)].filter((s): s is Section => s !== undefined);
  const sections: Section[] = [beforeYouStart(ctx), preChecks!, ...readiness, ...rest, drill(ctx, drillItems(ctx))];
  const sources = [...new Set(sections.flatMap((s) => s.steps.flatMap((step) => step.sources ?? [])))];
  return [
    `# Runbook: ${title(ctx)} for ${arch.name}`,
    "",
    intro(ctx),
    "",
    renderSections(sections).trimEnd(),
    "",
    "---",
    "",
    "**Sources**",
    "",
    ...sources.map((s) => `- ${link(s, s)}`),
    "",
  ].join("\n");
}

function title(ctx: RunbookContext): string {
  switch (ctx.arch.option) {
    case "s3-backup":
      return "restore from the S3 backup";
    case "multi-az":
      return "broker and Availability Zone loss";
    default:
      return `${ctx.words.failover} and ${ctx.words.failback}`;
  }
}

function intro(ctx: RunbookContext): string {
  const { arch } = ctx;
  const option = OPTIONS[arch.option];
  const topology =
    arch.option === "multi-az" || arch.option === "s3-backup"
      ? ""
      : ` ${arch.topology === "active-active" ? "Active-active" : "Active-passive"}.`;
  const recommended =
    ctx.plan.recommendation === arch.option
      ? "the recommended option"
      : `not the recommended option (${OPTIONS[ctx.plan.recommendation].short})`;
  return [
    `**${architectureTitle(arch)}** — ${option.short}, ${recommended}.${topology}`,
    "",
    `Generated from the answers at \`${arch.permalink}\`: regenerate it when they change. Placeholders in angle brackets (\`<…>\`) are yours to fill in; everything else is the plan's names. Each step ends with **Verify**: do not go on until it holds.`,
    ...headlines(ctx),
  ].join("\n");
}

function optionSections(ctx: RunbookContext): Section[] {
  switch (ctx.arch.option) {
    case "msk-replicator":
      return replicatorSections(ctx);
    case "mirrormaker2":
      return mirrorMaker2Sections(ctx);
    case "s3-backup":
      return s3BackupSections(ctx);
    case "multi-az":
      return multiAzSections(ctx);
  }
}

function drillItems(ctx: RunbookContext): string[] {
  const { arch, words } = ctx;
  switch (arch.option) {
    case "msk-replicator": {
      if (arch.topology === "active-active")
        return [
          `Move one Region's traffic to the other and back, following the planned ${words.failover} and the ${words.failback}.`,
        ];
      const reverse = ctx.reverse;
      return [
        `Run the planned ${words.failover}, then the ${words.failback}, end to end.`,
        ...(reverse?.phase === "failover"
          ? [
              `Time the creation of \`${reverse.name}\` (up to about 30 minutes): it is on the critical path of the ${words.failback}.`,
            ]
          : []),
      ];
    }
    case "mirrormaker2":
      return [
        `Run the planned ${words.failover}, then the ${words.failback}, end to end.`,
        `Scale \`${arch.name}-mm2\` to 0 and back, and confirm heartbeats resume within a minute.`,
      ];
    case "s3-backup":
      return ["Restore one topic into a scratch topic on a non-production cluster, and time the whole restore."];
    case "multi-az":
      return [
        `Reboot one broker (\`aws kafka reboot-broker --cluster-arn "$SOURCE_CLUSTER_ARN" --broker-ids 1 ${awsFlags(ctx, "source", arch.multiAz?.region ?? arch.standbyRegion)}\`) and run the checks above while it is away.`,
      ];
  }
}

/** What the plan says before anything else: contradictions in the answers and objectives out of reach. */
function headlines(ctx: RunbookContext): string[] {
  const lines = [
    ...(ctx.plan.contradictions ?? []).map(
      (c) =>
        `> **Contradiction in the answers:** ${c.text} Read consistently (${c.reading}), the advisor recommends ${OPTIONS[c.recommendation].name}. ${link(c.source)}`,
    ),
    ...(ctx.plan.warnings ?? [])
      .filter((w) => w.kind !== "version")
      .map((w) => `> **${w.kind === "out-of-reach" ? "Out of reach" : "Limit"}:** ${w.text} ${link(w.source)}`),
  ];
  return lines.length ? ["", ...lines.flatMap((l, i) => (i === 0 ? [l] : [">", l]))] : [];
}
