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

/** Fails on serious or critical accessibility violations, listing them. */
export async function expectNoSeriousA11yViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
  expect(serious.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(" ")).join(", ")})`)).toEqual([]);
}
