"use client";

import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { buildArchitecture } from "@/lib/architecture";
import { generateBundle } from "@/lib/bundle";
import { DIAGRAM_FILE } from "@/lib/decision-record";
import { generateDrillKit, type DrillKitFile } from "@/lib/drill/kit";
import type { FileLanguage, IacFormat } from "@/lib/iac";
import { OPTIONS, type OptionId } from "@/lib/knowledge";
import type { Plan } from "@/lib/scoring";
import { Button } from "@/components/ui/button";
import { getDiagramSvg } from "@/components/diagram/diagram-export";
import { CODE_THEME_CSS, loadHighlighter, type Highlight } from "./highlight";

type TabId = "terraform" | "cloudformation" | "mirrormaker2" | "runbook" | "drill";

/** A file a tab shows: bundle files carry a language to highlight; the drill kit's show as plain text. */
interface ShownFile {
  path: string;
  content: string;
  language?: FileLanguage;
}

/** The drill kit's folder in the zip. */
const DRILL_DIR = "drill";

/** Zip entries of the drill kit; scripts keep their executable bit (Unix mode in the external attributes). */
function drillZipEntries(
  files: readonly DrillKitFile[],
  dir: string,
  toBytes: (s: string) => Uint8Array,
): Record<string, [Uint8Array, { os: number; attrs: number }]> {
  return Object.fromEntries(
    files.map((f) => [
      `${dir}/${DRILL_DIR}/${f.path}`,
      [toBytes(f.content), { os: 3, attrs: (f.executable ? 0o100755 : 0o100644) << 16 }],
    ]),
  );
}

const TAB_LABEL: Record<TabId, string> = {
  terraform: "Terraform",
  cloudformation: "CloudFormation",
  mirrormaker2: "MirrorMaker 2 properties",
  runbook: "Runbook",
  drill: "Drill kit",
};

const FORMAT_LABEL: Record<IacFormat, string> = { terraform: "Terraform", cloudformation: "CloudFormation" };

