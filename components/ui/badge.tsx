import type { ReactNode } from "react";

export type BadgeTone = "neutral" | "accent" | "pos" | "neg" | "warn";

const TONES: Record<BadgeTone, string> = {
  neutral: "border-border bg-surface-2 text-fg",
  accent: "border-accent bg-accent-soft text-fg",
  pos: "border-pos bg-pos-soft text-fg",
  neg: "border-neg bg-neg-soft text-fg",
  warn: "border-warn bg-warn-soft text-fg",
};

/** A small label. Always carries text: colour is never the only signal. */
export function Badge({
  tone = "neutral",
  children,
  className = "",
}: {
  tone?: BadgeTone;
  children: ReactNode;
  className?: string;
}) {
  return <span className={`badge ${TONES[tone]} ${className}`}>{children}</span>;
}
