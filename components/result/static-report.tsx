"use client";

import { lazy, Suspense, useState, useSyncExternalStore } from "react";
import type { Answers } from "@/lib/answers";
import { Skeleton } from "@/components/ui/skeleton";
import type { ReportPartName } from "./report-parts";

/**
 * A static part of the result (the long lists of reasons, costs, sources and answers), sent once
 * as HTML and never hydrated. A server component's markup would travel twice, as HTML and again
 * as flight data, and be hydrated element by element; this client component's only props are the
 * answers, so the flight data carries those alone. It renders the part from them on the server, in
 * order and without a Suspense boundary (React moves a large finished boundary into place with a
 * script, so without JavaScript it would never show); in the browser it keeps the server's HTML as
 * it is (links, disclosures and anchors are plain HTML and need no script), and only draws the part
 * itself, with code loaded then, when it is mounted without that HTML (a client-side navigation).
 */
type PartsModule = typeof import("./report-parts");
let loaded: PartsModule | undefined;
const load = () => import("./report-parts").then((m) => (loaded = m));
// On the server the module is loaded ahead, and once it is, the lazy component resolves within the
// render (a thenable that settles at once), so the part is written in place, not streamed after.
if (typeof window === "undefined") void load();
const ReportPart = lazy(() =>
  loaded ? ({ then: (ok: (m: PartsModule) => void) => ok(loaded!) } as unknown as Promise<PartsModule>) : load(),
);

// React neither hydrates nor checks the children of an element whose content is given as HTML, and
// writes that HTML only when the object changes: this one never does, so the server's markup stays.
const KEEP_SERVER_HTML = { __html: "" };

const noSubscription = () => () => {};
/** True on the server and while hydrating the server's HTML; false in a render in the browser after that. */
function useHydrating(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => false,
    () => true,
  );
}

export function StaticReport({ part, answers }: { part: ReportPartName; answers: Answers }) {
  const domId = `report-${part}`;
  const key = JSON.stringify(answers);
  const hydrating = useHydrating();
  // The answers whose HTML the server sent, if this part was hydrated (kept while they stay the same).
  const [serverKey] = useState(() => (hydrating ? key : undefined));
  if (typeof window === "undefined") return <ReportPart part={part} answers={answers} domId={domId} />;
  if (serverKey === key) return <div id={domId} dangerouslySetInnerHTML={KEEP_SERVER_HTML} suppressHydrationWarning />;
  return (
    <Suspense
      fallback={
        <Skeleton
          label="Loading the result"
          className={part === "summary" ? "mt-4 h-32" : part === "glance" ? "h-64" : "mt-12 h-96"}
        />
      }
    >
      <ReportPart part={part} answers={answers} domId={domId} />
    </Suspense>
  );
}
