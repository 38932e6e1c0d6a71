import type { Metadata } from "next";
import { headers } from "next/headers";
import { cache } from "react";
import { ResultView } from "@/components/result/result-view";
import { planMetadata, planOfQuery } from "./plan-metadata";
import { PERMALINK_QUERY_HEADER, permalinkQuery } from "@/lib/routes";
import { requestOrigin } from "../og/origin";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// Rendered per request from the query: the answer is in the HTML, so it paints first and a pasted
// permalink previews with its own title. Metadata and page share one decode and one plan.
const resultFor = cache(planOfQuery);

async function resultOf({ searchParams }: Props) {
  return resultFor(permalinkQuery((await headers()).get(PERMALINK_QUERY_HEADER), await searchParams));
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  return planMetadata((await resultOf(props)).plan, requestOrigin(await headers()));
}

export default async function ResultPage(props: Props) {
  const { plan, issues } = await resultOf(props);
  return <ResultView plan={plan} issues={issues} />;
}
