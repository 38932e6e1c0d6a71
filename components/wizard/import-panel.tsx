"use client";

import { useId, useState, type DragEvent } from "react";
import type { Answers } from "@/lib/answers";
import { QUESTIONS } from "@/lib/answers/questions";
import { regionName } from "@/lib/answers/values";
import type { Evidence, ImportResult } from "@/lib/import";
import { Button } from "@/components/ui/button";
import { useWizardStore } from "./store";

type ImportModule = typeof import("@/lib/import");
// The import code (its zod schemas and the answers' decoder) arrives only when someone uses it.
let loading: Promise<ImportModule> | undefined;
const loadImport = () => {
  loading ??= import("@/lib/import").catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
};

interface Slot {
  /** The file's name once one was dropped or chosen; otherwise the text was pasted. */
  file?: string;
  text: string;
}

const EMPTY: Slot = { text: "" };

/** The question and the value's words for one answer, as the form shows them. */
function answerWords(param: string, value: string): { question: string; value: string } {
  const q = (
    QUESTIONS as unknown as Record<
      string,
      { label: string; kind: string; choices?: Record<string, { label: string }> } | undefined
    >
  )[param];
  if (!q) return { question: param, value };
  if (q.kind === "region") return { question: q.label, value: `${regionName(value)} (${value})` };
  return { question: q.label, value: q.choices?.[value]?.label ?? value };
}

/**
 * "Start from your clusters": the first step's way in from what a team already has. The text is
 * read in this browser with lib/import and applied to the answers only when all of it can be used;
 * otherwise the answers stay as they were and the problems are listed.
 */
export function ImportPanel() {
  const load = useWizardStore((s) => s.load);
  const [source, setSource] = useState<Slot>(EMPTY);
  const [target, setTarget] = useState<Slot>(EMPTY);
  const [result, setResult] = useState<ImportResult | { ok: false; problems: string[] } | undefined>();
  const [busy, setBusy] = useState(false);
  const ids = { source: useId(), target: useId(), hint: useId(), files: useId(), result: useId() };

  const readFiles = async (files: FileList | readonly File[], into?: "source" | "target") => {
    const list = [...files];
    if (list.length === 0) return;
    const texts = await Promise.all(list.map(async (f) => ({ file: f.name, text: await f.text() })));
    if (into === "target") {
      setTarget(texts[0]!);
      return;
    }
    setSource(texts[0]!);
    if (texts[1]) setTarget(texts[1]);
    if (texts.length > 2)
      setResult({
        ok: false,
        problems: [`${texts.length} files dropped: drop one for the source and one for the target, or paste them.`],
      });
  };

  const onDrop = (into?: "source" | "target") => (e: DragEvent) => {
    if (e.dataTransfer.files.length === 0) return; // dropped text: the text area takes it as typing
    e.preventDefault();
    e.stopPropagation();
    void readFiles(e.dataTransfer.files, into);
  };
  const onDragOver = (e: DragEvent) => {
    if ([...e.dataTransfer.types].includes("Files")) e.preventDefault();
  };

  const apply = async () => {
    setBusy(true);
    try {
      const { importFiles } = await loadImport();
      const inputs = [
        { label: source.file ?? "Source (pasted)", text: source.text },
        { label: target.file ?? "Target (pasted)", text: target.text },
      ];
      const r = importFiles(inputs);
      setResult(r);
      if (r.ok) load(r.answers as Answers, 0);
    } catch {
      setResult({
        ok: false,
        problems: [
          "The part of the page that reads the files did not load. Check your connection and try again; your answers were not changed.",
        ],
      });
    } finally {
      setBusy(false);
    }
  };

  const textareaClass =
    "mt-1 block h-28 w-full resize-y rounded-md border border-border bg-surface p-2 font-mono text-xs text-fg placeholder:text-muted focus-visible:outline-3 focus-visible:outline-offset-1 focus-visible:outline-ring";

  return (
    <details
      className="mb-6 rounded-xl border border-border bg-surface p-4 sm:p-5"
      onDragOver={onDragOver}
      onDrop={onDrop()}
      onToggle={(e) => {
        if ((e.currentTarget as HTMLDetailsElement).open) loadImport().catch(() => undefined);
      }}
    >
      <summary className="cursor-pointer text-base font-semibold text-fg">Start from your clusters</summary>
      <div className="mt-3">
        <p id={ids.hint} className="text-sm text-muted">
          Paste or drop the JSON of <code className="font-mono">aws kafka describe-cluster-v2</code> (the source, and
          optionally the target), <code className="font-mono">aws kafka describe-replicator</code>, or a MirrorMaker 2
          properties file. The answers they show are filled in, each with the field it came from.{" "}
          <strong className="font-semibold text-fg">Read in this browser: nothing is uploaded.</strong>
        </p>
        <div className="mt-4 grid gap-4 md:grid-cols-2">
          <div onDragOver={onDragOver} onDrop={onDrop("source")}>
            <label htmlFor={ids.source} className="text-sm font-semibold text-fg">
              Source cluster, replicator or MirrorMaker 2 file
            </label>
            {source.file ? <p className="text-xs text-muted">From {source.file}</p> : null}
            <textarea
              id={ids.source}
              aria-describedby={ids.hint}
              className={textareaClass}
              spellCheck={false}
              placeholder='{"ClusterInfo": {…}}'
              value={source.text}
              onChange={(e) => setSource({ text: e.target.value })}
            />
          </div>
          <div onDragOver={onDragOver} onDrop={onDrop("target")}>
            <label htmlFor={ids.target} className="text-sm font-semibold text-fg">
              Target cluster (optional)
            </label>
            {target.file ? <p className="text-xs text-muted">From {target.file}</p> : null}
            <textarea
              id={ids.target}
              aria-describedby={ids.hint}
              className={textareaClass}
              spellCheck={false}
              placeholder='{"ClusterInfo": {…}}'
              value={target.text}
              onChange={(e) => setTarget({ text: e.target.value })}
            />
          </div>
        </div>
        <div className="mt-4 flex flex-wrap items-center gap-3">
          <Button variant="primary" onClick={apply} disabled={busy} aria-describedby={ids.result}>
            Fill the answers
          </Button>
          <label htmlFor={ids.files} className="text-sm text-muted">
            or choose files:
          </label>
          <input
            id={ids.files}
            type="file"
            multiple
            accept=".json,.properties,.txt,application/json,text/plain"
            className="max-w-full text-sm text-muted file:mr-2 file:rounded-md file:border file:border-border file:bg-surface-2 file:px-3 file:py-1.5 file:text-sm file:font-medium file:text-fg"
            onChange={(e) => {
              if (e.target.files) void readFiles(e.target.files);
              e.target.value = "";
            }}
          />
        </div>
        <div id={ids.result} aria-live="polite" className="mt-4 empty:hidden">
          {result ? <ImportOutcome result={result} /> : null}
        </div>
      </div>
    </details>
  );
}

