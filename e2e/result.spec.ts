import { DEFAULT_ANSWERS, encodeAnswers, permalinkPath } from "@/lib/answers";
import { OPTIONS } from "@/lib/knowledge";
import { buildPlan } from "@/lib/scoring";
import { cutOffElements, expect, test } from "./fixtures";
import { ResultPage } from "./pages/result-page";
import { WizardPage } from "./pages/wizard-page";
import { answersOf } from "./scenarios";

test.describe("permalinks", () => {
  test("a permalink on / lands on the result for the same answers @phone", async ({ page }) => {
    const answers = answersOf({
      goal: "compliance",
      offsets: "no",
      rto: 1440,
      name: "audit-copy",
      primary: "eu-west-1",
      secondary: "eu-central-1",
    });
    await page.goto(permalinkPath(answers));
    const result = new ResultPage(page);
    await result.expectRecommendation("S3 backup through MSK Connect");
    await expect(page).toHaveURL(`/result?${encodeAnswers(answers)}`);
    await expect(result.answer("What is the replication for?")).toHaveText("Compliance copy");
    await expect(result.answer("Must consumer group offsets follow the data?")).toHaveText(
      "No, consumers can re-read or skip",
    );
    await expect(result.answer("Recovery time objective")).toHaveText("1440 minutes");
    await expect(result.answer("Primary (source) Region")).toHaveText("Europe (Ireland) — eu-west-1");
    await expect(result.answer("Base name for resources")).toHaveText("audit-copy");
    await expect(result.notice).toHaveCount(0);
  });

  test("a partial link keeps what it says and fills the rest with defaults", async ({ page }) => {
    await page.goto("/?accounts=cross");
    const result = new ResultPage(page);
    await result.expectRecommendation("Apache Kafka MirrorMaker 2");
    await expect(page).toHaveURL(`/result?${encodeAnswers(answersOf({ accounts: "cross" }))}`);
  });

  test("junk in a link is named in a notice and the rest is kept", async ({ page }) => {
    await page.goto("/?%%%&goal=<script>");
    const result = new ResultPage(page);
    await result.expectRecommendation("Amazon MSK Replicator");
    await expect(result.notice).toBeVisible();
    await expect(result.notice).toContainText(
      'goal: "<script>" is not allowed (allowed: dr, migration, compliance, analytics)',
    );
    await expect(result.notice).toContainText("Ignored unknown parameter: %%%");
    // No script ran and nothing was injected.
    await expect(page.locator("main script")).toHaveCount(0);
  });

  test("invalid and outdated values are each named with the reason, valid ones kept @phone", async ({ page }) => {
    await page.goto("/?v=1&goal=migration&source=kafka-on-mars&rpo=999999&rto=0&name=Bad_Name&zzz=1&accounts=cross");
    const result = new ResultPage(page);
    await result.expectRecommendation("Apache Kafka MirrorMaker 2");
    const notice = result.notice;
    await expect(notice).toContainText("4 answers in this link could not be used");
    for (const param of ["source", "rpo", "rto", "name"])
      await expect(notice.locator("code", { hasText: new RegExp(`^${param}$`) })).toBeVisible();
    await expect(notice).toContainText('"kafka-on-mars" is not allowed');
    await expect(notice).toContainText('"999999" is not allowed (allowed: a whole number of seconds from 0 to 86400)');
    await expect(notice).toContainText("zzz");
    await expect(result.answer("What is the replication for?")).toHaveText("Migration");
    await expect(result.answer("Are source and target in the same AWS account?")).toHaveText("Different accounts");
    await expect(result.answer("Recovery point objective")).toHaveText("60 seconds");
    // The address bar now holds the canonical permalink of what was kept.
    await expect(page).toHaveURL(`/result?${encodeAnswers(answersOf({ goal: "migration", accounts: "cross" }))}`);
  });

  test("a newer version is read as version 1 with a notice", async ({ page }) => {
    await page.goto("/result?v=2&goal=dr");
    const result = new ResultPage(page);
    await result.expectRecommendation("Amazon MSK Replicator");
    await expect(result.notice).toContainText("newer than this app knows");
  });

  test("a pasted permalink previews its plan where no script runs: title, description and Open Graph", async ({
    browser,
  }) => {
    // An unfurler (chat, mail, social) reads the HTML of the link as copied and runs no script.
    const unfurler = await browser.newContext({ javaScriptEnabled: false });
    const page = await unfurler.newPage();
    const meta = async (selector: string) => page.locator(selector).getAttribute("content");
    for (const answers of [
      answersOf({ accounts: "cross" }),
      answersOf({ goal: "compliance", offsets: "no", rto: 1440 }),
    ]) {
      const plan = buildPlan(answers);
      const title = `Recommended: ${OPTIONS[plan.recommendation].short} — Kafka Replication Advisor`;
      for (const link of [permalinkPath(answers), `/result?${encodeAnswers(answers)}`]) {
        const response = await page.goto(link);
        expect(response?.status(), link).toBe(200);
        await expect(page, link).toHaveTitle(title);
        expect(await meta('meta[name="description"]'), link).toBe(plan.summary);
        expect(await meta('meta[property="og:title"]'), link).toBe(title);
        expect(await meta('meta[property="og:description"]'), link).toBe(plan.summary);
      }
    }
    // The first page without answers is the static one, with the product's own title.
    await page.goto("/");
    await expect(page).toHaveTitle("Kafka Replication Advisor");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Plan your Kafka replication on AWS");
    await unfurler.close();
  });

  test("/ without parameters starts the wizard", async ({ page }) => {
    const wizard = new WizardPage(page);
    await wizard.goto("/");
    await wizard.expectStep("Purpose and route");
    await expect(page).toHaveURL(/\/$/);
  });
});

