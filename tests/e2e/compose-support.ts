import { expect, type Page } from "@playwright/test";
import { SANDBOX_URL } from "../../playwright.config";
import { storageStates } from "./accounts";

/*
 * Helpers for compose.spec.ts. While iterating on a dev server with its own simulator and account,
 * E2E_SANDBOX_URL and E2E_COMPOSE_STATE point the spec at them; the suite uses the harness's.
 */
export const SIMULATOR = process.env.E2E_SANDBOX_URL ?? SANDBOX_URL;
/** Composing is a sender's work. */
export const SENDER_STATE = process.env.E2E_COMPOSE_STATE ?? storageStates.sender;

/** Opens /compose with nothing in it: a previous test's draft is cleared and the clear is saved. */
export async function openFreshCompose(page: Page): Promise<void> {
  await page.goto("/compose");
  await expect(page.getByTestId("compose-form")).toBeVisible();
  // Hydrated once the worker-backed stats box has reported a state.
  await expect(page.getByTestId("audience-stats")).not.toHaveAttribute("data-status", "parsing");
  await page.getByTestId("start-over").click();
  await expect(page.getByTestId("draft-status")).toHaveAttribute("data-state", "saved", { timeout: 15_000 });
}

export function userIds(prefix: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => `${prefix}${String(i).padStart(6, "0")}`);
}

export async function pasteIds(page: Page, text: string): Promise<void> {
  await page.getByTestId("audience-textarea").fill(text);
  await expect(page.getByTestId("audience-stats")).toHaveAttribute("data-status", /ready|empty/);
}

/** Waits for an autosave that started after `since` (epoch ms) to finish. */
export async function waitForDraftSaved(page: Page, since: number): Promise<void> {
  await expect
    .poll(async () => Number(await page.getByTestId("draft-status").getAttribute("data-saved-at")), { timeout: 15_000 })
    .toBeGreaterThan(since);
}

interface SimulatorSummary {
  totalDeliveries: number;
  distinctUsers: number;
  perUser?: Record<string, number>;
  callsByPath: Record<string, number>;
  messages: number;
}

export async function simulatorSummary(since: number): Promise<SimulatorSummary> {
  const response = await fetch(`${SIMULATOR}/__sandbox/inspect?summary=1&perUser=1&since=${since}`);
  expect(response.ok).toBe(true);
  return (await response.json()) as SimulatorSummary;
}

/** Polls until the fan-out has delivered `expected` messages since `since` (it runs in background jobs). */
export async function waitForDeliveries(since: number, expected: number): Promise<SimulatorSummary> {
  let summary = await simulatorSummary(since);
  await expect
    .poll(
      async () => {
        summary = await simulatorSummary(since);
        return summary.totalDeliveries;
      },
      { timeout: 30_000, intervals: [250, 500, 1000] },
    )
    .toBe(expected);
  return summary;
}

/** ms the page needs to run a click handler and paint: a frozen main thread makes this large. */
export async function clickLatency(page: Page, testId: string): Promise<number> {
  const started = Date.now();
  await page.getByTestId(testId).click({ timeout: 10_000 });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  return Date.now() - started;
}
