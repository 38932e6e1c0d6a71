import AxeBuilder from "@axe-core/playwright";
import type { Locator, Page } from "@playwright/test";
import { unzipSync, strFromU8 } from "fflate";
import { readFileSync } from "node:fs";
import { expect, test } from "./fixtures";

/** The deliverables panel on the result page: tabs, files, copy and download. */
class DeliverablesPanel {
  constructor(readonly page: Page) {}
  async goto(query: string) {
    await this.page.goto(`/result?${query}`);
    // The panel loads as it comes near the viewport, as when someone scrolls to it.
    await this.page.getByRole("heading", { level: 2, name: "Code and runbook" }).scrollIntoViewIfNeeded();
    await expect(this.tablist).toBeVisible({ timeout: 30_000 });
  }
  get tablist(): Locator {
    return this.page.getByRole("tablist", { name: "Generated code and runbook" });
  }
  tab(name: string): Locator {
    return this.tablist.getByRole("tab", { name });
  }
  get panel(): Locator {
    return this.page.getByRole("tabpanel");
  }
  file(path: string): Locator {
    return this.page.getByRole("region", { name: `${path} contents` });
  }
}

/** Parses the SVG as the browser would and draws it as an image: the root element, parser errors, and whether it drew. */
async function drawSvg(page: Page, svg: string): Promise<{ root: string; errors: number; drawn: boolean }> {
  return page.evaluate(async (text) => {
    const doc = new DOMParser().parseFromString(text, "image/svg+xml");
    const url = URL.createObjectURL(new Blob([text], { type: "image/svg+xml" }));
    try {
      const img = new Image();
      const drawn = await new Promise<boolean>((resolve) => {
        img.onload = () => resolve(img.naturalWidth > 0 && img.naturalHeight > 0);
        img.onerror = () => resolve(false);
        img.src = url;
      });
      return { root: doc.documentElement.localName, errors: doc.getElementsByTagName("parsererror").length, drawn };
    } finally {
      URL.revokeObjectURL(url);
    }
  }, svg);
}

/** The drill kit's files, as the zip holds them under drill/. */
const DRILL_KIT = [
  "00-preflight.sh",
  "10-setup.sh",
  "20-replication-lag.sh",
  "30-failover.sh",
  "40-failback.sh",
  "90-cleanup.sh",
  "README.md",
  "drill.env",
  "drill.json",
  "lib.sh",
  "parity-check.sh",
  "run-drill.sh",
  "source.properties",
  "target.properties",
];

const DR =
  "v=1&goal=dr&source=msk-provisioned&target=msk-provisioned&accounts=same&auth=iam&topology=active-passive&naming=identical&offsets=yes&iac=terraform&name=orders-dr";
const CROSS_ACCOUNT = "v=1&goal=dr&accounts=cross&iac=cloudformation&name=shared-dr";