test.describe("result", () => {
  test("names the recommendation, compares all four options and marks the ruled-out ones", async ({ page }) => {
    const plan = buildPlan(DEFAULT_ANSWERS);
    const result = new ResultPage(page);
    await result.goto(encodeAnswers(DEFAULT_ANSWERS));
    await result.expectRecommendation("Amazon MSK Replicator");
    await expect(page).toHaveTitle("Recommended: MSK Replicator — Kafka Replication Advisor", { timeout: 20_000 });
    await expect(page.getByText(plan.summary)).toBeVisible();

    for (const o of plan.options) {
      const card = result.option(o.name);
      await expect(card).toBeVisible();
      await expect(card.getByRole("meter", { name: `${o.name} score` })).toHaveAttribute(
        "aria-valuenow",
        String(o.score),
      );
      await expect(card).toContainText(`${o.score}/100`);
      if (!o.eligible) {
        await expect(card).toContainText("Ruled out");
        for (const b of o.blockers) await expect(card).toContainText(b.text);
      } else {
        await expect(card).not.toContainText("Ruled out");
      }
    }
    await expect(result.option("Amazon MSK Replicator")).toContainText("Recommended");

    // Reasons: points given and taken, in text, each with its source.
    const reasons = result.section("Reasons for and against");
    const best = reasons.getByRole("article", { name: "Amazon MSK Replicator" });
    const top = plan.options[0]!.reasons[0]!;
    await expect(best.getByRole("listitem").filter({ hasText: top.text })).toContainText(`+${top.impact}`);
    await expect(best.getByRole("link", { name: /Source: docs\.aws\.amazon\.com/ }).first()).toHaveAttribute(
      "href",
      /^https:\/\/docs\.aws\.amazon\.com\//,
    );
    await expect(best.getByText("Unverified").first()).toBeVisible();
    // The runners-up's reasons are one click away, closed at first (the page stays light to render).
    const mm2 = reasons.getByRole("article", { name: "Apache Kafka MirrorMaker 2" });
    const mm2Against = mm2.getByRole("heading", { name: "Against" });
    await expect(mm2Against).toBeHidden();
    await mm2.getByText(/^Reasons for and against \(\d+\)$/).click();
    await expect(mm2Against).toBeVisible();
    await expect(mm2).toContainText("−8");
    const ruledOut = reasons.getByRole("article", { name: "Multi-AZ only" });
    await expect(ruledOut).toContainText("Ruled out");
  });

  test("shows cost lines, recovery against objectives, caveats and the lazy slots", async ({ page }) => {
    const plan = buildPlan(answersOf({ rpo: 0 }));
    const result = new ResultPage(page);
    await result.goto(encodeAnswers(plan.answers));
    const cost = result.section("Monthly cost estimate");
    const replicatorCost = cost.getByRole("article", { name: /Amazon MSK Replicator/ });
    await expect(replicatorCost).toContainText("Data processed by the replicators");
    await expect(cost).toContainText("Uses a price not yet verified");
    await expect(cost).toContainText("us-east-1 list prices in USD");

    const recovery = result.section("Recovery point and time");
    // RPO 0 cannot be met by asynchronous replication: a warning, in words.
    await expect(recovery.getByRole("article", { name: "Amazon MSK Replicator" })).toContainText("Out of reach");
    await expect(page.getByText("An objective is out of reach.")).toBeVisible();

    const caveats = result.section(/^Caveats of/);
    for (const c of plan.caveats.slice(0, 2)) await expect(caveats).toContainText(c.text);

    // The diagram and the code load only as they come near the viewport.
    const architecture = result.section("Architecture");
    const code = result.section("Code and runbook");
    const farBelow = async (l: typeof architecture) =>
      ((await l.boundingBox())?.y ?? 0) > 2 * (page.viewportSize()?.height ?? 0) + 100;
    if (await farBelow(architecture)) await expect(architecture.getByText("loads as you scroll")).toBeAttached();
    if (await farBelow(code)) await expect(code.getByText("load as you scroll")).toBeAttached();
    await code.scrollIntoViewIfNeeded();
    await expect(architecture.getByRole("application", { name: /^Architecture diagram/ })).toBeVisible({
      timeout: 30_000,
    });
    await expect(code.getByRole("tablist")).toBeVisible({ timeout: 30_000 });
    await expect(architecture.getByRole("status")).toHaveCount(0);

    // The recommendation's cost lines are open; another option's open from its disclosure, by keyboard.
    const recommended = plan.options.find((o) => o.id === plan.recommendation)!;
    const other = plan.options.find((o) => o.id !== plan.recommendation && o.cost.lines.length > 0)!;
    await expect(cost.getByRole("article", { name: new RegExp(recommended.name) }).getByRole("table")).toBeVisible();
    const otherCost = cost.getByRole("article", { name: new RegExp(other.name) });
    await expect(otherCost.getByRole("table")).toBeHidden();
    await otherCost.getByText(/^Cost lines, /).focus();
    await page.keyboard.press("Enter");
    await expect(otherCost.getByRole("cell", { name: other.cost.lines[0]!.label, exact: false }).first()).toBeVisible();
  });

  test("the long parts arrive once, as HTML and not again as flight data, and stay in place once the page runs", async ({
    page,
    request,
  }) => {
    const plan = buildPlan(DEFAULT_ANSWERS);
    const path = `/result?${encodeAnswers(DEFAULT_ANSWERS)}`;
    const html = await (await request.get(path)).text();
    const flight = [...html.matchAll(/<script[^>]*>(self\.__next_f\.push[\s\S]*?)<\/script>/g)]
      .map((m) => m[1])
      .join("");
    // Everything under the heading is HTML only, the key figures beside it too. (The summary is in the
    // flight data all the same: it is the page's description, which the metadata carries.)
    const reason = plan.options.flatMap((o) => o.reasons.map((r) => r.text)).find((t) => !plan.summary.includes(t))!;
    const costLine = plan.options[0]!.cost.lines[0]!.label;
    const lastAnswer = "Your answers";
    for (const text of ["At a glance", reason, costLine, lastAnswer]) {
      expect(html, text).toContain(text);
      expect(flight, text).not.toContain(text);
    }
    expect(flight).toContain(plan.permalink.replace(/^\/\?/, "").split("&")[1]!);

    const result = new ResultPage(page);
    await result.goto(encodeAnswers(DEFAULT_ANSWERS));
    // Hydrated (the theme toggle answers), and the server's parts are still there, not redrawn.
    const marker = await page.evaluate(() => {
      const el = document.getElementById("reasons");
      el?.setAttribute("data-seen", "1");
      return !!el;
    });
    expect(marker).toBe(true);
    const htmlClass = await page.locator("html").getAttribute("class");
    await page.getByRole("button", { name: /theme/i }).first().click();
    await expect.poll(() => page.locator("html").getAttribute("class")).not.toBe(htmlClass);
    await expect(result.section("Reasons for and against").getByText(reason).first()).toBeVisible();
    await expect(page.locator("#reasons[data-seen]")).toHaveCount(1);
    await expect(result.section("Monthly cost estimate")).toContainText(costLine);
  });

  test("the headlines, Also consider and the cost comparison are HTML only, not flight data", async ({ request }) => {
    const flightOf = (html: string) =>
      [...html.matchAll(/<script[^>]*>(self\.__next_f\.push[\s\S]*?)<\/script>/g)].map((m) => m[1]).join("");
    // A contradiction: its headline list and its link to the consistent reading.
    const contradicting = await (
      await request.get("/result?goal=dr&source=msk-serverless&target=msk-provisioned&auth=sasl-scram")
    ).text();
    expect(contradicting).toContain('aria-label="Before anything else"');
    expect(flightOf(contradicting)).not.toContain("Before anything else");
    const compliance = buildPlan({ ...DEFAULT_ANSWERS, goal: "compliance" });
    const html = await (await request.get(`/result?${encodeAnswers(compliance.answers)}`)).text();
    const also = compliance.alsoConsider![0]!.when;
    expect(buildPlan(DEFAULT_ANSWERS).costComparison).toBeDefined();
    const dr = await (await request.get(`/result?${encodeAnswers(DEFAULT_ANSWERS)}`)).text();
    expect(html).toContain("Managed paths outside the four options");
    expect(flightOf(html)).not.toContain("Managed paths outside the four options");
    expect(flightOf(html)).not.toContain(also.slice(0, 40));
    expect(dr).toContain('id="cost-comparison"');
    expect(flightOf(dr)).not.toContain("cost-comparison");
  });

  test("a ruled-out option's reasons open by keyboard", async ({ page }) => {
    const plan = buildPlan(DEFAULT_ANSWERS);
    const ruled = plan.options.find((o) => !o.eligible)!;
    const result = new ResultPage(page);
    await result.goto(encodeAnswers(DEFAULT_ANSWERS));
    const article = result.section("Reasons for and against").getByRole("article", { name: ruled.name });
    const reason = article.getByText(ruled.reasons[0]!.text);
    await expect(reason).toBeHidden();
    const disclosure = article.getByText("What it would have scored on");
    await disclosure.focus();
    await expect(disclosure).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(reason).toBeVisible();
    await expect(article.getByRole("link", { name: /^Source:/ }).first()).toBeVisible();
    // Closed again with Enter, not Space: Chrome toggles a summary on Space's keyup only while the
    // summary is still :active, and a layout change between keydown and keyup (the lazily loaded
    // diagram arriving, as a probe of the failing runs showed) clears that state, so about one run
    // in 30 the page ignored the key. Enter clicks at keydown.
    await page.keyboard.press("Enter");
    await expect(reason).toBeHidden();
  });

  test("a result reached inside the app is drawn in full in the browser", async ({ page }) => {
    const plan = buildPlan(answersOf({ accounts: "cross", rto: 240 }));
    const result = new ResultPage(page);
    await result.goto("accounts=cross&rto=240");
    // Into the wizard and back without a page load: the parts are drawn from the answers.
    await result.editAnswers.click();
    const wizard = new WizardPage(page);
    await wizard.expectStep("Purpose and route");
    await wizard.finish();
    await result.expectRecommendation("Apache Kafka MirrorMaker 2");
    const best = result.section("Reasons for and against").getByRole("article", { name: "Apache Kafka MirrorMaker 2" });
    await expect(best.getByText(plan.options[0]!.reasons[0]!.text).first()).toBeVisible({ timeout: 30_000 });
    await expect(result.section("Monthly cost estimate")).toContainText(plan.options[0]!.cost.lines[0]!.label);
    await expect(result.section("Your answers").getByRole("link", { name: "Edit Objectives and load" })).toBeVisible();
    await expect(result.section("What would change this")).toBeVisible();
  });

  test("each section is a deep link: #cost opens the result scrolled to its cost estimate", async ({ page }) => {
    await page.goto(`/result?v=1&accounts=cross#cost`);
    const result = new ResultPage(page);
    await expect(result.section("Monthly cost estimate")).toBeInViewport();
    await expect(result.section("The four options compared")).not.toBeInViewport();
  });

  test("each flip opens that variant's result", async ({ page }) => {
    const result = new ResultPage(page);
    await result.goto(encodeAnswers(DEFAULT_ANSWERS));
    const flips = result.section("What would change this");
    await flips.getByRole("link", { name: /Different accounts/ }).click();
    await result.expectRecommendation("Apache Kafka MirrorMaker 2");
    await expect(page).toHaveURL(/accounts=cross/);
  });

  test("copy link puts the absolute canonical permalink on the clipboard", async ({ page, context, baseURL }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    const answers = answersOf({ goal: "analytics", mbps: 250 });
    const result = new ResultPage(page);
    await result.goto(`goal=analytics&mbps=250`);
    await result.copyLink.click();
    await expect(page.getByRole("status").filter({ hasText: "Link copied" })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(`${baseURL}${permalinkPath(answers)}`);
  });

  test("edit answers goes back into the wizard with the answers kept @phone", async ({ page }) => {
    const result = new ResultPage(page);
    await result.goto("accounts=cross&rto=240");
    await result.editAnswers.click();
    const wizard = new WizardPage(page);
    await wizard.expectStep("Purpose and route");
    await wizard.next.click();
    await expect(
      wizard.group("Are source and target in the same AWS account?").getByRole("radio", { name: "Different accounts" }),
    ).toBeChecked();
    await wizard.finish();
    await result.expectRecommendation("Apache Kafka MirrorMaker 2");
    await expect(page).toHaveURL(/rto=240/);
  });

  test("each step's Edit link opens the wizard at that step", async ({ page }) => {
    const result = new ResultPage(page);
    await result.goto("rto=240");
    await result.section("Your answers").getByRole("link", { name: "Edit Objectives and load" }).click();
    const wizard = new WizardPage(page);
    await wizard.expectStep("Objectives and load");
    await expect(wizard.field("Recovery time objective")).toHaveValue("240");
    await expect(wizard.progressStep("Purpose and route")).toBeVisible();
  });

  test("start over resets to the defaults, the first step and a bare URL", async ({ page }) => {
    const result = new ResultPage(page);
    await result.goto("goal=compliance&offsets=no&rto=1440");
    await result.startOver.click();
    const wizard = new WizardPage(page);
    await wizard.expectStep("Purpose and route");
    await expect(page).toHaveURL(/\/$/);
    await expect(
      wizard.group("What is the replication for?").getByRole("radio", { name: "Disaster recovery" }),
    ).toBeChecked();
    await wizard.finish();
    await result.expectRecommendation("Amazon MSK Replicator");
  });

  test("phone: options stack and nothing overflows sideways @phone", async ({ page }) => {
    const result = new ResultPage(page);
    await result.goto(encodeAnswers(DEFAULT_ANSWERS));
    const first = await result.option("Amazon MSK Replicator").boundingBox();
    const second = await result.option("Apache Kafka MirrorMaker 2").boundingBox();
    expect(first && second).toBeTruthy();
    const isPhone = (page.viewportSize()?.width ?? 1440) < 768;
    if (isPhone) expect(second!.y).toBeGreaterThan(first!.y + first!.height - 1);
    else expect(Math.abs(second!.y - first!.y)).toBeLessThan(2);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test("at 375 px nothing is cut off, the diagram and code panels included @phone", async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 812 });
    const result = new ResultPage(page);
    // Cross-account: MirrorMaker 2 is recommended, so the option pickers hold their longest label.
    await result.goto(encodeAnswers({ ...DEFAULT_ANSWERS, accounts: "cross" }));
    // Both panels load as they come near: scroll to each and wait for its option picker.
    await page.getByRole("heading", { level: 2, name: "Architecture" }).scrollIntoViewIfNeeded();
    await expect(page.getByLabel("Option drawn")).toHaveValue("mirrormaker2");
    await page.getByRole("heading", { level: 2, name: "Code and runbook" }).scrollIntoViewIfNeeded();
    await expect(page.getByLabel("Generate for")).toHaveValue("mirrormaker2");
    expect(await cutOffElements(page)).toEqual([]);
  });

  test("a contradiction comes first, with a link to its consistent reading; also-consider and the cost comparison are shown", async ({
    page,
  }) => {
    // Unauthenticated across Regions rules MSK Replicator out; Serverless would have IAM only.
    await page.goto("/result?goal=dr&target=msk-serverless&auth=none");
    const result = new ResultPage(page);
    await result.expectRecommendation(OPTIONS.mirrormaker2.name);
    const headline = page.getByRole("list", { name: "Before anything else" });
    await expect(headline).toContainText("MSK Serverless accepts IAM access control only");
    await headline.getByRole("link", { name: /the recommendation is Amazon MSK Replicator/ }).click();
    await result.expectRecommendation(OPTIONS["msk-replicator"].name);
    await expect(page).toHaveURL(/auth=iam/);

    await page.goto("/result?goal=compliance");
    await expect(page.getByRole("heading", { name: "Also consider" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Amazon Data Firehose from MSK to Amazon S3" })).toBeVisible();
    await page.goto("/result?goal=dr");
    await expect(page.locator("#cost-comparison")).toContainText(
      /The managed option, Amazon MSK Replicator, costs \$[\d,]+ more a month/,
    );
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a result permalink shows every part of the report, in place, and its disclosures open @phone", async ({
    page,
  }) => {
    // A contradiction and Also consider as well, so that every part of the report has content.
    const answers = answersOf({ goal: "compliance", source: "msk-serverless", auth: "sasl-scram" });
    const plan = buildPlan(answers);
    expect(plan.contradictions?.length, "the link has a contradiction").toBeGreaterThan(0);
    expect(plan.alsoConsider?.length, "the link has something to also consider").toBeGreaterThan(0);
    await page.goto(`/result?${encodeAnswers(answers)}`);
    const result = new ResultPage(page);
    await expect(result.heading).toHaveText(`Recommended: ${OPTIONS[plan.recommendation].name}`);

    await expect(page.getByRole("list", { name: "Before anything else" })).toContainText(plan.contradictions![0]!.text);
    for (const name of [
      "The four options compared",
      "Reasons for and against",
      "What would change this",
      "Monthly cost estimate",
      "Recovery point and time",
      `Caveats of ${OPTIONS[plan.recommendation].short}`,
      "Also consider",
      "Your answers",
    ])
      await expect(result.section(name), name).toBeVisible();
    for (const o of plan.options) await expect(result.option(o.name)).toBeVisible();

    // Every reason of an option that is not ruled out, its source with it.
    const reasons = result.section("Reasons for and against");
    const best = reasons.getByRole("article", { name: plan.options[0]!.name });
    for (const r of plan.options[0]!.reasons) {
      const item = best.getByRole("listitem").filter({ hasText: r.text });
      await expect(item).toBeVisible();
      await expect(item.getByRole("link", { name: /^Source:/ })).toHaveAttribute("href", r.source);
    }
    // A ruled-out option's reasons open and close without a script (a native disclosure).
    const ruled = plan.options.find((o) => !o.eligible)!;
    const ruledArticle = reasons.getByRole("article", { name: ruled.name });
    const hidden = ruledArticle.getByText(ruled.reasons[0]!.text);
    await expect(hidden).toBeHidden();
    await ruledArticle.getByText("What it would have scored on").click();
    await expect(hidden).toBeVisible();

    const flip = plan.flips[0]!;
    await expect(
      result
        .section("What would change this")
        .getByRole("link", { name: new RegExp(OPTIONS[flip.recommendation].name) })
        .first(),
    ).toHaveAttribute("href", /^\/result\?v=1&/);
    const cost = result.section("Monthly cost estimate");
    for (const line of plan.options[0]!.cost.lines) await expect(cost).toContainText(line.label);
    const caveats = result.section(`Caveats of ${OPTIONS[plan.recommendation].short}`);
    for (const c of plan.caveats) await expect(caveats).toContainText(c.text);
    await expect(result.section("Also consider")).toContainText(plan.alsoConsider![0]!.name);
    await expect(result.answer("Recovery time objective")).toBeVisible();

    // Nothing waits for a script to move it into place: no hidden segments, no loading placeholder.
    expect(await page.locator("[hidden][id^='S:'], template[id^='B:']").count()).toBe(0);
    await expect(page.getByRole("status").filter({ hasText: "Loading the result" })).toHaveCount(0);
  });
});
