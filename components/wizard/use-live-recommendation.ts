import { useEffect, useMemo, useSyncExternalStore } from "react";
import { DEFAULT_ANSWERS, type Answers } from "@/lib/answers";
import type { LiveRecommendation } from "./live-recommendation";

type Engine = typeof import("./live-recommendation");

// The scoring library, loaded once per page on demand and shared by every render after.
let engine: Engine | undefined;
let loading: Promise<Engine> | undefined;
const listeners = new Set<() => void>();

/** Starts loading the scoring code (idempotent): called when the user first reaches for the form. */
export function loadLiveEngine(): Promise<Engine> {
  loading ??= import("./live-recommendation").then((m) => {
    engine = m;
    for (const notify of listeners) notify();
    return m;
  });
  return loading;
}

const subscribe = (notify: () => void) => {
  listeners.add(notify);
  return () => {
    listeners.delete(notify);
  };
};

/**
 * The live recommendation for the answers. For the default answers it is the server's (`initial`);
 * for any others it is computed in the browser once the scoring code is loaded. Until then the
 * initial one is returned with `pending` set, so the panel can say it is being updated.
 */
export function useLiveRecommendation(answers: Answers, initial: LiveRecommendation): { live: LiveRecommendation; pending: boolean } {
  const ready = useSyncExternalStore(
    subscribe,
    () => engine !== undefined,
    () => false,
  );
  const computed = useMemo(() => (answers === DEFAULT_ANSWERS ? initial : ready && engine ? engine.liveRecommendation(answers) : undefined), [answers, initial, ready]);
  useEffect(() => {
    if (computed === undefined) void loadLiveEngine();
  }, [computed]);
  return computed ? { live: computed, pending: false } : { live: initial, pending: true };
}
