import { readFileSync, statSync } from "node:fs";
import { basename } from "node:path";
import { importFiles, MAX_INPUT_CHARS, type ImportInput } from "@/lib/import";

interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

/**
 * `advisor import FILE [FILE…]`: the answers the files say, as the canonical permalink query on
 * stdout, and one line per inferred answer with its evidence on stderr (then notes, and the
 * answers left at their defaults). Exit 2, with one line per problem, when a file cannot be read
 * or what the files say cannot be used; nothing on stdout then.
 */
export function importCommand(files: readonly string[], io: Io): number {
  if (files.length === 0) {
    io.err(
      "Missing files: pass the output of aws kafka describe-cluster-v2 (source, then target), describe-replicator, or MirrorMaker 2 properties.",
    );
    return 2;
  }
  const inputs: ImportInput[] = [];
  const problems: string[] = [];
  for (const file of files) {
    try {
      const stat = statSync(file);
      if (!stat.isFile()) throw new Error("not a file");
      // Refuse what cannot be an output before reading it all (UTF-8: at most 4 bytes a character).
      if (stat.size > MAX_INPUT_CHARS * 4) throw new Error(`${(stat.size / 1e6).toFixed(1)} MB is too large`);
      inputs.push({ label: basename(file), text: readFileSync(file, "utf8") });
    } catch (error) {
      const reason = error instanceof Error ? ((error as NodeJS.ErrnoException).code ?? error.message) : String(error);
      problems.push(`${file}: cannot be read (${reason === "ENOENT" ? "no such file" : reason}).`);
    }
  }
  if (problems.length > 0) {
    for (const p of problems) io.err(p);
    return 2;
  }
  const result = importFiles(inputs);
  if (!result.ok) {
    for (const p of result.problems) io.err(p);
    return 2;
  }
  io.out(`?${result.query}`);
  for (const e of result.evidence) io.err(`${e.param}=${e.value}  (${e.input}: ${e.field})`);
  for (const n of result.notes) io.err(`note: ${n}`);
  if (result.defaults.length > 0) io.err(`defaults (not in the files): ${result.defaults.join(", ")}`);
  return 0;
}
