import { expect, test } from "@playwright/test";

/** Issue 7: response headers suited to a static-first app, and a policy the app itself never trips. */
/** Rendered per request (the answers are in their inline scripts), so they carry a nonce as well. */
const PER_REQUEST = ["/result?goal=dr&accounts=cross", "/?goal=dr&accounts=cross"];
const PAGES = ["/", ...PER_REQUEST, "/this-page-does-not-exist"];

test.describe("security headers", () => {
  for (const path of PAGES) {
    test(`${path} carries a strict policy`, async ({ request }) => {
      const response = await request.get(path);
      const headers = response.headers();
      const csp = headers["content-security-policy"] ?? "";
      const scriptSrc =
        csp
          .split(";")
          .map((d) => d.trim())
          .find((d) => d.startsWith("script-src")) ?? "";
      if (PER_REQUEST.includes(path))
        expect(scriptSrc).toMatch(/^script-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}'( 'sha256-[A-Za-z0-9+/=]+')+$/);
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

  for (const path of PER_REQUEST) {
    test(`${path}: the nonce is fresh for every response and is on its scripts`, async ({ request }) => {
      const nonces = [];
      for (let i = 0; i < 2; i++) {
        const response = await request.get(path);
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
  }

  for (const path of PER_REQUEST) {
    test(`${path}: rendered once, then replayed from the response cache with a fresh nonce`, async ({ request }) => {
      // A query of its own, so this test sees the first render whatever ran before it.
      const unique = `${path}&name=cache-${Date.now().toString(36)}`;
      const responses = [];
      for (let i = 0; i < 3; i++) {
        const response = await request.get(unique);
        const nonce = /'nonce-([^']+)'/.exec(response.headers()["content-security-policy"] ?? "")?.[1] ?? "";
        responses.push({
          cache: response.headers()["x-response-cache"],
          nonce,
          html: (await response.text()).split(nonce).join("NONCE"),
        });
      }
      expect(responses.map((r) => r.cache)).toEqual(["miss", "hit", "hit"]);
      expect(new Set(responses.map((r) => r.nonce)).size).toBe(3);
      // The same page each time, but for the nonce; and it is on the scripts, not left over.
      expect(responses[1]!.html).toBe(responses[0]!.html);
      expect(responses[2]!.html).toBe(responses[0]!.html);
      expect(responses[1]!.html).toContain('nonce="NONCE"');
      // Flight data a client-side navigation asks for is never replayed.
      const flight = await request.get(unique, { headers: { RSC: "1" } });
      expect(flight.headers()["x-response-cache"]).toBeUndefined();
    });
  }

  // The result, and the wizard as served for a link with answers and a step (rendered per request).
  for (const [path, heading] of [
    ["/result?goal=dr&topology=active-active&naming=prefixed", "Recommended:"],
    ["/?goal=dr&topology=active-active#objectives", "Plan your Kafka replication"],
  ] as const) {
    test(`${path} runs under its own policy: no violations, the page hydrates`, async ({ page }) => {
      const violations: string[] = [];
      page.on("console", (m) => {
        if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
      });
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toContainText(heading);
      // Hydrated: the theme toggle responds, which needs React running.
      const html = page.locator("html");
      const before = await html.getAttribute("class");
      await page.getByRole("button", { name: /theme/i }).first().click();
      await expect.poll(async () => html.getAttribute("class")).not.toBe(before);
      expect(violations).toEqual([]);
    });
  }

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
