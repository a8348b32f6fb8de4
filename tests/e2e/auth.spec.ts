import { expect, request as playwrightRequest, test, type Browser, type Page } from "@playwright/test";
import { APP_URL, SANDBOX_URL } from "../../playwright.config";
import { listPages } from "../support/guard-inventory";
import { ADMIN, anonymous, storageStates } from "./accounts";
import { builtActions, callAction } from "./server-actions";
import { expectNoSeriousA11yViolations } from "./support";

async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.locator("#email").fill(email);
  await page.locator("#password").fill(password);
  await page.getByTestId("sign-in-form").getByRole("button").click();
}

async function anonymousPage(browser: Browser, locale = "en-US"): Promise<Page> {
  const context = await browser.newContext({
    storageState: anonymous,
    locale,
    extraHTTPHeaders: { "accept-language": locale },
  });
  return context.newPage();
}

test.describe("signing in and out", () => {
  test("a console page sends an anonymous visitor to sign in, then back; signing out ends the session", async ({
    browser,
  }) => {
    const page = await anonymousPage(browser);
    await page.goto("/settings");
    await expect(page).toHaveURL(/\/login\?next=%2Fsettings$/);
    await expectNoSeriousA11yViolations(page);
    await signIn(page, ADMIN.email, ADMIN.password);
    await expect(page).toHaveURL(/\/settings$/);
    await expect(page.getByTestId("user-email")).toHaveText(ADMIN.email);
    await expect(page.getByTestId("user-role")).toHaveText("Admin");

    const cookies = await page.context().cookies();
    await page.getByTestId("sign-out").click();
    await expect(page).toHaveURL(/\/login$/);
    await page.goto("/");
    await expect(page).toHaveURL(/\/login$/);

    // The old cookie is dead on the server too, not merely deleted from this browser.
    const replay = await browser.newContext({ storageState: anonymous });
    await replay.addCookies(cookies);
    const replayPage = await replay.newPage();
    await replayPage.goto("/settings");
    await expect(replayPage).toHaveURL(/\/login/);
    await replay.close();
    await page.context().close();
  });

  test("a wrong password or an unknown email gets the same clear message", async ({ browser }) => {
    const page = await anonymousPage(browser);
    await page.goto("/login");
    await signIn(page, ADMIN.email, "not-the-password");
    await expect(page.getByTestId("sign-in-error")).toHaveText("That email and password do not match an account.");
    await expect(page.locator("#email")).toHaveValue(ADMIN.email);
    await signIn(page, "nobody@dingcast.test", "whatever-password");
    await expect(page.getByTestId("sign-in-error")).toHaveText("That email and password do not match an account.");
    await page.context().close();
  });

  test("repeated failures lock the account with a message that says how long, in both languages", async ({
    browser,
  }) => {
    const page = await anonymousPage(browser);
    await page.goto("/login");
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      await signIn(page, "locked-out@dingcast.test", `guess-${attempt}-password`);
      await expect(page.getByTestId("sign-in-error")).toHaveText("That email and password do not match an account.");
      await page.locator("#password").clear();
    }
    await signIn(page, "locked-out@dingcast.test", "guess-6-password");
    await expect(page.getByTestId("sign-in-error")).toHaveText(
      /^Too many failed sign-ins for this account\. Try again in 1[45] minutes/,
    );
    await page.context().close();

    const zh = await anonymousPage(browser, "zh-CN");
    await zh.goto("/login");
    await signIn(zh, "locked-out@dingcast.test", "guess-7-password");
    await expect(zh.getByTestId("sign-in-error")).toContainText("该账号登录失败次数过多");
    await zh.context().close();
  });
});

