/** A placeholder that reserves its space while content loads, so nothing shifts when it arrives. */
export function Skeleton({ label, className = "" }: { label: string; className?: string }) {
  return (
    <div
      role="status"
      aria-live="polite"
      className={`animate-pulse rounded-lg border border-border bg-surface-2 ${className}`}
    >
      <span className="sr-only">{label}</span>
    </div>
  );
}
