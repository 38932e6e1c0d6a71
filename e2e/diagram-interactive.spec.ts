import { readFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import { decodePermalink } from "@/lib/answers/permalink";
import { buildArchitecture } from "@/lib/architecture";
import {
  anchor,
  edgeColour,
  edgeGeometry,
  layoutArchitecture,
  legendEntries,
  pathPoints,
  type DiagramView,
} from "@/lib/diagram";
import { buildPlan } from "@/lib/scoring";
import { expect, test } from "./fixtures";
import { DiagramPage } from "./pages/diagram-page";

/** What the diagram core says the page draws for a query's recommendation in a view: edge paths and colours, and the legend. */
function expectedDrawing(query: string, view: DiagramView) {
  const arch = buildArchitecture(buildPlan(decodePermalink(query).answers));
  const layout = layoutArchitecture(arch, view);
  const at = new Map(layout.nodes.map((l) => [l.id, l]));
  const hosts = new Set(layout.nodes.flatMap((l) => (l.host ? [l.host] : [])));
  const edges = layout.flows
    .filter((f) => f.drawn)
    .map((f) => {
      const s = anchor(at.get(f.flow.from)!, f.sourceSide, hosts.has(f.flow.from));
      const t = anchor(at.get(f.flow.to)!, f.targetSide, hosts.has(f.flow.to));
      return { id: f.id, path: edgeGeometry(s, f.sourceSide, t, f.targetSide).path, kind: f.flow.kind };
    });
  return { edges, legend: legendEntries(arch, layout) };
}

test.describe("architecture diagram", () => {
  test("draws MSK Replicator between the two Regions by default", async ({ page }) => {
    const d = new DiagramPage(page);
    await d.open("v=1");
    await expect(d.node("MSK Replicator")).toBeVisible();
    await expect(d.node("MSK Replicator")).toHaveAccessibleName(/kafka-dr-forward.*in US West \(Oregon\) · us-west-2/);
    await expect(d.node("Source cluster")).toBeVisible();
    await expect(d.node("Target cluster")).toBeVisible();
    await expect(d.area("US East (N. Virginia) · us-east-1")).toBeVisible();
    await expect(d.area("US West (Oregon) · us-west-2")).toBeVisible();
    // Labelled edges: what the replication carries.
    await expect(d.canvas.getByText("data · topic configs · ACLs · offsets (identical names)")).toBeVisible();
    await expect(d.optionSelect).toHaveValue("msk-replicator");
  });

  test("draws MirrorMaker 2 with its three connectors across accounts", async ({ page }) => {
    const d = new DiagramPage(page);
    await d.open("accounts=cross");
    await expect(d.node("MirrorMaker 2")).toBeVisible();
    for (const c of ["MirrorSourceConnector", "MirrorCheckpointConnector", "MirrorHeartbeatConnector"])
      await expect(d.node(c)).toBeVisible();
    await expect(d.area("Source account")).toBeVisible();
    await expect(d.area("Target account")).toBeVisible();
  });

  test("draws the S3 backup bucket, and the restore after a restore", async ({ page }) => {
    const d = new DiagramPage(page);
    await d.open("goal=compliance&offsets=no&rto=1440");
    await expect(d.node("Backup bucket")).toBeVisible();
    await expect(d.node("S3 restore connector")).toHaveCount(0);
    await d.toggle("After a restore").click();
    await expect(d.toggle("After a restore")).toHaveAttribute("aria-pressed", "true");
    await expect(d.node("S3 restore connector")).toBeVisible();
    await expect(d.node("Target cluster")).toBeVisible();
  });

  test("draws Multi-AZ as three brokers in three Availability Zones", async ({ page }) => {
    const d = new DiagramPage(page);
    await d.open("primary=us-east-1&secondary=us-east-1&rpo=0");
    for (const az of [1, 2, 3]) {
      await expect(d.area(`Availability Zone ${az}`)).toBeVisible();
      await expect(d.node(`Broker ${az}`)).toBeVisible();
    }
    await expect(d.toggle("After an AZ loss")).toBeVisible();
  });

  test("the failover toggle shows the failback replicator and the standby's clients", async ({ page }) => {
    const d = new DiagramPage(page);
    await d.open("v=1");
    const toggle = d.toggle("After failover");
    await expect(toggle).toHaveAttribute("aria-pressed", "false");
    await expect(d.node("Failback replicator")).toHaveCount(0);
    await expect(d.node("Producers")).toHaveAccessibleName(/Primary/);
    await toggle.click();
    await expect(toggle).toHaveAttribute("aria-pressed", "true");
    await expect(d.node("Failback replicator")).toBeVisible();
    await expect(d.node("Producers")).toHaveAccessibleName(/Standby, after failover/);
    await toggle.click();
    await expect(d.node("Failback replicator")).toHaveCount(0);
  });

  test("the option selector draws any option and marks the ruled-out ones", async ({ page }) => {
    const d = new DiagramPage(page);
    await d.open("v=1");
    await expect(d.optionSelect.locator("option", { hasText: "(ruled out)" })).not.toHaveCount(0);
    await d.optionSelect.selectOption("mirrormaker2");
    await expect(d.node("MirrorMaker 2")).toBeVisible();
    await expect(d.node("MSK Replicator")).toHaveCount(0);
    await d.optionSelect.selectOption("s3-backup");
    await expect(d.root.getByText("Ruled out for your answers:")).toBeVisible();
    await expect(d.node("Backup bucket")).toBeVisible();
  });

  test("a click opens the node's panel; Escape closes it and focus returns to the node", async ({ page }) => {
    const d = new DiagramPage(page);
    await d.open("v=1");
    await d.node("MSK Replicator").click();
    const panel = d.panel("MSK Replicator");
    await expect(panel).toBeVisible();
    await expect(panel.getByRole("heading", { name: "MSK Replicator" })).toBeFocused();
    await expect(panel.getByText("Serverless replication from the source to the target cluster")).toBeVisible();
    await expect(panel.getByText("aws_msk_replicator.forward")).toBeVisible();
    await expect(panel.getByText("ForwardReplicator")).toBeVisible();
    await expect(panel.getByText("PREFIXED_WITH_SOURCE_CLUSTER_ALIAS").or(panel.getByText("IDENTICAL"))).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(panel).toHaveCount(0);
    await expect(d.node("MSK Replicator")).toBeFocused();
  });

  test("the keyboard reaches a node and opens its panel with Enter; the close button closes it", async ({ page }) => {
    const d = new DiagramPage(page);
    await d.open("v=1");
    await d.node("Source cluster").focus();
    await page.keyboard.press("Enter");
    const panel = d.panel("Source cluster");
    await expect(panel).toBeVisible();
    await expect(panel.getByText("var.source_cluster_arn")).toBeVisible();
    await panel.getByRole("button", { name: "Close details of Source cluster" }).click();
    await expect(panel).toHaveCount(0);
    await expect(d.node("Source cluster")).toBeFocused();
    // Space works too, and Tab moves from node to node.
    await page.keyboard.press("Tab");
    await expect(page.locator(":focus")).toHaveAttribute("aria-roledescription", "node");
    await page.keyboard.press(" ");
    await expect(d.root.getByRole("region").filter({ has: page.getByRole("heading", { level: 3 }) })).toBeVisible();
  });

  test("downloads the diagram as PNG and SVG", async ({ page }) => {
    // html-to-image inlines every computed style: slow on two busy cores.
    test.setTimeout(150_000);
    const d = new DiagramPage(page);
    await d.open("v=1");
    const [png] = await Promise.all([page.waitForEvent("download"), d.pngButton.click()]);
    expect(png.suggestedFilename()).toBe("kafka-dr-msk-replicator-architecture.png");
    const pngBytes = await readFile((await png.path())!);
    expect(pngBytes.length).toBeGreaterThan(10_000);
    expect([...pngBytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

    const [svg] = await Promise.all([page.waitForEvent("download"), d.svgButton.click()]);
    expect(svg.suggestedFilename()).toBe("kafka-dr-msk-replicator-architecture.svg");
    const svgText = await readFile((await svg.path())!, "utf8");
    expect(svgText.startsWith("<svg")).toBe(true);
    expect(svgText).toContain("MSK Replicator");
    expect(svgText.length).toBeGreaterThan(10_000);
  });

  // React Flow places each end on a 1-pixel handle it measures in the page; the SVG document puts it
  // on the card's side. Both draw the diagram core's path between the ends: within a pixel.
  for (const [query, toggle] of [
    ["v=1", "After failover"],
    ["accounts=cross", "After failover"],
    ["primary=eu-west-1&secondary=eu-west-1&rpo=0&rto=5", "After an AZ loss"],
  ] as const) {
    test(`draws the diagram core's edges and legend, as the SVG document does: ${query}`, async ({ page }) => {
      const d = new DiagramPage(page);
      await d.open(query);
      for (const view of ["steady", "failover"] as const) {
        if (view === "failover") await d.toggle(toggle).click();
        const expected = expectedDrawing(query, view);
        await expect(d.canvas.locator(".react-flow__edge")).toHaveCount(expected.edges.length);
        const shown = await d.canvas.locator(".react-flow__edge").evaluateAll((els) =>
          els.map((el) => {
            const path = el.querySelector<SVGPathElement>(".react-flow__edge-path")!;
            return { id: el.getAttribute("data-id"), d: path.getAttribute("d") ?? "", stroke: path.style.stroke };
          }),
        );
        for (const e of expected.edges) {
          const on = shown.find((x) => x.id === e.id);
          expect(on, e.id).toBeDefined();
          const want = pathPoints(e.path);
          const got = pathPoints(on!.d);
          expect(got.length, e.id).toBe(want.length);
          got.forEach((p, i) => {
            expect(Math.abs(p.x - want[i]!.x), `${e.id} point ${i}`).toBeLessThanOrEqual(1);
            expect(Math.abs(p.y - want[i]!.y), `${e.id} point ${i}`).toBeLessThanOrEqual(1);
          });
          const rgb = edgeColour(e.kind, "light")
            .match(/[0-9a-f]{2}/g)!
            .map((h) => parseInt(h, 16));
          expect(on!.stroke, e.id).toBe(`rgb(${rgb.join(", ")})`);
        }
        await expect(d.root.getByRole("list", { name: "Legend" }).getByRole("listitem")).toHaveText(
          expected.legend.map((entry) => entry.words),
        );
      }
    });
  }

  test("gives the components and flows as tables", async ({ page }) => {
    const d = new DiagramPage(page);
    await d.open("v=1");
    await d.root.getByText("Components and flows as a table").click();
    const components = d.root.getByRole("table", { name: "Components" });
    await expect(components.getByRole("rowheader", { name: /MSK Replicator/ })).toBeVisible();
    await expect(components.getByRole("row", { name: /Failback replicator.*After failover only/ })).toBeVisible();
    const flows = d.root.getByRole("table", { name: "Flows" });
    await expect(
      flows.getByRole("row", { name: /MSK Replicator Target cluster data, topic configs, ACLs, consumer offsets/ }),
    ).toBeVisible();
  });

  for (const scheme of ["light", "dark"] as const) {
    test(`has no axe violations in the diagram, ${scheme}`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.emulateMedia({ colorScheme: scheme });
      const d = new DiagramPage(page);
      await d.open("accounts=cross");
      await d.root.getByText("Components and flows as a table").click();
      // The service frames its connectors: click its header.
      await d.node("MirrorMaker 2").click({ position: { x: 60, y: 20 } });
      const results = await new AxeBuilder({ page }).include('[data-testid="architecture-diagram"]').analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual(
        [],
      );
    });
  }
});

test.describe("architecture diagram on a phone @phone", () => {
  test("fits the whole graph in the canvas, and a tap opens a panel", async ({ page, isMobile }) => {
    test.skip(!isMobile, "phone only");
    const d = new DiagramPage(page);
    await d.open("v=1");
    const canvas = (await d.canvas.boundingBox())!;
    for (const node of await d.canvas.locator(".react-flow__node").all()) {
      const box = (await node.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(canvas.x - 1);
      expect(box.x + box.width).toBeLessThanOrEqual(canvas.x + canvas.width + 1);
    }
    await expect(d.root.locator(".react-flow__minimap")).toHaveCount(0);
    await d.node("Target cluster").tap();
    await expect(d.panel("Target cluster")).toBeVisible();
  });
});
