"use client";

import type { Plan } from "@/lib/scoring";

/**
 * Placeholder until the generated code, runbook and decision record land (issues 5 and 6):
 * the result page loads this lazily.
 */
export function DeliverablesPanel({ plan }: { plan: Plan }) {
  return <p className="text-sm text-slate-600 dark:text-slate-300">Terraform, CloudFormation and the runbook for {plan.recommendation} will appear here.</p>;
}
