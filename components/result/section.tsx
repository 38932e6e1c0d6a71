import type { ReactNode } from "react";

/**
 * A titled section of the result; the id makes it a deep link, e.g. /result?…#cost. Sections are
 * laid out at once (not content-visibility: auto): a section skipped off screen answers hit tests
 * for its links, which Lighthouse's touch-target audit then reads as covered.
 */
export function Section({
  id,
  title,
  intro,
  children,
}: {
  id: string;
  title: string;
  intro?: ReactNode;
  children: ReactNode;
}) {
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className="mt-12">
      <h2 id={`${id}-heading`} className="text-xl font-bold sm:text-2xl">
        {title}
      </h2>
      {intro ? <p className="mt-1 max-w-3xl text-sm text-muted">{intro}</p> : null}
      <div className="mt-4">{children}</div>
    </section>
  );
}
