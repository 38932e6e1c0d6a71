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

const DR = "v=1&goal=dr&source=msk-provisioned&target=msk-provisioned&accounts=same&auth=iam&topology=active-passive&naming=identical&offsets=yes&iac=terraform&name=orders-dr";
const CROSS_ACCOUNT = "v=1&goal=dr&accounts=cross&iac=cloudformation&name=shared-dr";

test.describe("IaC deliverables", () => {
  test.slow();

  test("the tabs show Terraform and CloudFormation, with the keyboard too", async ({ page }) => {
    const panel = new DeliverablesPanel(page);
    await panel.goto(DR);
    await expect(panel.tab("Terraform")).toHaveAttribute("aria-selected", "true");
    await expect(panel.file("main.tf")).toContainText('resource "aws_msk_replicator" "forward"');
    await expect(panel.file("versions.tf")).toContainText(">= 6.64.0, < 7.0.0");
    // Highlighting arrives lazily.
    await expect(panel.file("main.tf").locator("[data-highlighted]")).toBeVisible({ timeout: 20_000 });

    await panel.tab("Terraform").focus();
    await page.keyboard.press("ArrowRight");
    await expect(panel.tab("CloudFormation")).toBeFocused();
    await expect(panel.tab("CloudFormation")).toHaveAttribute("aria-selected", "true");
    await expect(panel.file("template.yaml")).toContainText("AWS::MSK::Replicator");
    await page.keyboard.press("End");
    await expect(panel.tab("Runbook")).toHaveAttribute("aria-selected", "true");
    await expect(panel.file("RUNBOOK.md")).toBeVisible();
    await page.keyboard.press("Home");
    await expect(panel.tab("Terraform")).toHaveAttribute("aria-selected", "true");
  });

  test("another option and a created target cluster regenerate the code", async ({ page }) => {
    const panel = new DeliverablesPanel(page);
    await panel.goto(DR);
    await page.getByLabel("Generate for").selectOption("mirrormaker2");
    await expect(panel.tab("MirrorMaker 2 properties")).toBeVisible();
    await expect(panel.file("main.tf")).toContainText('resource "aws_ecs_service" "mm2"');
    await page.getByLabel(/Create the target cluster/).check();
    await expect(panel.file("main.tf")).toContainText('resource "aws_msk_cluster" "target"');
    await panel.tab("MirrorMaker 2 properties").click();
    await expect(panel.file("mirrormaker2.properties")).toContainText("replication.factor = 3");
  });

  test("copy puts the file on the clipboard and says so", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    const panel = new DeliverablesPanel(page);
    await panel.goto(DR);
    const copy = page.getByRole("button", { name: "Copy variables.tf" });
    await copy.click();
    await expect(page.getByRole("button", { name: "Copied: Copy variables.tf" })).toHaveText("Copied");
    const text = await page.evaluate(() => navigator.clipboard.readText());
    expect(text).toContain('variable "source_cluster_arn"');

    await page.getByRole("button", { name: "Copy decision record as Markdown" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Copied decision record as Markdown" })).toBeAttached();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^# /);
  });

  test("download all gives a zip of the chosen format with the README, runbook and decision record", async ({ page }) => {
    const panel = new DeliverablesPanel(page);
    await panel.goto(CROSS_ACCOUNT);
    // The permalink asks for CloudFormation: the first tab shown and the zip follow it.
    await expect(panel.tab("CloudFormation")).toHaveAttribute("aria-selected", "true");
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: /Download all \(CloudFormation, \.zip\)/ }).click()]);
    expect(download.suggestedFilename()).toBe("shared-dr-cloudformation.zip");
    const files = unzipSync(new Uint8Array(readFileSync((await download.path())!)));
    expect(Object.keys(files).sort()).toEqual(
      ["DECISION-RECORD.md", "README.md", "RUNBOOK.md", "mirrormaker2.properties", "template.yaml"].map((f) => `shared-dr-cloudformation/${f}`),
    );
    expect(strFromU8(files["shared-dr-cloudformation/template.yaml"]!)).toContain("AWS::ECS::Service");

    const [single] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download template.yaml" }).click()]);
    expect(single.suggestedFilename()).toBe("template.yaml");
  });

  for (const scheme of ["light", "dark"] as const) {
    test(`is accessible (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      const panel = new DeliverablesPanel(page);
      await panel.goto(DR);
      await expect(page.locator("html")).toHaveClass(scheme === "dark" ? /dark/ : /^(?!.*dark)/);
      await expect(panel.file("main.tf").locator("[data-highlighted]")).toBeVisible({ timeout: 20_000 });
      const results = await new AxeBuilder({ page }).include('[role="tablist"]').include('[role="tabpanel"]').analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    });
  }
});
