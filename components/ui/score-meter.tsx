/** A 0–100 score as a bar with its value in text, so it never relies on colour or length alone. */
export function ScoreMeter({
  score,
  label,
  muted = false,
  size = "md",
}: {
  score: number;
  label: string;
  muted?: boolean;
  size?: "sm" | "md";
}) {
  const value = Math.max(0, Math.min(100, Math.round(score)));
  return (
    <div className="flex items-center gap-3">
      <div
        role="meter"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={value}
        aria-valuetext={`${value} out of 100`}
        className={`relative flex-1 overflow-hidden rounded-full bg-meter-track ${size === "sm" ? "h-1.5" : "h-2.5"}`}
      >
        <div className={`h-full rounded-full ${muted ? "bg-muted" : "bg-accent"}`} style={{ width: `${value}%` }} />
      </div>
      <span
        className={`shrink-0 text-right font-semibold tabular-nums ${size === "sm" ? "w-12 text-xs" : "w-16 text-sm"}`}
        aria-hidden="true"
      >
        {value}/100
      </span>
    </div>
  );
}
