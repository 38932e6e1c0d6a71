import AxeBuilder from "@axe-core/playwright";
import { DEFAULT_ANSWERS, encodeAnswers, type Answers } from "@/lib/answers";
import { OPTIONS } from "@/lib/knowledge";
import { buildPlan } from "@/lib/scoring";
import type { Page } from "@playwright/test";
import { cutOffElements, expect, test } from "./fixtures";
import { ResultPage } from "./pages/result-page";
import { STEP_TITLES, WizardPage } from "./pages/wizard-page";
import { SCENARIOS, answersOf, planName } from "./scenarios";

/**
 * Prepares to `open()` `path` with the wizard's engine (scoring and schema) held back until
 * `release()`, so whatever the test does next certainly happens before it arrives. The first
 * page's own scripts are learnt from a visit to "/" and let through; `held()` counts requests.
 */
async function engineHeldAt(page: Page, path: string) {
  await page.goto("/");
  const own = await page.evaluate(() =>
    performance
      .getEntriesByType("resource")
      .map((r) => r.name)
      .filter((n) => n.endsWith(".js")),
  );
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let held = 0;
  let failing = false;
  await page.route(
    (url) =>
      url.pathname.startsWith("/_next/static/chunks/") && url.pathname.endsWith(".js") && !own.includes(url.href),
    async (route) => {
      held++;
      if (failing) return route.abort("internetdisconnected");
      await released;
      await route.continue();
    },
  );
  /** From now on the engine fails to load (as offline) instead of waiting. */
  const fail = () => {
    failing = true;
  };
  // A fresh load, as following a link is. From "/", going to "/#step" would only change the hash,
  // and race the page's hydration: Next.js's router writes back the URL it started with on its
  // first commit, hash and all (seen failing under load). Not "load": a held import started during
  // parsing would delay it.
  const open = async () => {
    await page.goto("about:blank");
    return page.goto(path, { waitUntil: "domcontentloaded" });
  };
  return { release, fail, open, held: () => held };
}

/** Answers the questions a scenario changes, on whichever step they are, by mouse. */
async function answerByMouse(wizard: WizardPage, changes: Partial<Answers>) {
  if (changes.goal === "compliance") await wizard.choose("What is the replication for?", "Compliance copy");
  await wizard.next.click();
  if (changes.accounts === "cross")
    await wizard.choose("Are source and target in the same AWS account?", "Different accounts");
  await wizard.next.click();
  if (changes.offsets === "no")
    await wizard.choose("Must consumer group offsets follow the data?", "No, consumers can re-read or skip");
  await wizard.next.click();
  if (changes.rpo !== undefined) await wizard.fill("Recovery point objective", String(changes.rpo));
  if (changes.rto !== undefined) await wizard.fill("Recovery time objective", String(changes.rto));
  await wizard.next.click();
  if (changes.secondary) await wizard.field("Standby (target) Region").selectOption(changes.secondary);
  await wizard.seeRecommendation.click();
}

test.describe("wizard by mouse", () => {
  for (const s of SCENARIOS) {
    test(`${s.name} → ${s.expected} @phone`, async ({ page }) => {
      expect(planName(s.changes), "the library agrees with this expectation").toBe(s.expected);
      const wizard = new WizardPage(page);
      await wizard.goto();
      await answerByMouse(wizard, s.changes);
      const result = new ResultPage(page);
      await result.expectRecommendation(s.expected);
      await expect(page).toHaveURL(`/result?${encodeAnswers(answersOf(s.changes))}`);
    });
  }
});

/** Presses Tab until the focused element matches, as a keyboard user would. */
async function tabTo(
  page: Page,
  matches: (el: { tag: string; type: string; name: string; text: string; checked: boolean }) => boolean,
  max = 80,
) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    const el = await page.evaluate(() => {
      const a = document.activeElement as HTMLInputElement | null;
      return {
        tag: a?.tagName.toLowerCase() ?? "",
        type: a?.type ?? "",
        name: a?.name ?? "",
        text: a?.textContent?.trim() ?? "",
        checked: !!a?.checked,
      };
    });
    if (matches(el)) return;
  }
  throw new Error("focus never reached the element");
}

const isButton = (label: string) => (el: { tag: string; text: string }) =>
  el.tag === "button" && el.text.replace(/^[←→]\s*|\s*[←→]$/g, "") === label;

