import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_ANSWERS, type Answers } from "@/lib/answers";
import { arbitraryAnswers } from "@/test/helpers/answers";
import { OPTION_IDS, type OptionId } from "@/lib/knowledge";
import { buildPlan } from "@/lib/scoring";
import { buildArchitecture } from "@/lib/architecture";
import {
  NODE_HEIGHT,
  NODE_WIDTH,
  contains,
  inView,
  layoutArchitecture,
  overlaps,
  type DiagramLayout,
  type DiagramView,
} from "./layout";
import type { Architecture } from "@/lib/architecture";

const VIEWS: DiagramView[] = ["steady", "failover"];

function arch(overrides: Partial<Answers>, option?: OptionId): Architecture {
  return buildArchitecture(buildPlan({ ...DEFAULT_ANSWERS, ...overrides }), option);
}

/** Every geometric rule of the layout; an empty list when it holds. */
function layoutProblems(a: Architecture, l: DiagramLayout): string[] {
  const problems: string[] = [];
  const groups = new Map(l.groups.map((g) => [g.id, g]));
  const nodes = new Map(l.nodes.map((n) => [n.id, n]));
  // Exactly the nodes and flows of the view.
  const expectedNodes = a.nodes
    .filter((n) => inView(n.phase, l.view))
    .map((n) => n.id)
    .sort();
  if (JSON.stringify([...nodes.keys()].sort()) !== JSON.stringify(expectedNodes))
    problems.push(`nodes ${[...nodes.keys()]} ≠ ${expectedNodes}`);
  const expectedFlows = a.flows
    .filter((f) => inView(f.phase, l.view))
    .map((f) => f.id)
    .sort();
  if (JSON.stringify(l.flows.map((f) => f.id).sort()) !== JSON.stringify(expectedFlows))
    problems.push("flows differ from the view's flows");
  if (l.groups.length !== a.groups.length) problems.push("a group is missing");
  for (const r of [...l.groups, ...l.nodes]) {
    if (![r.x, r.y, r.width, r.height].every(Number.isFinite)) problems.push(`${r.id} has a non-finite coordinate`);
    if (r.x < 0 || r.y < 0 || r.x + r.width > l.width + 0.001 || r.y + r.height > l.height + 0.001)
      problems.push(`${r.id} is outside the diagram`);
  }
  for (const n of l.nodes) {
    const g = groups.get(n.node.group);
    if (!g) problems.push(`${n.id} has no group box`);
    else if (!contains(g, n)) problems.push(`${n.id} is outside its group ${g.id}`);
    if (n.host) {
      const host = nodes.get(n.host);
      if (!host || !contains(host, n)) problems.push(`${n.id} is outside its host ${n.host}`);
    } else if (n.width !== NODE_WIDTH && n.node.kind !== "mm2-service")
      problems.push(`${n.id} is not of the fixed size`);
    if (!n.host && n.height < NODE_HEIGHT) problems.push(`${n.id} is too small`);
  }
  const list = [...l.nodes];
  for (let i = 0; i < list.length; i++)
    for (let j = i + 1; j < list.length; j++) {
      const p = list[i]!;
      const q = list[j]!;
      if (p.host === q.id || q.host === p.id) continue;
      if (overlaps(p, q)) problems.push(`nodes ${p.id} and ${q.id} overlap`);
    }
  for (const g of l.groups) {
    if (g.group.parent) {
      const parent = groups.get(g.group.parent);
      if (!parent || !contains(parent, g)) problems.push(`group ${g.id} is outside its parent`);
      else if (g.depth !== parent.depth + 1) problems.push(`group ${g.id} has the wrong depth`);
    }
    // A node never sits on a group box it does not belong to.
    for (const n of l.nodes) {
      let inside = false;
      for (let cur: string | undefined = n.node.group; cur; cur = groups.get(cur)?.group.parent)
        if (cur === g.id) inside = true;
      if (!inside && overlaps(g, n)) problems.push(`node ${n.id} overlaps foreign group ${g.id}`);
    }
  }
  const siblings = [...l.groups];
  for (let i = 0; i < siblings.length; i++)
    for (let j = i + 1; j < siblings.length; j++) {
      const p = siblings[i]!;
      const q = siblings[j]!;
      if (p.group.parent === q.group.parent && overlaps(p, q))
        problems.push(`sibling groups ${p.id} and ${q.id} overlap`);
    }
  // Parents come before their children, hosts before the nodes they hold.
  l.groups.forEach((g, i) => {
    if (g.group.parent && l.groups.findIndex((p) => p.id === g.group.parent) > i)
      problems.push(`group ${g.id} listed before its parent`);
  });
  l.nodes.forEach((n, i) => {
    if (n.host && l.nodes.findIndex((h) => h.id === n.host) > i) problems.push(`node ${n.id} listed before its host`);
  });
  return problems;
}

const at = (l: DiagramLayout, id: string) => {
  const n = l.nodes.find((x) => x.id === id);
  if (!n) throw new Error(`no node ${id}`);
  return n;
};
const mid = (r: { x: number; y: number; width: number; height: number }) => ({
  x: r.x + r.width / 2,
  y: r.y + r.height / 2,
});

