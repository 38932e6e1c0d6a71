"use client";

import { useEffect, type RefObject } from "react";
import { useWizardStore } from "./store";
import { viewUrl } from "@/lib/answers/urls";

/**
 * The one place that writes the wizard's state into the URL. Uses history.replaceState, so
 * changing an answer does not add a history entry per click; Next.js keeps its router in step.
 * (The result page is rendered on the server from its URL and only canonicalises it.)
 */
export function usePermalinkSync(enabled: RefObject<boolean>): void {
  const answers = useWizardStore((s) => s.answers);
  const step = useWizardStore((s) => s.step);
  useEffect(() => {
    if (!enabled.current) return;
    const url = viewUrl("wizard", answers, step);
    const { pathname, search, hash } = window.location;
    if (url !== pathname + search + hash) window.history.replaceState(null, "", url);
  }, [enabled, answers, step]);
}
