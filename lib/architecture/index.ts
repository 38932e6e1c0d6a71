export { clientAuth, mskClientAuth, type MskClientAuth } from "./auth";
export { architectureTitle, buildArchitecture } from "./build";
export {
  CLOUDFORMATION_TEMPLATE_FILES,
  cloudFormationStack,
  deploymentRegion,
  failbackPlacements,
  needsSourceClusterPolicy,
  needsTargetClusterPolicy,
  replicatorPlacements,
  TERRAFORM_ROOT_DIRS,
  terraformRoot,
  terraformRootPerRegion,
  terraformRoots,
  type CloudFormationStack,
  type Placement,
  type ReplicatorPlacement,
  type TerraformRoot,
} from "./deployment";
export { estimateFailback, failbackInWords, type FailbackEstimate } from "./failback";
export { IAC_NAMES } from "./iac-names";
export {
  architectureOf,
  type ArchFlow,
  type ArchGroup,
  type ArchNode,
  type Architecture,
  type ArchitectureBase,
  type Carry,
  type ClusterLocation,
  type ClusterSpec,
  type GroupKind,
  type IacNames,
  type MirrorMaker2Architecture,
  type MirrorMaker2Spec,
  type MultiAzArchitecture,
  type MultiAzSpec,
  type NodeKind,
  type Phase,
  type ReplicatorArchitecture,
  type ReplicatorSpec,
  type S3BackupArchitecture,
  type S3BackupSpec,
} from "./model";
