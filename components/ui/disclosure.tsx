import type { ReactNode } from "react";

/**
 * A native disclosure (`<details>`): works without JavaScript, by keyboard and in find-in-page, and
 * while closed the browser neither styles nor lays out what it holds, which keeps a long result
 * light to render on a slow phone. The summary is at least 24 px high (WCAG 2.2 target size).
 */
export function Disclosure({
  summary,
  open = false,
  className = "mt-3",
  children,
}: {
  summary: string;
  open?: boolean;
  className?: string;
  children: ReactNode;
}) {
  return (
    <details className={`disclosure ${className}`} open={open}>
      <summary>{summary}</summary>
      <div className="mt-3">{children}</div>
    </details>
  );
}
