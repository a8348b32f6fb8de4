import { queryRows } from "@/lib/db/query";
import { sql } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { createFanoutHarness, type FanoutHarness } from "@/tests/support/fanout-harness";
import { SANDBOX_ROBOT, planTextMessage } from "@/tests/support/plan-text";
import { runFanout } from "./fanout";
import { planMessage } from "./plan";
import { getRecipientCounts } from "./progress";
import { sweepOrphanedChunks } from "./recovery";

const users = (n: number, prefix = "user") => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

function plan(h: FanoutHarness, userIds: string[]) {
  return planTextMessage(h.handle.db, {
    content: "Fire drill at 3 pm",
    title: "Fire drill",
    audience: { type: "users", userIds },
  });
}

async function recipientRows(h: FanoutHarness, messageId: string) {
  const rows = await queryRows<{ user_id: string; state: string; code: string | null }>(
    h.handle.db,
    sql`select user_id, state, code from recipient where message_id = ${messageId}`,
  );
  return rows;
}

describe("fan-out against the simulator", () => {
  let h: FanoutHarness;
  afterEach(() => h?.close());

  it("delivers every valid user exactly once, records invalid ones and re-plans flow-controlled ones", async () => {
    h = await createFanoutHarness({ sandbox: { flowControlRate: 0.1, seed: 3 } });
    const audience = [...users(990), ...users(10, "unknown-")];
    const message = await plan(h, audience);
    await runFanout(h.deps, message.id);

    const counts = await getRecipientCounts(h.handle.db, message.id);
    expect(counts).toMatchObject({
      total: 1000,
      sent: 990,
      invalid: 10,
      pending: 0,
      throttled: 0,
      failed: 0,
      unknown: 0,
    });
    const summary = await h.summary();
    expect(summary.duplicates.users).toBe(0);
    expect(summary.distinctUsers).toBe(990);
    expect(summary.totalDeliveries).toBe(990);
    // 50 first calls plus the re-plans of flow-controlled users, never more than 20 ids a call.
    expect(summary.callsByPath["/v1.0/robot/oToMessages/batchSend"]).toBeGreaterThan(50);
    const status = await queryRows<{ status: string }>(
      h.handle.db,
      sql`select status from message where id = ${message.id}`,
    );
    expect(status[0]?.status).toBe("partially_failed");
  });

  it("fault test: 5% 5xx, 5% QPS refusals, 10% flow control and a token expiry lose no one and duplicate no one", async () => {
    h = await createFanoutHarness({
      sandbox: { seed: 11, flowControlRate: 0.1, faults: { http5xx: 0.05, qpsLimit: 0.05 } },
    });
    const audience = users(2000);
    const message = await plan(h, audience);
    const expiry = setTimeout(() => void h.configure({ expireTokens: true }), 150);
    await runFanout(h.deps, message.id);
    clearTimeout(expiry);

    const rows = await recipientRows(h, message.id);
    expect(rows).toHaveLength(2000);
    const summary = await h.summary();
    const delivered = summary.perUser ?? {};
    expect(summary.duplicates.users).toBe(0);
    for (const row of rows) {
      if (row.state === "sent") {
        expect(delivered[row.user_id], row.user_id).toBe(1);
      } else {
        // Not sent: a terminal state with DingTalk's (or our) reason, and the simulator agrees.
        expect(["failed", "unknown"]).toContain(row.state);
        expect(row.code).toBeTruthy();
        expect(delivered[row.user_id] ?? 0).toBe(0);
      }
    }
    const sent = rows.filter((row) => row.state === "sent").length;
    expect(sent).toBeGreaterThan(1800);
    expect(summary.totalDeliveries).toBe(sent);
  });

  it("sends to a coolapp conversation with one privateChatMessages/send", async () => {
    h = await createFanoutHarness();
    const message = await planMessage(h.handle.db, {
      kind: "robot",
      msgKey: "sampleMarkdown",
      msgParam: { title: "Weekly", text: "## Hello" },
      robotCode: SANDBOX_ROBOT,
      audience: { type: "conversation", openConversationId: "cidTeamChat==", coolAppCode: "COOLAPP-1-TEST" },
      title: "Weekly",
    });
    await runFanout(h.deps, message.id);
    const summary = await h.summary();
    expect(summary.callsByPath["/v1.0/robot/privateChatMessages/send"]).toBe(1);
    expect(summary.totalDeliveries).toBe(2);
    const rows = await queryRows<{ status: string; pqk: string | null }>(
      h.handle.db,
      sql`select m.status, c.process_query_key as pqk from message m join chunk c on c.message_id = m.id where m.id = ${message.id}`,
    );
    expect(rows[0]).toMatchObject({ status: "sent" });
    expect(rows[0]?.pqk).toBeTruthy();
  });

  it("after a crash, marks claimed chunks unknown instead of sending them again, and finishes the rest", async () => {
    h = await createFanoutHarness();
    const message = await plan(h, users(100));
    // A worker claimed two chunks and died before recording anything.
    await h.handle.db.execute(
      sql`update chunk set state = 'in_flight', lease_expires_at = now() + interval '1 minute' where message_id = ${message.id} and seq < 2`,
    );
    await h.handle.db.execute(sql`update message set status = 'sending' where id = ${message.id}`);
    expect(await sweepOrphanedChunks(h.handle.db, { everything: false })).toBe(0);
    expect(await sweepOrphanedChunks(h.handle.db, { everything: true })).toBe(2);
    await runFanout(h.deps, message.id);
    const counts = await getRecipientCounts(h.handle.db, message.id);
    expect(counts).toMatchObject({ sent: 60, unknown: 40 });
    expect((await h.summary()).totalDeliveries).toBe(60);
  });
});