test.describe("IaC deliverables", () => {
  test.slow();

  test("the tabs show Terraform and CloudFormation, with the keyboard too", async ({ page }) => {
    const panel = new DeliverablesPanel(page);
    await panel.goto(DR);
    await expect(panel.tab("Terraform")).toHaveAttribute("aria-selected", "true");
    // Across Regions the Terraform is one root per Region: the standby's holds the forward replicator.
    await expect(panel.file("standby/main.tf")).toContainText('resource "aws_msk_replicator" "forward"');
    await expect(panel.file("standby/versions.tf")).toContainText(">= 6.64.0, < 7.0.0");
    await expect(panel.file("primary/main.tf")).toContainText('resource "aws_msk_cluster_policy" "source"');
    await expect(panel.file("primary/main.tf")).not.toContainText('aws_msk_replicator" "forward');
    // Highlighting arrives lazily.
    await expect(panel.file("standby/main.tf").locator("[data-highlighted]")).toBeVisible({ timeout: 20_000 });

    await panel.tab("Terraform").focus();
    await page.keyboard.press("ArrowRight");
    await expect(panel.tab("CloudFormation")).toBeFocused();
    await expect(panel.tab("CloudFormation")).toHaveAttribute("aria-selected", "true");
    await expect(panel.file("template.yaml")).toContainText("AWS::MSK::Replicator");
    await page.keyboard.press("End");
    await expect(panel.tab("Drill kit")).toHaveAttribute("aria-selected", "true");
    await page.keyboard.press("ArrowLeft");
    await expect(panel.tab("Runbook")).toHaveAttribute("aria-selected", "true");
    await expect(panel.file("RUNBOOK.md")).toBeVisible();
    // The runbook's own headings, as the Markdown shows them.
    for (const heading of [
      "# Runbook: failover and failback for orders-dr",
      "## Pre-checks: is replication healthy?",
      "## Planned failover",
      "## Unplanned failover",
      "## Failback",
    ]) {
      await expect(panel.file("RUNBOOK.md").getByText(heading, { exact: true })).toBeVisible();
    }
    await page.keyboard.press("Home");
    await expect(panel.tab("Terraform")).toHaveAttribute("aria-selected", "true");
  });

  test("the drill kit tab shows the plan's kit, and the zip carries it beside the code", async ({ page }) => {
    const panel = new DeliverablesPanel(page);
    await panel.goto(DR);
    await panel.tab("Drill kit").click();
    await expect(panel.panel).toContainText("without touching your applications");
    await expect(panel.file("drill/README.md")).toContainText("# Drill kit: orders-dr (Amazon MSK Replicator)");
    await expect(panel.file("drill/README.md")).toContainText("Stopping it safely");
    await expect(panel.file("drill/drill.env")).toContainText("CANARY_TOPIC='orders-dr-drill-canary'");
    await expect(panel.file("drill/30-failover.sh")).toContainText("resume the canary group on the standby");
    const axe = await new AxeBuilder({ page }).include('[role="tabpanel"]').analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    const [single] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download drill/run-drill.sh" }).click(),
    ]);
    expect(single.suggestedFilename()).toBe("run-drill.sh");

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: /Download all \(Terraform, \.zip\)/ }).click(),
    ]);
    const files = unzipSync(new Uint8Array(readFileSync((await download.path())!)));
    for (const f of DRILL_KIT) expect(Object.keys(files)).toContain(`orders-dr-terraform/drill/${f}`);
    const text = (f: string) => strFromU8(files[`orders-dr-terraform/${f}`]!);
    expect(text("drill/drill.json")).toContain('"name": "orders-dr"');
    expect(text("drill/run-drill.sh")).toMatch(/^#!\/bin\/sh\n/);
    expect(text("RUNBOOK.md")).toContain("aws ssm put-parameter --name /orders-dr/kafka/bootstrap-brokers");

    // S3 backup has no standby that takes over: no drill kit.
    await panel.goto("v=1&goal=compliance&rpo=900&rto=2880&offsets=no&name=audit-archive");
    await expect(page.getByLabel("Generate for")).toHaveValue("s3-backup");
    await expect(panel.tab("Runbook")).toBeVisible();
    await expect(panel.tab("Drill kit")).toHaveCount(0);
  });

  test("another option and a created target cluster regenerate the code", async ({ page }) => {
    const panel = new DeliverablesPanel(page);
    await panel.goto(DR);
    await page.getByLabel("Generate for").selectOption("mirrormaker2");
    await expect(panel.tab("MirrorMaker 2 properties")).toBeVisible();
    await expect(panel.file("standby/main.tf")).toContainText('resource "aws_ecs_service" "mm2"');
    await page.getByLabel(/Create the target cluster/).check();
    await expect(panel.file("standby/main.tf")).toContainText('resource "aws_msk_cluster" "target"');
    await panel.tab("MirrorMaker 2 properties").click();
    await expect(panel.file("mirrormaker2.properties")).toContainText("replication.factor = 3");
  });

  test("copy puts the file on the clipboard and says so", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    const panel = new DeliverablesPanel(page);
    await panel.goto(DR);
    const copy = page.getByRole("button", { name: "Copy standby/variables.tf" });
    await copy.click();
    await expect(page.getByRole("button", { name: "Copied: Copy standby/variables.tf" })).toHaveText("Copied");
    const text = await page.evaluate(() => navigator.clipboard.readText());
    expect(text).toContain('variable "source_cluster_arn"');

    await page.getByRole("button", { name: "Copy decision record as Markdown" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Copied decision record as Markdown" })).toBeAttached();
    const record = await page.evaluate(() => navigator.clipboard.readText());
    expect(record).toMatch(/^# ADR: Kafka replication for orders-dr — Amazon MSK Replicator\n/);
    expect(record).toContain("We will use **Amazon MSK Replicator**");
    expect(record).toMatch(/\| Amazon MSK Replicator \| \d+\/100 \| recommended \|/);
    expect(record).toContain("name=orders-dr");
    // On the clipboard there is no file beside it: no link to one.
    expect(record).not.toContain("architecture.svg");
  });

  test("download all gives a zip of the chosen format with the README, runbook and decision record", async ({
    page,
  }) => {
    const panel = new DeliverablesPanel(page);
    await panel.goto(CROSS_ACCOUNT);
    // The permalink asks for CloudFormation: the first tab shown and the zip follow it.
    await expect(panel.tab("CloudFormation")).toHaveAttribute("aria-selected", "true");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: /Download all \(CloudFormation, \.zip\)/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("shared-dr-cloudformation.zip");
    await expect(
      page.getByRole("status").filter({
        hasText: `Downloaded shared-dr-cloudformation.zip with ${7 + DRILL_KIT.length} files, the diagram included and the drill kit in drill/.`,
      }),
    ).toBeAttached();
    const files = unzipSync(new Uint8Array(readFileSync((await download.path())!)));
    expect(Object.keys(files).sort()).toEqual(
      [
        ...[
          "DECISION-RECORD.md",
          "README.md",
          "RUNBOOK.md",
          "architecture.svg",
          "mirrormaker2.properties",
          "source-region.yaml",
          "template.yaml",
        ],
        ...DRILL_KIT.map((f) => `drill/${f}`),
      ]
        .map((f) => `shared-dr-cloudformation/${f}`)
        .sort(),
    );
    const text = (f: string) => strFromU8(files[`shared-dr-cloudformation/${f}`]!);
    expect(text("template.yaml")).toContain("AWS::ECS::Service");
    expect(text("RUNBOOK.md")).toMatch(/^# Runbook: failover and failback for shared-dr\n/);
    expect(text("README.md")).toContain("- `architecture.svg`: ");

    // The record is this permalink's plan, and shows the diagram by a relative path (GitHub does not show data: images).
    const record = text("DECISION-RECORD.md");
    expect(record).toMatch(/^# ADR: Kafka replication for shared-dr — Apache Kafka MirrorMaker 2\n/);
    expect(record).toContain("We will use **Apache Kafka MirrorMaker 2**");
    expect(record).toMatch(/\| Apache Kafka MirrorMaker 2 \| \d+\/100 \| recommended \|/);
    expect(record).toContain("accounts=cross");
    expect(record).toContain("](architecture.svg)");
    expect(record).not.toContain("data:image");
    expect(record).not.toContain("Diagram missing");

    // The diagram: an SVG document of this option that a browser parses and draws.
    const svg = text("architecture.svg");
    expect(svg).toMatch(/^(<\?xml[^>]*>\s*)?<svg /);
    for (const label of [
      "Apache Kafka MirrorMaker 2: us-east-1 → us-west-2",
      "Source account",
      "Target account",
      "MirrorSourceConnector",
      "Target cluster",
    ])
      expect(svg).toContain(label);
    expect(await drawSvg(page, svg)).toEqual({ root: "svg", errors: 0, drawn: true });

    const [single] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download template.yaml" }).click(),
    ]);
    expect(single.suggestedFilename()).toBe("template.yaml");
  });

  test("the zip's diagram and record are of the option whose code is downloaded, whatever the diagram on the page shows", async ({
    page,
  }) => {
    const panel = new DeliverablesPanel(page);
    await panel.goto(DR);
    await page.getByLabel("Generate for").selectOption("mirrormaker2");
    await expect(panel.file("standby/main.tf")).toContainText('resource "aws_ecs_service" "mm2"');
    // The page's diagram still draws the recommendation.
    await expect(page.getByLabel("Option drawn")).toHaveValue("msk-replicator");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: /Download all \(Terraform, \.zip\)/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("orders-dr-terraform.zip");
    const files = unzipSync(new Uint8Array(readFileSync((await download.path())!)));
    const text = (f: string) => strFromU8(files[`orders-dr-terraform/${f}`]!);
    expect(text("standby/main.tf")).toContain('resource "aws_ecs_service" "mm2"');
    expect(text("standby/mirrormaker2.properties")).toContain("replication.factor = 3");
    expect(text("primary/main.tf")).toContain('resource "aws_ssm_parameter" "active_side_primary_region"');
    expect(text("DECISION-RECORD.md")).toMatch(
      /^# ADR: Kafka replication for orders-dr — Apache Kafka MirrorMaker 2\n/,
    );
    expect(text("DECISION-RECORD.md")).toContain(
      "The advisor recommended Amazon MSK Replicator; this record chooses MirrorMaker 2 instead.",
    );
    expect(text("DECISION-RECORD.md")).toContain(
      "![Architecture: Apache Kafka MirrorMaker 2: us-east-1 → us-west-2](architecture.svg)",
    );
    const svg = text("architecture.svg");
    expect(svg).toContain(
      '<title id="diagram-title">Architecture: Apache Kafka MirrorMaker 2: us-east-1 → us-west-2</title>',
    );
    expect(svg).toContain("MirrorSourceConnector");
    expect(svg).not.toContain("MSK Replicator");
    expect(await drawSvg(page, svg)).toEqual({ root: "svg", errors: 0, drawn: true });
  });

  for (const scheme of ["light", "dark"] as const) {
    test(`is accessible (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      const panel = new DeliverablesPanel(page);
      await panel.goto(DR);
      await expect(page.locator("html")).toHaveClass(scheme === "dark" ? /dark/ : /^(?!.*dark)/);
      await expect(panel.file("standby/main.tf").locator("[data-highlighted]")).toBeVisible({ timeout: 20_000 });
      const results = await new AxeBuilder({ page }).include('[role="tablist"]').include('[role="tabpanel"]').analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual(
        [],
      );
    });
  }
});
