"use client";

import { useRouter } from "next/navigation";
import { useEffect, useLayoutEffect, useRef, useState, type FormEvent } from "react";
import type { AnswerKey, DecodedPermalink, PermalinkIssue } from "@/lib/answers";
import { STEPS } from "@/lib/answers/questions";
import { DEFAULT_ANSWERS, encodeAnswers } from "@/lib/answers/values";
import { planTitle } from "@/lib/product";
import { resultUrl } from "@/lib/routes";
import { Button } from "@/components/ui/button";
import { PermalinkNotice } from "@/components/ui/permalink-notice";
import type { LiveRecommendation } from "./engine";
import { ImportPanel } from "./import-panel";
import { LiveSummary } from "./live-summary";
import { ProgressSteps } from "./progress-steps";
import { QuestionField } from "./question-field";
import { stepIndexFromHash, useWizardStore } from "./store";
import { loadEngine, loadedEngine, useEngineFailed, useEngineReady, useLiveRecommendation } from "./use-engine";
import { usePermalinkSync } from "./use-permalink-sync";
import { draftBlocks, fieldIds, typedAnswer } from "./validation";

type QuestionKey = Exclude<AnswerKey, "v">;

const firstInvalid = (keys: readonly QuestionKey[], drafts: Partial<Record<AnswerKey, string>>) =>
  keys.find((k) => draftBlocks(k, drafts[k]));

/** Turns the drafts the schema accepts into answers: typed before it arrived, they wait for it. */
function settleDrafts() {
  const { drafts, setAnswer } = useWizardStore.getState();
  for (const [key, raw] of Object.entries(drafts) as [AnswerKey, string][]) {
    const value = typedAnswer(key, raw);
    if (value !== undefined) setAnswer(key, value);
  }
}

/**
 * The wizard on `/`. The server renders it with the default answers at the first step, so the
 * questions are the first paint. The URL is read once on arrival: with answer parameters and no
 * step hash it is a permalink and goes to the result (the inline script in <head> usually got
 * there first: this covers arrivals by client-side navigation); with answers or a step hash it
 * re-opens the wizard there.
 */
export function Wizard({ initial }: { initial: LiveRecommendation }) {
  const router = useRouter();
  const load = useWizardStore((s) => s.load);
  // Set once the URL has been read (and is not a permalink on its way to the result): only then
  // may the wizard write its state into it. A ref, so a plain visit re-renders nothing on arrival.
  const ready = useRef(false);
  // Issues of the URL the page was opened with (our own replaceState calls must not change them).
  const [issues, setIssues] = useState<PermalinkIssue[]>([]);

  // Set while a link's answers are being read: the questions are hidden rather than shown with
  // answers that are about to change.
  const [reading, setReading] = useState(false);

  // Before paint, so a link to a step never shows the first step once hydrated. Reading a query
  // needs the schema, which comes with the engine (a plain "/" needs neither); the effect runs
  // again when the engine arrives, for a link it could not read because the engine failed to load.
  const engineReady = useEngineReady();
  useLayoutEffect(() => {
    if (ready.current) return;
    const { search, hash } = window.location;
    const step = stepIndexFromHash(hash);
    const arrive = ({ answers, hasAnswers, issues }: DecodedPermalink) => {
      if (hasAnswers && step === undefined) {
        router.replace(resultUrl(search));
        return;
      }
      // A bare "/" after using the app (Start over) resets; on a first visit this changes nothing.
      if (hasAnswers || step !== undefined || useWizardStore.getState().answers !== DEFAULT_ANSWERS) {
        load(answers, step ?? 0);
      }
      ready.current = true;
      if (issues.length > 0) setIssues(issues);
    };
    if (search.length <= 1) {
      arrive({ answers: DEFAULT_ANSWERS, hasAnswers: false, issues: [] });
      return;
    }
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the server cannot know the query of a static page
    setReading(true);
    if (step !== undefined) load(useWizardStore.getState().answers, step);
    let current = true;
    loadEngine().then(
      ({ decodePermalink }) => {
        if (!current) return;
        arrive(decodePermalink(search));
        setReading(false);
      },
      // The form shows, with the failure said above it; the URL is left alone until the engine
      // arrives (the form retries when touched) and the link is read after all.
      () => current && setReading(false),
    );
    return () => {
      current = false;
    };
  }, [load, router, engineReady]);

  usePermalinkSync(ready);

  // A step typed into the address bar (or a same-page "Edit" link) changes only the hash.
  const goTo = useWizardStore((s) => s.goTo);
  useEffect(() => {
    const onHash = () => {
      const step = stepIndexFromHash(window.location.hash);
      if (step !== undefined) goTo(step);
    };
    window.addEventListener("hashchange", onHash);
    return () => window.removeEventListener("hashchange", onHash);
  }, [goTo]);

  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">Plan your Kafka replication on AWS</h1>
      <p className="mt-2 max-w-3xl text-muted">
        Five short steps. The recommendation beside the questions updates as you answer, so you can see which answers
        matter.
      </p>
      <div className="mt-6">
        <WizardForm issues={issues} initial={initial} reading={reading} />
      </div>
    </>
  );
}

