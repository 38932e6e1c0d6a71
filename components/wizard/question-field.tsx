"use client";

import type { AnswerKey, Answers, NumberKey } from "@/lib/answers";
import { QUESTIONS } from "@/lib/answers/questions";
import { NUMBER_BOUNDS, REGIONS, enumValues, isSourceOutsideAws } from "@/lib/answers/values";
import { useWizardStore } from "./store";
import { useEngineReady } from "./use-engine";
import { draftError, fieldIds, typedAnswer } from "./validation";

type QuestionKey = Exclude<AnswerKey, "v">;
type ChoiceKey = Exclude<QuestionKey, NumberKey | "primary" | "secondary" | "name" | "kafka">;

/** One question of the wizard: its label, help, why it matters, a real form control and its error. */
export function QuestionField({ questionKey }: { questionKey: QuestionKey }) {
  const q = QUESTIONS[questionKey];
  switch (q.kind) {
    case "choice":
      return <ChoiceField questionKey={questionKey as ChoiceKey} />;
    case "number":
      return <NumberField questionKey={questionKey as NumberKey} />;
    case "region":
      return <RegionField questionKey={questionKey as "primary" | "secondary"} />;
    case "text":
      return questionKey === "kafka" ? <KafkaVersionField /> : <NameField />;
  }
}

function Hints({ questionKey }: { questionKey: QuestionKey }) {
  const q = QUESTIONS[questionKey];
  const ids = fieldIds(questionKey);
  return (
    <>
      <p id={ids.help} className="mt-1 text-sm text-muted">
        {q.help}
      </p>
      <p id={ids.why} className="mt-1 text-sm text-muted">
        <span className="font-semibold text-fg">Why it matters: </span>
        {q.why}
      </p>
    </>
  );
}

function ErrorMessage({ questionKey, error }: { questionKey: QuestionKey; error: string | undefined }) {
  // Always present so the live region exists before the message arrives, and so it is announced.
  return (
    <p
      id={fieldIds(questionKey).error}
      role="alert"
      className="mt-2 min-h-0 text-sm font-semibold text-neg empty:hidden"
    >
      {error ? (
        <>
          <span aria-hidden="true">⚠ </span>
          {error}
        </>
      ) : null}
    </p>
  );
}

