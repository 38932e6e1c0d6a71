/**
 * The command line (README "Using it"): the same library as the browser.
 *
 *   npm run -s advisor -- plan '<permalink URL or query string>'
 *   npm run -s advisor -- runbook '<permalink>'   (failover and failback runbook, Markdown)
 *   npm run -s advisor -- record '<permalink>'    (architecture decision record, Markdown)
 *   npm run -s advisor -- iac '<permalink>' --format terraform|cloudformation --out DIR
 *   npm run -s advisor -- import FILE [FILE…]  (answers from describe-cluster-v2 / describe-replicator
 *                                              output or MirrorMaker 2 properties; bin/import-command.ts)
 *   npm run -s advisor -- drill '<permalink>' --out DIR         (the drill kit: scripts and README)
 *   npm run -s advisor -- drill-report DIR                      (report.md and report.json from DIR/results)
 *   npm run -s advisor -- record '<permalink>' --drill-report DIR/results/report.json
 *
 * Exit codes: 0 success; 2 invalid answers or usage (one line per problem on stderr, nothing
 * written).
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describeAllowed, type PermalinkIssue } from "@/lib/answers";
import { decodePermalink } from "@/lib/answers/permalink";
import { buildPlan } from "@/lib/scoring";
import { generateBundle } from "@/lib/bundle";
import type { IacFormat } from "@/lib/iac";
import { OPTION_IDS, type OptionId } from "@/lib/knowledge";
import { buildArchitecture } from "@/lib/architecture";
import { renderDecisionRecord } from "@/lib/decision-record";
import { renderRunbook } from "@/lib/runbook";
import { importCommand } from "./import-command";
import { DRILL_JSON, generateDrillKit, type DrillPlanSummary } from "@/lib/drill/kit";
import { measureDrill, type DrillReport } from "@/lib/drill/measure";
import { readDrillResults, RESULT_FILES, type ResultFiles } from "@/lib/drill/results";
import { renderDrillReportJson, renderDrillReportMarkdown } from "@/lib/drill/report";

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

const USAGE = `Kafka Replication Advisor

Usage:
  advisor plan '<permalink URL or query string>'
  advisor runbook '<permalink>'
  advisor record '<permalink>'
  advisor iac '<permalink>' --format terraform|cloudformation --out DIR
  advisor import FILE [FILE…]   (aws kafka describe-cluster-v2 / describe-replicator JSON, MirrorMaker 2 properties)
  advisor drill '<permalink>' --out DIR [--option OPTION]
  advisor drill-report DIR
  advisor record '<permalink>' [--drill-report FILE]

The permalink's parameters are documented in the README (for example '?goal=dr&source=msk-provisioned').
The plan's JSON names contradictions in the answers (with their consistent reading), warnings
(objectives out of reach, limits, Kafka versions) and managed paths to also consider.`;

/** One line per problem, naming the parameter and the allowed values. */
export function problemLines(issues: readonly PermalinkIssue[]): string[] {
  return issues.map((issue) => {
    switch (issue.kind) {
      case "invalid":
        return `${issue.param}: "${issue.value}" is not allowed; allowed: ${describeAllowed(issue.param as never)}.`;
      case "unknown-parameter":
        return `${issue.param}: unknown parameter.`;
      case "repeated":
        return `${issue.param}: given more than once.`;
      case "newer-version":
        return `v: "${issue.value}" is newer than this tool understands; allowed: 1.`;
    }
  });
}

/** Decodes strictly: the command line refuses anything the browser would only warn about. */
function strictAnswers(input: string | undefined, io: Io) {
  if (input === undefined || input.startsWith("--")) {
    io.err("Missing permalink: pass a permalink URL or a query string such as '?goal=dr'.");
    return undefined;
  }
  const { answers, issues } = decodePermalink(input);
  if (issues.length) {
    for (const line of problemLines(issues)) io.err(line);
    return undefined;
  }
  return answers;
}

interface IacFlags {
  format?: IacFormat;
  out: string;
  option?: OptionId;
  createTargetCluster: boolean;
}

