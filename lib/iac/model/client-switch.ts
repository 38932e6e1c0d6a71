// The "one switch for clients": SSM parameters that tell applications where to connect, in the
// primary (source) and the standby (target) Region, a managed policy to read them, and the client
// policy applications need on the standby cluster. The runbook flips the parameters on failover;
// the code creates them once with the primary's value and never puts that value back.
import type { IacContext } from "./context";
import { arnAs, concat, input, pseudo, type Expr } from "./expr";
import { clusterArn, type Statement } from "./iam";
import type { Placement } from "./placement";

export const BOOTSTRAP_PARAMETER = "kafka/bootstrap-brokers";
export const ACTIVE_SIDE_PARAMETER = "kafka/active-side";
export const PRIMARY_BROKERS_INPUT = {
  key: "primary_client_bootstrap_brokers",
  cfn: "PrimaryClientBootstrapBrokers",
} as const;

/** Options with a standby cluster clients fail over to. */
export function hasClientSwitch(ctx: IacContext): boolean {
  return ctx.arch.option === "msk-replicator" || ctx.arch.option === "mirrormaker2";
}

/**
 * Where the parameters live: the standby Region (main) and, when the primary cluster is in AWS in
 * another Region, the primary Region too (the source placement: the primary's root or stack), so
 * clients in either Region read a copy that does not depend on the other Region.
 */
export function clientSwitchPlacements(ctx: IacContext): Placement[] {
  const primaryElsewhere = !!ctx.sourceRegion && ctx.sourceRegion !== ctx.region;
  return primaryElsewhere ? ["main", "source"] : ["main"];
}

/** ARN of one parameter in one Region. */
export function parameterArn(region: Expr, name: string): Expr {
  return concat(
    "arn:",
    pseudo("partition"),
    ":ssm:",
    region,
    ":",
    pseudo("account"),
    ":parameter/",
    input("name"),
    `/${name}`,
  );
}

export function readParametersStatement(regions: Expr[]): Statement {
  return {
    sid: "ReadKafkaClientSwitch",
    actions: ["ssm:GetParameter", "ssm:GetParameters"],
    resources: regions.flatMap((r) => [parameterArn(r, BOOTSTRAP_PARAMETER), parameterArn(r, ACTIVE_SIDE_PARAMETER)]),
  };
}

/** What an application needs on the standby cluster (IAM access control), scoped to its ARNs. */
export function standbyClientStatements(ctx: IacContext): Statement[] {
  const arn = clusterArn(ctx, "target");
  return [
    {
      sid: "StandbyCluster",
      actions: ["kafka-cluster:Connect", "kafka-cluster:DescribeCluster", "kafka-cluster:WriteDataIdempotently"],
      resources: [arn],
    },
    {
      sid: "StandbyTopics",
      actions: ["kafka-cluster:DescribeTopic", "kafka-cluster:ReadData", "kafka-cluster:WriteData"],
      resources: [arnAs(arn, "topic", "/*")],
    },
    {
      sid: "StandbyGroups",
      actions: ["kafka-cluster:DescribeGroup", "kafka-cluster:AlterGroup"],
      resources: [arnAs(arn, "group", "/*")],
    },
    {
      sid: "StandbyTransactionalIds",
      actions: ["kafka-cluster:DescribeTransactionalId", "kafka-cluster:AlterTransactionalId"],
      resources: [arnAs(arn, "transactional-id", "/*")],
    },
  ];
}
