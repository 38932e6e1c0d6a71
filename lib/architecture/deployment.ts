// Where each part of the architecture is deployed: the main Region (the replicator's or the
// MirrorMaker 2 service's, the connector's, the cluster's), the source cluster's Region, or the
// backup bucket's. The generated code, its README and the runbook all read these: a CloudFormation
// stack lives in one Region, so each placement is one template and one stack.
import type { RegionCode } from "@/lib/answers";
import type { Architecture, ReplicatorSpec } from "./model";

/** Where a resource is created: the deployment Region, the source cluster's Region, or the backup bucket's Region. */
export type Placement = "main" | "source" | "backup";

/** The Region of the "main" placement: where the option's own service runs. */
export function deploymentRegion(arch: Architecture): RegionCode {
  switch (arch.option) {
    case "mirrormaker2":
      return arch.mirrorMaker2.region;
    case "s3-backup":
      return arch.s3Backup.connectorRegion;
    case "multi-az":
      return arch.multiAz.region;
    case "msk-replicator": {
      const forward = arch.replicators.find((r) => r.id === "forward");
      if (!forward) throw new Error("an MSK Replicator architecture has a forward replicator");
      return forward.region;
    }
  }
}

export interface ReplicatorPlacement {
  spec: ReplicatorSpec;
  placement: Placement;
  /** Behind the failback toggle (created only when it is switched on). */
  toggled: boolean;
}

/** Each replicator's placement: the architecture says where it runs (ReplicatorSpec.region); the code follows it. */
export function replicatorPlacements(arch: Architecture): ReplicatorPlacement[] {
  const main = deploymentRegion(arch);
  return arch.replicators.map((spec) => {
    const placement: Placement = spec.region === main ? "main" : "source";
    if (placement === "source" && spec.region !== arch.source.region)
      throw new Error(
        `replicator ${spec.id} runs in ${spec.region}, neither the main Region (${main}) nor the source's (${arch.source.region ?? "outside AWS"})`,
      );
    return { spec, placement, toggled: spec.phase === "failover" };
  });
}

/** Cross-Region replication from an MSK Provisioned source needs a cluster policy (multi-VPC connectivity). */
export function needsSourceClusterPolicy(arch: Architecture): boolean {
  return (
    arch.option === "msk-replicator" && arch.crossRegion && arch.source.isMsk && arch.source.type !== "msk-serverless"
  );
}

/** The reverse replicator reads the target cluster across Regions: the target needs the same policy. */
export function needsTargetClusterPolicy(arch: Architecture): boolean {
  return (
    arch.option === "msk-replicator" &&
    arch.crossRegion &&
    arch.source.isMsk &&
    arch.target.type !== "msk-serverless" &&
    arch.replicators.some((r) => r.id === "reverse")
  );
}

/**
 * The placements that hold the failback toggle, in the order to switch it on: the target Region's
 * first when it attaches the target cluster's policy, which the reverse replicator needs to read it.
 */
export function failbackPlacements(arch: Architecture): Placement[] {
  const reverse = replicatorPlacements(arch).find((r) => r.toggled);
  if (!reverse) return [];
  return [...new Set<Placement>([...(needsTargetClusterPolicy(arch) ? (["main"] as const) : []), reverse.placement])];
}

/**
 * Whether the Terraform code is one root module per Region: a failover design whose primary cluster
 * is in another AWS Region gets a root for the standby Region that holds no resource, provider or
 * state of the primary's, so it can be planned and applied while the primary Region is down.
 */
export function terraformRootPerRegion(arch: Architecture): boolean {
  return (
    (arch.option === "msk-replicator" || arch.option === "mirrormaker2") &&
    !!arch.source.region &&
    arch.source.region !== deploymentRegion(arch)
  );
}

/** A Terraform root module as the README applies it: its folder ("" when the bundle is one root), placement and Region. */
export interface TerraformRoot {
  placement: "main" | "source";
  dir: string;
  region: RegionCode;
}

/** The folder of each Region's root when the code is split: the primary cluster's Region and the standby's. */
export const TERRAFORM_ROOT_DIRS = { source: "primary", main: "standby" } as const;

/** The Terraform roots in the order to apply them first: the primary's (the source cluster policy), then the standby's. */
export function terraformRoots(arch: Architecture): TerraformRoot[] {
  const main: TerraformRoot = { placement: "main", dir: "", region: deploymentRegion(arch) };
  if (!terraformRootPerRegion(arch) || !arch.source.region) return [main];
  return [
    { placement: "source", dir: TERRAFORM_ROOT_DIRS.source, region: arch.source.region },
    { ...main, dir: TERRAFORM_ROOT_DIRS.main },
  ];
}

/** The root that holds a placement's resources (the backup bucket's share the main root, through a provider alias). */
export function terraformRoot(arch: Architecture, placement: Placement): TerraformRoot {
  const roots = terraformRoots(arch);
  return roots.find((r) => r.placement === placement) ?? roots.find((r) => r.placement === "main")!;
}

/** The CloudFormation template of each placement. */
export const CLOUDFORMATION_TEMPLATE_FILES: Record<Placement, string> = {
  main: "template.yaml",
  source: "source-region.yaml",
  backup: "backup-bucket.yaml",
};

/** A CloudFormation template as the README deploys it: file, stack name and Region. */
export interface CloudFormationStack {
  placement: Placement;
  file: string;
  stack: string;
  region: RegionCode;
}

/** The stack of one placement: its template file, its name (the base name plus a suffix) and its Region. */
export function cloudFormationStack(arch: Architecture, placement: Placement): CloudFormationStack {
  const file = CLOUDFORMATION_TEMPLATE_FILES[placement];
  switch (placement) {
    case "main":
      return { placement, file, stack: arch.name, region: deploymentRegion(arch) };
    case "source":
      if (!arch.source.region) throw new Error("a source-Region template needs a source cluster in AWS");
      return { placement, file, stack: `${arch.name}-source`, region: arch.source.region };
    case "backup":
      if (arch.option !== "s3-backup") throw new Error("only the S3 backup has a backup-bucket template");
      return { placement, file, stack: `${arch.name}-backup-bucket`, region: arch.s3Backup.bucketRegion };
  }
}
