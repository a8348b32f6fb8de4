import { expect, test as setup, type Browser } from "@playwright/test";
import { ADMIN, anonymous, SENDER, storageStates, VIEWER } from "./accounts";

/**
 * Runs before the specs: signs the admin in through the sign-in page, creates the sender and the
 * viewer through the Users page, and saves each one's cookies for the specs to start from.
 */
async function signInAndSave(
  browser: Browser,
  account: { email: string; password: string },
  path: string,
): Promise<void> {
  const context = await browser.newContext({ storageState: anonymous });
  const page = await context.newPage();
  await page.goto("/login");
  await page.locator("#email").fill(account.email);
  await page.locator("#password").fill(account.password);
  await page.getByTestId("sign-in-form").getByRole("button").click();
  await expect(page.getByTestId("user-email")).toHaveText(account.email);
  await context.storageState({ path });
  await context.close();
}

setup("sign in as admin, sender and viewer", async ({ browser }) => {
  await signInAndSave(browser, ADMIN, storageStates.admin);

  const context = await browser.newContext({ storageState: storageStates.admin });
  const page = await context.newPage();
  await page.goto("/users");
  for (const [account, role] of [
    [SENDER, "sender"],
    [VIEWER, "viewer"],
  ] as const) {
    if ((await page.locator(`[data-email="${account.email}"]`).count()) > 0) continue;
    await page.locator("#new-name").fill(account.name);
    await page.locator("#new-email").fill(account.email);
    await page.locator("#new-password").fill(account.password);
    await page.locator("#new-role").selectOption(role);
    await page.getByTestId("create-user-form").getByRole("button").click();
    await expect(page.locator(`[data-email="${account.email}"]`)).toBeVisible();
  }
  await context.close();

  await signInAndSave(browser, SENDER, storageStates.sender);
  await signInAndSave(browser, VIEWER, storageStates.viewer);
});
