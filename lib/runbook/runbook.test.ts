import { architectureOf } from "@/lib/architecture";
import { describe, expect, it } from "vitest";
import { OPTION_IDS, type OptionId } from "@/lib/knowledge";
import { renderRunbook } from "./runbook";
import { base64Utf8 } from "@/lib/markdown";
import { GOLDEN_CASES, planFor } from "@/test/fixtures/plans";

/** Splits Markdown into sections at headings of the given level ("## " or "### "). */
function sections(md: string, level: "## " | "### "): { title: string; text: string }[] {
  const re = new RegExp(`^${level}(.*)$`, "gm");
  const marks = [...md.matchAll(re)];
  return marks.map((m, i) => ({ title: m[1]!, text: md.slice(m.index, marks[i + 1]?.index ?? md.length) }));
}

function section(md: string, titleStart: string): string {
  const found = sections(md, "## ").find((s) => s.title.startsWith(titleStart));
  if (!found)
    throw new Error(
      `no section "${titleStart}" in:\n${sections(md, "## ")
        .map((s) => s.title)
        .join("\n")}`,
    );
  return found.text;
}

/** Asserts the step titles appear in this order within the text. */
function expectOrder(text: string, ...needles: string[]) {
  let at = -1;
  for (const n of needles) {
    const i = text.indexOf(n, at + 1);
    expect(i, `"${n}" after position ${at}`).toBeGreaterThan(at);
    at = i;
  }
}

const render = (query: string, option?: OptionId) => {
  const { plan, arch } = planFor(query, option);
  return { plan, arch, md: renderRunbook(plan, arch) };
};

const TOPOLOGIES = ["active-passive", "active-active"] as const;
const NAMINGS = ["identical", "prefixed", "custom"] as const;
const GOALS = ["dr", "migration"] as const;
const SOURCES = ["msk-provisioned", "on-premises"] as const;
const ACCOUNTS = ["same", "cross"] as const;

const matrix = OPTION_IDS.flatMap((option) =>
  TOPOLOGIES.flatMap((topology) =>
    NAMINGS.flatMap((naming) =>
      GOALS.flatMap((goal) =>
        SOURCES.flatMap((source) =>
          ACCOUNTS.map((accounts) => ({
            option,
            query: `?goal=${goal}&source=${source}&accounts=${accounts}&topology=${topology}&naming=${naming}${source === "on-premises" ? "&auth=sasl-scram&target=msk-express" : ""}&name=shop-${goal}`,
          })),
        ),
      ),
    ),
  ),
);

