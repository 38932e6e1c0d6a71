import type { Architecture } from "@/lib/architecture";
import type { Plan } from "@/lib/scoring";

export interface DecisionRecordOptions {
  /** The diagram as SVG, embedded when the record is downloaded from the browser. */
  diagramSvg?: string;
}

/** Architecture decision record in Markdown (issue 6: to be completed). */
export function renderDecisionRecord(plan: Plan, arch: Architecture, options: DecisionRecordOptions = {}): string {
  void options;
  return `# ADR: Kafka replication for ${arch.name}\n\nDecision: ${plan.recommendation}.\n`;
}
