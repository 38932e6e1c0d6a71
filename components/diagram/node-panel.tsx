"use client";

import { useEffect, useRef } from "react";
import type { ArchNode, Architecture } from "@/lib/architecture";
import { KIND_WORDS, groupPath, phaseWords } from "./diagram-words";

/**
 * What a node is, the settings the plan chose for it and the IaC resources it maps to.
 * A labelled region; focus moves to its heading when it opens, Escape or the button closes it
 * (the diagram returns focus to the node).
 */
export function NodePanel({ arch, node, onClose }: { arch: Architecture; node: ArchNode; onClose: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, [node.id]);
  const headingId = `diagram-panel-${node.id}`;
  return (
    <section
      aria-labelledby={headingId}
      className="flex flex-col gap-3 rounded-lg border border-border bg-surface p-4 text-sm"
      onKeyDown={(e) => {
        if (e.key === "Escape") {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <div className="flex items-start justify-between gap-2">
        <div>
          <h3
            id={headingId}
            ref={heading}
            tabIndex={-1}
            className="text-base font-semibold text-fg outline-none focus-visible:underline"
          >
            {node.label}
          </h3>
          <p className="text-xs text-muted">
            {KIND_WORDS[node.kind]} · {groupPath(arch, node.group)}
          </p>
        </div>
        <button
          type="button"
          onClick={onClose}
          aria-label={`Close details of ${node.label}`}
          className="grid size-9 shrink-0 place-items-center rounded-md border border-border text-fg hover:bg-surface-2"
        >
          <svg
            aria-hidden="true"
            viewBox="0 0 24 24"
            width="16"
            height="16"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
            strokeLinecap="round"
          >
            <path d="M6 6l12 12M18 6L6 18" />
          </svg>
        </button>
      </div>
      <p className="text-fg">{node.description}</p>
      <p className="text-xs text-muted">
        {node.sublabel} · shown: {phaseWords(node.phase, arch.failoverLabel).toLowerCase()}
      </p>
      {node.settings.length ? (
        <div>
          <h4 className="mb-1 font-semibold text-fg">Settings the plan chose</h4>
          <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
            {node.settings.map((s) => (
              <div key={s.label} className="contents">
                <dt className="text-muted">{s.label}</dt>
                <dd className="font-mono text-xs break-all text-fg">{s.value}</dd>
              </div>
            ))}
          </dl>
        </div>
      ) : null}
      <div>
        <h4 className="mb-1 font-semibold text-fg">Generated IaC</h4>
        {node.iac.terraform.length || node.iac.cloudformation.length ? (
          <dl className="space-y-2">
            <div>
              <dt className="text-muted">Terraform</dt>
              <dd>
                <ul className="font-mono text-xs break-all text-fg">
                  {node.iac.terraform.map((n) => (
                    <li key={n}>{n}</li>
                  ))}
                </ul>
              </dd>
            </div>
            <div>
              <dt className="text-muted">CloudFormation</dt>
              <dd>
                <ul className="font-mono text-xs break-all text-fg">
                  {node.iac.cloudformation.map((n) => (
                    <li key={n}>{n}</li>
                  ))}
                </ul>
              </dd>
            </div>
          </dl>
        ) : (
          <p className="text-muted">
            None:{" "}
            {node.kind === "producers" || node.kind === "consumers"
              ? "your applications are not generated."
              : "nothing is generated for it."}
          </p>
        )}
      </div>
    </section>
  );
}
