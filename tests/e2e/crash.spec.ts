import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { SANDBOX_URL } from "../../playwright.config";
import { startAppInstance, type AppInstance } from "./instance";
import { configureSandbox } from "./support";

/**
 * The crash test: a 20,000-recipient send, the server killed with SIGKILL mid-way, started again
 * on the same embedded database. Every recipient must end up delivered exactly once, except those
 * in calls that were in flight at the kill, which are marked unknown and never resent on their own.
 */

const PORT = 3110;
const URL = `http://127.0.0.1:${PORT}`;
const ADMIN = { email: "crash-admin@example.com", password: "crash-test-password-1" };
const RECIPIENTS = 20_000;
const QPS = 100;
// What a kill can leave unknown (lib/messages/fanout.ts, in-flight.ts): a chunk is in flight only
// once the rate limiter granted its call, so at most the 16 calls on the wire, of 20 users each.
// Chunks claimed ahead but still waiting go back to pending on restart and are sent.
const CONCURRENCY = 16;
const MAX_IN_FLIGHT_USERS = CONCURRENCY * 20;

/** The app in sandbox mode on the crash test's own data directory, which outlives each process. */
function startServer(dataDir: string): Promise<AppInstance> {
  return startAppInstance(
    PORT,
    {
      DINGTALK_QPS: String(QPS),
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      LOG_LEVEL: "warn",
    },
    { dataDir },
  );
}

interface Summary {
  totalDeliveries: number;
  perUser?: Record<string, number>;
}

async function deliveriesSince(since: number, perUser = false): Promise<Summary> {
  const response = await fetch(
    `${SANDBOX_URL}/__sandbox/inspect?summary=1&since=${since}${perUser ? "&perUser=1" : ""}`,
  );
  return (await response.json()) as Summary;
}

async function signIn(page: Page): Promise<void> {
  await page.goto(`${URL}/login`);
  // After the restart the session (same database, same generated secret) is still valid.
  if (new globalThis.URL(page.url()).pathname !== "/login") return;
  await page.locator("#email").fill(ADMIN.email);
  await page.locator("#password").fill(ADMIN.password);
  await page.locator("[data-testid=sign-in-form] button[type=submit]").click();
  await page.waitForURL((url) => url.pathname === "/");
}

test.describe("crash safety", () => {
  // Limits for a hung run, not speed targets: about 90 s on an idle machine, over 4 min at load 23.
  test.setTimeout(900_000);
  let dataDir: string;
  let server: AppInstance | null = null;

  test.beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), "dingcast-crash-"));
    await configureSandbox({ qps: QPS, flowControlRate: 0, faults: { http5xx: 0, qpsLimit: 0, slow: 0 } });
  });

  test.afterAll(async () => {
    await server?.kill();
    await configureSandbox({ qps: 20 });
    rmSync(dataDir, { recursive: true, force: true });
  });

  test("a send survives SIGKILL mid-way: each recipient delivered once or marked unknown", async ({ page }) => {
    server = await startServer(dataDir);
    await signIn(page);

    const prefix = `crash${Date.now() % 100_000}u`;
    const ids = Array.from({ length: RECIPIENTS }, (_, i) => `${prefix}${i}`);
    await page.goto(`${URL}/compose`);
    await page.locator("#field-content").fill("Crash test announcement");
    // Uploaded as a file, as an admin would: typing 20,000 lines into the textarea is slow.
    await page
      .getByTestId("audience-file")
      .setInputFiles({ name: "crash-recipients.txt", mimeType: "text/plain", buffer: Buffer.from(ids.join("\n")) });
    await expect(page.getByTestId("audience-stats")).toHaveAttribute("data-status", "ready", { timeout: 120_000 });
    await page.getByTestId("review-button").click();
    const since = Date.now();
    await page.getByTestId("send-button").click();
    await page.waitForURL(/\/messages\/[0-9a-f-]{36}$/, { timeout: 120_000 });
    const messageId = page.url().split("/").pop() ?? "";

    // Kill hard once a fifth of the recipients have been delivered.
    await expect
      .poll(async () => (await deliveriesSince(since)).totalDeliveries, { timeout: 240_000, intervals: [100] })
      .toBeGreaterThan(RECIPIENTS / 5);
    await server.kill();
    const atKill = (await deliveriesSince(since)).totalDeliveries;
    expect(atKill).toBeLessThan(RECIPIENTS);

    server = await startServer(dataDir);
    await signIn(page);
    await page.goto(`${URL}/messages/${messageId}`);
    await expect(page.getByTestId("message-status")).toHaveAttribute("data-status", /^(sent|partially_failed)$/, {
      timeout: 300_000,
    });

    const delivered = (await deliveriesSince(since, true)).perUser ?? {};
    const unknown: string[] = [];
    for (let cursor: string | null = ""; cursor !== null;) {
      const response = await page.request.get(
        `${URL}/api/messages/${messageId}/recipients?state=unknown&limit=500${cursor ? `&cursor=${cursor}` : ""}`,
      );
      const body = (await response.json()) as { items: { userId: string }[]; nextCursor: string | null };
      unknown.push(...body.items.map((item) => item.userId));
      cursor = body.nextCursor;
    }
    const unknownSet = new Set(unknown);

    // Nobody twice; everyone delivered, except users of calls in flight at the kill.
    expect(Object.values(delivered).filter((count) => count > 1)).toEqual([]);
    const missing = ids.filter((id) => !delivered[id] && !unknownSet.has(id));
    expect(missing).toEqual([]);
    expect(unknown.length).toBeLessThanOrEqual(MAX_IN_FLIGHT_USERS);
    expect(
      Object.keys(delivered).filter((id) => id.startsWith(prefix)).length +
        unknown.filter((id) => !delivered[id]).length,
    ).toBe(RECIPIENTS);
  });
});