test.describe("wizard by keyboard only", () => {
  test("cross-account with a compliance goal, answered with Tab, arrows and Enter", async ({ page }) => {
    const changes = { goal: "compliance", accounts: "cross" } as const;
    const expected = planName(changes);
    const wizard = new WizardPage(page);
    await wizard.goto();

    // Step 1: the goal radio group; ArrowDown moves the selection (Disaster recovery → Migration → Compliance copy).
    await tabTo(page, (el) => el.name === "goal");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await expect(
      wizard.group("What is the replication for?").getByRole("radio", { name: "Compliance copy" }),
    ).toBeChecked();
    await tabTo(page, isButton("Next"));
    await page.keyboard.press("Enter");
    await wizard.expectStep("Accounts and security");
    await expect(wizard.stepHeading).toBeFocused();

    // Step 2
    await tabTo(page, (el) => el.name === "accounts");
    await page.keyboard.press("ArrowDown");
    await expect(
      wizard.group("Are source and target in the same AWS account?").getByRole("radio", { name: "Different accounts" }),
    ).toBeChecked();
    await tabTo(page, isButton("Next"));
    await page.keyboard.press("Enter");
    await wizard.expectStep("Topology, names and offsets");

    // Back and forth with the keyboard.
    await tabTo(page, isButton("Back"));
    await page.keyboard.press("Enter");
    await wizard.expectStep("Accounts and security");
    await tabTo(page, isButton("Next"));
    await page.keyboard.press("Enter");
    await wizard.expectStep("Topology, names and offsets");
    await tabTo(page, isButton("Next"));
    await page.keyboard.press("Enter");

    // Step 4: Enter inside a number field submits the step.
    await wizard.expectStep("Objectives and load");
    await tabTo(page, (el) => el.name === "rto");
    await page.keyboard.press("Control+A");
    await page.keyboard.type("240");
    await page.keyboard.press("Enter");
    await wizard.expectStep("Regions and output");

    await tabTo(page, isButton("See the recommendation"));
    await page.keyboard.press("Enter");
    const result = new ResultPage(page);
    await result.expectRecommendation(planName({ ...changes, rto: 240 }));
    expect(planName({ ...changes, rto: 240 })).toBe(expected);
    await expect(page).toHaveURL(/accounts=cross/);
    await expect(page).toHaveURL(/rto=240/);
  });
});

