import { expect, type Locator, type Page } from "@playwright/test";

/** The result on `/result`, found by roles and labels only. */
export class ResultPage {
  constructor(readonly page: Page) {}

  async goto(query: string) {
    await this.page.goto(`/result?${query}`);
    // The plan is computed in the browser after hydration: allow for a slow machine.
    await expect(this.heading).toBeVisible({ timeout: 30_000 });
  }

  get heading(): Locator {
    return this.page.getByRole("heading", { level: 1 });
  }

  async expectRecommendation(name: string) {
    // Generous: a permalink on "/" first loads the wizard's route, then replaces it with the result.
    await expect(this.heading).toHaveText(`Recommended: ${name}`, { timeout: 30_000 });
  }

  get notice(): Locator {
    return this.page.getByRole("alert").filter({ hasText: /could not be used|parameters this app does not know/ });
  }

  section(name: string | RegExp): Locator {
    return this.page.getByRole("region", { name });
  }

  /** An option's card in the comparison. */
  option(name: string): Locator {
    return this.section("The four options compared").getByRole("article", { name });
  }

  get copyLink(): Locator {
    return this.page.getByRole("button", { name: "Copy link" });
  }

  get editAnswers(): Locator {
    return this.page.getByRole("link", { name: "Edit answers" });
  }

  get startOver(): Locator {
    return this.page.getByRole("button", { name: "Start over" });
  }

  /** The value shown for a question in "Your answers". */
  answer(question: string): Locator {
    return this.section("Your answers")
      .getByRole("term")
      .filter({ hasText: question })
      .locator("xpath=following-sibling::dd[1]");
  }
}
