import { describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { runFanout } from "@/lib/messages/fanout";
import { queryRows } from "@/lib/db/query";
import { createApiKey, revokeApiKey } from "@/lib/api-keys/keys";
import { handleApiRequest, type PipelineServices } from "./pipeline";
import { ApiKeySendLimiter } from "./rate-limit";
import {
  apiSuite,
  get,
  post,
  recallEndpoint,
  recipientsEndpoint,
  remindEndpoint,
  sendEndpoint,
  statusEndpoint,
  text,
} from "./testing/api-harness";

/**
 * The API's handlers behind the real pipeline, on an in-memory database and the simulator over
 * HTTP: keys and scopes, sending and reading back, idempotency and rate limits. Request validation
 * and body limits are in pipeline-validation.test.ts.
 */
const suite = apiSuite();

describe("authentication and scopes", () => {
  it("answers 401 problem+json without a key, with a bad key and with a revoked one", async () => {
    const revoked = await createApiKey(suite.deps.db, { name: "old", scopes: ["read"], createdBy: null });
    await revokeApiKey(suite.deps.db, revoked.summary.id);
    for (const key of [null, "dck_nope", `dck_${"A".repeat(43)}`, revoked.key]) {
      const result = await handleApiRequest(suite.services, statusEndpoint, get("/api/v1/messages/x", key), {
        id: "x",
      });
      expect(result.status).toBe(401);
      expect(result.headers).toMatchObject({
        "content-type": "application/problem+json",
        "www-authenticate": 'Bearer realm="dingcast"',
      });
      expect(result.body).toMatchObject({
        type: "/api-docs#problem-unauthorized",
        title: "Missing or invalid API key",
        status: 401,
      });
    }
    expect(suite.logs.join("\n")).not.toContain("A".repeat(43));
  });

  it("answers 403 for a missing scope and writes the refusal to the audit trail", async () => {
    const result = await handleApiRequest(
      suite.services,
      sendEndpoint,
      post("/api/v1/messages", suite.readOnlyKey, text(["a"])),
      {},
    );
    expect(result).toMatchObject({
      status: 403,
      body: { title: "Scope missing", detail: "This API key does not have the send scope." },
    });
    const [event] = await queryRows<{ outcome: string; details: { reason: string } }>(
      suite.deps.db,
      sql`select outcome, details from audit_event where action = 'api.call' order by id desc limit 1`,
    );
    expect(event).toMatchObject({ outcome: "denied", details: { reason: "scope" } });
  });
});

describe("sending", () => {
  it("plans the send, audits it with the key, fans out, and reads back status and recipients with a cursor", async () => {
    const userIds = Array.from({ length: 45 }, (_, i) => `api-user-${String(i).padStart(3, "0")}`);
    const result = await handleApiRequest(
      suite.services,
      sendEndpoint,
      post("/api/v1/messages", suite.fullKey, text(userIds)),
      {},
    );
    expect(result.status).toBe(202);
    const { id } = result.body as { id: string; status: string };
    expect(result.body).toEqual({ id, status: "queued" });
    const [audit] = await queryRows<{ action: string; actor_email: string; details: Record<string, unknown> }>(
      suite.deps.db,
      sql`
      select action, actor_email, details from audit_event where target_id = ${id}`,
    );
    expect(audit).toMatchObject({
      action: "message.send",
      actor_email: expect.stringMatching(/^api-key:dck_\S{8} \(HR system\)$/),
      details: { messageId: id, recipients: 45, apiKeyId: expect.any(String) },
    });

    await runFanout(suite.h.deps, id);
    const status = await handleApiRequest(
      suite.services,
      statusEndpoint,
      get(`/api/v1/messages/${id}`, suite.readOnlyKey),
      { id },
    );
    expect(status.body).toMatchObject({
      id,
      status: "sent",
      recipients: 45,
      sent: 45,
      invalid: 0,
      read: 0,
      readRate: 0,
    });

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const path: string = `/api/v1/messages/${id}/recipients?limit=20${cursor ? `&cursor=${cursor}` : ""}`;
      const page = await handleApiRequest(suite.services, recipientsEndpoint, get(path, suite.readOnlyKey), { id });
      const body = page.body as {
        items: { userId: string; state: string; readAt: string | null }[];
        nextCursor: string | null;
      };
      seen.push(...body.items.map((item) => item.userId));
      cursor = body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(userIds);
    const unread = await handleApiRequest(
      suite.services,
      recipientsEndpoint,
      get(`/api/v1/messages/${id}/recipients?state=unread&limit=500`, suite.readOnlyKey),
      { id },
    );
    expect((unread.body as { items: unknown[] }).items).toHaveLength(45);
    const badQuery = await handleApiRequest(
      suite.services,
      recipientsEndpoint,
      get(`/api/v1/messages/${id}/recipients?state=lost&limit=0`, suite.readOnlyKey),
      { id },
    );
    expect(badQuery).toMatchObject({
      status: 400,
      body: { errors: { state: expect.any(Array), limit: expect.any(Array) } },
    });

    // A reminder goes to the 45 non-readers as a new message; the recall then reaches every call.
    const reminder = await handleApiRequest(
      suite.services,
      remindEndpoint,
      post(`/api/v1/messages/${id}/remind`, suite.fullKey, ""),
      { id },
    );
    expect(reminder.status).toBe(202);
    const reminderId = (reminder.body as { id: string }).id;
    const [row] = await queryRows<{ remind_of: string; recipient_count: number }>(
      suite.deps.db,
      sql`select remind_of, recipient_count from message where id = ${reminderId}`,
    );
    expect(row).toEqual({ remind_of: id, recipient_count: 45 });

    const recalled = await handleApiRequest(
      suite.services,
      recallEndpoint,
      post(`/api/v1/messages/${id}/recall`, suite.fullKey, ""),
      { id },
    );
    expect(recalled).toMatchObject({ status: 200, body: { id, status: "recalled", recalled: 3, failed: [] } });
    const again = await handleApiRequest(
      suite.services,
      recallEndpoint,
      post(`/api/v1/messages/${id}/recall`, suite.fullKey, ""),
      {
        id,
      },
    );
    expect(again).toMatchObject({
      status: 409,
      body: { title: "Conflict", detail: "Only a message that has finished sending can be recalled." },
    });
  });

  it("sends to a group conversation through its cool app, and schedules with sendAt", async () => {
    const conversation = await handleApiRequest(
      suite.services,
      sendEndpoint,
      post("/api/v1/messages", suite.fullKey, {
        msgKey: "sampleText",
        msgParam: { content: "Standup moved" },
        audience: { openConversationId: "cidStandup==", coolAppCode: "COOLAPP-1" },
      }),
      {},
    );
    expect(conversation.status).toBe(202);
    const sendAt = new Date(Date.now() + 3600_000).toISOString();
    const scheduled = await handleApiRequest(
      suite.services,
      sendEndpoint,
      post("/api/v1/messages", suite.fullKey, { ...text(["later-1"]), sendAt }),
      {},
    );
    expect(scheduled).toMatchObject({ status: 202, body: { status: "scheduled" } });
    const rows = await queryRows<{
      audience_type: string;
      open_conversation_id: string | null;
      scheduled_at: Date | string | null;
    }>(
      suite.deps.db,
      sql`
      select audience_type, open_conversation_id, scheduled_at from message where id in (${(conversation.body as { id: string }).id}, ${(scheduled.body as { id: string }).id}) order by audience_type`,
    );
    expect(
      rows.map((row) => [
        row.audience_type,
        row.open_conversation_id,
        row.scheduled_at ? new Date(row.scheduled_at).toISOString() : null,
      ]),
    ).toEqual([
      ["conversation", "cidStandup==", null],
      ["users", null, sendAt],
    ]);
  });

  it("answers 404 for an unknown or malformed id on every message endpoint", async () => {
    for (const id of ["00000000-0000-4000-8000-000000000000", "not-a-uuid"]) {
      const calls = [
        [statusEndpoint, get(`/api/v1/messages/${id}`, suite.fullKey)],
        [recipientsEndpoint, get(`/api/v1/messages/${id}/recipients`, suite.fullKey)],
        [recallEndpoint, post(`/api/v1/messages/${id}/recall`, suite.fullKey, "")],
        [remindEndpoint, post(`/api/v1/messages/${id}/remind`, suite.fullKey, "")],
      ] as const;
      for (const [endpoint, request] of calls) {
        const response = await handleApiRequest(suite.services, endpoint, request, { id });
        expect(response.status, request.url).toBe(404);
      }
    }
  });

  it("replays a retried POST with the same Idempotency-Key and sends nothing new; another body is a 409", async () => {
    const before = suite.jobs.length;
    const body = text(["idem-1", "idem-2"]);
    const first = await handleApiRequest(
      suite.services,
      sendEndpoint,
      post("/api/v1/messages", suite.fullKey, body, { "idempotency-key": "order-42" }),
      {},
    );
    const retry = await handleApiRequest(
      suite.services,
      sendEndpoint,
      post("/api/v1/messages", suite.fullKey, body, { "idempotency-key": "order-42" }),
      {},
    );
    expect(first.status).toBe(202);
    expect(retry).toMatchObject({ status: 202, body: first.body, headers: { "idempotent-replayed": "true" } });
    expect(suite.jobs.length - before).toBe(1);
    const [count] = await queryRows<{ n: number }>(
      suite.deps.db,
      sql`select count(*)::int as n from recipient where user_id = 'idem-1'`,
    );
    expect(count?.n).toBe(1);
    const other = await handleApiRequest(
      suite.services,
      sendEndpoint,
      post("/api/v1/messages", suite.fullKey, text(["idem-3"]), { "idempotency-key": "order-42" }),
      {},
    );
    expect(other).toMatchObject({ status: 409, body: { type: "/api-docs#problem-idempotency-conflict" } });
    const badKey = await handleApiRequest(
      suite.services,
      sendEndpoint,
      post("/api/v1/messages", suite.fullKey, body, { "idempotency-key": "has space" }),
      {},
    );
    expect(badKey.status).toBe(400);
  });

  it("answers 429 with Retry-After once a key sends too fast, per key", async () => {
    const tight: PipelineServices = { ...suite.services, limiter: new ApiKeySendLimiter(2, 60_000) };
    const statuses: number[] = [];
    for (let i = 0; i < 3; i += 1)
      statuses.push(
        (await handleApiRequest(tight, sendEndpoint, post("/api/v1/messages", suite.fullKey, { bad: true }), {}))
          .status,
      );
    expect(statuses).toEqual([400, 400, 429]);
    const limited = await handleApiRequest(
      tight,
      sendEndpoint,
      post("/api/v1/messages", suite.fullKey, { bad: true }),
      {},
    );
    expect(limited).toMatchObject({
      status: 429,
      body: { title: "Too many sends" },
      headers: { "retry-after": expect.stringMatching(/^\d+$/) },
    });
    // Reads are not limited, and another key has its own window.
    expect(
      (await handleApiRequest(tight, statusEndpoint, get("/api/v1/messages/x", suite.fullKey), { id: "x" })).status,
    ).toBe(404);
  });
});

describe("the sliding window", () => {
  it("frees a slot when the oldest hit leaves the window", () => {
    const limiter = new ApiKeySendLimiter(2, 1000);
    expect(limiter.take("k", 0).ok).toBe(true);
    expect(limiter.take("k", 400).ok).toBe(true);
    expect(limiter.take("k", 900)).toEqual({ ok: false, retryAfterSeconds: 1 });
    expect(limiter.take("other", 900).ok).toBe(true);
    expect(limiter.take("k", 1001).ok).toBe(true);
  });
});
