import path from "node:path";
import { Validator } from "@seriousme/openapi-schema-validator";
import { expect, request as playwrightRequest, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { APP_URL } from "../../playwright.config";
import { listApiRoutes } from "../support/guard-inventory";
import { FIXTURE_DIR } from "@/lib/cards/testing/fixtures";
import { anonymous, storageStates } from "./accounts";
import { simulatorSummary, userIds } from "./compose-support";
import { configureSandbox, createApiKeyInSettings, expectNoSeriousA11yViolations } from "./support";

/**
 * The automation API over real HTTP against the app in sandbox mode: keys made in Settings as the
 * admin, then every endpoint and every error status with `Authorization: Bearer`, no session.
 */
const PLACEHOLDER_ID = "00000000-0000-4000-8000-000000000000";
const concrete = (route: string) => route.replace(/\[[^\]]+\]/g, PLACEHOLDER_ID);
const run = Date.now().toString(36);

let api: APIRequestContext;
const keys = { full: "", readOnly: "", burst: "", revoked: "" };

const auth = (key: string, extra: Record<string, string> = {}) => ({ authorization: `Bearer ${key}`, ...extra });

async function expectProblem(response: APIResponse, status: number, type: string): Promise<Record<string, unknown>> {
  expect(response.status(), await response.text()).toBe(status);
  expect(response.headers()["content-type"]).toContain("application/problem+json");
  const body = (await response.json()) as Record<string, unknown>;
  expect(body).toMatchObject({
    type: `/api-docs#problem-${type}`,
    status,
    title: expect.any(String),
    detail: expect.any(String),
  });
  return body;
}

async function waitForStatus(
  id: string,
  done: (body: Record<string, unknown>) => boolean,
  timeout = 60_000,
): Promise<Record<string, unknown>> {
  let body: Record<string, unknown> = {};
  await expect
    .poll(
      async () => {
        body = (await (await api.get(`/api/v1/messages/${id}`, { headers: auth(keys.full) })).json()) as Record<
          string,
          unknown
        >;
        return done(body);
      },
      { timeout, intervals: [250, 500, 1000] },
    )
    .toBe(true);
  return body;
}

interface RecipientItem {
  userId: string;
  state: string;
  readAt: string | null;
}

async function allRecipients(
  id: string,
  query: string,
  limit: number,
): Promise<{ items: RecipientItem[]; pages: number }> {
  const items: RecipientItem[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const response: APIResponse = await api.get(
      `/api/v1/messages/${id}/recipients?limit=${limit}${query}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`,
      { headers: auth(keys.full) },
    );
    expect(response.status()).toBe(200);
    const page = (await response.json()) as { items: RecipientItem[]; nextCursor: string | null };
    expect(page.items.length).toBeLessThanOrEqual(limit);
    items.push(...page.items);
    cursor = page.nextCursor;
    pages += 1;
  } while (cursor);
  return { items, pages };
}

test.describe.configure({ mode: "serial" });

test.beforeAll(async ({ browser }) => {
  api = await playwrightRequest.newContext({ baseURL: APP_URL, storageState: anonymous });
  const context = await browser.newContext({ storageState: storageStates.admin });
  const page = await context.newPage();
  keys.full = await createApiKeyInSettings(page, `ops-${run}`, ["send", "read"]);
  keys.readOnly = await createApiKeyInSettings(page, `dashboard-${run}`, ["read"]);
  keys.burst = await createApiKeyInSettings(page, `burst-${run}`, ["send"]);
  keys.revoked = await createApiKeyInSettings(page, `old-${run}`, ["read"]);
  page.once("dialog", (dialog) => void dialog.accept());
  await page.locator(`[data-testid=api-key-row][data-name="old-${run}"]`).getByTestId("api-key-revoke").click();
  await expect(page.locator(`[data-testid=api-key-row][data-name="old-${run}"]`)).toHaveAttribute(
    "data-status",
    "revoked",
  );
  await context.close();
  // Recipients read within seconds, so the read filters have both kinds to show.
  await configureSandbox({ readShare: 0.8, readMeanMs: 2_000, readMinMs: 0 });
});

