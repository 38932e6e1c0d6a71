// The Multi-AZ durability settings: the same MSK configuration in both formats.
import { architectureOf } from "@/lib/architecture";
import type { IacContext } from "./context";

/** Express brokers fix the replication factor (3) and min ISR (2); a configuration may not set them. */
export const durabilityDescription = (ctx: IacContext) =>
  ctx.source.type === "msk-express"
    ? "No automatic topic creation; Express brokers fix RF 3 and min ISR 2 themselves. With acks=all, survives the loss of one Availability Zone."
    : "RF 3, min ISR 2, no unclean leader election: with acks=all, survives the loss of one Availability Zone.";

/** MSK configuration properties for the durability settings (Multi-AZ). */
export function durabilityProperties(ctx: IacContext): string {
  const m = architectureOf(ctx.arch, "multi-az").multiAz;
  if (ctx.source.type === "msk-express") return ["auto.create.topics.enable=false", ""].join("\n");
  return [
    `default.replication.factor=${m.replicationFactor}`,
    `min.insync.replicas=${m.minInsyncReplicas}`,
    "unclean.leader.election.enable=false",
    "auto.create.topics.enable=false",
    "",
  ].join("\n");
}
