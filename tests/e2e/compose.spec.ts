import { expect, test, type Page } from "@playwright/test";
import { catalog, msgKeys } from "@/lib/message-types/catalog";
import {
  clickLatency,
  openFreshCompose,
  pasteIds,
  SENDER_STATE,
  SIMULATOR,
  simulatorSummary,
  userIds,
  waitForDeliveries,
  waitForDraftSaved,
} from "./compose-support";
import { expectNoSeriousA11yViolations } from "./support";

test.use({ storageState: SENDER_STATE });

// The message page compiles on first use in a dev server; production answers at once.
const URL_TIMEOUT = { timeout: 30_000 };
const UUID = /\/messages\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const preview = (page: Page) => page.getByTestId("compose-preview");
const field = (page: Page, name: string) => page.locator(`#field-${name}`);

async function chooseType(page: Page, msgKey: string) {
  await page.getByTestId("msgkey-select").selectOption(msgKey);
}

async function openReview(page: Page) {
  await page.getByTestId("review-button").click();
  await expect(page.getByTestId("summary-dialog")).toBeVisible();
}

test.describe("compose: message", () => {
  test("every msgKey renders its catalog fields, and the preview follows the typing", async ({ page }) => {
    await openFreshCompose(page);
    for (const msgKey of msgKeys) {
      await chooseType(page, msgKey);
      for (const meta of catalog[msgKey].fields)
        await expect(field(page, meta.name), `${msgKey}.${meta.name}`).toBeVisible();
    }

    await chooseType(page, "sampleText");
    await field(page, "content").fill("Office closed on Friday");
    await expect(preview(page)).toContainText("Office closed on Friday");

    // Markdown is rendered by DingTalk's subset; HTML stays text and never runs.
    await chooseType(page, "sampleMarkdown");
    await field(page, "title").fill("Notice");
    await field(page, "text").fill("## Heads up\n<script>window.__pwned = true</script> **bold**");
    await expect(preview(page).getByText("Heads up", { exact: true })).toBeVisible();
    await expect(preview(page).locator("strong", { hasText: "bold" })).toBeVisible();
    await expect(preview(page)).toContainText("<script>window.__pwned = true</script>");
    await expect(preview(page).locator("script")).toHaveCount(0);
    expect(await page.evaluate(() => "__pwned" in window)).toBe(false);

    // Switching type keeps the shared title and body.
    await chooseType(page, "sampleActionCard3");
    await expect(field(page, "title")).toHaveValue("Notice");
    for (const n of [1, 2, 3]) await field(page, `actionTitle${n}`).fill(`Option ${n}`);
    const tops = await Promise.all(
      [1, 2, 3].map(async (n) => (await preview(page).getByText(`Option ${n}`).boundingBox())?.y ?? Number.NaN),
    );
    expect(tops).toEqual([...tops].sort((x, y) => x - y));
    expect(new Set(tops).size).toBe(3);

    await chooseType(page, "sampleActionCard6");
    await field(page, "buttonTitle1").fill("Yes");
    await field(page, "buttonTitle2").fill("No");
    const yes = await preview(page).getByText("Yes", { exact: true }).boundingBox();
    const no = await preview(page).getByText("No", { exact: true }).boundingBox();
    expect(yes && no && Math.abs(yes.y - no.y) < 4 && yes.x < no.x).toBe(true);

    await expectNoSeriousA11yViolations(page);
  });

  test("required fields and the recipient list report errors in the chosen language", async ({ browser }) => {
    for (const [locale, required, noRecipients] of [
      ["zh-CN", "必填。", "请至少添加一位接收人"],
      ["en-US", "Required.", "Add at least one recipient"],
    ] as const) {
      const context = await browser.newContext({
        locale,
        extraHTTPHeaders: { "accept-language": locale },
        storageState: SENDER_STATE,
      });
      const page = await context.newPage();
      await openFreshCompose(page);
      await page.getByTestId("review-button").click();
      await expect(page.getByTestId("field-content-error")).toHaveText(required);
      await expect(field(page, "content")).toHaveAttribute("aria-invalid", "true");
      await expect(field(page, "content")).toBeFocused();
      await expect(page.getByTestId("audience-text-error")).toContainText(noRecipients);
      await expect(page.getByTestId("summary-dialog")).toBeHidden();
      // Fixing the field clears its error as the admin types.
      await field(page, "content").fill("hello");
      await expect(page.getByTestId("field-content-error")).toBeHidden();
      await expectNoSeriousA11yViolations(page);
      await context.close();
    }
  });

  test("a template is saved, applied over a filled form after confirmation, and deleted", async ({ page }) => {
    await openFreshCompose(page);
    await chooseType(page, "sampleLink");
    await page.getByTestId("save-template-button").click();
    await expect(page.getByText("Fix the message before saving it as a template.")).toBeVisible();

    await field(page, "title").fill("Quarterly report");
    await field(page, "text").fill("Numbers for Q3");
    await field(page, "messageUrl").fill("https://example.com/q3");
    await page.getByTestId("save-template-button").click();
    const saveDialog = page.getByTestId("save-template-dialog");
    await saveDialog.getByTestId("save-template-confirm").click();
    await expect(saveDialog.getByTestId("template-name-error")).toContainText("Give the template a name");
    const name = `Report ${Date.now()}`;
    await saveDialog.getByLabel("Template name").fill(name);
    await saveDialog.getByTestId("save-template-confirm").click();
    await expect(saveDialog).toBeHidden();

    await chooseType(page, "sampleText");
    await field(page, "content").fill("something else");
    await page.getByTestId("templates-button").click();
    const list = page.getByTestId("templates-dialog");
    await list.getByRole("button", { name: `Use template ${name}` }).click();
    await list.getByRole("button", { name: "Replace" }).click();
    await expect(list).toBeHidden();
    await expect(page.getByTestId("msgkey-select")).toHaveValue("sampleLink");
    await expect(field(page, "messageUrl")).toHaveValue("https://example.com/q3");
    await expect(preview(page)).toContainText("Quarterly report");

    await page.getByTestId("templates-button").click();
    await list.getByRole("button", { name: `Delete template ${name}` }).click();
    await list.getByRole("button", { name: "Delete", exact: true }).click();
    await expect(list).not.toContainText(name);
  });
});

