import type { Architecture } from "@/lib/architecture";
import type { Plan } from "@/lib/scoring";

/** Failover and failback runbook in Markdown for the architecture's option and topology (issue 6: to be completed). */
export function renderRunbook(plan: Plan, arch: Architecture): string {
  return `# Runbook: ${arch.name}\n\nRecommended option: ${plan.recommendation}. The full runbook is not written yet.\n`;
}
