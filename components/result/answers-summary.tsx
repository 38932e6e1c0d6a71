import Link from "next/link";
import type { AnswerKey } from "@/lib/answers";
import { STEPS } from "@/lib/answers/questions";
import type { Plan } from "@/lib/scoring";
import { editUrl } from "@/lib/answers/urls";
import { answerWords, questionLabel } from "@/lib/answers/words";

/** The answers, step by step, each step with a link back into the wizard. */
export function AnswersSummary({ plan }: { plan: Plan }) {
  return (
    <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
      {STEPS.map((step, i) => (
        <section key={step.id} aria-labelledby={`answers-${step.id}`} className="card p-4">
          <div className="flex items-baseline justify-between gap-2">
            <h3 id={`answers-${step.id}`} className="font-semibold">
              {step.title}
            </h3>
            <Link href={editUrl(plan.answers, i)} prefetch={false} className="text-sm font-medium">
              Edit<span className="sr-only">{` ${step.title}`}</span>
            </Link>
          </div>
          <dl className="mt-3 space-y-2 text-sm">
            {(step.keys as readonly AnswerKey[]).map((key) => (
              <div key={key}>
                <dt className="text-muted">{questionLabel(key)}</dt>
                <dd className={`font-medium ${key === "name" ? "font-mono" : ""}`}>
                  {answerWords(key, plan.answers[key])}
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </div>
  );
}
