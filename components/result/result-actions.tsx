"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { Button, buttonClass } from "@/components/ui/button";

/**
 * Copy link, Edit answers and Start over. The server passes the URLs, so this island needs no
 * schema or scoring code. It also rewrites the address to the canonical result URL (a link with
 * misspelt, dropped or missing parameters then shows what was actually used).
 */
export function ResultActions({
  permalink,
  resultUrl,
  editHref,
}: {
  permalink: string;
  resultUrl: string;
  editHref: string;
}) {
  const router = useRouter();
  useEffect(() => {
    const { pathname, search, hash } = window.location;
    if (pathname + search !== resultUrl) window.history.replaceState(null, "", resultUrl + hash);
  }, [resultUrl]);
  const [copy, setCopy] = useState<{ state: "idle" | "copied" | "failed"; url: string }>({ state: "idle", url: "" });
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const copyLink = async () => {
    const url = `${window.location.origin}${permalink}`;
    clearTimeout(timer.current);
    try {
      await navigator.clipboard.writeText(url);
      setCopy({ state: "copied", url });
      timer.current = setTimeout(() => setCopy((c) => ({ ...c, state: "idle" })), 4000);
    } catch {
      setCopy({ state: "failed", url });
    }
  };

  return (
    <div className="mt-5">
      <div className="flex flex-wrap items-center gap-2">
        <Button variant="primary" onClick={copyLink}>
          <svg
            aria-hidden="true"
            viewBox="0 0 24 24"
            width="16"
            height="16"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
            strokeLinecap="round"
          >
            <path d="M10 13a5 5 0 0 0 7.5.5l3-3a5 5 0 0 0-7-7l-1.7 1.7" />
            <path d="M14 11a5 5 0 0 0-7.5-.5l-3 3a5 5 0 0 0 7 7l1.7-1.7" />
          </svg>
          Copy link
        </Button>
        <Link href={editHref} prefetch={false} className={buttonClass("secondary")}>
          Edit answers
        </Link>
        {/* Navigating to the bare "/" is enough: the wizard loads the defaults from a URL without answers.
            Resetting the store here would make this page rewrite its URL while the navigation is pending. */}
        <Button variant="ghost" onClick={() => router.push("/")}>
          Start over
        </Button>
        {/* Always rendered (and sized) so the confirmation is announced and nothing moves. */}
        <p role="status" className="min-h-6 text-sm font-semibold text-pos">
          {copy.state === "copied" ? (
            <>
              <span aria-hidden="true">✓ </span>Link copied
            </>
          ) : null}
        </p>
      </div>
      {copy.state === "failed" ? (
        <div className="mt-3 max-w-2xl text-sm">
          <label htmlFor="permalink-fallback" className="font-semibold">
            Your browser blocked the clipboard. Copy this link:
          </label>
          <input
            id="permalink-fallback"
            readOnly
            value={copy.url}
            onFocus={(e) => e.currentTarget.select()}
            className="mt-1 block w-full rounded-md border border-border bg-surface px-3 py-2 font-mono text-xs"
          />
        </div>
      ) : null}
    </div>
  );
}
