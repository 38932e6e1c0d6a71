import type { Metadata } from "next";
import { headers } from "next/headers";
import { cache } from "react";
import { decodePermalink } from "@/lib/answers";
import { OPTIONS } from "@/lib/knowledge";
import { buildPlan } from "@/lib/scoring";
import { ResultView } from "@/components/result/result-view";
import { PERMALINK_QUERY_HEADER, permalinkQuery } from "./query";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// Rendered per request from the query: the answer is in the HTML, so it paints first and a pasted
// permalink previews with its own title. Metadata and page share one decode and one plan.
const resultFor = cache((query: string) => {
  const decoded = decodePermalink(query);
  return { plan: buildPlan(decoded.answers), issues: decoded.issues };
});

async function resultOf({ searchParams }: Props) {
  return resultFor(permalinkQuery((await headers()).get(PERMALINK_QUERY_HEADER), await searchParams));
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { plan } = await resultOf(props);
  return {
    title: `Recommended: ${OPTIONS[plan.recommendation].short} — Kafka Replication Advisor`,
    description: plan.summary,
  };
}

export default async function ResultPage(props: Props) {
  const { plan, issues } = await resultOf(props);
  return <ResultView plan={plan} issues={issues} />;
}
