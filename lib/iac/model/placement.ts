// The architecture's placements, with the names each replicator takes in the generated code.
import { replicatorPlacements, type ReplicatorPlacement } from "@/lib/architecture";
import type { IacContext } from "./context";

export {
  CLOUDFORMATION_TEMPLATE_FILES as TEMPLATE_FILES,
  cloudFormationStack,
  failbackPlacements,
  needsSourceClusterPolicy,
  needsTargetClusterPolicy,
  terraformRoot,
  terraformRootPerRegion,
  terraformRoots,
  type CloudFormationStack as StackRef,
  type Placement,
  type TerraformRoot,
} from "@/lib/architecture";

export interface ReplicatorPlan extends ReplicatorPlacement {
  /** Terraform resource name and CloudFormation logical-ID stem. */
  tf: "forward" | "reverse";
  cfn: "ForwardReplicator" | "ReverseReplicator";
}

export function replicatorPlans(ctx: IacContext): ReplicatorPlan[] {
  return replicatorPlacements(ctx.arch).map((p) => ({
    ...p,
    tf: p.spec.id,
    cfn: p.spec.id === "forward" ? "ForwardReplicator" : "ReverseReplicator",
  }));
}