/** Flags of `iac`; one line per problem on stderr, undefined when any is wrong (nothing is written). */
function parseIacFlags(
  args: readonly string[],
  io: Io,
  allowed: readonly string[] = ["--format", "--out", "--option", "--create-target-cluster"],
): IacFlags | undefined {
  const problems: string[] = [];
  const flags: Partial<IacFlags> & { createTargetCluster: boolean } = { createTargetCluster: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const value = args[i + 1];
    switch (allowed.includes(arg) ? arg : "") {
      case "--format":
        if (value === "terraform" || value === "cloudformation") flags.format = value;
        else problems.push(`--format: "${value ?? ""}" is not allowed; allowed: terraform, cloudformation.`);
        i++;
        break;
      case "--out":
        if (value && !value.startsWith("--")) flags.out = value;
        else problems.push("--out: a directory is required.");
        i++;
        break;
      case "--option":
        if ((OPTION_IDS as readonly string[]).includes(value ?? "")) flags.option = value as OptionId;
        else problems.push(`--option: "${value ?? ""}" is not allowed; allowed: ${OPTION_IDS.join(", ")}.`);
        i++;
        break;
      case "--create-target-cluster":
        flags.createTargetCluster = true;
        break;
      default:
        problems.push(`${arg}: unknown flag; allowed: ${allowed.join(", ")}.`);
    }
  }
  if (flags.out === undefined && !problems.some((p) => p.startsWith("--out")))
    problems.push("--out: a directory is required.");
  for (const p of problems) io.err(p);
  return problems.length ? undefined : (flags as IacFlags);
}

export async function main(argv: readonly string[], io: Io): Promise<number> {
  const [command, permalink] = argv;
  switch (command) {
    case "plan": {
      const answers = strictAnswers(permalink, io);
      if (!answers) return 2;
      io.out(JSON.stringify(buildPlan(answers), null, 2));
      return 0;
    }
    case "runbook": {
      const answers = strictAnswers(permalink, io);
      if (!answers) return 2;
      const plan = buildPlan(answers);
      io.out(renderRunbook(plan, buildArchitecture(plan)).trimEnd());
      return 0;
    }
    case "record": {
      const answers = strictAnswers(permalink, io);
      const rest = argv.slice(2);
      let drillReport: { path: string; report: DrillReport } | undefined;
      if (rest.length) {
        if (rest[0] !== "--drill-report" || !rest[1] || rest.length > 2) {
          io.err("record: the only flag is --drill-report FILE (a report.json written by drill-report).");
          return 2;
        }
        drillReport = readReportJson(rest[1], io);
        if (!drillReport) return 2;
      }
      if (!answers) return 2;
      const plan = buildPlan(answers);
      io.out(renderDecisionRecord(plan, buildArchitecture(plan), drillReport ? { drillReport } : {}).trimEnd());
      return 0;
    }
    case "drill": {
      const answers = strictAnswers(permalink, io);
      const flags = parseIacFlags(argv.slice(2), io, ["--out", "--option"]);
      if (!answers || !flags) return 2;
      const plan = buildPlan(answers);
      const option = flags.option ?? plan.recommendation;
      const assessed = plan.options.find((o) => o.id === option)!;
      for (const b of assessed.eligible ? [] : assessed.blockers)
        io.err(`warning: --option ${option} is ruled out for these answers: ${b.text}`);
      const kit = generateDrillKit(plan, buildArchitecture(plan, option));
      if (!kit.supported) {
        io.err(`drill: ${kit.reason}`);
        return 2;
      }
      for (const file of kit.files) {
        const path = join(flags.out, file.path);
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, file.content);
        if (file.executable) chmodSync(path, 0o755);
        io.out(path);
      }
      return 0;
    }
    case "drill-report":
      return drillReport(permalink, io);
    case "iac": {
      const answers = strictAnswers(permalink, io);
      const flags = parseIacFlags(argv.slice(2), io);
      if (!answers || !flags) return 2;
      const plan = buildPlan(answers);
      const option = flags.option ?? plan.recommendation;
      // An option asked for by name is generated even when the plan rules it out, but never silently.
      const assessed = plan.options.find((o) => o.id === option)!;
      for (const b of assessed.eligible ? [] : assessed.blockers)
        io.err(`warning: --option ${option} is ruled out for these answers: ${b.text}`);
      // The answers' contradictions and objectives out of reach, as the plan states them first.
      for (const c of plan.contradictions ?? [])
        io.err(
          `warning: contradiction: ${c.text} Read consistently (${c.reading}), the recommendation is ${c.recommendation}: ${c.permalink}`,
        );
      for (const w of (plan.warnings ?? []).filter((x) => x.kind === "out-of-reach")) io.err(`warning: ${w.text}`);
      const arch = buildArchitecture(plan, option);
      const bundle = generateBundle(plan, arch, {
        format: flags.format ?? answers.iac,
        createTargetCluster: flags.createTargetCluster,
      });
      for (const file of bundle.files) {
        const path = join(flags.out, file.path);
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, file.content);
        io.out(path);
      }
      return 0;
    }
    case "import":
      return importCommand(argv.slice(1), io);
    case "help":
    case "--help":
    case "-h":
      io.out(USAGE);
      return 0;
    default:
      io.err(command === undefined ? "Missing command." : `Unknown command "${command}".`);
      io.err(USAGE);
      return 2;
  }
}

