import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_ANSWERS, type Answers } from "@/lib/answers";
import { arbitraryAnswers, choiceAnswerSpace } from "@/test/helpers/answers";
import { OPTION_IDS, type OptionId } from "@/lib/knowledge";
import { assessOptions, buildPlan, type Plan } from "@/lib/scoring";
import { buildArchitecture } from "./build";
import { IAC_NAMES } from "./iac-names";
import { inView, type DiagramView } from "@/lib/diagram";
import type { Architecture } from "./model";

const VIEWS: DiagramView[] = ["steady", "failover"];

function arch(overrides: Partial<Answers>, option?: OptionId): Architecture {
  return buildArchitecture(buildPlan({ ...DEFAULT_ANSWERS, ...overrides }), option);
}

const visibleNodes = (a: Architecture, view: DiagramView) => a.nodes.filter((n) => inView(n.phase, view));
const visibleFlows = (a: Architecture, view: DiagramView) => a.flows.filter((f) => inView(f.phase, view));
const ids = (a: Architecture, view: DiagramView) =>
  visibleNodes(a, view)
    .map((n) => n.id)
    .sort();

/** Problems with one view of the graph: dangling flows, nodes outside a known group, islands. */
function graphProblems(a: Architecture, view: DiagramView): string[] {
  const problems: string[] = [];
  const nodes = visibleNodes(a, view);
  const present = new Set(nodes.map((n) => n.id));
  const groupIds = new Set(a.groups.map((g) => g.id));
  if (new Set(a.nodes.map((n) => n.id)).size !== a.nodes.length) problems.push("duplicate node ids");
  if (new Set(a.flows.map((f) => f.id)).size !== a.flows.length) problems.push("duplicate flow ids");
  for (const g of a.groups)
    if (g.parent && !groupIds.has(g.parent)) problems.push(`group ${g.id} has unknown parent ${g.parent}`);
  for (const n of nodes) if (!groupIds.has(n.group)) problems.push(`node ${n.id} in unknown group ${n.group}`);
  const adjacent = new Map<string, string[]>();
  for (const f of visibleFlows(a, view)) {
    if (!present.has(f.from) || !present.has(f.to)) {
      problems.push(`flow ${f.id} references a node missing from the ${view} view`);
      continue;
    }
    adjacent.set(f.from, [...(adjacent.get(f.from) ?? []), f.to]);
    adjacent.set(f.to, [...(adjacent.get(f.to) ?? []), f.from]);
  }
  const seen = new Set<string>();
  const stack = nodes.slice(0, 1).map((n) => n.id);
  while (stack.length) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    stack.push(...(adjacent.get(id) ?? []));
  }
  const islands = nodes.filter((n) => !seen.has(n.id)).map((n) => n.id);
  if (islands.length) problems.push(`not connected in the ${view} view: ${islands.join(", ")}`);
  return problems;
}

