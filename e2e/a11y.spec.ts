import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { FACTS_CHECKED } from "@/lib/knowledge";
import { expect, test } from "./fixtures";
import { ResultPage } from "./pages/result-page";
import { STEP_TITLES, WizardPage } from "./pages/wizard-page";

const STEP_IDS = ["route", "security", "topology", "objectives", "output"] as const;

async function expectNoViolations(page: Page, what: string) {
  // WCAG 2.2's target size (24 × 24 px or enough space around) is off in axe by default; Lighthouse checks it.
  const results = await new AxeBuilder({ page }).options({ rules: { "target-size": { enabled: true } } }).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(summary, `axe violations on ${what}`).toEqual([]);
}

for (const scheme of ["light", "dark"] as const) {
  test.describe(`axe, ${scheme} @phone`, () => {
    test.use({ colorScheme: scheme });
    // axe's colour-contrast check is slow on a busy machine.
    test.slow();

    for (const [i, title] of STEP_TITLES.entries()) {
      test(`step ${i + 1}, ${title} (${scheme})`, async ({ page }) => {
        const wizard = new WizardPage(page);
        await wizard.goto(i === 0 ? "/" : `/#${STEP_IDS[i]}`);
        await wizard.expectStep(title);
        await expect(page.locator("html")).toHaveClass(scheme === "dark" ? /dark/ : /^(?!.*dark)/);
        await expectNoViolations(page, `step ${i + 1} (${scheme})`);
      });
    }

    test(`the live summary with a contradiction (${scheme})`, async ({ page }) => {
      const wizard = new WizardPage(page);
      await wizard.goto("/?v=1&target=msk-serverless&auth=sasl-scram#security");
      await wizard.expectStep("Accounts and security");
      const summary = page.locator("summary").filter({ hasText: "1 contradiction in your answers" });
      // On a phone the texts sit behind the bar's disclosure.
      if ((page.viewportSize()?.width ?? 1440) < 1024) {
        await summary.focus();
        await page.keyboard.press("Enter");
      }
      await expect(
        page.getByRole("list", { name: "Contradictions in your answers" }).filter({ visible: true }),
      ).toContainText("MSK Serverless accepts IAM access control only");
      await expectNoViolations(page, `live summary with a contradiction (${scheme})`);
    });

    test(`a step with an error (${scheme})`, async ({ page }) => {
      const wizard = new WizardPage(page);
      await wizard.goto("/#output");
      await wizard.field("Base name for resources").fill("Not Valid");
      await wizard.seeRecommendation.click();
      await expect(page.getByRole("alert").filter({ hasText: "Fix the answer" })).toBeVisible();
      await expectNoViolations(page, `step 5 with an error (${scheme})`);
    });

    // Cross-account into Express brokers: the headlines, the cost comparison and "Also consider" carry
    // rows of source links, the smallest targets on the page.
    test(`the result with headlines and source links (${scheme})`, async ({ page }) => {
      const result = new ResultPage(page);
      await result.goto(
        "goal=dr&source=msk-provisioned&target=msk-express&accounts=cross&rpo=60&rto=30&mbps=20&name=orders-dr",
      );
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectNoViolations(page, `result with headlines (${scheme})`);
    });

    test(`the result, with a notice (${scheme})`, async ({ page }) => {
      const result = new ResultPage(page);
      await result.goto("goal=compliance&offsets=no&rto=1440&rpo=999999&zzz=1");
      await expect(result.notice).toBeVisible();
      // Open the ruled-out options' details too, with the keyboard.
      for (const summary of await page.locator("details > summary").all()) {
        await summary.focus();
        await page.keyboard.press("Enter");
      }
      await expectNoViolations(page, `result (${scheme})`);
    });
  });
}

test.describe("structure", () => {
  test("one h1 per page, landmarks and a skip link", async ({ page }) => {
    for (const path of ["/", "/result?v=1"]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
      await expect(page.getByRole("heading", { level: 1 })).not.toHaveText("");
      await expect(page.getByRole("banner")).toBeVisible();
      await expect(page.getByRole("main")).toBeVisible();
      await expect(page.getByRole("contentinfo")).toContainText(
        `Prices are us-east-1 estimates; facts checked ${FACTS_CHECKED}`,
      );
      await page.keyboard.press("Tab");
      const skip = page.getByRole("link", { name: "Skip to content" });
      await expect(skip).toBeFocused();
      await expect(skip).toBeVisible();
      await page.keyboard.press("Enter");
      await expect(page.getByRole("main")).toBeFocused();
    }
  });

  test("the theme follows the system and the toggle's choice persists", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    const wizard = new WizardPage(page);
    await wizard.goto();
    await expect(page.locator("html")).toHaveClass(/dark/);
    const toggle = page.getByRole("button", { name: "Dark theme" });
    await expect(toggle).toHaveAttribute("aria-pressed", "true");
    await toggle.click();
    await expect(page.locator("html")).not.toHaveClass(/dark/);
    await expect(toggle).toHaveAttribute("aria-pressed", "false");
    await page.reload();
    await expect(page.locator("html")).not.toHaveClass(/dark/);
    expect(await page.evaluate(() => localStorage.getItem("theme"))).toBe("light");
  });
});
