import { useEffect, useMemo, useSyncExternalStore } from "react";
import type { Answers } from "@/lib/answers";
import { DEFAULT_ANSWERS } from "@/lib/answers/values";
import type { LiveRecommendation } from "./engine";

type Engine = typeof import("./engine");

// The engine (scoring, knowledge base, answers schema), loaded once per page on demand and shared
// by every render after.
let engine: Engine | undefined;
let loading: Promise<Engine> | undefined;
// Set when the last attempt failed (offline, a deploy replaced the chunk): the next call retries.
let failed = false;
const listeners = new Set<() => void>();
const notifyAll = () => {
  for (const notify of listeners) notify();
};

/** Starts loading the engine (idempotent): called when the user first reaches for the form. */
export function loadEngine(): Promise<Engine> {
  loading ??= import("./engine").then(
    (m) => {
      engine = m;
      failed = false;
      notifyAll();
      return m;
    },
    (error: unknown) => {
      loading = undefined;
      failed = true;
      notifyAll();
      throw error;
    },
  );
  return loading;
}

/** The engine if it has arrived, for code that can wait (a typed answer stays a draft until then). */
export function loadedEngine(): Engine | undefined {
  return engine;
}

const subscribe = (notify: () => void) => {
  listeners.add(notify);
  return () => {
    listeners.delete(notify);
  };
};

/** Re-renders the caller when the engine arrives. */
export function useEngineReady(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => engine !== undefined,
    () => false,
  );
}

/** Whether the last attempt to load the engine failed (and none is under way). */
export function useEngineFailed(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => failed,
    () => false,
  );
}

/**
 * The live recommendation for the answers. For the default answers it is the server's (`initial`);
 * for any others it is computed in the browser once the engine is loaded. Until then the initial
 * one is returned with `pending` set, so the panel can say it is being updated.
 */
export function useLiveRecommendation(
  answers: Answers,
  initial: LiveRecommendation,
): { live: LiveRecommendation; pending: boolean } {
  const ready = useEngineReady();
  const computed = useMemo(
    () => (answers === DEFAULT_ANSWERS ? initial : ready && engine ? engine.liveRecommendation(answers) : undefined),
    [answers, initial, ready],
  );
  useEffect(() => {
    if (computed === undefined) loadEngine().catch(() => undefined); // shown by useEngineFailed
  }, [computed]);
  return computed ? { live: computed, pending: false } : { live: initial, pending: true };
}
