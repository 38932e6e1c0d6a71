"use client";

import { lazy, Suspense, use } from "react";
import type { Answers } from "@/lib/answers";
import { Skeleton } from "@/components/ui/skeleton";
import type { ReportPartName } from "./report-parts";

/**
 * A static part of the result (the long lists of reasons, costs, sources and answers), sent once
 * as HTML and never hydrated. A server component's markup would travel twice, as HTML and again
 * as flight data, and be hydrated element by element; this client component's only props are the
 * answers, so the flight data carries those alone. It renders the part from them on the server;
 * in the browser it keeps the server's HTML as it is (its boundary stays dehydrated: links,
 * disclosures and anchors are plain HTML and need no script), and only draws the part itself, with
 * code loaded then, when it is mounted without that HTML (a client-side navigation to a result).
 */
type PartsModule = typeof import("./report-parts");
let loaded: PartsModule | undefined;
const load = () => import("./report-parts").then((m) => (loaded = m));
// On the server the module is loaded ahead, and once it is, the lazy component resolves within the
// render (a thenable that settles at once): the part is then in the first HTML, not streamed after.
if (typeof window === "undefined") void load();
const ReportPart = lazy(() =>
  loaded ? ({ then: (ok: (m: PartsModule) => void) => ok(loaded!) } as unknown as Promise<PartsModule>) : load(),
);

// Never settles: suspending on it during hydration leaves the server's HTML in place.
const kept = new Promise<never>(() => {});

/** Whether the page holds this part as the server rendered it for these answers. */
function serverHtmlFor(domId: string, permalink: string): boolean {
  return document.getElementById(domId)?.getAttribute("data-permalink") === permalink;
}

function Part({ part, answers, permalink }: { part: ReportPartName; answers: Answers; permalink: string }) {
  const domId = `report-${part}`;
  if (typeof window !== "undefined" && serverHtmlFor(domId, permalink)) use(kept);
  return <ReportPart part={part} answers={answers} domId={domId} />;
}

export function StaticReport({
  part,
  answers,
  permalink,
}: {
  part: ReportPartName;
  answers: Answers;
  permalink: string;
}) {
  return (
    <Suspense
      fallback={<Skeleton label="Loading the result" className={part === "headlines" ? "mt-4 h-16" : "mt-12 h-96"} />}
    >
      <Part part={part} answers={answers} permalink={permalink} />
    </Suspense>
  );
}
