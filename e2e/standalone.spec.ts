import { expect, test } from "./fixtures";

/**
 * The container image's server (playwright.config.ts starts `.next/standalone/server.js`): the
 * health endpoint a load balancer asks, and the wizard and a permalink served with their headers.
 */
test.describe("standalone server", () => {
  test("/healthz answers 200 with the app's version, never cached, with the security headers", async ({ request }) => {
    const response = await request.get("/healthz");
    expect(response.status()).toBe(200);
    const headers = response.headers();
    expect(headers["content-type"]).toContain("application/json");
    expect(headers["cache-control"]).toBe("no-store");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["x-frame-options"]).toBe("DENY");
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    const body = (await response.json()) as { status: string; version: string };
    expect(body.status).toBe("ok");
    expect(body.version).toMatch(/^\d+\.\d+\.\d+/);
  });

  test("the wizard and a permalink are served with a strict policy and work", async ({ page }) => {
    const home = await page.goto("/");
    expect(home?.status()).toBe(200);
    expect(home?.headers()["content-security-policy"]).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+;/);
    await expect(page.getByRole("heading", { level: 1, name: "Plan your Kafka replication on AWS" })).toBeVisible();
    // The browser assets come from the standalone server (a missing .next/static would fail here).
    await page.getByRole("button", { name: "Next" }).click();
    await expect(page.getByRole("heading", { level: 2, name: "Accounts and security" })).toBeVisible();

    const permalink = await page.goto("/?goal=dr&accounts=cross");
    expect(permalink?.headers()["content-security-policy"]).toMatch(/script-src 'self' 'nonce-/);
    await expect(page).toHaveURL(/\/result\?.*accounts=cross/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Recommended:");
  });

  test("static files are served from public/, the browser assets as immutable", async ({ request, page }) => {
    const robots = await request.get("/robots.txt");
    expect(robots.status()).toBe(200);
    expect(await robots.text()).toContain("User-agent: *");
    const icon = await request.get("/icon.svg");
    expect(icon.headers()["content-type"]).toContain("image/svg+xml");
    await page.goto("/");
    const script = await page.locator("script[src^='/_next/static/']").first().getAttribute("src");
    const asset = await request.get(script!);
    expect(asset.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  });
});
