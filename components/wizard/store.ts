import { create } from "zustand";
import type { AnswerKey, Answers } from "@/lib/answers";
import { STEPS } from "@/lib/answers/questions";
import { DEFAULT_ANSWERS } from "@/lib/answers/values";

/**
 * The client state: only the (valid) answers and UI state. The plan, the permalink and
 * everything shown about them are derived from the answers, never stored here.
 */
export interface WizardState {
  answers: Answers;
  /** Index into STEPS. */
  step: number;
  /** Steps the user has reached, so the progress indicator can jump back to them. */
  visited: number[];
  /** Raw text of inputs whose value is not (yet) valid; the answer keeps its last valid value. */
  drafts: Partial<Record<AnswerKey, string>>;
}

export interface WizardActions {
  /** Replaces the answers and UI state, e.g. from a permalink. */
  load: (answers: Answers, step?: number) => void;
  setAnswer: <K extends AnswerKey>(key: K, value: Answers[K]) => void;
  setDraft: (key: AnswerKey, raw: string | undefined) => void;
  goTo: (step: number) => void;
  reset: () => void;
}

const LAST_STEP = STEPS.length - 1;
const clampStep = (step: number) => Math.max(0, Math.min(LAST_STEP, Math.trunc(step)));
const upTo = (step: number) => Array.from({ length: step + 1 }, (_, i) => i);

export const useWizardStore = create<WizardState & WizardActions>()((set) => ({
  answers: DEFAULT_ANSWERS,
  step: 0,
  visited: [0],
  drafts: {},

  load: (answers, step = 0) => {
    const s = clampStep(step);
    // Arriving from a link that names a step: every step up to it counts as visited.
    set({ answers, step: s, visited: upTo(s), drafts: {} });
  },
  setAnswer: (key, value) =>
    set((state) => {
      const drafts = { ...state.drafts };
      delete drafts[key];
      return { answers: { ...state.answers, [key]: value }, drafts };
    }),
  setDraft: (key, raw) =>
    set((state) => {
      const drafts = { ...state.drafts };
      if (raw === undefined) delete drafts[key];
      else drafts[key] = raw;
      return { drafts };
    }),
  goTo: (step) =>
    set((state) => {
      const s = clampStep(step);
      return {
        step: s,
        visited: state.visited.includes(s) ? state.visited : [...state.visited, s].sort((a, b) => a - b),
      };
    }),
  reset: () => set({ answers: DEFAULT_ANSWERS, step: 0, visited: [0], drafts: {} }),
}));

/** The step id used in the wizard's URL hash, e.g. "#objectives". */
export function stepIndexFromHash(hash: string): number | undefined {
  // Step ids are plain ASCII, so a hash that is not valid percent-encoding names no step (and must not throw).
  const id = hash.replace(/^#/, "");
  const i = STEPS.findIndex((s) => s.id === id);
  return i >= 0 ? i : undefined;
}
