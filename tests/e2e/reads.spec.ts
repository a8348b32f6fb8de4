import { expect, test, type Page } from "@playwright/test";
import { SANDBOX_URL } from "../../playwright.config";
import { openFreshCompose } from "./compose-support";
import { configureSandbox } from "./support";

/**
 * Read status end to end: a send with a read curve, readers rising on the page without a reload,
 * chat read lists paged 200 at a time, CSV exports equal to the simulator's readers, and a reminder
 * that goes to the non-readers only.
 */

interface Delivery {
  processQueryKey: string;
  readStatus: "READ" | "UNREAD";
}
interface Inspection {
  requests: { path: string; body?: { processQueryKey?: string; nextToken?: string } }[];
  deliveries: Record<string, Delivery[]>;
}

async function inspect(since: number): Promise<Inspection> {
  const response = await fetch(`${SANDBOX_URL}/__sandbox/inspect?since=${since}&limit=5000`);
  return (await response.json()) as Inspection;
}

/** Who has read, per the simulator, among users whose deliveries started after `since`. */
async function simulatorReaders(since: number): Promise<string[]> {
  const { deliveries } = await inspect(since);
  return Object.entries(deliveries)
    .filter(([, list]) => list.some((delivery) => delivery.readStatus === "READ"))
    .map(([userId]) => userId)
    .sort();
}

async function readersOnPage(page: Page): Promise<number> {
  return Number(await page.getByTestId("read-count").getAttribute("data-readers"));
}

async function csvUserIds(page: Page, messageId: string, which: "readers" | "nonreaders" | "all"): Promise<string[]> {
  const response = await page.request.get(`/api/messages/${messageId}/export?which=${which}`);
  expect(response.headers()["content-type"]).toContain("text/csv");
  const lines = (await response.text())
    .replace(/^\uFEFF/, "")
    .trimEnd()
    .split("\r\n");
  expect(lines[0]).toBe("userId,deliveryStatus,reason,read,readAt");
  return lines
    .slice(1)
    .map((line) => line.split(",")[0] ?? "")
    .sort();
}

async function sendToUsers(page: Page, ids: string[], content: string): Promise<string> {
  await openFreshCompose(page);
  await page.locator("#field-content").fill(content);
  await page.getByTestId("audience-textarea").fill(ids.join("\n"));
  await expect(page.getByTestId("audience-stats")).toHaveAttribute("data-status", "ready");
  await page.getByTestId("review-button").click();
  await page.getByTestId("send-button").click();
  await page.waitForURL(/\/messages\/[0-9a-f-]{36}$/, { timeout: 30_000 });
  return page.url().split("/").pop() ?? "";
}

test.describe("read status", () => {
  test.setTimeout(240_000);

  test.beforeAll(async () => {
    // Reads arrive between 10 s and about a minute after delivery, for 70% of the recipients.
    await configureSandbox({ readShare: 0.7, readMinMs: 10_000, readMeanMs: 8_000 });
  });
  test.afterAll(async () => {
    await configureSandbox({ readShare: 0.8, readMinMs: 0, readMeanMs: 60_000 });
  });

  test("a coolapp chat of 450: readers rise live, read lists are paged 200 at a time, the CSV matches the simulator", async ({
    page,
  }) => {
    const cid = `cidReads${Date.now()}`;
    await fetch(`${SANDBOX_URL}/__sandbox/conversations`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ openConversationId: cid, coolAppCode: "COOLAPP-READS", memberCount: 450 }),
    });
    const since = Date.now();
    await openFreshCompose(page);
    await page.locator("#field-content").fill("Read tracking for the whole chat");
    await page.getByRole("tab", { name: "Coolapp chat" }).click();
    await page.locator("#field-openConversationId").fill(cid);
    await page.locator("#field-coolAppCode").fill("COOLAPP-READS");
    await page.getByTestId("review-button").click();
    await page.getByTestId("send-button").click();
    await page.waitForURL(/\/messages\/[0-9a-f-]{36}$/, { timeout: 30_000 });
    const messageId = page.url().split("/").pop() ?? "";

    // The page polls Dingcast only; Dingcast polls DingTalk. Readers rise without a reload.
    await expect.poll(() => readersOnPage(page), { timeout: 90_000, intervals: [1_000] }).toBeGreaterThan(0);
    const first = await readersOnPage(page);
    await expect.poll(() => readersOnPage(page), { timeout: 90_000, intervals: [1_000] }).toBeGreaterThan(first);

    const queries = (await inspect(since)).requests.filter(
      (request) => request.path === "/v1.0/robot/privateChatMessages/query",
    );
    const followed = queries.filter((request) => request.body?.nextToken);
    expect(queries.length).toBeGreaterThanOrEqual(3);
    expect(followed.length).toBeGreaterThanOrEqual(2);

    // Once every eventual reader has read and been polled, the export equals the simulator's list.
    await expect
      .poll(async () => (await readersOnPage(page)) === (await simulatorReaders(since)).length, {
        timeout: 120_000,
        intervals: [2_000],
      })
      .toBe(true);
    expect(await csvUserIds(page, messageId, "readers")).toEqual(await simulatorReaders(since));
  });

  test("450 users: the CSV of readers matches the simulator and the reminder reaches only the non-readers", async ({
    page,
  }) => {
    const ids = Array.from({ length: 450 }, (_, i) => `reads${Date.now() % 100_000}u${String(i).padStart(3, "0")}`);
    const since = Date.now();
    const messageId = await sendToUsers(page, ids, "Please confirm the new travel policy");
    await expect(page.getByTestId("message-status")).toHaveAttribute("data-status", "sent", { timeout: 60_000 });
    await expect.poll(() => readersOnPage(page), { timeout: 90_000, intervals: [1_000] }).toBeGreaterThan(0);
    const first = await readersOnPage(page);
    await expect.poll(() => readersOnPage(page), { timeout: 90_000, intervals: [1_000] }).toBeGreaterThan(first);
    await expect
      .poll(async () => (await readersOnPage(page)) === (await simulatorReaders(since)).length, {
        timeout: 120_000,
        intervals: [2_000],
      })
      .toBe(true);

    const readers = await csvUserIds(page, messageId, "readers");
    expect(readers).toEqual(await simulatorReaders(since));
    const nonReaders = await csvUserIds(page, messageId, "nonreaders");
    expect([...readers, ...nonReaders].sort()).toEqual([...ids].sort());
    expect((await csvUserIds(page, messageId, "all")).length).toBe(450);

    await page.getByTestId("remind-button").click();
    await expect(page.getByTestId("audience-stats")).toHaveAttribute("data-status", "ready");
    const remindSince = Date.now();
    await page.getByTestId("review-button").click();
    await expect(page.getByTestId("summary-recipients")).toContainText(`${nonReaders.length}`);
    await page.getByTestId("send-button").click();
    await page.waitForURL(/\/messages\/[0-9a-f-]{36}$/, { timeout: 30_000 });
    await expect(page.getByTestId("message-status")).toHaveAttribute("data-status", "sent", { timeout: 60_000 });
    const reminded = Object.keys((await inspect(remindSince)).deliveries).sort();
    expect(reminded).toEqual(nonReaders);
  });
});
