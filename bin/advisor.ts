/**
 * The command line (README "Using it"): the same library as the browser.
 *
 *   npm run -s advisor -- plan '<permalink URL or query string>'
 *   npm run -s advisor -- runbook '<permalink>'   (failover and failback runbook, Markdown)
 *   npm run -s advisor -- record '<permalink>'    (architecture decision record, Markdown)
 *   npm run -s advisor -- iac '<permalink>' --format terraform|cloudformation --out DIR
 *
 * Exit codes: 0 success; 2 invalid answers or usage (one line per problem on stderr, nothing
 * written).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { decodePermalink, describeAllowed, type PermalinkIssue } from "@/lib/answers";
import { buildPlan } from "@/lib/scoring";
import { generateBundle } from "@/lib/bundle";
import type { IacFormat } from "@/lib/iac";
import { OPTION_IDS, type OptionId } from "@/lib/knowledge";
import { buildArchitecture } from "@/lib/architecture";
import { renderDecisionRecord } from "@/lib/decision-record";
import { renderRunbook } from "@/lib/runbook";

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

The permalink's parameters are documented in the README (for example '?goal=dr&source=msk-provisioned').`;

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
function parseIacFlags(args: readonly string[], io: Io): IacFlags | undefined {
  const problems: string[] = [];
  const flags: Partial<IacFlags> & { createTargetCluster: boolean } = { createTargetCluster: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const value = args[i + 1];
    switch (arg) {
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
        problems.push(`${arg}: unknown flag; allowed: --format, --out, --option, --create-target-cluster.`);
    }
  }
  if (flags.out === undefined && !problems.some((p) => p.startsWith("--out"))) problems.push("--out: a directory is required.");
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
    case "runbook":
    case "record": {
      const answers = strictAnswers(permalink, io);
      if (!answers) return 2;
      const plan = buildPlan(answers);
      const arch = buildArchitecture(plan);
      io.out((command === "runbook" ? renderRunbook(plan, arch) : renderDecisionRecord(plan, arch)).trimEnd());
      return 0;
    }
    case "iac": {
      const answers = strictAnswers(permalink, io);
      const flags = parseIacFlags(argv.slice(2), io);
      if (!answers || !flags) return 2;
      const plan = buildPlan(answers);
      const option = flags.option ?? plan.recommendation;
      // An option asked for by name is generated even when the plan rules it out, but never silently.
      const assessed = plan.options.find((o) => o.id === option)!;
      for (const b of assessed.eligible ? [] : assessed.blockers) io.err(`warning: --option ${option} is ruled out for these answers: ${b.text}`);
      const arch = buildArchitecture(plan, option);
      const bundle = generateBundle(plan, arch, { format: flags.format ?? answers.iac, createTargetCluster: flags.createTargetCluster });
      for (const file of bundle.files) {
        const path = join(flags.out, file.path);
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, file.content);
        io.out(path);
      }
      return 0;
    }
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
