// The runbook's shape: sections of numbered steps, each with the commands and how to verify it.
import { link } from "@/lib/markdown";

/** A runbook step: what to do, the commands, and how to tell it worked. */
export interface Step {
  title: string;
  /** Paragraphs and fenced blocks, in order. */
  body: string[];
  /** How to verify the step worked; rendered as a "**Verify:**" line. Never empty. */
  verify: string;
  /** Links to the procedure the step follows. */
  sources?: string[];
}

export interface Section {
  title: string;
  /** Paragraphs before the first step. */
  intro?: string[];
  steps: Step[];
}

/** Renders sections as H2 with numbered H3 steps, each ending in a Verify line and its sources. */
export function renderSections(sections: Section[]): string {
  const out: string[] = [];
  for (const section of sections) {
    out.push(`## ${section.title}`, "");
    for (const p of section.intro ?? []) out.push(p, "");
    section.steps.forEach((step, i) => {
      out.push(`### ${i + 1}. ${step.title}`, "");
      for (const p of step.body) out.push(p, "");
      out.push(`**Verify:** ${step.verify}`, "");
      if (step.sources?.length) out.push(`Source: ${[...new Set(step.sources)].map((s) => link(s)).join(" · ")}`, "");
    });
  }
  return out.join("\n");
}
