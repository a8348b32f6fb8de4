import { expect, test } from "@playwright/test";
import { anonymous } from "./accounts";
import { startAppInstance, type AppInstance } from "./instance";
import { expectNoSeriousA11yViolations } from "./support";

/**
 * A fresh install: no ADMIN_EMAIL, no accounts, no secrets configured. Its own app process on
 * port 3102 with an empty data directory, so the shared e2e app (which has an admin) is untouched.
 */
let app: AppInstance;

test.beforeAll(async () => {
  app = await startAppInstance(3102, {});
});
test.afterAll(async () => {
  await app?.stop();
});

test("first run: the setup page creates the first admin, who can then sign out and back in", async ({ browser }) => {
  const context = await browser.newContext({ storageState: anonymous, baseURL: app.url, locale: "en-US" });
  const page = await context.newPage();

  await page.goto("/");
  await expect(page).toHaveURL(/\/setup$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Welcome to Dingcast");
  await expectNoSeriousA11yViolations(page);

  await page.locator("#name").fill("First Admin");
  await page.locator("#email").fill("First.Admin@Example.com");
  await page.locator("#password").fill("first-admin-password");
  await page.locator("#confirmPassword").fill("something else");
  await page.getByTestId("setup-form").getByRole("button").click();
  await expect(page.getByText("The two passwords differ.")).toBeVisible();

  await page.locator("#confirmPassword").fill("first-admin-password");
  await page.getByTestId("setup-form").getByRole("button").click();
  await expect(page.getByTestId("user-email")).toHaveText("first.admin@example.com");
  await expect(page.getByTestId("user-role")).toHaveText("Admin");

  // Setup closes itself once an account exists.
  await page.goto("/setup");
  await expect(page).toHaveURL(/\/$/);

  await page.getByTestId("sign-out").click();
  await expect(page).toHaveURL(/\/login$/);
  await page.goto("/setup");
  await expect(page).toHaveURL(/\/login$/);
  await page.locator("#email").fill("first.admin@example.com");
  await page.locator("#password").fill("first-admin-password");
  await page.getByTestId("sign-in-form").getByRole("button").click();
  await expect(page.getByTestId("user-email")).toHaveText("first.admin@example.com");

  await page.goto("/audit");
  const actions = await page
    .getByTestId("audit-row")
    .evaluateAll((rows) => rows.map((row) => row.getAttribute("data-action")));
  expect(actions).toEqual(["auth.signIn", "auth.signOut", "auth.signIn", "auth.setup"]);
  await context.close();

  // No secrets were configured: the instance generated its own and said so, once, without the values.
  expect(app.output()).toContain("BETTER_AUTH_SECRET is not set");
  expect(app.output()).toContain("ENCRYPTION_KEY is not set");
});

test("an admin saves DingTalk credentials in Settings and the console goes live at once", async ({ browser }) => {
  const context = await browser.newContext({ storageState: anonymous, baseURL: app.url, locale: "en-US" });
  const page = await context.newPage();
  await page.goto("/login");
  await page.locator("#email").fill("first.admin@example.com");
  await page.locator("#password").fill("first-admin-password");
  await page.getByTestId("sign-in-form").getByRole("button").click();
  await expect(page.getByTestId("user-email")).toHaveText("first.admin@example.com");

  await page.goto("/settings");
  await expect(page.getByTestId("mode-badge")).toHaveText("Sandbox");
  await expect(page.getByTestId("credentials-source")).toContainText("None: sandbox mode");
  await page.getByTestId("save-credentials").click();
  await expect(page.getByText("Enter the app key.")).toBeVisible();

  // The shared simulator plays the app with these credentials.
  await page.locator("#appKey").fill("sandbox-app-key");
  await page.locator("#appSecret").fill("sandbox-app-secret");
  await page.locator("#robotCodes").fill("dingsandboxrobot, second-robot");
  await page.getByTestId("save-credentials").click();
  await expect(page.getByTestId("mode-badge")).toHaveText("Live");
  await expect(page.getByTestId("credentials-source")).toContainText("Saved in Settings");
  await expect(page.getByTestId("setting-app-key")).toHaveText("••••-key");
  await expect(page.getByTestId("setting-robot-codes")).toContainText("second-robot");
  await expect(page.locator("#appSecret")).toHaveValue("");
  expect(await page.content()).not.toContain("sandbox-app-secret");
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("button", { name: "Test connection" }).click();
  await expect(page.getByTestId("connection-result")).toContainText("Connected: DingTalk issued an access token");

  await page.getByRole("button", { name: "Remove saved credentials" }).click();
  await expect(page.getByTestId("mode-badge")).toHaveText("Sandbox");

  await page.goto("/audit?action=settings.update");
  await expect(page.getByTestId("audit-row")).toHaveCount(2);
  expect(await page.content()).not.toContain("sandbox-app-secret");
  await context.close();
});
