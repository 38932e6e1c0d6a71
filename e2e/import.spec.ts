import { readFileSync } from "node:fs";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { cutOffElements, expect, test } from "./fixtures";
import { WizardPage } from "./pages/wizard-page";

/** "Start from your clusters": paste or drop what a team has, see each answer's field, keep the form on bad input. */
const fixture = (name: string) => readFileSync(join(__dirname, "..", "lib", "import", "fixtures", name), "utf8");

async function openImport(page: Page) {
  const wizard = new WizardPage(page);
  await wizard.goto("/");
  await page.getByText("Start from your clusters").click();
  await expect(page.getByLabel("Source cluster, replicator or MirrorMaker 2 file")).toBeVisible();
  return wizard;
}

/** Drops files on an element the way a browser does: a drop event whose DataTransfer holds File objects. */
async function dropFiles(page: Page, selector: string, files: { name: string; text: string }[]) {
  const dataTransfer = await page.evaluateHandle((list) => {
    const dt = new DataTransfer();
    for (const f of list)
      dt.items.add(new File([f.text], f.name, { type: f.name.endsWith(".json") ? "application/json" : "text/plain" }));
    return dt;
  }, files);
  await page.dispatchEvent(selector, "dragover", { dataTransfer });
  await page.dispatchEvent(selector, "drop", { dataTransfer });
}

