import { decodePermalink } from "@/lib/answers";
import { buildArchitecture, type Architecture } from "@/lib/architecture";
import type { OptionId } from "@/lib/knowledge";
import { buildPlan, type Plan } from "@/lib/scoring";

/**
 * Test support: the representative plans whose runbook and decision record are kept as golden
 * files (lib/runbook/golden, lib/decision-record/golden). Each case's recommendation is asserted
 * in the tests, so a scoring change that moves one is noticed rather than silently re-golden'd.
 */
export const GOLDEN_CASES = [
  { id: "replicator-dr-identical", query: "?name=orders-dr", option: "msk-replicator" },
  { id: "replicator-active-active-prefixed", query: "?topology=active-active&naming=prefixed&name=payments-aa", option: "msk-replicator" },
  { id: "mirrormaker2-cross-account", query: "?accounts=cross&name=ledger-xacct", option: "mirrormaker2" },
  { id: "s3-backup-compliance", query: "?goal=compliance&rpo=900&rto=2880&offsets=no&name=audit-archive", option: "s3-backup" },
  { id: "multi-az-same-region", query: "?primary=eu-west-1&secondary=eu-west-1&rpo=0&rto=5&name=clicks", option: "multi-az" },
  { id: "on-premises-migration", query: "?goal=migration&source=on-premises&target=msk-express&auth=sasl-scram&name=dc-to-msk", option: "msk-replicator" },
] as const satisfies readonly { id: string; query: string; option: OptionId }[];

/** Plan and architecture for a query (strict: a case with an invalid answer throws). */
export function planFor(query: string, option?: OptionId): { plan: Plan; arch: Architecture } {
  const { answers, issues } = decodePermalink(query);
  if (issues.length) throw new Error(`invalid test answers: ${issues.map((i) => i.message).join("; ")}`);
  const plan = buildPlan(answers);
  return { plan, arch: buildArchitecture(plan, option ?? plan.recommendation) };
}
