import { describe, expect, it } from "vitest";
import { renderRunbook } from "./index";
import { clientCode, parameterArn, switchNames } from "./switch";
import { planFor } from "@/test/fixtures/plans";

const render = (query: string, option?: Parameters<typeof planFor>[1]) => {
  const { plan, arch } = planFor(query, option);
  return renderRunbook(plan, arch);
};

/** The text of the H2 section whose title starts with `title`. */
function section(md: string, title: string): string {
  const start = md.indexOf(`\n## ${title}`);
  if (start < 0) throw new Error(`no section ${title}`);
  const end = md.indexOf("\n## ", start + 4);
  return md.slice(start, end < 0 ? undefined : end);
}

describe("the one switch", () => {
  it("names, ARN and the two lines of client code", () => {
    expect(switchNames("orders-dr")).toEqual({
      bootstrap: "/orders-dr/kafka/bootstrap-brokers",
      activeSide: "/orders-dr/kafka/active-side",
    });
    expect(parameterArn("us-west-2", "/orders-dr/kafka/bootstrap-brokers")).toBe(
      "arn:aws:ssm:us-west-2:<account-id>:parameter/orders-dr/kafka/bootstrap-brokers",
    );
    const code = clientCode("/orders-dr/kafka/bootstrap-brokers");
    expect(code.java).toContain(
      'SsmClient.create().getParameter(r -> r.name("/orders-dr/kafka/bootstrap-brokers")).parameter().value()',
    );
    expect(code.python).toContain(
      'boto3.client("ssm").get_parameter(Name="/orders-dr/kafka/bootstrap-brokers")["Parameter"]["Value"]',
    );
  });

  it("MSK Replicator active-passive: failover flips both Regions to the standby before producers start; failback flips them back", () => {
    const md = render("?name=orders-dr");
    expect(md).toContain("ssm:GetParameter");
    expect(md).toMatch(/AppConfig/);
    expect(md).toMatch(/TLS certificates/);
    const planned = section(md, "Planned failover");
    for (const region of ["us-east-1", "us-west-2"]) {
      expect(planned).toContain(
        `aws ssm put-parameter --name /orders-dr/kafka/bootstrap-brokers --type String --overwrite --value "$TARGET_BOOTSTRAP" --region ${region}`,
      );
      expect(planned).toContain(
        `aws ssm put-parameter --name /orders-dr/kafka/active-side --type String --overwrite --value standby --region ${region}`,
      );
    }
    expect(planned.indexOf("Flip the switch to the standby")).toBeLessThan(
      planned.indexOf("Start producers on the standby"),
    );
    expect(section(md, "Unplanned failover")).toMatch(
      /If us-east-1 does not answer, overwrite the parameters there as soon as it is back/,
    );
    const failback = section(md, "Failback");
    expect(failback).toContain('--overwrite --value "$SOURCE_BOOTSTRAP" --region us-east-1');
    expect(failback).toContain("--value primary --region us-west-2");
    expect(failback.indexOf("Flip the switch to the primary")).toBeLessThan(
      failback.indexOf("Start producers on the primary"),
    );
  });

  it("across accounts each Region's parameter is written with that account's profile", () => {
    const md = render("?accounts=cross&name=ledger");
    expect(md).toContain('--value "$TARGET_BOOTSTRAP" --region us-east-1 --profile source-account');
    expect(md).toContain('--value "$TARGET_BOOTSTRAP" --region us-west-2 --profile target-account');
  });

  it("active-active: moving one Region's traffic flips only that Region's parameter", () => {
    const md = render("?topology=active-active&naming=prefixed&name=pay");
    const planned = section(md, "Planned failover");
    expect(planned).toContain('--value "$TARGET_BOOTSTRAP" --region us-east-1');
    expect(planned).not.toContain('--value "$TARGET_BOOTSTRAP" --region us-west-2');
    expect(section(md, "Failback")).toContain('--value "$SOURCE_BOOTSTRAP" --region us-east-1');
  });

  it("a self-managed source has no primary Region: the switch lives in the standby Region", () => {
    const md = render("?goal=migration&source=on-premises&target=msk-express&auth=sasl-scram&name=dc");
    expect(md).toContain(
      'aws ssm put-parameter --name /dc/kafka/bootstrap-brokers --type String --overwrite --value "$TARGET_BOOTSTRAP" --region us-west-2',
    );
    expect(md).not.toMatch(/put-parameter[^\n]*--region us-east-1/);
  });

  it("S3 backup and Multi-AZ have no switch", () => {
    expect(render("?name=a", "s3-backup")).not.toContain("put-parameter");
    expect(render("?name=a", "multi-az")).not.toContain("put-parameter");
  });
});

describe("parity checks and failback cost", () => {
  it("MSK Replicator: literal topic ACLs only, no write ACLs; failback re-reads everything retained, with its price and sources", () => {
    const md = render("?auth=sasl-scram&name=orders-dr", "msk-replicator");
    const parity = section(md, "Parity checks");
    expect(parity).toMatch(/only LITERAL ACLs on topics/);
    expect(parity).toMatch(/Write as deny only/);
    expect(parity).toContain("kafka-acls.sh");
    expect(parity).toContain("retention.ms|cleanup\\.policy".replace("retention.ms", "retention\\.ms"));
    expect(parity).toMatch(/_schemas/);
    expect(parity).toMatch(/Glue Schema Registry/);
    const failback = section(md, "Failback");
    expect(failback).toMatch(/starting position EARLIEST, so it processes everything the standby retains/);
    expect(failback).toMatch(/864 GB per day of retention/); // the default 10 MB/s
    expect(failback).toMatch(/replaces the forward replicator/);
  });

  it("MirrorMaker 2 with IAM: no ACLs to copy, the IAM policy simulator instead; prefixed names compared without the prefix", () => {
    const md = render("?naming=prefixed&name=mm", "mirrormaker2");
    const parity = section(md, "Parity checks");
    expect(parity).toMatch(/no Kafka ACLs to copy: MirrorMaker 2 copies no IAM policy/);
    expect(parity).toContain("aws iam simulate-principal-policy");
    expect(parity).toContain('grep -F "primary." | sed "s/^primary\\\\.//"');
    expect(section(md, "Failback")).toMatch(/reverse flow reads everything the standby retains/);
  });

  it("MirrorMaker 2 without IAM: topic ACLs downgraded to READ", () => {
    const parity = section(render("?auth=mtls&name=mm", "mirrormaker2"), "Parity checks");
    expect(parity).toMatch(/downgraded to READ, never WRITE/);
  });

  it("prefixed MSK Replicator looks the alias up before comparing", () => {
    const parity = section(render("?naming=prefixed&name=p", "msk-replicator"), "Parity checks");
    expect(parity).toContain("SourceKafkaClusterAlias");
    expect(parity).toContain('name="$ALIAS.$t"');
  });
});
