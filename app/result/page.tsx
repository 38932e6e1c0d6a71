import type { Metadata } from "next";
import { ResultView } from "@/components/result/result-view";

// Static: the answers live in the query and the plan is computed in the browser; the title is
// then set client-side from the plan ("Recommended: MSK Replicator — Kafka Replication Advisor").
export const metadata: Metadata = {
  title: "Your recommendation — Kafka Replication Advisor",
  description: "The recommended Kafka replication option for your answers, with scores, sources, cost, RPO/RTO and what would change it.",
};

export default function ResultPage() {
  return <ResultView />;
}
