import { expect, test } from "@playwright/test";
import { configureSandbox, expectNoSeriousA11yViolations, resetSandbox } from "./support";

const pages = ["/", "/settings"];

test.describe("console shell", () => {
  test("renders in English with the sandbox label on every page", async ({ page }) => {
    for (const path of pages) {
      await page.goto(path);
      await expect(page.getByTestId("mode-badge")).toHaveText("Sandbox");
      await expect(page.getByTestId("sandbox-banner")).toBeVisible();
      const nav = page.getByRole("navigation", { name: "Main" }).first();
      for (const item of ["Overview", "Compose", "Cards", "Messages", "Settings"]) {
        await expect(nav.getByRole("link", { name: item })).toBeVisible();
      }
    }
  });

  test("follows the browser's language and switches on demand", async ({ browser }) => {
    const context = await browser.newContext({
      locale: "zh-CN",
      extraHTTPHeaders: { "accept-language": "zh-CN,zh;q=0.9" },
    });
    const page = await context.newPage();
    await page.goto("/settings");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("设置");
    await expect(page.getByTestId("mode-badge")).toHaveText("沙箱");
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");

    await page.getByTestId("language-switch").selectOption("en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Settings");
    await page.reload();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Settings");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await context.close();
  });

  test("every page has no serious accessibility violations, in both languages", async ({ browser }) => {
    for (const locale of ["en-US", "zh-CN"]) {
      const context = await browser.newContext({ locale, extraHTTPHeaders: { "accept-language": locale } });
      const page = await context.newPage();
      for (const path of pages) {
        await page.goto(path);
        await expectNoSeriousA11yViolations(page);
      }
      await context.close();
    }
  });
});

test.describe("settings: test connection", () => {
  test.afterEach(async () => {
    await configureSandbox({ refuseAppKey: false });
  });

  test("succeeds against the simulator and shows a masked connection", async ({ page }) => {
    await resetSandbox();
    await page.goto("/settings");
    await expect(page.getByTestId("setting-mode")).toContainText("Sandbox");
    await expect(page.getByTestId("setting-robot-codes")).toContainText("dingsandboxrobot");
    await page.getByRole("button", { name: "Test connection" }).click();
    await expect(page.getByTestId("connection-result")).toContainText("Connected: DingTalk issued an access token");
  });

  test("explains the DingTalk error when the simulator refuses the app key", async ({ page }) => {
    await configureSandbox({ refuseAppKey: true });
    await page.goto("/settings");
    await page.getByRole("button", { name: "Test connection" }).click();
    const alert = page.getByTestId("connection-result").getByRole("alert");
    await expect(alert).toContainText("Connection failed");
    await expect(alert).toContainText("What to do");
    // The person sees an explanation, and the raw DingTalk code for their ticket to DingTalk support.
    await expect(alert).toContainText(/invalidClientIdOrSecret|InvalidAuthentication|Forbidden/);
  });
});