test.describe("user management", () => {
  test("an admin adds a user who can sign in; disabling them ends their session and blocks sign-in", async ({
    page,
    browser,
  }) => {
    const email = `temp-${Date.now()}@dingcast.test`;
    await page.goto("/users");
    await expectNoSeriousA11yViolations(page);
    await page.locator("#new-name").fill("Temporary Sender");
    await page.locator("#new-email").fill(email);
    await page.locator("#new-password").fill("short");
    await page.getByTestId("create-user-form").getByRole("button").click();
    await expect(page.getByText("Use 8 to 128 characters.")).toBeVisible();
    await page.locator("#new-password").fill("temporary-password-1");
    await page.locator("#new-role").selectOption("sender");
    await page.getByTestId("create-user-form").getByRole("button").click();
    const row = page.locator(`[data-email="${email}"]`);
    await expect(row).toBeVisible();

    // The same email again comes back as a field error from the server.
    await page.locator("#new-name").fill("Again");
    await page.locator("#new-email").fill(email);
    await page.locator("#new-password").fill("temporary-password-1");
    await page.getByTestId("create-user-form").getByRole("button").click();
    await expect(page.getByText("An account with this email already exists.")).toBeVisible();

    const theirs = await anonymousPage(browser);
    await theirs.goto("/login");
    await signIn(theirs, email, "temporary-password-1");
    await expect(theirs.getByTestId("user-role")).toHaveText("Sender");
    await expect(
      theirs.getByRole("navigation", { name: "Main" }).first().getByRole("link", { name: "Users" }),
    ).toHaveCount(0);

    await row.getByTestId("toggle-disabled").click();
    await expect(row.getByTestId("user-status")).toHaveText("Disabled");
    await theirs.reload();
    await expect(theirs).toHaveURL(/\/login/);
    await signIn(theirs, email, "temporary-password-1");
    await expect(theirs.getByTestId("sign-in-error")).toHaveText(
      "This account is disabled. Ask an administrator to enable it.",
    );
    await theirs.context().close();

    await page.goto("/audit?action=user.disable");
    await expect(page.getByTestId("audit-row").first()).toContainText(ADMIN.email);
  });
});

test.describe("a viewer", () => {
  test.use({ storageState: storageStates.viewer });

  test("reads but gets no sending or admin controls, and admin pages answer 403", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByTestId("user-role")).toHaveText("Viewer");
    const nav = page.getByRole("navigation", { name: "Main" }).first();
    await expect(nav.getByRole("link", { name: "Messages" })).toBeVisible();
    for (const hidden of ["Compose", "Users", "Audit"])
      await expect(nav.getByRole("link", { name: hidden })).toHaveCount(0);

    await page.goto("/settings");
    await expect(page.getByRole("button", { name: "Test connection" })).toHaveCount(0);
    await expect(page.getByTestId("credentials-form")).toHaveCount(0);
    await expect(page.getByTestId("send-button")).toHaveCount(0);

    // Every page that needs more than a viewer (users, audit, compose once it exists) answers 403.
    const aboveViewer = listPages().filter((entry) => entry.role === "sender" || entry.role === "admin");
    expect(aboveViewer.map((entry) => entry.route)).toEqual(expect.arrayContaining(["/users", "/audit"]));
    for (const { route } of aboveViewer) {
      const response = await page.goto(route);
      expect(response?.status(), route).toBe(403);
      await expect(page.getByTestId("forbidden")).toBeVisible();
      await expect(page.getByTestId("send-button")).toHaveCount(0);
    }
    await expectNoSeriousA11yViolations(page);
  });

  test("forcing a sender-only server action is refused and reaches no DingTalk API", async () => {
    const dingTalkCalls = async () => {
      const summary = (await (await fetch(`${SANDBOX_URL}/__sandbox/inspect?summary=1`)).json()) as {
        callsByPath?: Record<string, number>;
      };
      const calls = summary.callsByPath ?? {};
      return { tokens: calls["/v1.0/oauth2/accessToken"] ?? 0, sends: calls["/v1.0/robot/oToMessages/batchSend"] ?? 0 };
    };
    const before = await dingTalkCalls();
    const context = await playwrightRequest.newContext({ baseURL: APP_URL, storageState: storageStates.viewer });
    const forced = builtActions().filter((action) =>
      ["testConnectionAction", "sendMessageAction", "saveCredentialsAction", "createUserAction"].includes(action.name),
    );
    expect(forced.map((action) => action.name)).toEqual(
      expect.arrayContaining(["testConnectionAction", "saveCredentialsAction", "createUserAction"]),
    );
    for (const action of forced) {
      const result = await callAction(context, APP_URL, action, {
        appKey: "x",
        appSecret: "y",
        robotCodes: "",
        email: "evil@dingcast.test",
        name: "Evil",
        password: "evil-password-1",
        role: "admin",
      });
      expect(result.body, `${action.file}#${action.name}`).toContain('"code":"FORBIDDEN"');
    }
    await context.dispose();
    expect(await dingTalkCalls()).toEqual(before);
  });
});
