import { expect, type Locator, type Page } from "@playwright/test";

export const STEP_TITLES = [
  "Purpose and route",
  "Accounts and security",
  "Topology, names and offsets",
  "Objectives and load",
  "Regions and output",
] as const;

/** The wizard on `/`, found by roles and labels only. */
export class WizardPage {
  constructor(readonly page: Page) {}

  async goto(path = "/") {
    await this.page.goto(path);
    await expect(
      this.page.getByRole("heading", { level: 1, name: "Plan your Kafka replication on AWS" }),
    ).toBeVisible();
    await expect(this.stepHeading).toBeVisible({ timeout: 30_000 });
  }

  get stepHeading(): Locator {
    return this.page.getByRole("heading", { level: 2 }).and(this.page.locator("#step-heading"));
  }

  /** On that step, with its link read: the form is busy (and ignores Next) while a link is read. */
  async expectStep(title: (typeof STEP_TITLES)[number]) {
    await expect(this.page.getByRole("heading", { level: 2, name: title })).toBeVisible();
    await expect(this.page.getByRole("form", { name: title })).not.toHaveAttribute("aria-busy", "true");
  }

  get progress(): Locator {
    return this.page.getByRole("navigation", { name: "Wizard steps" });
  }

  /** A step in the progress indicator (a button once visited). */
  progressStep(title: (typeof STEP_TITLES)[number]): Locator {
    return this.progress.getByRole("button", { name: new RegExp(title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")) });
  }

  group(legend: string | RegExp): Locator {
    return this.page.getByRole("group", { name: legend });
  }

  async choose(legend: string | RegExp, choice: string | RegExp) {
    await this.group(legend).getByRole("radio", { name: choice }).check();
  }

  field(label: string | RegExp): Locator {
    return this.page.getByLabel(label, { exact: typeof label === "string" });
  }

  async fill(label: string | RegExp, value: string) {
    await this.field(label).fill(value);
  }

  get next(): Locator {
    return this.page.getByRole("button", { name: "Next" });
  }

  get back(): Locator {
    return this.page.getByRole("button", { name: "Back" });
  }

  get seeRecommendation(): Locator {
    return this.page.getByRole("button", { name: "See the recommendation" });
  }

  get liveRecommendation(): Locator {
    return this.page.getByRole("complementary", { name: "Live recommendation" });
  }

  /** Clicks Next through the remaining steps, then "See the recommendation". */
  async finish() {
    while (await this.next.isVisible()) await this.next.click();
    await this.seeRecommendation.click();
  }
}
