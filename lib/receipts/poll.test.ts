import { sql } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { runFanout } from "@/lib/messages/fanout";
import { queryRows } from "@/lib/db/query";
import { createFanoutHarness, type FanoutHarness } from "@/tests/support/fanout-harness";
import { planTextMessage } from "@/tests/support/plan-text";
import { claimDuePolls, requestOnDemandPoll } from "./dispatch";
import { pollMessageReads } from "./poll";

async function messageRow(h: FanoutHarness, id: string) {
  const [row] = await queryRows<{
    read_tracking: string;
    read_count: number;
    read_ended_reason: string | null;
    read_next_poll_at: Date | null;
  }>(
    h.handle.db,
    sql`select read_tracking, read_count, read_ended_reason, read_next_poll_at from message where id = ${id}`,
  );
  return row;
}

async function callsTo(h: FanoutHarness, path: string): Promise<number> {
  return (await h.summary()).callsByPath[path] ?? 0;
}

describe("read-status polling against the simulator", () => {
  let h: FanoutHarness;
  afterEach(() => h?.close());

  it("batchSend: one readStatus call per unfinished chunk, skipping chunks everyone has read", async () => {
    h = await createFanoutHarness({ sandbox: { readShare: 1, readMeanMs: 1, readMinMs: 0 } });
    const planned = await planTextMessage(h.handle.db, {
      content: "hi",
      audience: { type: "users", userIds: Array.from({ length: 45 }, (_, i) => `r${i}`) },
    });
    await runFanout(h.deps, planned.id);
    expect((await messageRow(h, planned.id))?.read_tracking).toBe("active");
    await new Promise((resolve) => setTimeout(resolve, 50));

    const first = await pollMessageReads({ db: h.handle.db, client: h.client }, planned.id);
    expect(first).toMatchObject({ calls: 3, readers: 45, tracking: "complete" });
    expect(await callsTo(h, "/v1.0/robot/oToMessages/readStatus")).toBe(3);
    const second = await pollMessageReads({ db: h.handle.db, client: h.client }, planned.id);
    expect(second.calls).toBe(0);
  });

  it("coolapp chat: 450 members read through privateChatMessages/query, 200 per page, 3 pages", async () => {
    h = await createFanoutHarness({ sandbox: { readShare: 1, readMeanMs: 1, readMinMs: 0 } });
    await fetch(`${h.sandbox.url}/__sandbox/conversations`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ openConversationId: "cidAllHands450", coolAppCode: "COOLAPP-1-X", memberCount: 450 }),
    });
    const planned = await planTextMessage(h.handle.db, {
      content: "hi",
      audience: { type: "conversation", openConversationId: "cidAllHands450", coolAppCode: "COOLAPP-1-X" },
    });
    await runFanout(h.deps, planned.id);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const result = await pollMessageReads({ db: h.handle.db, client: h.client }, planned.id);
    expect(result).toMatchObject({ calls: 3, readers: 450, tracking: "active" });
    expect((await messageRow(h, planned.id))?.read_count).toBe(450);
  });

  it("ends tracking on recall and on an expired processQueryKey instead of looping on errors", async () => {
    h = await createFanoutHarness({ sandbox: { processQueryKeyTtlMs: 30 } });
    const planned = await planTextMessage(h.handle.db, {
      content: "hi",
      audience: { type: "users", userIds: ["a", "b"] },
    });
    await runFanout(h.deps, planned.id);
    await new Promise((resolve) => setTimeout(resolve, 60));
    const result = await pollMessageReads({ db: h.handle.db, client: h.client }, planned.id);
    expect(result).toMatchObject({ tracking: "ended", endedReason: "expired" });
  });

  it("lets many tabs ask for a refresh but claims at most one poll per message per 30 seconds", async () => {
    h = await createFanoutHarness();
    const planned = await planTextMessage(h.handle.db, {
      content: "hi",
      audience: { type: "users", userIds: ["a"] },
    });
    await runFanout(h.deps, planned.id);
    const asks = await Promise.all(Array.from({ length: 10 }, () => requestOnDemandPoll(h.handle.db, planned.id)));
    expect(asks.filter(Boolean)).toHaveLength(1);
    expect(await claimDuePolls(h.handle.db)).toEqual([planned.id]);
    expect(await claimDuePolls(h.handle.db)).toEqual([]);
    expect(await requestOnDemandPoll(h.handle.db, planned.id)).toBe(false);
  });
});
