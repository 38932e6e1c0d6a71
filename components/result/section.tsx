import type { ReactNode } from "react";

/**
 * A titled section of the result; the id makes it a deep link, e.g. /result?…#cost. A `deferred`
 * one (a long list well below the top) is not styled or laid out until it comes near the viewport.
 */
export function Section({
  id,
  title,
  intro,
  deferred = false,
  children,
}: {
  id: string;
  title: string;
  intro?: ReactNode;
  deferred?: boolean;
  children: ReactNode;
}) {
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className={deferred ? "deferred mt-12" : "mt-12"}>
      <h2 id={`${id}-heading`} className="text-xl font-bold sm:text-2xl">
        {title}
      </h2>
      {intro ? <p className="mt-1 max-w-3xl text-sm text-muted">{intro}</p> : null}
      <div className="mt-4">{children}</div>
    </section>
  );
}