test.describe("compose: recipients", () => {
  test("pasted ids are deduplicated and counted; malformed ones are listed and block sending", async ({ page }) => {
    await openFreshCompose(page);
    const ids = userIds("paste", 1000);
    const text = [
      ids.slice(0, 500).join(", "),
      ...ids.slice(500).map((id) => `${id}\t`),
      ...ids.slice(0, 40),
      "bad#id",
      "名字",
      "x".repeat(70),
    ].join("\n");
    await pasteIds(page, text);
    await expect(page.getByTestId("audience-count")).toHaveText("1,000 recipients");
    await expect(page.getByTestId("audience-duplicates")).toHaveText("40 duplicates removed");
    const malformed = page.getByTestId("audience-malformed");
    await expect(malformed).toContainText("3 malformed userIds");
    await expect(malformed).toContainText("bad#id");
    await expect(malformed).toContainText(/Line \d+: “名字”/);

    await field(page, "content").fill("Hi");
    await page.getByTestId("review-button").click();
    await expect(page.getByTestId("audience-text-error")).toContainText("Fix or remove the malformed userIds");
    await expect(page.getByTestId("summary-dialog")).toBeHidden();
  });

  test("an uploaded CSV fills the list", async ({ page }) => {
    await openFreshCompose(page);
    const csv = ["userId", ...userIds("csv", 25), "csv000003"].join("\r\n");
    await page
      .getByTestId("audience-file")
      .setInputFiles({ name: "staff.csv", mimeType: "text/csv", buffer: Buffer.from(`\uFEFF${csv}`) });
    await expect(page.getByTestId("audience-file-card")).toContainText("staff.csv");
    await expect(page.getByTestId("audience-count")).toHaveText("25 recipients");
    await expect(page.getByTestId("audience-duplicates")).toHaveText("1 duplicate removed");
  });

  test("100,000 ids upload in a worker while the page stays responsive", async ({ page }) => {
    await openFreshCompose(page);
    const ids = userIds("bulk", 100_000);
    await page
      .getByTestId("audience-file")
      .setInputFiles({ name: "everyone.txt", mimeType: "text/plain", buffer: Buffer.from(ids.join("\n")) });
    // The main thread answers clicks while the list is read (a frozen page would take far longer).
    expect(await clickLatency(page, "schedule-schedule")).toBeLessThan(5_000);
    expect(await clickLatency(page, "schedule-now")).toBeLessThan(5_000);
    await expect(page.getByTestId("audience-count")).toHaveText("100,000 recipients", { timeout: 30_000 });
    await expect(page.getByTestId("audience-stats")).toHaveAttribute("data-engine", "worker");

    await field(page, "content").fill("All hands");
    await openReview(page);
    await expect(page.getByTestId("summary-calls")).toContainText("5,000 calls");
    await expect(page.getByTestId("summary-duration")).toContainText("4 min 10 s at 20 calls per second");
  });

  test("without Web Workers the list is parsed in slices on the main thread", async ({ page }) => {
    await page.addInitScript(() => {
      // Simulates a browser (or a CSP) that refuses workers.
      Object.defineProperty(window, "Worker", {
        value: function Refused() {
          throw new Error("workers disabled");
        },
      });
    });
    await openFreshCompose(page);
    const ids = userIds("slice", 100_010);
    await page
      .getByTestId("audience-file")
      .setInputFiles({ name: "too-many.txt", mimeType: "text/plain", buffer: Buffer.from(ids.join("\n")) });
    expect(await clickLatency(page, "schedule-schedule")).toBeLessThan(5_000);
    await expect(page.getByTestId("audience-count")).toHaveText("100,000 recipients", { timeout: 30_000 });
    await expect(page.getByTestId("audience-stats")).toHaveAttribute("data-engine", "main-thread");
    await expect(page.getByTestId("audience-truncated")).toContainText("only the first 100,000 are kept");
  });
});

