import { expect, request as playwrightRequest, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import iconv from "iconv-lite";
import { APP_URL } from "../../playwright.config";
import { ADMIN, anonymous, storageStates } from "./accounts";
import { openFreshCompose } from "./compose-support";
import { createApiKeyInSettings } from "./support";

/**
 * Hostile but realistic input (issue 16), through the browser and the automation API: every case
 * answers with a sentence at the field or a problem+json status, never a 500, keeps the draft,
 * leaks no title and stays on the console's origin.
 */
const run = Date.now().toString(36);
let api: APIRequestContext;
let key = "";

const auth = () => ({ authorization: `Bearer ${key}` });

async function problem(
  response: APIResponse,
  status: number,
): Promise<{ type: string; errors?: Record<string, string[]> }> {
  expect(response.status(), await response.text()).toBe(status);
  expect(response.headers()["content-type"]).toContain("application/problem+json");
  return (await response.json()) as { type: string; errors?: Record<string, string[]> };
}

const send = (body: unknown) =>
  api.post("/api/v1/messages", { headers: auth(), data: body as Record<string, unknown> });
const text = (content: unknown) => ({ msgKey: "sampleText", msgParam: { content } });
const users = { userIds: ["bad-input-u1"] };

test.describe.configure({ mode: "serial" });

test.beforeAll(async ({ browser }) => {
  api = await playwrightRequest.newContext({ baseURL: APP_URL, storageState: anonymous });
  const context = await browser.newContext({ storageState: storageStates.admin });
  const page = await context.newPage();
  key = await createApiKeyInSettings(page, `bad-input-${run}`, ["send", "read"]);
  await context.close();
});

test.afterAll(async () => {
  await api?.dispose();
});

test("the API answers control characters, numeric ids, bad times and unknown fields at their path", async () => {
  const nul = await problem(await send({ ...text("before\u0000after"), audience: users }), 400);
  expect(nul.errors?.["msgParam.content"]?.join(" ") ?? JSON.stringify(nul)).toContain("U+0000");

  const surrogate = await problem(await send({ ...text("hi"), audience: { userIds: ["\uD800"] } }), 400);
  expect(JSON.stringify(surrogate.errors)).toContain("U+D800");

  const numeric = await problem(await send({ ...text("hi"), audience: { userIds: [1001, 1002, 1003, 1004] } }), 400);
  expect(Object.keys(numeric.errors ?? {}).sort()).toEqual([0, 1, 2, 3].map((i) => `audience.userIds.${i}`));

  for (const sendAt of ["tomorrow", "2026-05-01T09:30:00", null]) {
    const body = await problem(await send({ ...text("hi"), audience: users, sendAt }), 400);
    expect(body.errors?.sendAt?.join(" ")).toContain("ISO 8601");
  }

  const unknown = await problem(
    await send({ msgKey: "sampleText", msgParam: { content: "hi", title: "x" }, audience: users }),
    400,
  );
  expect(Object.keys(unknown.errors ?? {})).toContain("msgParam.title");
});

test("the API refuses a body over its limit with 413 and an unserved method with 405 and Allow", async () => {
  const huge = await api.post("/api/v1/messages", {
    headers: { ...auth(), "content-type": "application/json" },
    data: Buffer.alloc(20 * 1024 * 1024, "a"),
  });
  expect((await problem(huge, 413)).type).toBe("/api-docs#problem-payload-too-large");

  const get = await api.get("/api/v1/messages", { headers: auth() });
  expect((await problem(get, 405)).type).toBe("/api-docs#problem-method-not-allowed");
  expect(get.headers()["allow"]).toContain("POST");
});

test("a forged session cookie gets the sign-in redirect without the message's title", async () => {
  const title = `Confidential-${run}`;
  const sent = await send({ ...text(title), audience: users });
  expect(sent.status(), await sent.text()).toBe(202);
  const { id } = (await sent.json()) as { id: string };
  const forged = await playwrightRequest.newContext({
    baseURL: APP_URL,
    extraHTTPHeaders: { cookie: "better-auth.session_token=forged.signature; dingcast.session_token=forged.x" },
  });
  const page = await forged.get(`/messages/${id}`, { maxRedirects: 0 });
  expect(await page.text()).not.toContain(title);
  await forged.dispose();
});

test("a return path that leaves the console after sign-in goes home instead", async ({ browser }) => {
  const context = await browser.newContext({ storageState: anonymous });
  const page = await context.newPage();
  await page.goto("/login?next=%2F%09%2F127.0.0.1%3A3999%2Fphish");
  await page.locator("#email").fill(ADMIN.email);
  await page.locator("#password").fill(ADMIN.password);
  await page.locator("[data-testid=sign-in-form] button[type=submit]").click();
  await page.waitForURL((url) => url.pathname !== "/login");
  expect(new URL(page.url()).origin).toBe(new URL(APP_URL).origin);
  await context.close();
});

test("compose shows a control character at its field and keeps the draft", async ({ page }) => {
  await openFreshCompose(page);
  const status = page.getByTestId("draft-status");
  const savedBefore = Number(await status.getAttribute("data-saved-at"));
  const content = page.locator("#field-content");
  await content.click();
  await page.keyboard.insertText("before\u0000after");
  await content.blur();
  await expect(page.getByTestId("compose-form")).toContainText("U+0000");
  // The draft with the edit is saved: a later save than the fresh form's.
  await expect
    .poll(async () => Number((await status.getAttribute("data-saved-at")) ?? 0), { timeout: 15_000 })
    .toBeGreaterThan(savedBefore);
  await page.reload();
  await expect(content).toHaveValue("before\u0000after");
});

test("recipient files in GBK and UTF-16, with a header row, are read by their encoding and id column", async ({
  page,
}) => {
  await openFreshCompose(page);
  const upload = (name: string, buffer: Buffer) =>
    page.getByTestId("audience-file").setInputFiles({ name, mimeType: "text/csv", buffer });

  await upload("gbk.csv", iconv.encode("工号,姓名\r\nzhangsan,张三\r\nlisi,李四\r\n", "gbk"));
  await expect(page.getByTestId("audience-stats")).toHaveAttribute("data-status", "ready");
  await expect(page.getByTestId("audience-encoding")).toContainText("GBK");
  await expect(page.getByTestId("audience-count")).toContainText("2 recipients");
  await expect(page.getByTestId("audience-malformed")).toBeHidden();

  await upload("utf16.csv", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("userId\nu1\nu2\nu3\n", "utf16le")]));
  await expect(page.getByTestId("audience-encoding")).toContainText("UTF-16 LE");
  await expect(page.getByTestId("audience-count")).toContainText("3 recipients");
});