function WizardForm({
  issues,
  initial,
  reading,
}: {
  issues: PermalinkIssue[];
  initial: LiveRecommendation;
  reading: boolean;
}) {
  const router = useRouter();
  const answers = useWizardStore((s) => s.answers);
  const step = useWizardStore((s) => s.step);
  const drafts = useWizardStore((s) => s.drafts);
  const goTo = useWizardStore((s) => s.goTo);
  const reset = useWizardStore((s) => s.reset);
  const [attempted, setAttempted] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const lastStep = useRef(step);

  const { live, pending } = useLiveRecommendation(answers, initial);
  // The tab names the plan as the answers stand. A link with answers was served with its plan's
  // title (for link previews); Next.js streams that title and React may write it into <head> again
  // when that part of the page hydrates, after this effect ran, so the title is kept, not set once.
  useEffect(() => {
    const title = planTitle(live.short, true);
    const keep = () => {
      if (document.title !== title) document.title = title;
    };
    keep();
    const observer = new MutationObserver(keep);
    observer.observe(document.head, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }, [live.short]);
  const current = STEPS[step] ?? STEPS[0];
  const keys = current.keys as readonly QuestionKey[];
  const isLast = step === STEPS.length - 1;
  const blocked = attempted && firstInvalid(keys, drafts) !== undefined;
  const stale = Object.keys(drafts).some((k) => draftBlocks(k as AnswerKey, drafts[k as AnswerKey]));

  // Drafts typed before the schema arrived become answers (or get their message) when it does.
  const engineReady = useEngineReady();
  const engineFailed = useEngineFailed();
  useEffect(() => {
    if (engineReady) settleDrafts();
  }, [engineReady]);

  // Move focus to the new step's heading when the step changes (not on arrival).
  useEffect(() => {
    if (lastStep.current !== step) {
      lastStep.current = step;
      headingRef.current?.focus();
    }
  }, [step]);

  // While a link is being read its questions are hidden and its step is about to be set: moving
  // now would be undone by the link a moment later.
  const jump = (to: number) => {
    if (reading) return;
    setAttempted(false);
    goTo(to);
  };

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (reading) return;
    // Typed faster than the schema arrived: wait for it, then decide on the drafts it accepts.
    if (!loadedEngine() && Object.keys(drafts).length > 0) {
      const loaded = await loadEngine().then(
        () => true,
        () => false,
      );
      if (!loaded) return; // said by the engine failure alert
      settleDrafts();
    }
    const { drafts: latest, answers: checked } = useWizardStore.getState();
    const here = firstInvalid(keys, latest);
    if (here) {
      setAttempted(true);
      document.getElementById(fieldIds(here).input)?.focus();
      return;
    }
    setAttempted(false);
    if (!isLast) {
      goTo(step + 1);
      return;
    }
    // Drafts of earlier steps (reached by jumping back and forth) block too.
    const earlier = STEPS.findIndex((s) => firstInvalid(s.keys as readonly QuestionKey[], latest) !== undefined);
    if (earlier >= 0) {
      setAttempted(true);
      goTo(earlier);
      return;
    }
    router.push(resultUrl(encodeAnswers(checked)));
  };

  return (
    <div className="grid items-start gap-8 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <div className="min-w-0">
        <PermalinkNotice issues={issues} />
        {engineFailed ? (
          <p
            role="alert"
            className="mb-6 rounded-lg border-l-4 border-neg bg-neg-soft p-4 text-sm font-semibold text-fg"
          >
            <span aria-hidden="true">⚠ </span>Part of this page did not load, so answers cannot be checked or scored
            yet. Check your connection and try again, or reload the page.
          </p>
        ) : null}
        {step === 0 ? <ImportPanel /> : null}
        <ProgressSteps onJump={jump} />
        <form
          noValidate
          onSubmit={onSubmit}
          // The engine (scoring, schema) loads as soon as someone reaches for the form, before the first change.
          onFocus={() => loadEngine().catch(() => undefined)}
          onPointerDown={() => loadEngine().catch(() => undefined)}
          aria-labelledby="step-heading"
          aria-busy={reading || undefined}
          className="rounded-xl border border-border bg-surface p-5 sm:p-7"
        >
          <div className="flex items-center justify-between gap-3">
            <p className="text-sm font-medium text-muted">
              Step {step + 1} of {STEPS.length}
            </p>
            <button
              type="button"
              onClick={() => {
                setAttempted(false);
                reset();
              }}
              className="rounded-md px-2 py-1 text-sm font-medium text-accent hover:bg-accent-soft"
            >
              Start over
            </button>
          </div>
          <h2 id="step-heading" ref={headingRef} tabIndex={-1} className="mt-1 text-xl font-bold sm:text-2xl">
            {current.title}
          </h2>
          <div className={`mt-6 divide-y divide-border ${reading ? "invisible" : ""}`}>
            {keys.map((key) => (
              <div key={key} className="py-6 first:pt-0 last:pb-0">
                <QuestionField questionKey={key} />
              </div>
            ))}
          </div>
          {blocked ? (
            <p role="alert" className="mt-6 rounded-md border border-neg bg-neg-soft p-3 text-sm font-semibold">
              <span aria-hidden="true">⚠ </span>Fix the answer marked above before you continue.
            </p>
          ) : null}
          <div className="mt-8 flex items-center justify-between gap-3 border-t border-border pt-6">
            {step > 0 ? (
              <Button onClick={() => jump(step - 1)}>
                <span aria-hidden="true">←</span> Back
              </Button>
            ) : (
              <span />
            )}
            <Button type="submit" variant="primary">
              {isLast ? "See the recommendation" : "Next"} <span aria-hidden="true">→</span>
            </Button>
          </div>
        </form>
      </div>
      <LiveSummary live={live} pending={pending || reading} stepKeys={keys} stale={stale} />
      <div aria-hidden="true" className="h-24 lg:hidden" />
    </div>
  );
}