describe("layoutArchitecture", () => {
  it("puts the primary on the left, the standby on the right, clients above and below their cluster", () => {
    const a = arch({ topology: "active-active" }, "msk-replicator");
    const l = layoutArchitecture(a, "steady");
    const [primary, standby] = [l.groups.find((g) => g.id === "primary")!, l.groups.find((g) => g.id === "standby")!];
    expect(primary.x + primary.width).toBeLessThan(standby.x);
    expect(mid(at(l, "producers-primary")).y).toBeLessThan(mid(at(l, "source-cluster")).y);
    expect(mid(at(l, "consumers-primary")).y).toBeGreaterThan(mid(at(l, "source-cluster")).y);
    expect(mid(at(l, "source-cluster")).y).toBe(mid(at(l, "target-cluster")).y);
    // Replicators sit between the two clusters.
    for (const r of ["replicator-forward", "replicator-reverse"]) {
      expect(mid(at(l, r)).x).toBeGreaterThan(mid(at(l, "source-cluster")).x);
      expect(mid(at(l, r)).x).toBeLessThan(mid(at(l, "target-cluster")).x);
    }
    expect(layoutProblems(a, l)).toEqual([]);
  });

  it("keeps every node in place when the view changes, and omits what the view does not show", () => {
    const a = arch({});
    const steady = layoutArchitecture(a, "steady");
    const failover = layoutArchitecture(a, "failover");
    expect(steady.nodes.map((n) => n.id)).not.toContain("replicator-reverse");
    expect(failover.nodes.map((n) => n.id)).toContain("replicator-reverse");
    expect(failover.nodes.map((n) => n.id)).not.toContain("producers-primary");
    expect(failover.flows.map((f) => f.id)).toContain("replicator-reverse->source-cluster");
    expect(steady.flows.map((f) => f.id)).not.toContain("replicator-reverse->source-cluster");
    expect(at(steady, "target-cluster")).toEqual(at(failover, "target-cluster"));
    expect(steady.groups).toEqual(failover.groups);
  });

  it("routes the replicator's read past the other side's replicator, not through it", () => {
    const l = layoutArchitecture(arch({}), "failover");
    const source = at(l, "source-cluster");
    const reverse = at(l, "replicator-reverse");
    const forward = at(l, "replicator-forward");
    // The straight band from the source cluster's centre to the forward replicator's misses the reverse replicator.
    const top = Math.min(mid(source).y, mid(forward).y);
    const bottom = Math.max(mid(source).y, mid(forward).y);
    expect(reverse.y > bottom || reverse.y + reverse.height < top).toBe(true);
  });

  it("draws MirrorMaker 2's connectors inside its service, and does not draw the 'runs' flows as edges", () => {
    const a = arch({ accounts: "cross" });
    expect(a.option).toBe("mirrormaker2");
    const l = layoutArchitecture(a, "steady");
    for (const c of ["mm2-source-connector", "mm2-checkpoint-connector", "mm2-heartbeat-connector"]) {
      expect(at(l, c).host).toBe("mm2-service");
      expect(contains(at(l, "mm2-service"), at(l, c))).toBe(true);
    }
    expect(
      l.flows
        .filter((f) => !f.drawn)
        .map((f) => f.id)
        .sort(),
    ).toEqual([
      "mm2-service->mm2-checkpoint-connector",
      "mm2-service->mm2-heartbeat-connector",
      "mm2-service->mm2-source-connector",
    ]);
    expect(l.groups.map((g) => g.id)).toEqual(["account-a", "primary", "account-b", "standby"]);
    expect(layoutProblems(a, l)).toEqual([]);
  });

  it("lays out three AZs side by side in one Region, and sends the in-sync flow from AZ 1 to AZ 3 around AZ 2", () => {
    const a = arch({ primary: "us-east-1", secondary: "us-east-1", rpo: 0 });
    const l = layoutArchitecture(a, "steady");
    const azs = l.groups.filter((g) => g.group.kind === "availability-zone");
    expect(azs).toHaveLength(3);
    expect(azs[0]!.x + azs[0]!.width).toBeLessThan(azs[1]!.x);
    expect(azs[1]!.x + azs[1]!.width).toBeLessThan(azs[2]!.x);
    const longFlow = l.flows.find((f) => f.id === "broker-1->broker-3")!;
    expect([longFlow.sourceSide, longFlow.targetSide]).toEqual(["bottom", "bottom"]);
    expect(l.flows.find((f) => f.id === "broker-1->broker-2")).toMatchObject({
      sourceSide: "right",
      targetSide: "left",
    });
    expect(layoutProblems(a, l)).toEqual([]);
  });

  it("is deterministic", () => {
    const a = arch({ source: "on-premises", goal: "migration", accounts: "cross" }, "msk-replicator");
    expect(layoutArchitecture(a, "failover")).toEqual(layoutArchitecture(a, "failover"));
  });

  it("finds an overlap when there is one (the checker is not vacuous)", () => {
    const a = arch({});
    const l = layoutArchitecture(a, "steady");
    const moved = {
      ...l,
      nodes: l.nodes.map((n) =>
        n.id === "target-cluster" ? { ...n, x: at(l, "source-cluster").x + 10, y: at(l, "source-cluster").y } : n,
      ),
    };
    expect(layoutProblems(a, moved).join("\n")).toMatch(/overlap|outside its group/);
  });

  it("property: for every valid answer set, option and view, nodes never overlap, sit inside their groups, and sibling groups are disjoint", () => {
    fc.assert(
      fc.property(
        arbitraryAnswers,
        fc.constantFrom(...OPTION_IDS),
        fc.constantFrom(...VIEWS),
        (answers, option, view) => {
          const a = buildArchitecture(buildPlan(answers), option);
          expect(layoutProblems(a, layoutArchitecture(a, view))).toEqual([]);
        },
      ),
      { numRuns: 400 },
    );
  });
});
