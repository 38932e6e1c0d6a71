import type { Locator, Page } from "@playwright/test";

/** The architecture diagram on the result page, found by role and label. */
export class DiagramPage {
  readonly root: Locator;
  readonly canvas: Locator;
  readonly optionSelect: Locator;
  readonly pngButton: Locator;
  readonly svgButton: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId("architecture-diagram");
    this.canvas = this.root.getByRole("application", { name: /^Architecture diagram/ });
    this.optionSelect = this.root.getByLabel("Option drawn");
    this.pngButton = this.root.getByRole("button", { name: "Download PNG" });
    this.svgButton = this.root.getByRole("button", { name: "Download SVG" });
  }

  /** Opens the result for a permalink query (without "?"), scrolls to the diagram (it loads as it comes near) and waits for it. */
  async open(query: string): Promise<void> {
    await this.page.goto(`/result?${query}`);
    await this.page.getByRole("heading", { level: 2, name: "Architecture" }).scrollIntoViewIfNeeded();
    await this.canvas.waitFor();
    await this.node(/./).first().waitFor();
  }

  /** A component of the diagram, by the start of its accessible name ("MSK Replicator, …"). */
  node(name: string | RegExp): Locator {
    const pattern = typeof name === "string" ? new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")},`) : name;
    return this.canvas.getByRole("group", { name: pattern });
  }

  /** A Region, account, AZ or data-centre box, by its title. */
  area(title: string | RegExp): Locator {
    return this.canvas.locator(".react-flow__node-area").filter({ hasText: title });
  }

  /** The failover view toggle, by its label ("After failover", "After a restore", …). */
  toggle(label: string): Locator {
    return this.root.getByRole("button", { name: label });
  }

  panel(name: string): Locator {
    return this.root.getByRole("region", { name });
  }
}