test.describe("validation", () => {
  test("an out-of-range number shows an announced error, blocks Next and is never clamped @phone", async ({ page }) => {
    const wizard = new WizardPage(page);
    await wizard.goto("/#objectives");
    await wizard.expectStep("Objectives and load");
    const rpo = wizard.field("Recovery point objective");
    await rpo.fill("-5");
    const error = page.locator("#q-rpo-error");
    await expect(error).toHaveText(/“-5” is not allowed\. Enter a whole number of seconds from 0 to 86400\./);
    await expect(error).toHaveAttribute("role", "alert");
    await expect(rpo).toHaveAttribute("aria-invalid", "true");
    await expect(rpo).toHaveAttribute("aria-describedby", /q-rpo-error/);
    await expect(rpo).toHaveAccessibleDescription(/is not allowed/);

    await wizard.next.click();
    await wizard.expectStep("Objectives and load");
    await expect(rpo).toBeFocused();
    await expect(rpo).toHaveValue("-5");
    await expect(page.getByRole("alert").filter({ hasText: "Fix the answer marked above" })).toBeVisible();
    // The URL keeps the last valid answer, not a clamped one.
    await expect(page).toHaveURL(/rpo=60&/);

    await rpo.fill("86401");
    await expect(error).toContainText("“86401” is not allowed");
    await rpo.fill("");
    await expect(error).toContainText("Enter a whole number of seconds");
    await rpo.fill("30");
    await expect(rpo).not.toHaveAttribute("aria-invalid");
    await expect(error).toBeEmpty();
    await expect(page).toHaveURL(/rpo=30&/);
    await wizard.next.click();
    await wizard.expectStep("Regions and output");
  });

  test("an invalid resource name blocks the recommendation until fixed", async ({ page }) => {
    const wizard = new WizardPage(page);
    await wizard.goto("/#output");
    const name = wizard.field("Base name for resources");
    await name.fill("Orders_DR");
    await expect(page.locator("#q-name-error")).toContainText("“Orders_DR” is not allowed");
    await expect(name).toHaveAttribute("aria-invalid", "true");
    await wizard.seeRecommendation.click();
    await wizard.expectStep("Regions and output");
    await expect(name).toBeFocused();
    await name.fill("orders-dr");
    await wizard.seeRecommendation.click();
    const result = new ResultPage(page);
    await result.expectRecommendation("Amazon MSK Replicator");
    await expect(result.answer("Base name for resources")).toHaveText("orders-dr");
  });

  test("answers typed before the schema has loaded wait for it: Next holds, then checks them", async ({ page }) => {
    // The schema comes with the engine, loaded when the form is first touched. Hold it back, so
    // the typing (and Next) certainly happen before it arrives.
    const engine = await engineHeldAt(page, "/#objectives");
    await engine.open();
    const wizard = new WizardPage(page);
    await wizard.expectStep("Objectives and load");
    const rpo = wizard.field("Recovery point objective");
    const rto = wizard.field("Recovery time objective");
    await rto.fill("45");
    await rpo.fill("-5");
    await wizard.next.click();
    await expect.poll(() => engine.held(), { message: "the engine was requested and is held" }).toBeGreaterThan(0);
    await expect(page.locator("#q-rpo-error")).toBeEmpty();
    engine.release();
    // Next went on once the schema was there: the invalid draft blocks, with its message...
    await expect(page.getByRole("alert").filter({ hasText: "Fix the answer marked above" })).toBeVisible();
    await expect(page.locator("#q-rpo-error")).toContainText("“-5” is not allowed");
    await expect(rpo).toBeFocused();
    await wizard.expectStep("Objectives and load");
    // ...and the valid one became the answer.
    await expect(page).toHaveURL(/rpo=60&rto=45&/);
    await rpo.fill("30");
    await wizard.next.click();
    await wizard.expectStep("Regions and output");
    await expect(page).toHaveURL(/rpo=30&rto=45&/);
  });

  test("a valid answer typed before the schema has loaded goes through Next once it arrives", async ({ page }) => {
    const engine = await engineHeldAt(page, "/#objectives");
    await engine.open();
    const wizard = new WizardPage(page);
    await wizard.expectStep("Objectives and load");
    await wizard.fill("Peak write throughput to replicate", "12.5");
    await wizard.next.click();
    await expect.poll(() => engine.held(), { message: "the engine was requested and is held" }).toBeGreaterThan(0);
    await wizard.expectStep("Objectives and load");
    engine.release();
    await wizard.expectStep("Regions and output");
    await expect(page).toHaveURL(/mbps=12\.5&/);
  });

  test("decimal throughput is kept as typed", async ({ page }) => {
    const wizard = new WizardPage(page);
    await wizard.goto("/#objectives");
    const mbps = wizard.field("Peak write throughput to replicate");
    await mbps.fill("12.5");
    await expect(mbps).toHaveValue("12.5");
    await expect(page).toHaveURL(/mbps=12\.5&/);
    await mbps.fill("0");
    await expect(page.locator("#q-mbps-error")).toContainText("greater than 0");
  });
});