test.describe("compose: review and send", () => {
  test("the summary counts calls, time and quota; sending delivers to each user exactly once", async ({ page }) => {
    await openFreshCompose(page);
    await field(page, "content").fill("Town hall at 3 pm");
    const ids = userIds(`send${Date.now() % 100_000}x`, 1000);
    await pasteIds(page, ids.join("\n"));
    await openReview(page);
    await expect(page.getByTestId("summary-recipients")).toContainText("1,000 users");
    await expect(page.getByTestId("summary-calls")).toContainText("50 calls");
    await expect(page.getByTestId("summary-duration")).toContainText("2.5 s at 20 calls per second");
    await expect(page.getByTestId("summary-quota")).toContainText("1% of the monthly quota of 5,000 calls");
    await expect(page.getByTestId("summary-quota")).toContainText(/[\d,]+ of 5,000 used this month/);
    await expect(page.getByTestId("summary-when")).toContainText("Immediately");
    await expectNoSeriousA11yViolations(page);

    const since = Date.now();
    await page.getByTestId("send-button").click();
    await expect(page).toHaveURL(UUID, URL_TIMEOUT);
    const summary = await waitForDeliveries(since, 1000);
    expect(Object.keys(summary.perUser ?? {}).sort()).toEqual([...ids].sort());
    expect(Object.values(summary.perUser ?? {}).every((count) => count === 1)).toBe(true);
  });

  test("a coolapp chat gets one privateChatMessages/send", async ({ page }) => {
    const cid = `cidCompose${Date.now()}`;
    const members = [`${cid}-a`, `${cid}-b`];
    const registered = await fetch(`${SIMULATOR}/__sandbox/conversations`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ openConversationId: cid, coolAppCode: "COOLAPP_compose", memberIds: members }),
    });
    expect(registered.ok).toBe(true);
    await openFreshCompose(page);
    await field(page, "content").fill("Chat hello");
    await page.getByRole("tab", { name: "Coolapp chat" }).click();
    await page.getByRole("button", { name: "Review and send" }).click();
    await expect(field(page, "openConversationId")).toBeFocused();
    await field(page, "openConversationId").fill(cid);
    await field(page, "coolAppCode").fill("COOLAPP_compose");
    await openReview(page);
    await expect(page.getByTestId("summary-recipients")).toContainText(`One coolapp chat: ${cid}`);
    await expect(page.getByTestId("summary-calls")).toContainText("1 call");
    const since = Date.now();
    await page.getByTestId("send-button").click();
    await expect(page).toHaveURL(UUID, URL_TIMEOUT);
    const summary = await waitForDeliveries(since, 2);
    expect(summary.perUser).toEqual({ [members[0] as string]: 1, [members[1] as string]: 1 });
  });

  test("the draft survives a reload", async ({ page }) => {
    await openFreshCompose(page);
    await chooseType(page, "sampleMarkdown");
    await field(page, "title").fill("Draft title");
    await field(page, "text").fill("Draft **body**");
    await pasteIds(page, "draft1, draft2\ndraft3");
    await page.getByTestId("schedule-schedule").check();
    const edited = Date.now();
    await field(page, "scheduledAt").fill("2099-01-02T09:30");
    await waitForDraftSaved(page, edited);
    await expect(page.getByTestId("draft-status")).toContainText(/Draft saved at \d{2}:\d{2}:\d{2}/);

    await page.reload();
    await expect(page.getByTestId("draft-status")).toHaveText("Draft restored");
    await expect(page.getByTestId("msgkey-select")).toHaveValue("sampleMarkdown");
    await expect(field(page, "title")).toHaveValue("Draft title");
    await expect(field(page, "text")).toHaveValue("Draft **body**");
    await expect(page.getByTestId("audience-count")).toHaveText("3 recipients");
    await expect(field(page, "scheduledAt")).toHaveValue("2099-01-02T09:30");
    await expect(preview(page)).toContainText("body");
  });

  test("a send the server refuses keeps the form and the draft", async ({ page }) => {
    // The browser's clock runs two hours behind the server's: a time that looks ahead here has passed there.
    await page.clock.setFixedTime(new Date(Date.now() - 2 * 3_600_000));
    await openFreshCompose(page);
    await field(page, "content").fill("Kept after failure");
    await pasteIds(page, "keep1\nkeep2");
    await page.getByTestId("schedule-schedule").check();
    const inAnHour = await page.evaluate(() => {
      const d = new Date(Date.now() + 3_600_000);
      const pad = (n: number) => String(n).padStart(2, "0");
      return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
    });
    await field(page, "scheduledAt").fill(inAnHour);
    await openReview(page);
    await page.getByTestId("send-button").click();
    await expect(page.getByTestId("summary-dialog")).toBeHidden();
    await expect(page.getByTestId("field-scheduledAt-error")).toHaveText("Choose a time in the future.");
    await expect(field(page, "scheduledAt")).toBeFocused();
    await expect(field(page, "content")).toHaveValue("Kept after failure");
    await expect(page).toHaveURL(/\/compose$/);

    // A robot removed from the configuration after the page loaded.
    await page.getByTestId("schedule-now").check();
    await field(page, "robotCode").evaluate((select) => {
      const option = document.createElement("option");
      option.value = option.textContent = "retiredrobot";
      select.append(option);
    });
    const edited = Date.now();
    await field(page, "robotCode").selectOption("retiredrobot");
    await openReview(page);
    await page.getByTestId("send-button").click();
    await expect(page.getByTestId("field-robotCode-error")).toHaveText("Choose one of the configured robots.");
    await expect(field(page, "robotCode")).toBeFocused();

    await waitForDraftSaved(page, edited);
    await page.reload();
    await expect(field(page, "content")).toHaveValue("Kept after failure");
    await expect(page.getByTestId("audience-count")).toHaveText("2 recipients");
  });

  test("a scheduled send shows its time and waits", async ({ page }) => {
    await openFreshCompose(page);
    await field(page, "content").fill("Tomorrow's reminder");
    await pasteIds(page, "sched1");
    await page.getByTestId("schedule-schedule").check();
    await expect(page.getByText(/Your time zone: .+ \(UTC[+-]\d{2}:\d{2}\)/)).toBeVisible();
    await field(page, "scheduledAt").fill("2020-01-01T10:00");
    await page.getByTestId("review-button").click();
    await expect(page.getByTestId("field-scheduledAt-error")).toHaveText("Choose a time in the future.");
    const tomorrow = await page.evaluate(() => {
      const d = new Date(Date.now() + 86_400_000);
      const pad = (n: number) => String(n).padStart(2, "0");
      return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T09:00`;
    });
    await field(page, "scheduledAt").fill(tomorrow);
    await openReview(page);
    await expect(page.getByTestId("summary-when")).toContainText("9:00");
    await expect(page.getByTestId("send-button")).toHaveText("Schedule");
    const before = (await simulatorSummary(0)).messages;
    await page.getByTestId("send-button").click();
    await expect(page).toHaveURL(UUID, URL_TIMEOUT);
    expect((await simulatorSummary(0)).messages).toBe(before);
  });
});
