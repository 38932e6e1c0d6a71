import type { ReactNode } from "react";

export type BadgeTone = "neutral" | "accent" | "pos" | "neg" | "warn";

// Written out whole: Tailwind emits a utility only where it finds its name in the source.
const TONES: Record<BadgeTone, string> = {
  neutral: "tone-neutral",
  accent: "tone-accent",
  pos: "tone-pos",
  neg: "tone-neg",
  warn: "tone-warn",
};

/** A small label (`badge` and `tone-*` in app/globals.css). Always carries text: colour is never the only signal. */
export function Badge({
  tone = "neutral",
  children,
  className = "",
}: {
  tone?: BadgeTone;
  children: ReactNode;
  className?: string;
}) {
  return <span className={`badge ${TONES[tone]}${className ? ` ${className}` : ""}`}>{children}</span>;
}