function ChoiceField({ questionKey }: { questionKey: ChoiceKey }) {
  const q = QUESTIONS[questionKey];
  const value = useWizardStore((s) => s.answers[questionKey]);
  const setAnswer = useWizardStore((s) => s.setAnswer);
  const ids = fieldIds(questionKey);
  const choices = q.choices as Record<string, { label: string; help?: string }>;
  return (
    <fieldset id={ids.input} aria-describedby={`${ids.help} ${ids.why}`} className="min-w-0">
      <legend className="text-base font-semibold text-fg">{q.label}</legend>
      <Hints questionKey={questionKey} />
      <div className="mt-3 grid gap-2 sm:grid-cols-2">
        {enumValues(questionKey).map((v) => {
          const choice = choices[v];
          const id = `${ids.input}-${v}`;
          const checked = value === v;
          return (
            <label
              key={v}
              htmlFor={id}
              className={`flex cursor-pointer items-start gap-3 rounded-lg border p-3 transition-colors has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-ring ${
                checked ? "border-accent bg-accent-soft" : "border-border bg-surface hover:bg-surface-2"
              }`}
            >
              <input
                id={id}
                type="radio"
                name={questionKey}
                value={v}
                checked={checked}
                onChange={() => setAnswer(questionKey, v as Answers[typeof questionKey])}
                className="mt-1 size-4 shrink-0 accent-(--accent) focus-visible:outline-none"
                // The name is the choice's label alone; its help is the description.
                aria-labelledby={`${id}-label`}
                aria-describedby={choice?.help ? `${id}-help` : undefined}
              />
              <span className="min-w-0">
                <span id={`${id}-label`} className="block text-sm font-medium text-fg">
                  {choice?.label ?? v}
                </span>
                {choice?.help ? (
                  <span id={`${id}-help`} className="block text-xs text-muted">
                    {choice.help}
                  </span>
                ) : null}
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}

/**
 * A typed question's answer, its draft (the text while it is not a valid answer) and their setters.
 * Re-renders when the engine arrives, so a draft typed before the schema did gets its message.
 */
function useTypedAnswer<K extends NumberKey | "name" | "kafka">(key: K) {
  const value = useWizardStore((s) => s.answers[key]);
  const draft = useWizardStore((s) => s.drafts[key]);
  const setAnswer = useWizardStore((s) => s.setAnswer);
  const setDraft = useWizardStore((s) => s.setDraft);
  useEngineReady();
  return { value, draft, setAnswer, setDraft };
}

const inputClass = (invalid: boolean) =>
  `block w-full rounded-md border bg-surface px-3 py-2 text-base text-fg shadow-xs ${invalid ? "border-neg border-2" : "border-border"}`;

function NumberField({ questionKey }: { questionKey: NumberKey }) {
  const q = QUESTIONS[questionKey];
  const { value, draft, setAnswer, setDraft } = useTypedAnswer(questionKey);
  const ids = fieldIds(questionKey);
  const bounds = NUMBER_BOUNDS[questionKey];
  const message = draftError(questionKey, draft);
  const unitId = `${ids.input}-unit`;
  return (
    <div>
      <label htmlFor={ids.input} className="text-base font-semibold text-fg">
        {q.label}
      </label>
      <Hints questionKey={questionKey} />
      <div className="mt-3 flex max-w-xs items-center gap-2">
        <input
          id={ids.input}
          name={questionKey}
          type="number"
          inputMode={q.step === 1 ? "numeric" : "decimal"}
          min={bounds.min}
          max={bounds.max}
          step={q.step}
          // A number while valid: React then leaves "10.50" as typed instead of rewriting it to "10.5".
          value={draft ?? value}
          aria-invalid={message ? true : undefined}
          aria-describedby={`${unitId} ${ids.help} ${ids.why}${message ? ` ${ids.error}` : ""}`}
          onChange={(e) => {
            const raw = e.target.value;
            const value = typedAnswer(questionKey, raw, e.target.validity.badInput);
            if (value !== undefined) setAnswer(questionKey, value);
            else setDraft(questionKey, raw);
          }}
          className={inputClass(!!message)}
        />
        <span id={unitId} className="text-sm text-muted">
          {q.unit}
        </span>
      </div>
      <ErrorMessage questionKey={questionKey} error={message} />
    </div>
  );
}

/** Regions grouped by geography, in the schema's order within each group. */
const REGION_GROUPS: { label: string; prefixes: string[] }[] = [
  { label: "North America", prefixes: ["us", "ca", "mx"] },
  { label: "South America", prefixes: ["sa"] },
  { label: "Europe", prefixes: ["eu"] },
  { label: "Asia Pacific", prefixes: ["ap"] },
  { label: "Middle East and Israel", prefixes: ["me", "il"] },
  { label: "Africa", prefixes: ["af"] },
];

const regionsIn = (prefixes: string[]) => REGIONS.filter((r) => prefixes.includes(r.code.split("-")[0] ?? ""));

function RegionField({ questionKey }: { questionKey: "primary" | "secondary" }) {
  const q = QUESTIONS[questionKey];
  const value = useWizardStore((s) => s.answers[questionKey]);
  const source = useWizardStore((s) => s.answers.source);
  const other = useWizardStore((s) => s.answers[questionKey === "primary" ? "secondary" : "primary"]);
  const setAnswer = useWizardStore((s) => s.setAnswer);
  const ids = fieldIds(questionKey);
  const ignored = questionKey === "primary" && isSourceOutsideAws(source);
  const noteId = `${ids.input}-note`;
  const note = ignored
    ? "Your source is outside AWS, so this answer is not used."
    : value === other
      ? "Primary and standby are the same Region: this is same-Region replication."
      : undefined;
  return (
    <div>
      <label htmlFor={ids.input} className="text-base font-semibold text-fg">
        {q.label}
      </label>
      <Hints questionKey={questionKey} />
      <select
        id={ids.input}
        name={questionKey}
        value={value}
        aria-describedby={`${ids.help} ${ids.why}${note ? ` ${noteId}` : ""}`}
        onChange={(e) => {
          const region = REGIONS.find((r) => r.code === e.target.value);
          if (region) setAnswer(questionKey, region.code);
        }}
        className={`${inputClass(false)} mt-3 max-w-md`}
      >
        {REGION_GROUPS.map((g) => (
          <optgroup key={g.label} label={g.label}>
            {regionsIn(g.prefixes).map((r) => (
              <option key={r.code} value={r.code}>
                {r.name} — {r.code}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      {note ? (
        <p id={noteId} className="mt-2 text-sm text-muted">
          <span aria-hidden="true">ℹ </span>
          {note}
        </p>
      ) : null}
    </div>
  );
}

/** A free-text question (the name, the Kafka version): its label, hints, one text input and its error. */
function TextField({
  questionKey,
  value,
  message,
  maxLength,
  width,
  inputMode,
  onInput,
}: {
  questionKey: "name" | "kafka";
  value: string;
  message: string | undefined;
  maxLength: number;
  /** The input's width class, e.g. "max-w-md". */
  width: string;
  inputMode?: "decimal";
  onInput: (raw: string) => void;
}) {
  const q = QUESTIONS[questionKey];
  const ids = fieldIds(questionKey);
  return (
    <div>
      <label htmlFor={ids.input} className="text-base font-semibold text-fg">
        {q.label}
      </label>
      <Hints questionKey={questionKey} />
      <input
        id={ids.input}
        name={questionKey}
        type="text"
        inputMode={inputMode}
        autoComplete="off"
        spellCheck={false}
        maxLength={maxLength}
        placeholder={q.placeholder}
        value={value}
        aria-invalid={message ? true : undefined}
        aria-describedby={`${ids.help} ${ids.why}${message ? ` ${ids.error}` : ""}`}
        onChange={(e) => onInput(e.target.value)}
        className={`${inputClass(!!message)} mt-3 ${width} font-mono`}
      />
      <ErrorMessage questionKey={questionKey} error={message} />
    </div>
  );
}

function NameField() {
  const { value, draft, setAnswer, setDraft } = useTypedAnswer("name");
  return (
    <TextField
      questionKey="name"
      value={draft ?? value}
      message={draftError("name", draft)}
      maxLength={64}
      width="max-w-md"
      onInput={(raw) => {
        const value = typedAnswer("name", raw);
        if (value !== undefined) setAnswer("name", value);
        else setDraft("name", raw);
      }}
    />
  );
}

/** The source's Kafka version: optional, so an empty field means "unknown" and is a valid answer. */
function KafkaVersionField() {
  const { value, draft, setAnswer, setDraft } = useTypedAnswer("kafka");
  return (
    <TextField
      questionKey="kafka"
      value={draft ?? value ?? ""}
      message={draft === undefined || draft.trim() === "" ? undefined : draftError("kafka", draft)}
      maxLength={16}
      width="max-w-xs"
      inputMode="decimal"
      onInput={(raw) => {
        if (raw === "") {
          setAnswer("kafka", undefined);
          return;
        }
        const typed = typedAnswer("kafka", raw);
        if (typed !== undefined && typed === raw) setAnswer("kafka", typed);
        else setDraft("kafka", raw);
      }}
    />
  );
}
