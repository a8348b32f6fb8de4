import path from "node:path";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { EXPORT_DIR, EXPORT_NAMES, FIRST_SCREEN } from "@/lib/cards/testing/card-exports";
import { FIXTURE_DIR, FIXTURE_NAMES } from "@/lib/cards/testing/fixtures";
import { expectNoSeriousA11yViolations } from "./support";

// The card page compiles on first use in a dev server; production answers at once.
const URL_TIMEOUT = { timeout: 30_000 };
const RUN = Date.now().toString(36);
/** Screenshots of the import and card pages, to look at after a run. */
const SCREENS = path.resolve(import.meta.dirname, "../../test-results/card-widget-screens");

/** The shared fixtures and the exports written here: each must preview without a placeholder. */
const EXPORTS = [
  ...FIXTURE_NAMES.map((name) => ({ name, file: path.join(FIXTURE_DIR, `${name}.json`) })),
  ...EXPORT_NAMES.map((name) => ({ name, file: path.join(EXPORT_DIR, `${name}.json`) })),
];
const fileOf = (name: string) => EXPORTS.find((entry) => entry.name === name)?.file ?? "";

/** Chooses the file on the import page: its preview (the export's own sample data) appears. */
async function chooseExport(page: Page, name: string): Promise<void> {
  await page.goto("/cards/import");
  await page.locator("#card-file").setInputFiles(fileOf(name));
  await expect(page.getByTestId("import-found")).toBeVisible();
  await expect(page.locator("#card-name")).toHaveValue(name);
}

async function importExport(page: Page, name: string): Promise<void> {
  await chooseExport(page, name);
  await page.locator("#card-cardTemplateId").fill(`tpl-widget-${name}-${RUN}`);
  await page.getByTestId("import-submit").click();
  await page.waitForURL(/\/cards\/[0-9a-f-]{36}$/, URL_TIMEOUT);
  await expect(page.getByTestId("template-name")).toHaveText(name);
}

/** The preview drew every view: no placeholder, and the coverage line says 100%. */
async function expectComplete(page: Page, preview: Locator): Promise<void> {
  await expect(preview).toBeVisible();
  await expect(preview.getByTestId("widget-unknown")).toHaveCount(0);
  const coverage = page.getByTestId("widget-coverage");
  await expect(coverage).toHaveAttribute("data-complete", "true");
  await expect(coverage).toHaveText(/100%/);
}

async function screenshot(page: Page, file: string): Promise<void> {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.screenshot({ path: path.join(SCREENS, file), fullPage: true });
}

