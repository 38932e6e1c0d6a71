/**
 * The command line (DESIGN.md "Public contract 2"): the same library as the browser.
 *
 *   npm run -s advisor -- plan '<permalink URL or query string>'
 *   npm run -s advisor -- runbook '<permalink>'   (failover and failback runbook, Markdown)
 *   npm run -s advisor -- record '<permalink>'    (architecture decision record, Markdown)
 *   npm run -s advisor -- iac '<permalink>' --format terraform|cloudformation --out DIR
 *
 * Exit codes: 0 success; 2 invalid answers or usage (one line per problem on stderr, nothing
 * written); 3 a command that is not available yet.
 */
import { decodePermalink, describeAllowed, type PermalinkIssue } from "@/lib/answers";
import { buildPlan } from "@/lib/scoring";
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
      if (!answers) return 2;
      io.err("iac: not yet implemented.");
      return 3;
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