test.afterAll(async () => {
  await configureSandbox({ readShare: 0.8, readMeanMs: 60_000, readMinMs: 0 });
  await api?.dispose();
});

test("serves an OpenAPI 3.1 document that validates, and the console renders it", async ({ page }) => {
  const response = await api.get("/api/v1/openapi.json");
  expect(response.status()).toBe(200);
  const document = (await response.json()) as Record<string, unknown>;
  const validator = new Validator();
  const result = await validator.validate(document);
  expect(result.errors ?? []).toEqual([]);
  expect(result.valid).toBe(true);
  expect(validator.version).toBe("3.1");

  await page.goto("/api-docs");
  await expect(page.getByTestId("api-operation")).toHaveCount(6);
  await expect(page.locator("#problem-rate-limited")).toContainText("429");
  await expect(page.getByTestId("openapi-link")).toHaveAttribute("href", "/api/v1/openapi.json");
  await expectNoSeriousA11yViolations(page);
  await page.goto("/settings");
  await expect(page.getByTestId("api-keys-table")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test("every API-key route refuses a missing, malformed, unknown or revoked key with 401 problem+json", async () => {
  const routes = listApiRoutes().flatMap((route) =>
    route.methods
      .filter((method) => method.apiKeyScope)
      .map((method) => ({ method: method.method, path: concrete(route.route) })),
  );
  expect(routes.length).toBeGreaterThanOrEqual(6);
  for (const { method, path } of routes) {
    for (const headers of [
      {},
      { authorization: "Bearer not-a-key" },
      auth(`dck_${"x".repeat(43)}`),
      auth(keys.revoked),
      { authorization: `Basic ${keys.full}` },
    ]) {
      const response = await api.fetch(path, {
        method,
        headers: { "content-type": "application/json", ...headers },
        data: method === "POST" ? "{}" : undefined,
      });
      const body = await expectProblem(response, 401, "unauthorized");
      expect(response.headers()["www-authenticate"]).toContain("Bearer");
      expect(JSON.stringify(body)).not.toContain(keys.revoked);
    }
  }
});

test("refuses a key without the scope (403) and an unknown message (404)", async () => {
  const send = await api.post("/api/v1/messages", {
    headers: auth(keys.readOnly),
    data: { msgKey: "sampleText", msgParam: { content: "x" }, audience: { userIds: ["a"] } },
  });
  await expectProblem(send, 403, "forbidden");
  await expectProblem(
    await api.get(`/api/v1/messages/${PLACEHOLDER_ID}`, { headers: auth(keys.burst) }),
    403,
    "forbidden",
  );
  for (const path of [`/api/v1/messages/${PLACEHOLDER_ID}`, `/api/v1/messages/${PLACEHOLDER_ID}/recipients`])
    await expectProblem(await api.get(path, { headers: auth(keys.readOnly) }), 404, "not-found");
  for (const path of [`/api/v1/messages/${PLACEHOLDER_ID}/recall`, `/api/v1/messages/${PLACEHOLDER_ID}/remind`])
    await expectProblem(await api.post(path, { headers: auth(keys.full) }), 404, "not-found");
  await expectProblem(
    await api.post("/api/v1/cards/no-such-template/messages", {
      headers: auth(keys.full),
      data: { values: {}, audience: { userIds: ["a"] } },
    }),
    404,
    "not-found",
  );
});

test("validates like the compose form, with field paths and English sentences", async () => {
  const response = await api.post("/api/v1/messages", {
    headers: auth(keys.full),
    data: {
      msgKey: "sampleMarkdown",
      msgParam: { title: "x".repeat(101) },
      audience: { userIds: ["ok", "not ok"] },
      sendAt: "2001-01-01T00:00:00Z",
    },
  });
  const body = await expectProblem(response, 400, "validation");
  expect(body.errors).toEqual({
    "msgParam.title": ["At most 100 characters."],
    "msgParam.text": ["Required."],
    "audience.userIds.1": [
      "“not ok” is not a DingTalk userId: use letters, digits and - _ . @ only, at most 64 characters.",
    ],
  });
  const past = await api.post("/api/v1/messages", {
    headers: auth(keys.full),
    data: {
      msgKey: "sampleText",
      msgParam: { content: "x" },
      audience: { userIds: ["a"] },
      sendAt: "2001-01-01T00:00:00Z",
    },
  });
  expect((await expectProblem(past, 400, "validation")).errors).toEqual({ sendAt: ["Choose a time in the future."] });
  await expectProblem(
    await api.post("/api/v1/messages", { headers: auth(keys.full, { "content-type": "text/plain" }), data: "hello" }),
    415,
    "unsupported-media-type",
  );
  await expectProblem(
    await api.post("/api/v1/messages", {
      headers: auth(keys.full, { "content-type": "application/json" }),
      data: Buffer.from("{oops"),
    }),
    400,
    "bad-request",
  );
});

test("a retried POST with the same Idempotency-Key answers the same and the simulator receives one send; recall works", async () => {
  const since = Date.now();
  const recipients = userIds(`idem${run}-`, 3);
  const body = { msgKey: "sampleText", msgParam: { content: `Idempotent ${run}` }, audience: { userIds: recipients } };
  const headers = auth(keys.full, { "idempotency-key": `retry-${run}` });
  const first = await api.post("/api/v1/messages", { headers, data: body });
  expect(first.status()).toBe(202);
  const accepted = (await first.json()) as { id: string; status: string };
  expect(accepted.status).toBe("queued");
  const retry = await api.post("/api/v1/messages", { headers, data: body });
  expect(retry.status()).toBe(202);
  expect(await retry.json()).toEqual(accepted);
  expect(retry.headers()["idempotent-replayed"]).toBe("true");
  await expectProblem(
    await api.post("/api/v1/messages", { headers, data: { ...body, msgParam: { content: "changed" } } }),
    409,
    "idempotency-conflict",
  );

  const status = await waitForStatus(accepted.id, (message) => message.status === "sent");
  expect(status).toMatchObject({
    id: accepted.id,
    recipients: 3,
    sent: 3,
    invalid: 0,
    throttled: 0,
    failed: 0,
    unknown: 0,
  });
  const summary = await simulatorSummary(since);
  for (const userId of recipients) expect(summary.perUser?.[userId], userId).toBe(1);

  const recalled = await api.post(`/api/v1/messages/${accepted.id}/recall`, { headers: auth(keys.full) });
  expect(recalled.status()).toBe(200);
  expect(await recalled.json()).toMatchObject({ id: accepted.id, status: "recalled", recalled: 1, failed: [] });
  await expectProblem(
    await api.post(`/api/v1/messages/${accepted.id}/recall`, { headers: auth(keys.full) }),
    409,
    "conflict",
  );
});

test("sends to 1,000 recipients and reads them back page by page, by delivery state and by read status; reminds the non-readers", async () => {
  test.setTimeout(180_000);
  const recipients = [...userIds(`bulk${run}-`, 998), `invalid-${run}-1`, `invalid-${run}-2`];
  const response = await api.post("/api/v1/messages", {
    headers: auth(keys.full),
    data: {
      msgKey: "sampleMarkdown",
      msgParam: { title: "Benefits", text: "## Enrolment opens\n- **Monday**" },
      audience: { userIds: recipients },
    },
  });
  expect(response.status()).toBe(202);
  const { id } = (await response.json()) as { id: string };
  expect(response.headers()["location"]).toBe(`/api/v1/messages/${id}`);

  const done = await waitForStatus(
    id,
    (message) => message.status === "partially_failed" || message.status === "sent",
    90_000,
  );
  expect(done).toMatchObject({ recipients: 1000, sent: 998, invalid: 2, pending: 0 });

  const everyone = await allRecipients(id, "", 100);
  expect(everyone.pages).toBe(10);
  expect(everyone.items.map((item) => item.userId)).toEqual([...recipients].sort());
  expect((await allRecipients(id, "&state=invalid", 100)).items.map((item) => item.userId)).toEqual([
    `invalid-${run}-1`,
    `invalid-${run}-2`,
  ]);

  // Reads arrive with the read-status poll (every 30 s at first): wait until some are in.
  const withReads = await waitForStatus(id, (message) => Number(message.read) > 0, 90_000);
  expect(withReads.readRate).toBeCloseTo(Number(withReads.read) / 998, 5);
  // Unread first: a recipient who reads in between then shows in both lists, never in neither.
  const unread = await allRecipients(id, "&state=unread", 250);
  const read = await allRecipients(id, "&state=read", 250);
  expect(read.items.length).toBeGreaterThan(0);
  expect(read.items.every((item) => item.readAt !== null && item.state === "sent")).toBe(true);
  expect(unread.items.every((item) => item.state === "sent")).toBe(true);
  expect(new Set([...read.items, ...unread.items].map((item) => item.userId)).size).toBe(998);

  const reminder = await api.post(`/api/v1/messages/${id}/remind`, { headers: auth(keys.full) });
  expect(reminder.status()).toBe(202);
  const follow = (await reminder.json()) as { id: string; status: string };
  expect(follow.id).not.toBe(id);
  const reminded = await waitForStatus(follow.id, (message) => message.status === "sent");
  expect(Number(reminded.recipients)).toBeGreaterThan(0);
  expect(Number(reminded.recipients)).toBeLessThanOrEqual(unread.items.length);
});

test("sends a card from a template imported in the console", async ({ page }) => {
  await page.goto("/cards/import");
  await page.locator("#card-file").setInputFiles(path.join(FIXTURE_DIR, "helloworld.json"));
  await expect(page.getByTestId("import-found")).toBeVisible();
  await page.locator("#card-cardTemplateId").fill(`tpl-api-${run}`);
  await page.getByTestId("import-submit").click();
  await page.waitForURL(/\/cards\/[0-9a-f-]{36}$/, { timeout: 30_000 });
  const templateId = new URL(page.url()).pathname.split("/").pop() ?? "";

  const since = Date.now();
  const recipients = userIds(`card${run}-`, 2);
  const invalid = await api.post(`/api/v1/cards/${templateId}/messages`, {
    headers: auth(keys.full),
    data: { values: { title: "x" }, audience: { userIds: recipients }, colour: "red" },
  });
  expect((await expectProblem(invalid, 400, "validation")).errors).toEqual({
    colour: ["This field is not part of the request."],
  });
  const response = await api.post(`/api/v1/cards/${templateId}/messages`, {
    headers: auth(keys.full, { "idempotency-key": `card-${run}` }),
    data: {
      values: { title: `API card ${run}` },
      lastMessage: { en_US: "API card" },
      audience: { userIds: recipients },
    },
  });
  expect(response.status(), await response.text()).toBe(202);
  const { id } = (await response.json()) as { id: string };
  await waitForStatus(id, (message) => message.status === "sent");
  const summary = await simulatorSummary(since);
  for (const userId of recipients) expect(summary.perUser?.[userId], userId).toBe(1);
});

test("answers 429 with Retry-After when a key sends too fast, without slowing other keys", async () => {
  const statuses: number[] = [];
  let limited: APIResponse | null = null;
  for (let i = 0; i < 70 && !limited; i += 1) {
    const response = await api.post("/api/v1/messages", { headers: auth(keys.burst), data: { msgKey: "nope" } });
    statuses.push(response.status());
    if (response.status() === 429) limited = response;
  }
  expect(limited, `statuses: ${statuses.join(",")}`).not.toBeNull();
  if (!limited) return;
  await expectProblem(limited, 429, "rate-limited");
  expect(Number(limited.headers()["retry-after"])).toBeGreaterThan(0);
  expect(statuses.slice(0, -1).every((status) => status === 400)).toBe(true);
  const other = await api.post("/api/v1/messages", { headers: auth(keys.full), data: { msgKey: "nope" } });
  expect(other.status()).toBe(400);
});

test("writes every key use to the audit trail", async ({ page }) => {
  await page.goto("/audit?action=api.call");
  await expect(page.getByTestId("audit-row").first()).toBeVisible();
  await expect(page.getByTestId("audit-table")).toContainText("api-key:dck_");
  await page.goto("/audit?action=message.send");
  await expect(page.getByTestId("audit-table")).toContainText(`(ops-${run})`);
  await page.goto("/audit?action=apiKey.revoke");
  await expect(page.getByTestId("audit-row").first()).toBeVisible();
});