/**
 * `drill-report DIR`: reads the kit's drill.json and results/, writes results/report.md and
 * results/report.json, and prints the verdicts. Exit 2 when DIR is not a drill kit.
 */
function drillReport(dir: string | undefined, io: Io): number {
  if (!dir || dir.startsWith("--")) {
    io.err("drill-report: pass the drill kit's directory (the one holding drill.json and results/).");
    return 2;
  }
  const summaryPath = join(dir, DRILL_JSON);
  if (!existsSync(summaryPath)) {
    io.err(`drill-report: ${summaryPath} not found: pass the directory that advisor drill wrote.`);
    return 2;
  }
  let summary: DrillPlanSummary;
  try {
    summary = JSON.parse(readFileSync(summaryPath, "utf8")) as DrillPlanSummary;
    if (
      typeof summary.name !== "string" ||
      typeof summary.objectives?.rpoSeconds !== "number" ||
      typeof summary.objectives?.rtoMinutes !== "number"
    )
      throw new Error("missing name or objectives");
  } catch (e) {
    io.err(`drill-report: ${summaryPath} is not a drill summary (${e instanceof Error ? e.message : String(e)}).`);
    return 2;
  }
  const results = join(dir, "results");
  const files: ResultFiles = {};
  for (const [key, name] of Object.entries(RESULT_FILES) as [keyof typeof RESULT_FILES, string][]) {
    const path = join(results, name);
    if (existsSync(path)) files[key] = readFileSync(path, "utf8");
  }
  const { input, problems } = readDrillResults(files, summary.objectives);
  const report = measureDrill(input, problems);
  const context = { name: summary.name, permalink: summary.permalink };
  mkdirSync(results, { recursive: true });
  writeFileSync(join(results, "report.md"), renderDrillReportMarkdown(report, context));
  writeFileSync(join(results, "report.json"), renderDrillReportJson(report, context));
  io.out(join(results, "report.md"));
  io.out(join(results, "report.json"));
  io.out(
    `RPO: ${report.rpo.verdict}${report.rpo.observedSeconds !== undefined ? ` (${report.rpo.observedSeconds} s observed, objective ${report.objectives.rpoSeconds} s)` : ""}; RTO: ${report.rto.verdict}${report.rto.observedMinutes !== undefined ? ` (${Math.round(report.rto.observedMinutes * 100) / 100} min observed, objective ${report.objectives.rtoMinutes} min)` : ""}.`,
  );
  for (const p of problems) io.err(`warning: ${p}`);
  return 0;
}

function readReportJson(path: string, io: Io): { path: string; report: DrillReport } | undefined {
  try {
    const report = JSON.parse(readFileSync(path, "utf8")) as DrillReport;
    if (typeof report.drillId !== "string" || !report.rpo || !report.rto || !report.canaries || !report.objectives)
      throw new Error("not a drill report");
    return { path, report };
  } catch (e) {
    io.err(`--drill-report: ${path} cannot be read as a drill report (${e instanceof Error ? e.message : String(e)}).`);
    return undefined;
  }
}

// Run when executed directly (not when imported by tests).
if (process.argv[1] && /advisor\.ts$/.test(process.argv[1])) {
  main(process.argv.slice(2), {
    out: (t) => process.stdout.write(`${t}\n`),
    err: (t) => process.stderr.write(`${t}\n`),
  }).then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`advisor: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    },
  );
}