test.describe("progress, URL and live summary", () => {
  test("the progress indicator marks the current step and jumps to visited ones", async ({ page }) => {
    const wizard = new WizardPage(page);
    await wizard.goto();
    await expect(wizard.progressStep("Purpose and route")).toHaveAttribute("aria-current", "step");
    await wizard.next.click();
    await wizard.next.click();
    await wizard.expectStep("Topology, names and offsets");
    await expect(wizard.progressStep("Topology, names and offsets")).toHaveAttribute("aria-current", "step");
    await expect(wizard.progressStep("Purpose and route")).not.toHaveAttribute("aria-current");
    // Not visited yet: not a button.
    await expect(wizard.progressStep("Objectives and load")).toHaveCount(0);
    await wizard.progressStep("Purpose and route").click();
    await wizard.expectStep("Purpose and route");
    await wizard.progressStep("Topology, names and offsets").click();
    await wizard.expectStep("Topology, names and offsets");
  });

  test("answers go into the URL without adding history entries, and survive a reload", async ({ page }) => {
    const wizard = new WizardPage(page);
    await wizard.goto();
    const before = await page.evaluate(() => history.length);
    await wizard.choose("What is the replication for?", "Migration");
    await wizard.choose("Where does the data live now?", "On-premises Kafka");
    await wizard.next.click();
    await wizard.choose("How do clients authenticate to the clusters?", "SASL/SCRAM");
    await expect(page).toHaveURL(/\?v=1&goal=migration&source=on-premises&.*auth=sasl-scram.*#security$/);
    expect(await page.evaluate(() => history.length)).toBe(before);

    await page.reload();
    await wizard.expectStep("Accounts and security");
    await expect(
      wizard.group("How do clients authenticate to the clusters?").getByRole("radio", { name: "SASL/SCRAM" }),
    ).toBeChecked();
    await wizard.back.click();
    await expect(
      wizard.group("Where does the data live now?").getByRole("radio", { name: "On-premises Kafka" }),
    ).toBeChecked();
  });

  test("the source's Kafka version is optional: typed, it joins the link last; a malformed one is named; emptied, it leaves the link", async ({
    page,
  }) => {
    const wizard = new WizardPage(page);
    await wizard.goto("/?v=1&goal=migration&source=on-premises&target=msk-express&auth=oauth#security");
    await wizard.expectStep("Accounts and security");
    await expect(
      wizard
        .group("How do clients authenticate to the clusters?")
        .getByRole("radio", { name: "OAuth (SASL/OAUTHBEARER)" }),
    ).toBeChecked();
    const version = page.getByRole("textbox", { name: "Apache Kafka version of the source (optional)" });
    await version.fill("2.8.1");
    await expect(page).toHaveURL(/&name=kafka-dr&kafka=2\.8\.1#security$/);
    await version.fill("2.8.x");
    await expect(page.getByRole("alert").filter({ hasText: "is not allowed" })).toContainText("Apache Kafka version");
    await expect(version).toHaveAttribute("aria-invalid", "true");
    await version.fill("");
    await expect(page).not.toHaveURL(/[?&]kafka=/);
    await expect(version).not.toHaveAttribute("aria-invalid", "true");
    await wizard.next.click();
    await wizard.expectStep("Topology, names and offsets");
  });

  test("a wizard link with answers shows their live recommendation before anything is touched", async ({ page }) => {
    // The server works out the default answers' recommendation; any other is computed in the
    // browser once the scoring code has loaded, which a link with answers starts by itself.
    await page.goto("/?v=1&accounts=cross#security");
    const wizard = new WizardPage(page);
    await wizard.expectStep("Accounts and security");
    await expect(wizard.liveRecommendation.getByText(planName({ accounts: "cross" }), { exact: true })).toBeVisible();
    await expect(wizard.liveRecommendation).not.toHaveAttribute("aria-busy", "true");
  });

  test("a wizard link's answers are read before its questions are shown", async ({ page }) => {
    // The engine brings the schema that reads the link.
    const engine = await engineHeldAt(page, "/?v=1&rto=240&mbps=7#objectives");
    await engine.open();
    const wizard = new WizardPage(page);
    const heading = page.getByRole("heading", { level: 2, name: "Objectives and load" });
    await expect(heading).toBeVisible();
    const rto = wizard.field("Recovery time objective");
    await expect.poll(() => engine.held(), { message: "the engine was requested and is held" }).toBeGreaterThan(0);
    await expect(page.getByRole("form", { name: "Objectives and load" })).toHaveAttribute("aria-busy", "true");
    await expect(rto).toBeHidden();
    // Next and the progress steps wait too: a move now would be undone when the link is read.
    await wizard.next.click();
    await wizard.progressStep("Purpose and route").click();
    await expect(heading).toBeVisible();
    engine.release();
    await expect(rto).toBeVisible();
    await expect(heading).toBeVisible();
    await expect(rto).toHaveValue("240");
    await expect(wizard.field("Peak write throughput to replicate")).toHaveValue("7");
    await expect(page.getByRole("form", { name: "Objectives and load" })).not.toHaveAttribute("aria-busy");
  });

  test.describe(() => {
    test.use({ expectedConsoleErrors: [/Failed to load resource: net::ERR_INTERNET_DISCONNECTED/] });
    test("a wizard link whose engine fails to load says so, keeps the link, and reads it once the engine arrives", async ({
      page,
    }) => {
      const engine = await engineHeldAt(page, "/?v=1&rto=240#objectives");
      engine.fail();
      await engine.open();
      const wizard = new WizardPage(page);
      await wizard.expectStep("Objectives and load");
      const failure = page.getByRole("alert").filter({ hasText: "Part of this page did not load" });
      await expect(failure).toBeVisible();
      const rto = wizard.field("Recovery time objective");
      await expect(rto).toBeVisible();
      await expect(page).toHaveURL(/\?v=1&rto=240#objectives$/);
      // Back online: touching the form loads the engine, and the link is read after all.
      engine.release();
      await page.unrouteAll({ behavior: "ignoreErrors" });
      await rto.focus();
      await expect(failure).toBeHidden();
      await expect(rto).toHaveValue("240");
      await expect(page).toHaveURL(/rto=240&.*#objectives$/);
    });
  });

  test("the live recommendation follows the answers and says which answers on the step would change it", async ({
    page,
  }) => {
    const wizard = new WizardPage(page);
    await wizard.goto();
    const live = wizard.liveRecommendation;
    await expect(live).toContainText("Amazon MSK Replicator");
    // The score the library gives the defaults, not a copy of it: the page must show what the plan says.
    const defaultScore = buildPlan(DEFAULT_ANSWERS).options.find((o) => o.id === "msk-replicator")!.score;
    await expect(live.getByRole("meter", { name: "MSK Replicator score" })).toHaveAttribute(
      "aria-valuenow",
      String(defaultScore),
    );
    await wizard.next.click();
    await expect(live).toContainText("What on this step would change it");
    await expect(live).toContainText("Different accounts");
    await wizard.choose("Are source and target in the same AWS account?", "Different accounts");
    await expect(live.getByText("Apache Kafka MirrorMaker 2", { exact: true })).toBeVisible();
    await expect(live).toContainText("Ruled out");
  });

  test("a contradiction in the answers shows in the live summary, spoken once, answered by keyboard and axe-clean @phone", async ({
    page,
  }, testInfo) => {
    const answered = { ...DEFAULT_ANSWERS, target: "msk-serverless", auth: "sasl-scram" } as const;
    const contradiction = buildPlan(answered).contradictions![0]!;
    const isPhone = (page.viewportSize()?.width ?? 1440) < 1024;
    const wizard = new WizardPage(page);
    await wizard.goto();

    // Step 1: "Where must it go?" → Amazon MSK Serverless, with arrows; Next with Enter.
    await tabTo(page, (el) => el.name === "target");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await expect(wizard.group("Where must it go?").getByRole("radio", { name: "Amazon MSK Serverless" })).toBeChecked();
    await tabTo(page, isButton("Next"));
    await page.keyboard.press("Enter");
    await wizard.expectStep("Accounts and security");
    // Step 2: IAM → Mutual TLS → SASL/SCRAM.
    await tabTo(page, (el) => el.name === "auth");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await expect(
      wizard.group("How do clients authenticate to the clusters?").getByRole("radio", { name: "SASL/SCRAM" }),
    ).toBeChecked();

    const words = `Contradiction: ${contradiction.text} Read consistently (${contradiction.reading}): ${OPTIONS[contradiction.recommendation].short}.`;
    // One polite, atomic region per layout holds it, so it is spoken when it appears or changes, not on every answer.
    const region = page.locator('[aria-live="polite"][aria-atomic="true"]').filter({ visible: true });
    if (isPhone) {
      const summary = page.locator("summary").filter({ hasText: "1 contradiction in your answers" });
      await expect(summary).toBeVisible();
      await expect(region).toHaveCount(1);
      await expect(region).toContainText("1 contradiction in your answers");
      await summary.focus();
      await page.keyboard.press("Enter");
    } else {
      await expect(region).toHaveCount(1);
      await expect(wizard.liveRecommendation.locator('[aria-live="polite"][aria-atomic="true"]')).toHaveCount(1);
    }
    const list = page.getByRole("list", { name: "Contradictions in your answers" }).filter({ visible: true });
    await expect(list.getByRole("listitem")).toHaveText([words]);
    await page.screenshot({ path: testInfo.outputPath(`live-contradiction-${isPhone ? "phone" : "desktop"}.png`) });
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);

    // An answer that keeps the contradiction changes the scores but not one node of the region; IAM clears it.
    await region.evaluate((el) => {
      const w = window as unknown as { regionMutations: number };
      w.regionMutations = 0;
      new MutationObserver((records) => (w.regionMutations += records.length)).observe(el, {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
      });
    });
    await wizard.next.click();
    await wizard.expectStep("Topology, names and offsets");
    await wizard.choose("Must consumer group offsets follow the data?", "No, consumers can re-read or skip");
    const before = buildPlan(answered);
    const after = buildPlan({ ...answered, offsets: "no" });
    const shown = (p: typeof before) =>
      p.contradictions!.map((c) => [c.text, c.reading, OPTIONS[c.recommendation].short].join(" "));
    expect(shown(after), "the contradiction stays").toEqual(shown(before));
    const score = after.options.find((o) => o.id === after.recommendation)!.score;
    expect(score, "the score moves").not.toBe(before.options.find((o) => o.id === before.recommendation)!.score);
    if (isPhone) await expect(page.getByText(`${score}/100`, { exact: true }).filter({ visible: true })).toBeVisible();
    else
      await expect(
        wizard.liveRecommendation.getByRole("meter", { name: `${OPTIONS[after.recommendation].short} score` }),
      ).toHaveAttribute("aria-valuenow", String(score));
    expect(await page.evaluate(() => (window as unknown as { regionMutations: number }).regionMutations)).toBe(0);
    await expect(list.getByRole("listitem")).toHaveText([words]);
    await wizard.back.click();
    await wizard.choose("How do clients authenticate to the clusters?", "IAM access control");
    await expect(page.getByRole("list", { name: "Contradictions in your answers" })).toHaveCount(0);
    // Both layouts' regions stay in the page, empty, ready to speak the next one.
    await expect(page.locator('[aria-live="polite"][aria-atomic="true"]')).toHaveText(["", ""]);
  });

  test("the tab's title follows the answers, also on a link that was served with its plan's title", async ({
    page,
  }) => {
    const wizard = new WizardPage(page);
    // Served with "Recommended: MirrorMaker 2 — …" for link previews (app/permalink).
    await wizard.goto("/?v=1&accounts=cross#security");
    await wizard.expectStep("Accounts and security");
    await expect(page).toHaveTitle("Recommended so far: MirrorMaker 2 — Kafka Replication Advisor");
    await wizard.choose("Are source and target in the same AWS account?", "Same account");
    await expect(page).toHaveTitle("Recommended so far: MSK Replicator — Kafka Replication Advisor");
  });

  test("start over in the wizard resets the answers and clears the query", async ({ page }) => {
    const wizard = new WizardPage(page);
    await wizard.goto();
    await wizard.choose("What is the replication for?", "Analytics / sharing");
    await wizard.next.click();
    await page.getByRole("button", { name: "Start over" }).click();
    await wizard.expectStep("Purpose and route");
    await expect(
      wizard.group("What is the replication for?").getByRole("radio", { name: "Disaster recovery" }),
    ).toBeChecked();
    await expect.poll(() => new URL(page.url()).search + new URL(page.url()).hash).toBe("");
  });

  test("the phone shows a compact recommendation bar @phone", async ({ page }) => {
    const wizard = new WizardPage(page);
    await wizard.goto();
    const isPhone = (page.viewportSize()?.width ?? 1440) < 1024;
    await expect(wizard.liveRecommendation).toBeVisible({ visible: !isPhone });
    await expect(page.getByText("Recommended so far")).toBeVisible({ visible: isPhone });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test("at 375 px no step cuts anything off @phone", async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 812 });
    const wizard = new WizardPage(page);
    await wizard.goto();
    for (const [i, step] of STEP_TITLES.entries()) {
      await wizard.expectStep(step);
      expect(await cutOffElements(page), step).toEqual([]);
      if (i < STEP_TITLES.length - 1) await wizard.next.click();
    }
  });
});

test.describe("site", () => {
  test("/favicon.ico answers with the app's icon (browsers ask for it even with a <link rel=icon>)", async ({
    request,
  }) => {
    const response = await request.get("/favicon.ico");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("image/svg+xml");
    expect(await response.text()).toContain("<svg");
  });
});