test.describe("import on the first step @phone", () => {
  test("paste a cluster pair: the answers are filled, each with its field, the rest marked as defaults", async ({
    page,
  }) => {
    const wizard = await openImport(page);
    await expect(page.getByText("Read in this browser: nothing is uploaded.")).toBeVisible();
    await page
      .getByLabel("Source cluster, replicator or MirrorMaker 2 file")
      .fill(fixture("cluster-provisioned-standard.json"));
    await page.getByLabel("Target cluster (optional)").fill(fixture("cluster-express.json"));
    await page.getByRole("button", { name: "Fill the answers" }).click();

    const status = page.getByRole("status").filter({ hasText: "Filled" });
    await expect(status).toContainText(/Filled \d+ answers from Source \(pasted\) and Target \(pasted\)/);
    await expect(status.getByRole("listitem").filter({ hasText: "Where must it go?" })).toContainText(
      "from Target (pasted): ClusterInfo.Provisioned.BrokerNodeGroupInfo.InstanceType = express.m7g.large",
    );
    await expect(status).toContainText("Kept at their defaults (not in the files)");
    await expect(status).toContainText("What is the replication for?");

    // The form shows them: step 1's answers, and the URL carries them all.
    await expect(
      wizard.group("Where must it go?").getByRole("radio", { name: "Amazon MSK Provisioned (Express brokers)" }),
    ).toBeChecked();
    await expect(
      wizard
        .group("Where does the data live now?")
        .getByRole("radio", { name: "Amazon MSK Provisioned (Standard brokers)" }),
    ).toBeChecked();
    await expect(page).toHaveURL(/target=msk-express/);
    await expect(page).toHaveURL(/secondary=us-west-2/);
    await expect(page).toHaveURL(/name=orders-prod/);

    // For people to look at (desktop 1440 px, phone 390 px); nothing cut off sideways either way.
    if (test.info().project.name === "phone") await page.setViewportSize({ width: 390, height: 844 });
    expect(await cutOffElements(page)).toEqual([]);
    await page.screenshot({ path: `screenshots/import-${test.info().project.name}.png`, fullPage: true, scale: "css" });
    await page
      .locator("details")
      .screenshot({ path: `screenshots/import-panel-${test.info().project.name}.png`, scale: "css" });
  });

  test("drop a MirrorMaker 2 file: naming, topology and Regions filled from its lines", async ({ page }) => {
    const wizard = await openImport(page);
    await dropFiles(page, "details", [
      { name: "mm2.properties", text: fixture("mm2-active-active-identity.properties") },
    ]);
    await expect(page.getByText("From mm2.properties")).toBeVisible();
    await page.getByRole("button", { name: "Fill the answers" }).click();
    const status = page.getByRole("status").filter({ hasText: "Filled" });
    await expect(status).toContainText("from mm2.properties");
    await expect(status.getByRole("listitem").filter({ hasText: "One-way or both ways?" })).toContainText(
      "east->west.enabled: true".replace(": ", " = "),
    );
    await expect(page).toHaveURL(/topology=active-active/);
    await expect(page).toHaveURL(/naming=identical/);
    await expect(page).toHaveURL(/primary=us-east-1/);
    await wizard.next.click();
    await wizard.expectStep("Accounts and security");
    await expect(
      wizard.group("How do clients authenticate to the clusters?").getByRole("radio", { name: "IAM access control" }),
    ).toBeChecked();
  });

  test("drop two files on the panel: the first is the source, the second the target", async ({ page }) => {
    await openImport(page);
    await dropFiles(page, "details", [
      { name: "scram.json", text: fixture("cluster-scram.json") },
      { name: "serverless.json", text: fixture("cluster-serverless.json") },
    ]);
    await expect(page.getByText("From scram.json")).toBeVisible();
    await expect(page.getByText("From serverless.json")).toBeVisible();
    await page.getByRole("button", { name: "Fill the answers" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Filled" })).toContainText(
      "from serverless.json: ClusterInfo.ClusterType = SERVERLESS",
    );
    await expect(page).toHaveURL(/accounts=cross/);
    await expect(page).toHaveURL(/target=msk-serverless/);
  });

  test("drop a file on the target box: it becomes the target, the pasted source stays", async ({ page }) => {
    await openImport(page);
    await page
      .getByLabel("Source cluster, replicator or MirrorMaker 2 file")
      .fill(fixture("cluster-provisioned-standard.json"));
    const targetBox = page.getByLabel("Target cluster (optional)");
    await targetBox.evaluate((el) => el.setAttribute("data-drop-target", ""));
    await dropFiles(page, "[data-drop-target]", [{ name: "dr.json", text: fixture("cluster-express.json") }]);
    await expect(page.getByText("From dr.json")).toBeVisible();
    await expect(targetBox).toHaveValue(/express\.m7g\.large/);
    await page.getByRole("button", { name: "Fill the answers" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Filled" })).toContainText(
      "from Source (pasted) and dr.json",
    );
    await expect(page).toHaveURL(/target=msk-express/);
  });

  test("input it cannot use: a message naming what was wrong, and the form keeps what it had", async ({ page }) => {
    const wizard = await openImport(page);
    await wizard.choose("What is the replication for?", "Migration");
    await expect(page).toHaveURL(/goal=migration/);
    const before = page.url();

    await page
      .getByLabel("Source cluster, replicator or MirrorMaker 2 file")
      .fill('{"ClusterInfo": {"ClusterType": "BIG"}}');
    await page.getByRole("button", { name: "Fill the answers" }).click();
    const alert = page.getByRole("alert").filter({ hasText: "Nothing was filled in" });
    await expect(alert).toContainText("your answers are as they were");
    await expect(alert).toContainText("ClusterInfo.ClusterType");

    // Contradictory files are named too.
    await page.getByLabel("Source cluster, replicator or MirrorMaker 2 file").fill(fixture("replicator.json"));
    await page.getByLabel("Target cluster (optional)").fill(fixture("mm2-custom-policy.properties"));
    await page.getByRole("button", { name: "Fill the answers" }).click();
    await expect(alert).toContainText(/Contradictory secondary: "us-west-2" from Source \(pasted\)/);

    expect(page.url()).toBe(before);
    await expect(wizard.group("What is the replication for?").getByRole("radio", { name: "Migration" })).toBeChecked();
  });

  for (const scheme of ["light", "dark"] as const) {
    test(`axe finds nothing on the first step with the panel open and filled (${scheme})`, async ({ page }) => {
      test.slow();
      await page.emulateMedia({ colorScheme: scheme });
      await openImport(page);
      await page.getByLabel("Source cluster, replicator or MirrorMaker 2 file").fill(fixture("replicator.json"));
      await page.getByRole("button", { name: "Fill the answers" }).click();
      await expect(page.getByRole("status").filter({ hasText: "Filled" })).toBeVisible();
      await expect(page.locator("html")).toHaveClass(scheme === "dark" ? /dark/ : /^(?!.*dark)/);
      // The live summary dims while the filled answers are scored: check contrast once it is back.
      await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
      await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== "running"));
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual(
        [],
      );
    });
  }

  test("keyboard: the panel opens, takes text and fills the answers without a pointer", async ({ page }) => {
    const wizard = new WizardPage(page);
    await wizard.goto("/");
    const summary = page.getByText("Start from your clusters");
    await summary.focus();
    await page.keyboard.press("Enter");
    const source = page.getByLabel("Source cluster, replicator or MirrorMaker 2 file");
    await expect(source).toBeVisible();
    await page.keyboard.press("Tab");
    await expect(source).toBeFocused();
    await page.keyboard.insertText(fixture("cluster-serverless.json"));
    await page.getByRole("button", { name: "Fill the answers" }).focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/source=msk-serverless/);
  });
});