function download(name: string, data: BlobPart, type: string) {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name.split("/").pop() ?? name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A button that copies text and says "Copied" for a moment. */
function CopyButton({
  text,
  label,
  children,
  onCopied,
}: {
  text: () => string;
  label: string;
  children: string;
  onCopied: (message: string) => void;
}) {
  const [copied, setCopied] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  return (
    <Button
      aria-label={copied ? `Copied: ${label}` : label}
      onClick={async () => {
        try {
          await navigator.clipboard.writeText(text());
          setCopied(true);
          onCopied(`Copied ${label.replace(/^Copy /, "")}.`);
          clearTimeout(timer.current);
          timer.current = setTimeout(() => setCopied(false), 2000);
        } catch {
          onCopied("Copying failed: your browser did not allow access to the clipboard.");
        }
      }}
    >
      {copied ? "Copied" : children}
    </Button>
  );
}

function CodeFile({
  file,
  html,
  onCopied,
}: {
  file: ShownFile;
  html: string | undefined;
  onCopied: (m: string) => void;
}) {
  const headingId = useId();
  const lines = file.content.split("\n").length - 1;
  return (
    <section aria-labelledby={headingId} className="mt-4 rounded-lg border border-border">
      <div className="flex flex-wrap items-center justify-between gap-2 border-b border-border bg-surface-2 px-3 py-2">
        <h3 id={headingId} className="font-mono text-sm font-semibold">
          {file.path} <span className="font-sans font-normal text-muted">· {lines} lines</span>
        </h3>
        <div className="flex gap-2">
          <CopyButton text={() => file.content} label={`Copy ${file.path}`} onCopied={onCopied}>
            Copy
          </CopyButton>
          <Button
            aria-label={`Download ${file.path}`}
            onClick={() => download(file.path, file.content, "text/plain;charset=utf-8")}
          >
            Download
          </Button>
        </div>
      </div>
      {/* Focusable so that keyboard users can scroll long files. */}
      <div
        role="region"
        aria-label={`${file.path} contents`}
        tabIndex={0}
        className="deliverables-code max-h-[28rem] overflow-auto p-3 text-xs leading-relaxed focus-visible:outline-2 focus-visible:outline-ring"
      >
        {html ? (
          <div
            data-highlighted="true"
            className="font-mono [&_pre]:whitespace-pre"
            dangerouslySetInnerHTML={{ __html: html }}
          />
        ) : (
          <pre className="font-mono whitespace-pre">{file.content}</pre>
        )}
      </div>
    </section>
  );
}

/**
 * The deliverables: Terraform, CloudFormation, MirrorMaker 2 properties and the runbook for any
 * eligible option of the plan, with copy, download and "download all" (a zip). Everything is
 * generated in the browser from the plan; highlighting loads only once this panel is shown.
 */
export function DeliverablesPanel({ plan }: { plan: Plan }) {
  const eligible = useMemo(() => plan.options.filter((o) => o.eligible).map((o) => o.id), [plan]);
  const [chosen, setChosen] = useState<OptionId>(plan.recommendation);
  const option = eligible.includes(chosen) ? chosen : plan.recommendation;
  const [createTarget, setCreateTarget] = useState(false);
  const canCreateTarget = option === "msk-replicator" || option === "mirrormaker2";
  const createTargetCluster = canCreateTarget && createTarget;

  const arch = useMemo(() => buildArchitecture(plan, option), [plan, option]);
  const bundles = useMemo(
    () => ({
      terraform: generateBundle(plan, arch, { format: "terraform", createTargetCluster }).files,
      cloudformation: generateBundle(plan, arch, { format: "cloudformation", createTargetCluster }).files,
    }),
    [plan, arch, createTargetCluster],
  );

  const drillKit = useMemo(() => generateDrillKit(plan, arch), [plan, arch]);
  const drillFiles = useMemo(() => (drillKit.supported ? drillKit.files : []), [drillKit]);
  const tabs: TabId[] = [
    ...(arch.option === "mirrormaker2"
      ? (["terraform", "cloudformation", "mirrormaker2", "runbook"] as const)
      : (["terraform", "cloudformation", "runbook"] as const)),
    ...(drillFiles.length ? (["drill"] as const) : []),
  ];
  const [selected, setSelected] = useState<TabId>(plan.answers.iac);
  const active: TabId = tabs.includes(selected) ? selected : "terraform";
  const zipFormat: IacFormat = active === "terraform" || active === "cloudformation" ? active : plan.answers.iac;

  const visible = useMemo((): ShownFile[] => {
    if (active === "terraform" || active === "cloudformation")
      return bundles[active].filter((f) => f.language === "hcl" || f.language === "yaml" || f.path === "README.md");
    // The same file in both formats; CloudFormation's sits at the top, Terraform's in the standby root when split.
    if (active === "mirrormaker2") return bundles.cloudformation.filter((f) => f.path === "mirrormaker2.properties");
    if (active === "drill")
      return drillFiles.map((f) => ({
        path: `${DRILL_DIR}/${f.path}`,
        content: f.content,
        ...(f.language === "markdown" ? { language: "markdown" as const } : {}),
      }));
    return bundles.terraform.filter((f) => f.path === "RUNBOOK.md");
  }, [active, bundles, drillFiles]);

  // Highlighting: load shiki once, then highlight what the active tab shows.
  const [highlight, setHighlight] = useState<Highlight | undefined>(undefined);
  useEffect(() => {
    let live = true;
    loadHighlighter().then(
      (h) => live && setHighlight(() => h),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  const highlighted = useMemo(() => {
    const out = new Map<string, string>();
    if (!highlight) return out;
    for (const f of visible) {
      if (!f.language) continue;
      try {
        out.set(f.path, highlight(f.content, f.language));
      } catch {
        // Plain text is fine.
      }
    }
    return out;
  }, [highlight, visible]);

  const [status, setStatus] = useState("");
  const [zipping, setZipping] = useState(false);
  const ids = useId();
  const tabRefs = useRef(new Map<TabId, HTMLButtonElement>());

  const onTabKey = (e: KeyboardEvent<HTMLButtonElement>) => {
    const i = tabs.indexOf(active);
    const next =
      e.key === "ArrowRight"
        ? tabs[(i + 1) % tabs.length]
        : e.key === "ArrowLeft"
          ? tabs[(i - 1 + tabs.length) % tabs.length]
          : e.key === "Home"
            ? tabs[0]
            : e.key === "End"
              ? tabs[tabs.length - 1]
              : undefined;
    if (!next) return;
    e.preventDefault();
    setSelected(next);
    tabRefs.current.get(next)?.focus();
  };

  // Why the last zip went without its diagram, shown until the next download.
  const [diagramProblem, setDiagramProblem] = useState<string>();
  const downloadAll = async () => {
    setZipping(true);
    try {
      // The diagram of this option (not of whatever the page's diagram shows). If it cannot be
      // drawn, the zip still downloads and its decision record says the diagram is missing.
      const [{ zipSync, strToU8 }, diagram] = await Promise.all([
        import("fflate"),
        getDiagramSvg(arch).then(
          (svg) => ({ svg }),
          (e: unknown) => ({ missing: e instanceof Error && e.message ? e.message : String(e) }),
        ),
      ]);
      const bundle = generateBundle(plan, arch, {
        format: zipFormat,
        createTargetCluster,
        ...("svg" in diagram ? { diagramSvg: diagram.svg } : { diagramMissing: diagram.missing }),
      });
      const entries = [...bundle.files, ...bundle.images];
      const dir = `${arch.name}-${zipFormat}`;
      const zip = zipSync(
        {
          ...Object.fromEntries(entries.map((f) => [`${dir}/${f.path}`, strToU8(f.content)])),
          ...drillZipEntries(drillFiles, dir, strToU8),
        },
        { level: 6, mtime: new Date("2026-01-01T00:00:00Z") },
      );
      const count = entries.length + drillFiles.length;
      download(`${dir}.zip`, zip as BlobPart, "application/zip");
      if ("svg" in diagram) {
        setDiagramProblem(undefined);
        setStatus(
          `Downloaded ${dir}.zip with ${count} files, the diagram included${drillFiles.length ? ` and the drill kit in ${DRILL_DIR}/` : ""}.`,
        );
      } else {
        const problem = `The diagram could not be drawn (${diagram.missing}), so ${dir}.zip has no ${DIAGRAM_FILE} and its decision record says the diagram is missing.`;
        setDiagramProblem(problem);
        setStatus(`Downloaded ${dir}.zip with ${count} files. ${problem}`);
      }
    } catch (e) {
      setStatus(`The zip could not be made: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setZipping(false);
    }
  };

  const decisionRecord = () => bundles.terraform.find((f) => f.path === "DECISION-RECORD.md")?.content ?? "";

  return (
    <div>
      <style>{CODE_THEME_CSS}</style>
      <div className="flex flex-wrap items-end gap-4">
        <label className="flex min-w-0 max-w-full flex-col gap-1 text-sm font-semibold">
          Generate for
          <select
            id="deliverables-option"
            name="deliverables-option"
            className="min-h-10 max-w-full rounded-md border border-border bg-surface px-3 py-2 text-sm font-normal text-fg"
            value={option}
            onChange={(e) => setChosen(e.target.value as OptionId)}
          >
            {eligible.map((id) => (
              <option key={id} value={id}>
                {OPTIONS[id].name}
                {id === plan.recommendation ? " (recommended)" : ""}
              </option>
            ))}
          </select>
        </label>
        {canCreateTarget ? (
          <label className="flex min-h-10 items-center gap-2 text-sm">
            <input
              type="checkbox"
              className="h-4 w-4"
              checked={createTarget}
              onChange={(e) => setCreateTarget(e.target.checked)}
            />
            Create the target cluster (instead of using an existing one)
          </label>
        ) : null}
        <div className="ml-auto flex flex-wrap gap-2">
          <CopyButton text={decisionRecord} label="Copy decision record as Markdown" onCopied={setStatus}>
            Copy decision record as Markdown
          </CopyButton>
          <Button variant="primary" onClick={downloadAll} disabled={zipping}>
            {zipping ? "Preparing…" : `Download all (${FORMAT_LABEL[zipFormat]}, .zip)`}
          </Button>
        </div>
      </div>

      {diagramProblem ? (
        <p className="mt-3 rounded-md border border-warn bg-warn-soft px-3 py-2 text-sm text-fg">{diagramProblem}</p>
      ) : null}

      <div
        role="tablist"
        aria-label="Generated code and runbook"
        className="mt-6 flex flex-wrap gap-1 border-b border-border"
      >
        {tabs.map((t) => (
          <button
            key={t}
            ref={(el) => {
              if (el) tabRefs.current.set(t, el);
              else tabRefs.current.delete(t);
            }}
            type="button"
            role="tab"
            id={`${ids}-tab-${t}`}
            aria-selected={t === active}
            aria-controls={`${ids}-panel-${t}`}
            tabIndex={t === active ? 0 : -1}
            onClick={() => setSelected(t)}
            onKeyDown={onTabKey}
            className={`-mb-px min-h-10 rounded-t-md border px-3 py-2 text-sm font-semibold sm:px-4 ${t === active ? "border-border border-b-surface bg-surface text-fg" : "border-transparent text-muted hover:text-fg"}`}
          >
            {TAB_LABEL[t]}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${ids}-panel-${active}`} aria-labelledby={`${ids}-tab-${active}`} className="pt-2">
        <p className="text-sm text-muted">
          {active === "terraform" &&
            `A Terraform module (hashicorp/aws ≥ 6.64.0) for ${OPTIONS[option].name}. Existing clusters, networks and secrets are variables; the README says how to apply it.`}
          {active === "cloudformation" &&
            `CloudFormation for ${OPTIONS[option].name}: ${bundles.cloudformation.filter((f) => f.language === "yaml").length > 1 ? "one template per Region it touches" : "one template"}, with parameters for existing clusters, networks and secrets.`}
          {active === "mirrormaker2" &&
            "The MirrorMaker 2 configuration (dedicated mode). The task definition passes it to the container; credentials come from Secrets Manager through environment variables."}
          {active === "runbook" && "Failover and failback steps for this option."}
          {active === "drill" &&
            `Scripts that measure the replication lag with canaries and time a canary consumer group's failover and failback, without touching your applications. Download all puts them in ${DRILL_DIR}/; run them from a host that reaches both clusters, then write the report with the advisor's drill-report command.`}
        </p>
        {visible.map((f) => (
          <CodeFile key={f.path} file={f} html={highlighted.get(f.path)} onCopied={setStatus} />
        ))}
      </div>
      <p role="status" aria-live="polite" className="sr-only">
        {status}
      </p>
    </div>
  );
}
