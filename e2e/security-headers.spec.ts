import { expect, test } from "@playwright/test";

/** Issue 7: response headers suited to a static-first app, and a policy the app itself never trips. */
const PAGES = ["/", "/result?goal=dr&accounts=cross", "/this-page-does-not-exist"];
/** Rendered per request (the answers are in its inline scripts), so it carries a nonce as well. */
const PER_REQUEST = "/result?goal=dr&accounts=cross";

test.describe("security headers", () => {
  for (const path of PAGES) {
    test(`${path} carries a strict policy`, async ({ request }) => {
      const response = await request.get(path);
      const headers = response.headers();
      const csp = headers["content-security-policy"] ?? "";
      const scriptSrc = csp.split(";").map((d) => d.trim()).find((d) => d.startsWith("script-src")) ?? "";
      if (path === PER_REQUEST) expect(scriptSrc).toMatch(/^script-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}'( 'sha256-[A-Za-z0-9+/=]+')+$/);
      else expect(scriptSrc).toMatch(/^script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+$/);
      expect(csp).not.toContain("unsafe-eval");
      expect(scriptSrc).not.toContain("unsafe-inline");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).toContain("base-uri 'self'");
      expect(headers["x-content-type-options"]).toBe("nosniff");
      expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
      expect(headers["permissions-policy"]).toContain("camera=()");
      expect(headers["x-frame-options"]).toBe("DENY");
      expect(headers["x-powered-by"]).toBeUndefined();
      // Left out on purpose (security-headers.mjs): it costs a cold renderer process on every new tab.
      expect(headers["cross-origin-opener-policy"]).toBeUndefined();
    });
  }

  test("the result page's nonce is fresh for every response and is on its scripts", async ({ request }) => {
    const nonces = [];
    for (let i = 0; i < 2; i++) {
      const response = await request.get(PER_REQUEST);
      const nonce = /'nonce-([^']+)'/.exec(response.headers()["content-security-policy"] ?? "")?.[1];
      expect(nonce).toBeTruthy();
      const html = await response.text();
      // Every inline script of the response is either allowed by that nonce or by a build hash (the theme script).
      const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)([^>]*)>/g)].map((m) => m[1] ?? "");
      expect(inline.filter((attrs) => attrs.includes(`nonce="${nonce}"`)).length).toBeGreaterThan(0);
      nonces.push(nonce);
    }
    expect(nonces[0]).not.toBe(nonces[1]);
  });

  test("the app runs under its own policy: no violations, the page hydrates", async ({ page }) => {
    const violations: string[] = [];
    page.on("console", (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
    });
    await page.goto("/result?goal=dr&topology=active-active&naming=prefixed");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Recommended:");
    // Hydrated: the theme toggle responds, which needs React running.
    const html = page.locator("html");
    const before = await html.getAttribute("class");
    await page.getByRole("button", { name: /theme/i }).first().click();
    await expect.poll(async () => html.getAttribute("class")).not.toBe(before);
    expect(violations).toEqual([]);
  });

  test("an inline script that is not part of the build is refused", async ({ page }) => {
    await page.goto("/");
    const ran = await page.evaluate(async () => {
      (window as unknown as { injected?: boolean }).injected = false;
      const s = document.createElement("script");
      s.textContent = "window.injected = true";
      document.body.appendChild(s);
      await new Promise((r) => setTimeout(r, 50));
      return (window as unknown as { injected?: boolean }).injected;
    });
    expect(ran).toBe(false);
  });
});
