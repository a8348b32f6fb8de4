import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { runFanout } from "@/lib/broadcasts/fanout";
import type { JobQueue } from "@/lib/broadcasts/jobs";
import { queryRows } from "@/lib/db/query";
import { createFanoutHarness, type FanoutHarness } from "@/tests/support/fanout-harness";
import type { ApiDeps } from "./context";
import { createApiKey, revokeApiKey } from "./keys";
import { getMessageRecipients, getMessageStatus, recall, remind, sendMessage } from "./messages";
import { handleApiRequest, type Endpoint, type PipelineServices } from "./pipeline";
import { SlidingWindowLimiter } from "./rate-limit";

/** The API's handlers behind the real pipeline, on an in-memory database and the simulator over HTTP. */
let h: FanoutHarness;
let deps: ApiDeps;
const jobs: string[] = [];
const logs: string[] = [];
let services: PipelineServices;
let fullKey: string;
let readOnlyKey: string;

const sendEndpoint: Endpoint<Record<string, never>> = { scope: "send", sends: true, body: "json", run: ({ deps: d, caller, body }) => sendMessage(d, caller, body) };
const statusEndpoint: Endpoint<{ id: string }> = { scope: "read", run: ({ deps: d, params }) => getMessageStatus(d, params.id) };
const recipientsEndpoint: Endpoint<{ id: string }> = { scope: "read", run: ({ deps: d, params, request }) => getMessageRecipients(d, params.id, new URL(request.url).searchParams) };
const recallEndpoint: Endpoint<{ id: string }> = { scope: "send", body: "ignored", run: ({ deps: d, caller, params }) => recall(d, caller, params.id) };
const remindEndpoint: Endpoint<{ id: string }> = { scope: "send", sends: true, body: "ignored", run: ({ deps: d, caller, params }) => remind(d, caller, params.id) };

