// Where each part is deployed: the main Region, the source cluster's Region, or the backup
// bucket's. CloudFormation needs one template (and stack) per Region; Terraform one provider alias.
import type { RegionCode } from "@/lib/answers";
import type { ReplicatorSpec } from "@/lib/architecture";
import type { IacContext } from "./context";

/** Where a resource is created: the deployment Region, the source cluster's Region, or the backup bucket's Region. */
export type Placement = "main" | "source" | "backup";

export interface ReplicatorPlan {
  spec: ReplicatorSpec;
  /** Terraform resource name and CloudFormation logical-ID stem. */
  tf: "forward" | "reverse";
  cfn: "ForwardReplicator" | "ReverseReplicator";
  placement: Placement;
  /** Behind the failback toggle (created only when it is switched on). */
  toggled: boolean;
}

export function replicatorPlans(ctx: IacContext): ReplicatorPlan[] {
  return ctx.arch.replicators.map((spec) => {
    // The architecture says where each replicator runs (ReplicatorSpec.region); the code follows it.
    const placement: Placement = spec.region === ctx.region ? "main" : "source";
    if (placement === "source" && spec.region !== ctx.sourceRegion)
      throw new Error(
        `replicator ${spec.id} runs in ${spec.region}, neither the main Region (${ctx.region}) nor the source's (${ctx.sourceRegion ?? "outside AWS"})`,
      );
    return {
      spec,
      tf: spec.id,
      cfn: spec.id === "forward" ? "ForwardReplicator" : "ReverseReplicator",
      placement,
      toggled: spec.phase === "failover",
    };
  });
}

/** Cross-Region replication from an MSK Provisioned source needs a cluster policy (multi-VPC connectivity). */
export function needsSourceClusterPolicy(ctx: IacContext): boolean {
  return (
    ctx.arch.option === "msk-replicator" &&
    ctx.arch.crossRegion &&
    ctx.source.isMsk &&
    ctx.source.type !== "msk-serverless"
  );
}

/** The reverse replicator reads the target cluster across Regions: the target needs the same policy. */
export function needsTargetClusterPolicy(ctx: IacContext): boolean {
  return (
    ctx.arch.option === "msk-replicator" &&
    ctx.arch.crossRegion &&
    ctx.source.isMsk &&
    ctx.target.type !== "msk-serverless" &&
    ctx.arch.replicators.some((r) => r.id === "reverse")
  );
}

/**
 * The templates that hold the failback toggle, in the order to switch it on: the target Region's
 * first when it attaches the target cluster's policy, which the reverse replicator needs to read it.
 */
export function failbackPlacements(ctx: IacContext): Placement[] {
  const reverse = replicatorPlans(ctx).find((r) => r.toggled);
  if (!reverse) return [];
  return [...new Set<Placement>([...(needsTargetClusterPolicy(ctx) ? (["main"] as const) : []), reverse.placement])];
}

/** The CloudFormation template of each placement. */
export const TEMPLATE_FILES: Record<Placement, string> = {
  main: "template.yaml",
  source: "source-region.yaml",
  backup: "backup-bucket.yaml",
};

/** A CloudFormation template as the README deploys it: file, stack name and Region. */
export interface StackRef {
  placement: Placement;
  file: string;
  stack: string;
  region: RegionCode;
}

export function cloudFormationStack(ctx: IacContext, placement: Placement): StackRef {
  const name = ctx.arch.name;
  switch (placement) {
    case "main":
      return { placement, file: TEMPLATE_FILES.main, stack: name, region: ctx.region };
    case "source":
      if (!ctx.sourceRegion) throw new Error("a source-Region template needs a source cluster in AWS");
      return { placement, file: TEMPLATE_FILES.source, stack: `${name}-source`, region: ctx.sourceRegion };
    case "backup":
      return {
        placement,
        file: TEMPLATE_FILES.backup,
        stack: `${name}-backup-bucket`,
        region: ctx.arch.s3Backup!.bucketRegion,
      };
  }
}