describe("renderRunbook: every option × topology × naming × goal × source × accounts", () => {
  it.each(matrix)("$option $query", ({ option, query }) => {
    const { arch, md } = render(query, option);

    // Every section and every step says how to verify it.
    for (const s of [...sections(md, "## "), ...sections(md, "### ")])
      expect(s.text, s.title).toMatch(/\*\*Verify:\*\* \S/);
    const h2 = sections(md, "## ").map((s) => s.title);
    expect(h2[0]).toBe("Before you start");
    expect(h2[1]).toMatch(/^Pre-checks/);
    expect(h2[h2.length - 1]).toBe("Drill checklist");
    expect(md).toContain(arch.permalink);
    const again = planFor(query, option);
    expect(renderRunbook(again.plan, again.arch)).toBe(md);

    // Words for the goal.
    if (arch.goal === "migration" && (option === "msk-replicator" || option === "mirrormaker2")) {
      expect(h2.some((t) => t.startsWith("Planned cut-over"))).toBe(true);
      expect(h2.some((t) => t.startsWith("Rollback"))).toBe(true);
      expect(h2).toContain("Finish the migration");
      for (const t of [...h2, ...sections(md, "### ").map((s) => s.title)]) expect(t).not.toMatch(/fail ?(over|back)/i);
    }

    // Commands carry the plan's names.
    for (const r of arch.replicators) {
      if (r.phase === "steady") expect(md).toContain(`--replicator-name-filter ${r.name}`);
      expect(md).toContain(r.region);
    }
    if (arch.crossAccount) {
      if (arch.source.isMsk) expect(md).toContain("--profile source-account");
      if (option !== "multi-az") expect(md).toContain("--profile target-account");
      for (const m of md.matchAll(/--profile ([a-z-]+)/g)) expect(["source-account", "target-account"]).toContain(m[1]);
    } else {
      expect(md).not.toContain("--profile");
    }
    if (!arch.source.isMsk) expect(md).toMatch(/SOURCE_BOOTSTRAP="<broker-1/);

    // Only the steps that apply.
    const enhanced = arch.replicators.some((r) => r.consumerGroupOffsetSyncMode === "ENHANCED");
    expect(md.includes("ENHANCED")).toBe(enhanced);
    if (option !== "msk-replicator") {
      expect(md).not.toMatch(
        /aws kafka (create|delete|list)-replicators?|enable_failback_replicator|EnableFailbackReplicator|MessageLag/,
      );
    }
    if (option !== "mirrormaker2") expect(md).not.toMatch(/heartbeats|aws ecs /);
    if (option !== "s3-backup") expect(md).not.toMatch(/kafkaconnect|aws s3/);
    if (option !== "multi-az") expect(md).not.toContain("--under-min-isr-partitions");
  });
});

describe("renderRunbook: MSK Replicator", () => {
  it("active-passive, identical names: AWS's planned failover creates the reverse replicator; failback moves producers then consumers and removes it", () => {
    const { md, arch } = render("?name=orders-dr");
    const [forward, reverse] = arch.replicators;
    expect(reverse?.phase).toBe("failover");
    const planned = section(md, "Planned failover");
    expectOrder(
      planned,
      "Stop producers on the primary",
      `Wait until \`${forward!.name}\``,
      "Stop consumers on the primary",
      `Create the failback replicator \`${reverse!.name}\``,
      "Start producers on the standby",
      "Start consumers on the standby",
    );
    // The switch lives in a file, so the next plain apply keeps it; one per Region's root, the
    // standby's first (it attaches the target cluster policy the reverse replicator reads through).
    expectOrder(
      planned,
      "echo 'enable_failback_replicator = true' > standby/failback.auto.tfvars",
      "terraform -chdir=standby apply",
      "echo 'enable_failback_replicator = true' > primary/failback.auto.tfvars",
      "terraform -chdir=primary apply",
    );
    expect(planned).not.toContain("-var enable_failback_replicator");
    expect(planned).toContain("EnableFailbackReplicator=true");
    expect(planned).toContain(
      `aws kafka create-replicator --cli-input-json file://${reverse!.name}.json --region ${reverse!.region}`,
    );
    const unplanned = section(md, "Unplanned failover");
    expectOrder(
      unplanned,
      "Declare the failover",
      "Record what may be lost",
      "Fence the primary",
      "Start producers on the standby",
      "Start consumers on the standby",
      "When the primary is back: create the failback replicator",
    );
    expect(unplanned).toContain("starting position **EARLIEST**");
    expect(unplanned).toMatch(/about 5 s/);
    const failback = section(md, "Failback");
    expectOrder(
      failback,
      "Check that the primary cluster is healthy",
      `Make sure \`${reverse!.name}\``,
      `Wait until \`${reverse!.name}\` has copied everything`,
      "stop them on the standby",
      "Start producers on the primary",
      "Wait until consumers on the standby have caught up",
      "Stop consumers on the standby",
      "Start consumers on the primary",
      "Remove the failback replicator",
      `Confirm \`${forward!.name}\` replicates again`,
    );
    expect(failback).toContain(
      `aws kafka delete-replicator --replicator-arn "$REVERSE_REPLICATOR_ARN" --region ${reverse!.region}`,
    );
    expect(failback).toContain("MaxOffsetLag");
    expect(md).not.toMatch(/wildcard/i);
    expect(md).toContain(`--dimensions Name=ReplicatorName,Value=${forward!.name}`);
    expect(md).toContain("--namespace AWS/Kafka");
  });

  it("active-passive, prefixed names: wildcard or replicated-first consumers, and AWS's prefixed failback order", () => {
    const { md } = render("?naming=prefixed&name=orders-dr");
    const planned = section(md, "Planned failover");
    expect(planned).toMatch(/wildcard subscription/);
    expect(planned).toContain("SourceKafkaClusterAlias");
    const failback = section(md, "Failback");
    expectOrder(
      failback,
      "Wait until `orders-dr-reverse` has copied everything",
      "Stop producers and consumers on the standby",
      "Remove the failback replicator",
      "Start producers on the primary",
      "Start consumers on the primary",
      "Confirm `orders-dr-forward` replicates again",
    );
  });

  it("CloudFormation users see the parameter first", () => {
    const { md } = render("?iac=cloudformation&name=orders-dr");
    const planned = section(md, "Planned failover");
    expect(planned.indexOf("EnableFailbackReplicator=true")).toBeLessThan(
      planned.indexOf("enable_failback_replicator = true"),
    );
    expect(planned).toContain("aws cloudformation deploy --stack-name orders-dr");
    // Each stack that holds the parameter, in its own Region: the target's policy first, then the reverse replicator.
    expectOrder(
      planned,
      "--stack-name orders-dr --template-file template.yaml \\\n  --parameter-overrides EnableFailbackReplicator=true --capabilities CAPABILITY_NAMED_IAM --region us-west-2",
      "--stack-name orders-dr-source --template-file source-region.yaml \\\n  --parameter-overrides EnableFailbackReplicator=true --capabilities CAPABILITY_NAMED_IAM --region us-east-1",
    );
  });

  it("a rollback replicator towards self-managed Kafka is created, and looked up, in the MSK cluster's Region and account", () => {
    const { md } = render(
      "?goal=dr&source=self-managed&target=msk-express&auth=sasl-scram&accounts=cross&primary=eu-west-1&secondary=eu-central-1&iac=cloudformation&name=sm",
    );
    expect(md).toContain("Create `sm-reverse` (standby → primary, for rollback) in eu-central-1");
    expect(md).toContain("--stack-name sm --template-file template.yaml");
    expect(md).not.toMatch(/replicator-name-filter sm-reverse[^`]*--region eu-west-1/);
    expect(md).not.toMatch(/sm-reverse[^`]*--profile source-account/);
  });

  it("active-active: both replicators run, nothing is created or removed", () => {
    const { md } = render("?topology=active-active&naming=prefixed&name=payments-aa");
    expect(md).not.toMatch(/create-replicator|delete-replicator|enable_failback_replicator/);
    expect(md).toContain("--replicator-name-filter payments-aa-forward");
    expect(md).toContain("--replicator-name-filter payments-aa-reverse");
    expect(section(md, "Failback")).toContain("Wait until `payments-aa-reverse` has copied everything");
    expect(md).toMatch(/wildcard/);
  });

  it("active-active with identical names mentions ENHANCED offset sync", () => {
    const { md, arch } = render("?topology=active-active&naming=identical&name=payments-aa");
    expect(arch.replicators.every((r) => r.consumerGroupOffsetSyncMode === "ENHANCED")).toBe(true);
    expect(md).toContain("ENHANCED");
    expect(md).not.toMatch(/wildcard/i);
  });

  it("on-premises migration: cut-over and rollback with the permanent rollback replicator, then finishing", () => {
    const { md, arch } = render(GOLDEN_CASES[5].query);
    expect(arch.replicators.map((r) => r.phase)).toEqual(["steady", "steady"]);
    expect(md).toContain("# Runbook: cut-over and rollback for dc-to-msk");
    expect(md).not.toMatch(/enable_failback_replicator|create-replicator/);
    expect(md).not.toContain('describe-cluster-v2 --cluster-arn "$SOURCE_CLUSTER_ARN"');
    expectOrder(
      md,
      "## Planned cut-over",
      "## Unplanned cut-over",
      "## Rollback to the source cluster",
      "## Finish the migration",
      "## Drill checklist",
    );
    expect(section(md, "Finish the migration")).toContain("aws kafka delete-replicator");
  });
});

describe("renderRunbook: MirrorMaker 2", () => {
  it("cross-account, identity names: heartbeats and checkpoints, stop MirrorMaker 2 by scaling to 0, failback as a new flow", () => {
    const { md, arch } = render(GOLDEN_CASES[2].query);
    const m = architectureOf(arch, "mirrormaker2").mirrorMaker2;
    expect(md).toContain("primary.checkpoints.internal");
    expect(md).toContain("primary.heartbeats");
    expect(md).toContain("org.apache.kafka.connect.mirror.formatters.HeartbeatFormatter");
    expect(md).toContain(
      `aws ecs update-service --cluster ledger-xacct-mm2 --service ledger-xacct-mm2 --desired-count 0 --region ${m.region} --profile target-account`,
    );
    expectOrder(
      section(md, "Planned failover"),
      "Stop producers on the primary",
      "Let MirrorMaker 2 drain",
      "Stop consumers on the primary",
      "Stop MirrorMaker 2",
      "Start producers on the standby",
      "Start consumers on the standby",
    );
    const failback = section(md, "Failback");
    expect(failback).toContain("no failback replicator");
    expect(failback).toContain("standby->primary.enabled = true");
    expect(failback).toContain("Prepare the primary's topics");
    expect(md).toContain("isolation.level=read_committed");
  });

  it("prefixed names (DefaultReplicationPolicy): consumers subscribe to local and remote topics, no topic recreation", () => {
    const { md } = render("?ops=control&naming=prefixed&name=mm", "mirrormaker2");
    expect(md).toContain("(primary\\.)?orders");
    expect(md).toContain('"primary.$TOPIC"');
    expect(md).not.toContain("Prepare the primary's topics");
  });

  it("active-active: both directions' heartbeats, no scaling to zero", () => {
    const { md } = render("?topology=active-active&name=mm", "mirrormaker2");
    expect(md).toContain("standby.heartbeats");
    expect(md).toContain("primary.heartbeats");
    expect(md).not.toContain("--desired-count 0");
  });
});

describe("renderRunbook: S3 backup and Multi-AZ", () => {
  it("S3 backup: restore with pre-created topics, a restore connector and consumers from earliest or a timestamp", () => {
    const { md, arch } = render(GOLDEN_CASES[3].query);
    const s = architectureOf(arch, "s3-backup").s3Backup;
    const restore = section(md, "Restore from the backup");
    expectOrder(
      restore,
      "Pre-create the topics with the same partition counts",
      "Start the restore connector",
      "Wait for the replay to finish",
      "Delete the restore connector",
      "Position consumers",
      "Point producers and consumers",
    );
    expect(restore).toContain("--reset-offsets --to-earliest");
    expect(restore).toContain("--to-datetime");
    expect(restore).toContain(`s3://${s.bucketName}/inventory/topics.txt`);
    expect(md).toContain(`--connector-name-prefix ${s.connectorName}`);
    expect(md).not.toMatch(/^## .*fail/im);
  });

  it("active-active with identical names but no offset sync: says offsets are not synchronised, never ENHANCED", () => {
    const { arch, md } = render("?topology=active-active&naming=identical&offsets=no&name=shop", "msk-replicator");
    expect(arch.replicators.map((r) => r.consumerGroupOffsetSyncMode)).toEqual(["LEGACY", "LEGACY"]);
    expect(md).not.toContain("ENHANCED");
    expect(md).toContain("Consumer group offsets are not synchronised");
    expect(md).toContain("--to-datetime");
  });

  it("Multi-AZ: what happens on its own, under-replicated and min-ISR checks, no failover", () => {
    const { md } = render(GOLDEN_CASES[4].query);
    expect(md).toContain("--under-replicated-partitions");
    expect(md).toContain("--under-min-isr-partitions");
    expect(md).toContain("OfflinePartitionsCount");
    expect(md).toContain("aws kafka reboot-broker");
    expect(md).not.toMatch(/^## .*fail(over|back)/im);
    expect(md).not.toContain("TARGET_BOOTSTRAP");
  });
});

describe("base64Utf8", () => {
  it.each(["", "a", "ab", "abc", "<svg>é→😀</svg>", "x".repeat(1000)])("matches Node's encoder for %j", (s) => {
    expect(base64Utf8(s)).toBe(Buffer.from(s, "utf8").toString("base64"));
  });
});

describe("golden runbooks", () => {
  // `npm run test:update` rewrites them; a missing or different file fails the test.
  it.each(GOLDEN_CASES)("$id", async ({ id, query, option }) => {
    const { plan, md } = render(query);
    expect(plan.recommendation).toBe(option);
    await expect(md).toMatchFileSnapshot(`golden/${id}.md`);
  });
});