describe("buildArchitecture", () => {
  it("draws MSK Replicator between two Regions by default, with a failback replicator only after failover", () => {
    const a = arch({});
    expect(a.option).toBe("msk-replicator");
    expect(ids(a, "steady")).toEqual([
      "consumers-primary",
      "producers-primary",
      "replicator-forward",
      "source-cluster",
      "target-cluster",
    ]);
    expect(ids(a, "failover")).toEqual([
      "consumers-standby",
      "producers-standby",
      "replicator-forward",
      "replicator-reverse",
      "source-cluster",
      "target-cluster",
    ]);
    const reverse = a.nodes.find((n) => n.id === "replicator-reverse")!;
    expect(reverse.label).toBe("Failback replicator");
    expect(reverse.group).toBe("primary");
    expect(a.nodes.find((n) => n.id === "replicator-forward")!.group).toBe("standby");
    expect(a.failoverLabel).toBe("After failover");
    expect(a.groups.map((g) => g.id)).toEqual(["primary", "standby"]);
    const forwardFlow = a.flows.find((f) => f.id === "replicator-forward->target-cluster")!;
    expect(forwardFlow.animated).toBe(true);
    expect(forwardFlow.carries).toEqual(["data", "topic-configs", "acls", "consumer-offsets"]);
    expect(forwardFlow.label).toContain("identical names");
  });

  it("maps each node to the IaC names the generators use", () => {
    const a = arch({});
    const forward = a.nodes.find((n) => n.id === "replicator-forward")!;
    expect(forward.iac.terraform).toEqual(
      expect.arrayContaining([...IAC_NAMES.replicator.terraform, ...IAC_NAMES.clusterPolicy.terraform]),
    );
    expect(forward.iac.cloudformation).toContain("ForwardReplicator");
    expect(a.nodes.find((n) => n.id === "source-cluster")!.iac.terraform).toEqual(["var.source_cluster_arn"]);
  });

  it("draws a same-Region migration as two boxes that say which side is which", () => {
    const a = arch({ goal: "migration", primary: "eu-west-1", secondary: "eu-west-1" }, "msk-replicator");
    const labels = a.groups.map((g) => g.label);
    expect(labels).toEqual([
      "Europe (Ireland) · eu-west-1 · source side",
      "Europe (Ireland) · eu-west-1 · target side",
    ]);
    expect(a.failoverLabel).toBe("After cut-over");
    expect(a.crossRegion).toBe(false);
  });

  it("puts an on-premises source in a data centre box and its replicators beside the target", () => {
    const a = arch({ source: "on-premises", goal: "migration", auth: "sasl-scram" }, "msk-replicator");
    expect(a.groups.find((g) => g.id === "primary")).toMatchObject({
      kind: "on-premises",
      label: "On-premises data centre",
    });
    expect(a.primaryRegion).toBeUndefined();
    const reverse = a.nodes.find((n) => n.id === "replicator-reverse")!;
    expect(reverse.label).toBe("Rollback replicator");
    expect(reverse.group).toBe("standby");
    expect(reverse.phase).toBe("always");
    expect(a.nodes.find((n) => n.id === "source-cluster")!.iac.terraform).toEqual([
      ...IAC_NAMES.externalSource.terraform,
    ]);
  });

  it("creates every replicator beside an MSK cluster: its target, or the MSK side when the target is self-managed Kafka", () => {
    const a = arch(
      {
        source: "self-managed",
        goal: "migration",
        auth: "sasl-scram",
        target: "msk-express",
        primary: "eu-west-1",
        secondary: "eu-central-1",
      },
      "msk-replicator",
    );
    // The self-managed cluster runs on EC2 in eu-west-1, but MSK Replicator knows it only by its bootstrap servers.
    expect(a.replicators.map((r) => [r.id, r.host, r.region])).toEqual([
      ["forward", "target", "eu-central-1"],
      ["reverse", "target", "eu-central-1"],
    ]);
    expect(a.nodes.find((n) => n.id === "replicator-reverse")).toMatchObject({
      group: "standby",
      sublabel: expect.stringContaining("eu-central-1"),
    });
    const msk = arch({ primary: "eu-west-1", secondary: "eu-central-1" }, "msk-replicator");
    expect(msk.replicators.map((r) => [r.id, r.host, r.region])).toEqual([
      ["forward", "target", "eu-central-1"],
      ["reverse", "source", "eu-west-1"],
    ]);
  });

  it("draws each replicator in the group of its host cluster, whose Region is the replicator's", () => {
    fc.assert(
      fc.property(arbitraryAnswers, (answers) => {
        const a = buildArchitecture(buildPlan(answers), "msk-replicator");
        for (const r of a.replicators) {
          const host = a[r.host];
          expect(host.isMsk).toBe(true);
          expect(r.host).toBe(a[r.targetCluster].isMsk ? r.targetCluster : r.sourceCluster);
          expect(host.region).toBe(r.region);
          const node = a.nodes.find((n) => n.id === `replicator-${r.id}`)!;
          expect(node.group).toBe(a.nodes.find((n) => n.id === `${r.host}-cluster`)!.group);
          expect(a.groups.find((g) => g.id === node.group)!.region).toBe(r.region);
          expect(node.sublabel).toBe(`${r.name} · ${r.region}`);
        }
      }),
      { numRuns: 150 },
    );
  });

  it("runs MirrorMaker 2 for a self-managed source into MSK, with its three connectors", () => {
    const a = arch({ source: "self-managed", goal: "migration" }, "mirrormaker2");
    expect(a.nodes.filter((n) => n.kind === "mm2-connector").map((n) => n.label)).toEqual([
      "MirrorSourceConnector",
      "MirrorCheckpointConnector",
      "MirrorHeartbeatConnector",
    ]);
    expect(a.groups.find((g) => g.id === "primary")!.kind).toBe("aws-region");
    // The connectors run in the service; the failback flow reads from the target and writes to the source.
    expect(a.flows.filter((f) => f.from === "mm2-service" && f.kind === "in-cluster")).toHaveLength(3);
    expect(visibleFlows(a, "failover").map((f) => f.id)).toEqual(
      expect.arrayContaining(["target-cluster->mm2-service", "mm2-service->source-cluster"]),
    );
    expect(visibleFlows(a, "steady").map((f) => f.id)).not.toContain("mm2-service->source-cluster");
  });

  it("leaves ACLs out of replication into MSK Serverless", () => {
    const a = arch({ target: "msk-serverless" }, "msk-replicator");
    expect(a.nodes.find((n) => n.id === "target-cluster")!.sublabel).toBe("MSK Serverless");
    expect(a.flows.find((f) => f.id === "replicator-forward->target-cluster")!.carries).not.toContain("acls");
  });

  it("sets the offset sync mode the plan promises, for every combination of the choice answers", () => {
    let enhanced = 0;
    for (const answers of choiceAnswerSpace()) {
      // The plan without its "what would change" search, which the architecture does not read.
      const options = assessOptions(answers);
      const replicator = options.find((o) => o.id === "msk-replicator")!;
      if (!replicator.eligible) continue;
      const plan: Plan = {
        version: 1,
        answers,
        permalink: "",
        recommendation: "msk-replicator",
        options,
        flips: [],
        summary: "",
        caveats: [],
      };
      const modes = new Set(
        buildArchitecture(plan, "msk-replicator").replicators.map((r) => r.consumerGroupOffsetSyncMode),
      );
      expect(modes.size).toBe(1);
      const promisesFailback = replicator.reasons.some(
        (r) =>
          r.criterion === "offsets" &&
          /back on failback/.test(r.text) &&
          !/needs a permanent reverse|not translated back/.test(r.text),
      );
      expect(promisesFailback, JSON.stringify(answers)).toBe(modes.has("ENHANCED"));
      if (modes.has("ENHANCED")) enhanced++;
    }
    expect(enhanced).toBeGreaterThan(0);
  });

  it("keeps LEGACY offset sync for active-passive DR, whose reverse replicator exists only after a failover", () => {
    const a = arch({ goal: "dr", topology: "active-passive", naming: "identical" }, "msk-replicator");
    expect(a.replicators.map((r) => r.consumerGroupOffsetSyncMode)).toEqual(["LEGACY", "LEGACY"]);
    const offsetsReason = (answers: Partial<Answers>) =>
      buildPlan({ ...DEFAULT_ANSWERS, ...answers })
        .options.find((o) => o.id === "msk-replicator")!
        .reasons.find((r) => r.criterion === "offsets")!;
    const activePassive = offsetsReason({ goal: "dr", topology: "active-passive", naming: "identical" });
    const activeActive = offsetsReason({ goal: "dr", topology: "active-active", naming: "identical" });
    expect(activePassive.text).toMatch(/LEGACY/);
    expect(activeActive.text).toMatch(/ENHANCED/);
    expect(activePassive.impact).toBeLessThan(activeActive.impact);
  });

  it("runs both replicators from day one for active-active with identical names", () => {
    const a = arch({ topology: "active-active", naming: "identical" }, "msk-replicator");
    expect(ids(a, "steady")).toEqual(ids(a, "failover"));
    expect(ids(a, "steady")).toEqual(
      expect.arrayContaining(["replicator-forward", "replicator-reverse", "producers-standby", "producers-primary"]),
    );
    expect(a.replicators.every((r) => r.consumerGroupOffsetSyncMode === "ENHANCED")).toBe(true);
    expect(a.nodes.find((n) => n.id === "replicator-reverse")!.label).toBe("MSK Replicator (reverse)");
  });

  it("nests each Region in its account for a cross-account set-up", () => {
    const a = arch({ accounts: "cross" }, "mirrormaker2");
    expect(a.groups.map((g) => [g.id, g.parent])).toEqual([
      ["account-a", undefined],
      ["account-b", undefined],
      ["primary", "account-a"],
      ["standby", "account-b"],
    ]);
    expect(a.crossAccount).toBe(true);
  });

  it("backs up to an S3 bucket in the standby Region; the target and the restore exist after a restore", () => {
    const a = arch({ goal: "compliance", offsets: "no", rto: 1440 });
    expect(a.option).toBe("s3-backup");
    expect(a.failoverLabel).toBe("After a restore");
    expect(a.nodes.find((n) => n.id === "s3-bucket")!.group).toBe("standby");
    expect(ids(a, "steady")).toEqual([
      "consumers-primary",
      "producers-primary",
      "s3-bucket",
      "s3-sink",
      "source-cluster",
    ]);
    expect(ids(a, "failover")).toEqual([
      "consumers-standby",
      "producers-standby",
      "s3-bucket",
      "s3-restore",
      "s3-sink",
      "source-cluster",
      "target-cluster",
    ]);
  });

  it("draws Multi-AZ as three brokers in three AZs of one Region", () => {
    const a = arch({ primary: "us-east-1", secondary: "us-east-1", rpo: 0 });
    expect(a.option).toBe("multi-az");
    expect(a.failoverLabel).toBe("After an AZ loss");
    expect(a.groups.filter((g) => g.kind === "availability-zone").map((g) => g.parent)).toEqual([
      "primary",
      "primary",
      "primary",
    ]);
    expect(
      a.flows
        .filter((f) => inView(f.phase, "failover") && f.kind === "client")
        .every((f) => f.from === "broker-2" || f.to === "broker-2"),
    ).toBe(true);
  });

  it.each(OPTION_IDS)("gives a connected graph for %s in every topology, both views", (option) => {
    for (const topology of ["active-passive", "active-active"] as const)
      for (const accounts of ["same", "cross"] as const)
        for (const source of [
          "msk-provisioned",
          "self-managed",
          "on-premises",
          "other-cloud",
          "msk-serverless",
        ] as const) {
          const a = arch(
            { topology, accounts, source, secondary: source === "msk-serverless" ? "us-east-1" : "us-west-2" },
            option,
          );
          for (const view of VIEWS)
            expect(graphProblems(a, view), `${option} ${topology} ${accounts} ${source} ${view}`).toEqual([]);
        }
  });

  it("property: every valid answer set and every option gives a connected graph whose flows reference existing nodes, in both views", () => {
    fc.assert(
      fc.property(arbitraryAnswers, fc.constantFrom(...OPTION_IDS), (answers, option) => {
        const a = buildArchitecture(buildPlan(answers), option);
        for (const view of VIEWS) expect(graphProblems(a, view)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
