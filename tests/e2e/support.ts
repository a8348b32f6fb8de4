import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import { SANDBOX_URL } from "../../playwright.config";

/** Changes the simulator's behaviour for the rest of a spec (see lib/sandbox control API). */
export async function configureSandbox(options: Record<string, unknown>): Promise<void> {
  const response = await fetch(`${SANDBOX_URL}/__sandbox/config`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(options),
  });
  expect(response.ok, await response.clone().text()).toBe(true);
}

export async function resetSandbox(): Promise<void> {
  const response = await fetch(`${SANDBOX_URL}/__sandbox/reset`, { method: "POST" });
  expect(response.ok).toBe(true);
}

/**
 * Fails on serious or critical accessibility violations, listing them. Colour contrast is measured
 * on what is painted, so the page must be still first: the suite runs with reduced motion (see
 * playwright.config.ts and app/globals.css) and this waits until no CSS transition or animation is
 * running, and until fonts are loaded, instead of checking a frame mid-fade.
 */
export async function expectNoSeriousA11yViolations(page: Page): Promise<void> {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await expect
    .poll(() => page.evaluate(() => document.getAnimations().filter((a) => a.playState === "running").length))
    .toBe(0);
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter(
    (violation) => violation.impact === "serious" || violation.impact === "critical",
  );
  expect(
    serious.map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(" ")).join(", ")})`,
    ),
  ).toEqual([]);
}

/** Creates an API key in Settings (the page must be signed in as an admin) and returns its value. */
export async function createApiKeyInSettings(page: Page, name: string, scopes: ("send" | "read")[]): Promise<string> {
  await page.goto("/settings");
  await page.locator("#api-key-name").fill(name);
  for (const scope of ["send", "read"] as const)
    await page.getByTestId(`api-key-scope-${scope}`).setChecked(scopes.includes(scope));
  await page.getByTestId("api-key-create").click();
  const value = page.getByTestId("api-key-value");
  await expect(value).toHaveText(/^dck_/);
  const key = (await value.textContent()) ?? "";
  await expect(page.locator(`[data-testid=api-key-row][data-name="${name}"]`)).toHaveAttribute("data-status", "active");
  return key;
}