function ImportOutcome({ result }: { result: ImportResult | { ok: false; problems: string[] } }) {
  if (!result.ok) {
    return (
      <div role="alert" className="rounded-lg border-l-4 border-neg bg-neg-soft p-4 text-sm text-fg">
        <p className="font-semibold">
          <span aria-hidden="true">⚠ </span>Nothing was filled in; your answers are as they were.
        </p>
        <ul className="mt-2 list-disc space-y-1 pl-5 break-words">
          {result.problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      </div>
    );
  }
  const kept = result.defaults.map((k) => answerWords(k, "").question);
  return (
    <div role="status" className="rounded-lg border-l-4 border-pos bg-pos-soft p-4 text-sm text-fg">
      <p className="font-semibold">
        <span aria-hidden="true">✓ </span>
        Filled {result.evidence.length} {result.evidence.length === 1 ? "answer" : "answers"} from{" "}
        {result.read.map((r) => r.input).join(" and ")}. Check them in the steps below.
      </p>
      <p className="mt-3 font-semibold">Filled from your files</p>
      <ul className="mt-1 space-y-1.5">
        {result.evidence.map((e: Evidence) => {
          const words = answerWords(e.param, e.value);
          return (
            <li key={e.param} className="break-words">
              <span className="text-muted">{words.question}</span> <span className="font-semibold">{words.value}</span>
              <span className="block text-xs text-muted">
                from {e.input}: <code className="font-mono">{e.field}</code>
              </span>
            </li>
          );
        })}
      </ul>
      {kept.length > 0 ? (
        <>
          <p className="mt-3 font-semibold">Kept at their defaults (not in the files)</p>
          <p className="mt-1 text-muted">{kept.join(" · ")}</p>
        </>
      ) : null}
      {result.notes.length > 0 ? (
        <>
          <p className="mt-3 font-semibold">Notes</p>
          <ul className="mt-1 list-disc space-y-1 pl-5 break-words">
            {result.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