function post(path: string, key: string | null, body: unknown, headers: Record<string, string> = {}): Request {
  return new Request(`http://dingcast.test${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(key ? { authorization: `Bearer ${key}` } : {}), ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}
function get(path: string, key: string | null): Request {
  return new Request(`http://dingcast.test${path}`, { headers: key ? { authorization: `Bearer ${key}` } : {} });
}

const text = (userIds: string[], content = "Fire drill at 15:00") => ({ msgKey: "sampleText", msgParam: { content }, audience: { userIds } });

beforeAll(async () => {
  h = await createFanoutHarness();
  const queue = {
    async send(name: string) {
      jobs.push(name);
      return "job";
    },
  } as unknown as JobQueue;
  deps = { db: h.handle.db, boss: queue, dingtalk: h.client, robotCodes: ["dingsandboxrobot"] };
  const capture = (level: string) => (object: unknown, message?: string) => void logs.push(`${level} ${JSON.stringify(object)} ${message ?? ""}`);
  services = { deps, limiter: new SlidingWindowLimiter(1000, 60_000), logger: { warn: capture("warn"), error: capture("error") } as unknown as PipelineServices["logger"] };
  fullKey = (await createApiKey(deps.db, { name: "HR system", scopes: ["send", "read"], createdBy: null })).key;
  readOnlyKey = (await createApiKey(deps.db, { name: "Dashboard", scopes: ["read"], createdBy: null })).key;
});
afterAll(() => h?.close());

describe("authentication and scopes", () => {
  it("answers 401 problem+json without a key, with a bad key and with a revoked one", async () => {
    const revoked = await createApiKey(deps.db, { name: "old", scopes: ["read"], createdBy: null });
    await revokeApiKey(deps.db, revoked.summary.id);
    for (const key of [null, "dck_nope", `dck_${"A".repeat(43)}`, revoked.key]) {
      const result = await handleApiRequest(services, statusEndpoint, get("/api/v1/messages/x", key), { id: "x" });
      expect(result.status).toBe(401);
      expect(result.headers).toMatchObject({ "content-type": "application/problem+json", "www-authenticate": 'Bearer realm="dingcast"' });
      expect(result.body).toMatchObject({ type: "/api-docs#problem-unauthorized", title: "Missing or invalid API key", status: 401 });
    }
    expect(logs.join("\n")).not.toContain("A".repeat(43));
  });

  it("answers 403 for a missing scope and writes the refusal to the audit trail", async () => {
    const result = await handleApiRequest(services, sendEndpoint, post("/api/v1/messages", readOnlyKey, text(["a"])), {});
    expect(result).toMatchObject({ status: 403, body: { title: "Scope missing", detail: "This API key does not have the send scope." } });
    const [event] = await queryRows<{ outcome: string; details: { reason: string } }>(deps.db, sql`select outcome, details from audit_event where action = 'api.call' order by id desc limit 1`);
    expect(event).toMatchObject({ outcome: "denied", details: { reason: "scope" } });
  });
});

describe("sending", () => {
  it("validates like the compose form and reports English sentences per API field path", async () => {
    const cases: [unknown, Record<string, string[]>][] = [
      [{ msgKey: "sampleText", msgParam: {}, audience: { userIds: ["a"] } }, { "msgParam.content": ["Required."] }],
      [{ msgKey: "sampleNope", msgParam: {}, audience: { userIds: ["a"] } }, { msgKey: ["Choose a message type."] }],
      [{ ...text(["good", "bad id"]) }, { "audience.userIds.1": ["“bad id” is not a DingTalk userId: use letters, digits and - _ . @ only, at most 64 characters."] }],
      [{ ...text([]) }, { "audience.userIds": ["Add at least one recipient."] }],
      [{ msgKey: "sampleText", msgParam: { content: "x" }, audience: { openConversationId: "nope", coolAppCode: "c" } }, { "audience.openConversationId": ["An openConversationId starts with “cid”."] }],
      [{ ...text(["a"]), sendat: "tomorrow" }, { sendat: ["This field is not part of the request."] }],
      [{ ...text(["a"]), robotCode: "someone-elses" }, { robotCode: ["Choose one of the configured robots."] }],
      [{ ...text(["a"]), sendAt: "2020-01-01T00:00:00Z" }, { sendAt: ["Choose a time in the future."] }],
      [{ ...text(["a"]), sendAt: "next week" }, { sendAt: ["Choose a time in the future."] }],
      [["not", "an", "object"], { body: ["Expected object."] }],
    ];
    for (const [body, errors] of cases) {
      const result = await handleApiRequest(services, sendEndpoint, post("/api/v1/messages", fullKey, body), {});
      expect(result.status, JSON.stringify(body)).toBe(400);
      expect(result.body, JSON.stringify(body)).toMatchObject({ type: "/api-docs#problem-validation", title: "Validation failed", status: 400, errors });
    }
    expect((await handleApiRequest(services, sendEndpoint, post("/api/v1/messages", fullKey, "{not json"), {})).status).toBe(400);
    const form = new Request("http://dingcast.test/api/v1/messages", { method: "POST", headers: { authorization: `Bearer ${fullKey}`, "content-type": "text/plain" }, body: "hi" });
    expect((await handleApiRequest(services, sendEndpoint, form, {})).status).toBe(415);
  });

  it("plans the send, audits it with the key, fans out, and reads back status and recipients with a cursor", async () => {
    const userIds = Array.from({ length: 45 }, (_, i) => `api-user-${String(i).padStart(3, "0")}`);
    const result = await handleApiRequest(services, sendEndpoint, post("/api/v1/messages", fullKey, text(userIds)), {});
    expect(result.status).toBe(202);
    const { id } = result.body as { id: string; status: string };
    expect(result.body).toEqual({ id, status: "queued" });
    const [audit] = await queryRows<{ action: string; actor_email: string; details: Record<string, unknown> }>(deps.db, sql`
      select action, actor_email, details from audit_event where target_id = ${id}`);
    expect(audit).toMatchObject({ action: "message.send", actor_email: expect.stringMatching(/^api-key:dck_\S{8} \(HR system\)$/), details: { messageId: id, recipients: 45, apiKeyId: expect.any(String) } });

    await runFanout(h.deps, id);
    const status = await handleApiRequest(services, statusEndpoint, get(`/api/v1/messages/${id}`, readOnlyKey), { id });
    expect(status.body).toMatchObject({ id, status: "sent", recipients: 45, sent: 45, invalid: 0, read: 0, readRate: 0 });

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const path: string = `/api/v1/messages/${id}/recipients?limit=20${cursor ? `&cursor=${cursor}` : ""}`;
      const page = await handleApiRequest(services, recipientsEndpoint, get(path, readOnlyKey), { id });
      const body = page.body as { items: { userId: string; state: string; readAt: string | null }[]; nextCursor: string | null };
      seen.push(...body.items.map((item) => item.userId));
      cursor = body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(userIds);
    const unread = await handleApiRequest(services, recipientsEndpoint, get(`/api/v1/messages/${id}/recipients?state=unread&limit=500`, readOnlyKey), { id });
    expect((unread.body as { items: unknown[] }).items).toHaveLength(45);
    const badQuery = await handleApiRequest(services, recipientsEndpoint, get(`/api/v1/messages/${id}/recipients?state=lost&limit=0`, readOnlyKey), { id });
    expect(badQuery).toMatchObject({ status: 400, body: { errors: { state: expect.any(Array), limit: expect.any(Array) } } });

    // A reminder goes to the 45 non-readers as a new message; the recall then reaches every call.
    const reminder = await handleApiRequest(services, remindEndpoint, post(`/api/v1/messages/${id}/remind`, fullKey, ""), { id });
    expect(reminder.status).toBe(202);
    const reminderId = (reminder.body as { id: string }).id;
    const [row] = await queryRows<{ remind_of: string; recipient_count: number }>(deps.db, sql`select remind_of, recipient_count from message where id = ${reminderId}`);
    expect(row).toEqual({ remind_of: id, recipient_count: 45 });

    const recalled = await handleApiRequest(services, recallEndpoint, post(`/api/v1/messages/${id}/recall`, fullKey, ""), { id });
    expect(recalled).toMatchObject({ status: 200, body: { id, status: "recalled", recalled: 3, failed: [] } });
    const again = await handleApiRequest(services, recallEndpoint, post(`/api/v1/messages/${id}/recall`, fullKey, ""), { id });
    expect(again).toMatchObject({ status: 409, body: { title: "Conflict", detail: "Only a message that has finished sending can be recalled." } });
  });

  it("sends to a group conversation through its cool app, and schedules with sendAt", async () => {
    const conversation = await handleApiRequest(services, sendEndpoint, post("/api/v1/messages", fullKey, { msgKey: "sampleText", msgParam: { content: "Standup moved" }, audience: { openConversationId: "cidStandup==", coolAppCode: "COOLAPP-1" } }), {});
    expect(conversation.status).toBe(202);
    const sendAt = new Date(Date.now() + 3600_000).toISOString();
    const scheduled = await handleApiRequest(services, sendEndpoint, post("/api/v1/messages", fullKey, { ...text(["later-1"]), sendAt }), {});
    expect(scheduled).toMatchObject({ status: 202, body: { status: "scheduled" } });
    const rows = await queryRows<{ audience_type: string; open_conversation_id: string | null; scheduled_at: Date | string | null }>(deps.db, sql`
      select audience_type, open_conversation_id, scheduled_at from message where id in (${(conversation.body as { id: string }).id}, ${(scheduled.body as { id: string }).id}) order by audience_type`);
    expect(rows.map((row) => [row.audience_type, row.open_conversation_id, row.scheduled_at ? new Date(row.scheduled_at).toISOString() : null])).toEqual([
      ["conversation", "cidStandup==", null],
      ["users", null, sendAt],
    ]);
  });

  it("answers 404 for an unknown or malformed id on every message endpoint", async () => {
    for (const id of ["00000000-0000-4000-8000-000000000000", "not-a-uuid"]) {
      expect((await handleApiRequest(services, statusEndpoint, get(`/api/v1/messages/${id}`, fullKey), { id })).status).toBe(404);
      expect((await handleApiRequest(services, recipientsEndpoint, get(`/api/v1/messages/${id}/recipients`, fullKey), { id })).status).toBe(404);
      expect((await handleApiRequest(services, recallEndpoint, post(`/api/v1/messages/${id}/recall`, fullKey, ""), { id })).status).toBe(404);
      expect((await handleApiRequest(services, remindEndpoint, post(`/api/v1/messages/${id}/remind`, fullKey, ""), { id })).status).toBe(404);
    }
  });

  it("replays a retried POST with the same Idempotency-Key and sends nothing new; another body is a 409", async () => {
    const before = jobs.length;
    const body = text(["idem-1", "idem-2"]);
    const first = await handleApiRequest(services, sendEndpoint, post("/api/v1/messages", fullKey, body, { "idempotency-key": "order-42" }), {});
    const retry = await handleApiRequest(services, sendEndpoint, post("/api/v1/messages", fullKey, body, { "idempotency-key": "order-42" }), {});
    expect(first.status).toBe(202);
    expect(retry).toMatchObject({ status: 202, body: first.body, headers: { "idempotent-replayed": "true" } });
    expect(jobs.length - before).toBe(1);
    const [count] = await queryRows<{ n: number }>(deps.db, sql`select count(*)::int as n from recipient where user_id = 'idem-1'`);
    expect(count?.n).toBe(1);
    const other = await handleApiRequest(services, sendEndpoint, post("/api/v1/messages", fullKey, text(["idem-3"]), { "idempotency-key": "order-42" }), {});
    expect(other).toMatchObject({ status: 409, body: { type: "/api-docs#problem-idempotency-conflict" } });
    const badKey = await handleApiRequest(services, sendEndpoint, post("/api/v1/messages", fullKey, body, { "idempotency-key": "has space" }), {});
    expect(badKey.status).toBe(400);
  });

  it("answers 429 with Retry-After once a key sends too fast, per key", async () => {
    const tight: PipelineServices = { ...services, limiter: new SlidingWindowLimiter(2, 60_000) };
    const statuses: number[] = [];
    for (let i = 0; i < 3; i += 1) statuses.push((await handleApiRequest(tight, sendEndpoint, post("/api/v1/messages", fullKey, { bad: true }), {})).status);
    expect(statuses).toEqual([400, 400, 429]);
    const limited = await handleApiRequest(tight, sendEndpoint, post("/api/v1/messages", fullKey, { bad: true }), {});
    expect(limited).toMatchObject({ status: 429, body: { title: "Too many sends" }, headers: { "retry-after": expect.stringMatching(/^\d+$/) } });
    // Reads are not limited, and another key has its own window.
    expect((await handleApiRequest(tight, statusEndpoint, get("/api/v1/messages/x", fullKey), { id: "x" })).status).toBe(404);
  });
});

describe("the sliding window", () => {
  it("frees a slot when the oldest hit leaves the window", () => {
    const limiter = new SlidingWindowLimiter(2, 1000);
    expect(limiter.take("k", 0).ok).toBe(true);
    expect(limiter.take("k", 400).ok).toBe(true);
    expect(limiter.take("k", 900)).toEqual({ ok: false, retryAfterSeconds: 1 });
    expect(limiter.take("other", 900).ok).toBe(true);
    expect(limiter.take("k", 1001).ok).toBe(true);
  });
});
