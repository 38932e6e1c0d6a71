import type { PermalinkIssue } from "@/lib/answers";

/**
 * Tells the user which parameters of the link they opened were dropped, and why (the codec's own
 * messages). Unknown parameters are listed less prominently: they change nothing.
 */
export function PermalinkNotice({ issues }: { issues: readonly PermalinkIssue[] }) {
  if (issues.length === 0) return null;
  const dropped = issues.filter((i) => i.kind !== "unknown-parameter");
  const unknown = issues.filter((i) => i.kind === "unknown-parameter");
  return (
    <div role="alert" className="mb-6 rounded-lg border-l-4 border-warn bg-warn-soft p-4 text-sm text-fg">
      {dropped.length > 0 ? (
        <>
          <p className="font-semibold">
            <span aria-hidden="true">⚠ </span>
            {dropped.length === 1
              ? "One answer in this link could not be used"
              : `${dropped.length} answers in this link could not be used`}
            ; the rest of the link was kept.
          </p>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {dropped.map((i, n) => (
              <li key={`${i.param}-${n}`}>
                <code className="rounded bg-surface px-1 font-mono font-semibold">{i.param}</code>
                {i.message.startsWith(`${i.param}: `) ? i.message.slice(i.param.length) : `: ${i.message}`}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="font-semibold">This link had parameters this app does not know; they were ignored.</p>
      )}
      {unknown.length > 0 ? (
        <p className="mt-2 text-muted">
          Ignored unknown parameter{unknown.length > 1 ? "s" : ""}:{" "}
          {unknown.map((i, n) => (
            <span key={`${i.param}-${n}`}>
              {n > 0 ? ", " : ""}
              <code className="font-mono">{i.param || "(empty)"}</code>
            </span>
          ))}
          .
        </p>
      ) : null}
    </div>
  );
}