test.describe("card preview from the layout DingTalk draws (widgetInfo)", () => {
  for (const { name } of EXPORTS) {
    test(`${name}: previews without a placeholder on the import page and the card page`, async ({ page }) => {
      await chooseExport(page, name);
      await expectComplete(page, page.getByTestId("import-preview"));
      await page.locator("#card-cardTemplateId").fill(`tpl-widget-${name}-${RUN}`);
      await page.getByTestId("import-submit").click();
      await page.waitForURL(/\/cards\/[0-9a-f-]{36}$/, URL_TIMEOUT);
      const preview = page.getByTestId("card-preview");
      await expectComplete(page, preview);
      // The console is in English here, so the layout's @dti18NAdapter picks en_US.
      const texts = (FIRST_SCREEN as Record<string, { en: string[] } | undefined>)[name]?.en ?? [];
      for (const text of texts) await expect(preview.getByText(text, { exact: true }).first()).toBeVisible();
    });
  }

  test("tabs switch by click, a collapse panel opens, a link and a callback are shown, not followed", async ({
    page,
  }) => {
    await importExport(page, "weekly-report-tabs");
    const preview = page.getByTestId("card-preview");
    await expect(preview.getByText("新增客户")).toBeVisible();
    await preview.getByText("Trend", { exact: true }).click();
    await expect(preview.getByText("Sales in the last 7 days (10k CNY)")).toBeVisible();
    await expect(preview.getByText("新增客户")).toHaveCount(0);
    await expect(preview.locator(".recharts-line").first()).toBeVisible();
    await expect(page.getByTestId("widget-action-log")).toContainText("tabIndex");

    await preview.getByText("Notes", { exact: true }).click();
    const rules = preview.getByText(/成交额按合同签订日统计/);
    await expect(rules).toHaveCount(0);
    await preview.getByText("How it is counted").click();
    await expect(rules).toBeVisible();
    await preview.getByText("How it is counted").click();
    await expect(rules).toHaveCount(0);

    await preview.getByText("Details", { exact: true }).click();
    await expect(page.getByTestId("widget-action-log")).toContainText("https://www.dingtalk.com/report/2024-23");
    await preview.getByText("Mark as read").click();
    await expect(page.getByTestId("widget-action-log")).toContainText("ack_report");
    expect(page.url()).toMatch(/\/cards\/[0-9a-f-]{36}$/);
  });

  test("the per-user view shows the chosen recipient's private values", async ({ page }) => {
    await importExport(page, "weekly-report-tabs");
    const preview = page.getByTestId("card-preview");
    await expect(preview.getByText("我的目标完成度")).toBeVisible();
    await expect(preview.getByText("76%")).toBeVisible();
    await page.getByTestId("add-private-row").click();
    await page.locator("#private-0-userId").fill(`manager-${RUN}`);
    await page.locator("#private-0-myTarget").fill("Zhang's Q2 target");
    await page.locator("#private-0-myProgress").fill("40");
    // Still the defaults row until that recipient is chosen.
    await expect(preview.getByText("我的目标完成度")).toBeVisible();
    const viewer = page.getByLabel("Preview as");
    await viewer.selectOption({ label: `manager-${RUN}` });
    await expect(preview.getByText("Zhang's Q2 target")).toBeVisible();
    await expect(preview.getByText("40%")).toBeVisible();
    await expect(preview.getByText("我的目标完成度")).toHaveCount(0);
    await viewer.selectOption({ index: 0 });
    await expect(preview.getByText("我的目标完成度")).toBeVisible();
  });

  test("an AI card previews each flowStatus and a partly streamed answer", async ({ page }) => {
    await importExport(page, "ai-assistant");
    const preview = page.getByTestId("card-preview");
    const state = page.getByTestId("widget-ai-state");
    await expect(preview.getByText("Was this helpful?")).toBeVisible();
    await state.selectOption("1");
    await expect(preview.getByText("Thinking…")).toBeVisible();
    await expect(preview.getByText("Was this helpful?")).toHaveCount(0);
    await state.selectOption("2");
    await expect(preview.getByRole("heading", { name: "空闲会议室" })).toBeVisible();
    await expect(preview.getByText("西湖厅（12 人，带投屏）")).toBeVisible();
    await page.getByTestId("widget-ai-streamed").fill("20");
    await expect(preview.getByText("西湖厅（12 人，带投屏）")).toHaveCount(0);
    await page.getByTestId("widget-ai-streamed").fill("100");
    await state.selectOption("4");
    await expect(preview.getByText("Running: 查询会议室")).toBeVisible();
    await state.selectOption("5");
    await expect(preview.getByText("Something went wrong. Try again later.")).toBeVisible();
    await preview.getByText("Regenerate").click();
    await expect(page.getByTestId("widget-action-log")).toContainText("retry");
    await state.selectOption("3");
    await expect(preview.getByText("会议室预订规则")).toBeVisible();
    await expectComplete(page, preview);
  });

  test("group sign-up: ticks switch by click and the confirm names them", async ({ page }) => {
    await importExport(page, "group-signup");
    const preview = page.getByTestId("card-preview");
    const options = preview.locator('[data-testid="widget-tap"]', { hasText: "晚餐" });
    await options.click();
    await expect(page.getByTestId("widget-action-log")).toContainText("picked");
    await preview.getByText("Join", { exact: true }).click();
    await expect(page.getByTestId("widget-action-log")).toContainText("Joining: 晚餐");
  });

  /** Switches the console's language with its own select, as a person does. */
  async function switchLanguage(page: Page, locale: "en" | "zh-CN"): Promise<boolean> {
    const language = page.getByTestId("language-switch");
    if ((await language.inputValue()) === locale) return false;
    await language.selectOption(locale);
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    return true;
  }

  test("the import page in both languages and themes: the preview follows the page's theme", async ({ page }) => {
    for (const locale of ["en", "zh-CN"] as const)
      for (const scheme of ["light", "dark"] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await chooseExport(page, "weekly-report-tabs");
        if (await switchLanguage(page, locale))
          await page.locator("#card-file").setInputFiles(fileOf("weekly-report-tabs"));
        const preview = page.getByTestId("import-preview");
        await expectComplete(page, preview);
        await expect(preview).toHaveAttribute("data-theme", scheme);
        await expect(preview.getByText(locale === "en" ? "Overview" : "概览", { exact: true })).toBeVisible();
        await screenshot(page, `import-${locale}-${scheme}.png`);
        await expectNoSeriousA11yViolations(page);
      }
  });

  for (const name of ["weekly-report-tabs", "ai-assistant", "group-signup", "app-dashboard", "approval"]) {
    test(`${name}: the card page in both languages and themes, screenshots, and axe passes`, async ({ page }) => {
      test.setTimeout(120_000);
      await importExport(page, name);
      const preview = page.getByTestId("card-preview");
      // The shared toaster's "imported" notice fades after a few seconds; the page is what is checked.
      await expect(page.locator("[data-sonner-toast]")).toHaveCount(0, { timeout: 15_000 });
      for (const locale of ["zh-CN", "en"] as const) {
        await switchLanguage(page, locale);
        for (const scheme of ["light", "dark"] as const) {
          await page.emulateMedia({ colorScheme: scheme });
          await expect(preview).toHaveAttribute("data-theme", scheme);
          await expectComplete(page, preview);
          await screenshot(page, `card-${name}-${locale}-${scheme}.png`);
          await preview.screenshot({ path: path.join(SCREENS, `preview-${name}-${locale}-${scheme}.png`) });
          await expectNoSeriousA11yViolations(page);
        }
      }
      // The preview's own switch still overrides the page's theme.
      await page.getByRole("group", { name: "Theme" }).getByRole("button", { name: "Light" }).click();
      await expect(preview).toHaveAttribute("data-theme", "light");
    });
  }
});
