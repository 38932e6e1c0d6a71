import Link from "next/link";
import type { Answers } from "@/lib/answers";
import { ANSWER_KEYS } from "@/lib/answers/values";
import { OPTIONS } from "@/lib/knowledge";
import type { Plan } from "@/lib/scoring";
import { flipValueWords } from "@/components/ui/format";
import { answerWords, questionLabel } from "@/lib/answers/words";
import { compactResultUrl } from "@/lib/answers/urls";

/** "What would change this": the single answer changes that flip the recommendation, by question. */
export function FlipsSection({ plan }: { plan: Plan }) {
  const groups = ANSWER_KEYS.map((key) => ({ key, flips: plan.flips.filter((f) => f.param === key) })).filter(
    (g) => g.flips.length > 0,
  );
  if (groups.length === 0) {
    return <p className="text-muted">No single change to your answers would change this recommendation.</p>;
  }
  return (
    <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
      {groups.map((g) => (
        <div key={g.key} className="card p-4">
          <h3 className="text-sm font-semibold">{questionLabel(g.key)}</h3>
          <p className="mt-0.5 text-xs text-muted">{`You answered: ${answerWords(g.key, plan.answers[g.key])}`}</p>
          <ul className="mt-3 space-y-2 text-sm">
            {g.flips.map((f) => (
              <li key={String(f.value)}>
                {/* Straight to that result (no hop through the wizard), fetched only when followed. */}
                <Link
                  href={compactResultUrl({ ...plan.answers, [f.param]: f.value } as Answers)}
                  prefetch={false}
                  className="font-medium"
                >
                  {flipValueWords(f)}
                  <span aria-hidden="true"> → </span>
                  <span className="sr-only">: recommends </span>
                  {OPTIONS[f.recommendation].name}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
