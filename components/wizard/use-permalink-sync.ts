"use client";

import { useEffect } from "react";
import { DEFAULT_ANSWERS, STEPS, encodeAnswers, type Answers } from "@/lib/answers";
import { useWizardStore } from "./store";

export type PermalinkView = "wizard" | "result";

const isDefault = (answers: Answers) => encodeAnswers(answers) === encodeAnswers(DEFAULT_ANSWERS);

/**
 * The URL of a view. The query is the permalink contract (DESIGN.md); the wizard adds its current
 * step as a hash, which is not part of the contract: `/?<answers>` opens the result, while
 * `/?<answers>#objectives` re-opens the wizard at that step with those answers.
 */
export function viewUrl(view: PermalinkView, answers: Answers, step = 0): string {
  if (view === "result") return `/result?${encodeAnswers(answers)}`;
  if (step === 0 && isDefault(answers)) return "/";
  return `/?${encodeAnswers(answers)}#${STEPS[step]?.id ?? STEPS[0].id}`;
}

/** The wizard's URL for editing these answers at a step, e.g. from the result's "Edit" links. */
export function editUrl(answers: Answers, step = 0): string {
  return `/?${encodeAnswers(answers)}#${STEPS[step]?.id ?? STEPS[0].id}`;
}

/**
 * The one place that writes the state into the URL. Uses history.replaceState, so changing an
 * answer does not add a history entry per click; Next.js keeps its router in step with it.
 */
export function usePermalinkSync(view: PermalinkView, enabled: boolean): void {
  const answers = useWizardStore((s) => s.answers);
  const step = useWizardStore((s) => s.step);
  useEffect(() => {
    if (!enabled) return;
    const url = viewUrl(view, answers, step);
    const { pathname, search, hash } = window.location;
    if (url !== pathname + search + hash) window.history.replaceState(null, "", url);
  }, [view, enabled, answers, step]);
}
