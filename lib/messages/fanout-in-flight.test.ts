import { queryRows } from "@/lib/db/query";
import { sql } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { createFanoutHarness, type FanoutHarness } from "@/tests/support/fanout-harness";
import { planTextMessage } from "@/tests/support/plan-text";
import { runWithGrantHook } from "@/lib/dingtalk/rate-limiter-grant";
import { SlidingWindowRateLimiter } from "@/lib/dingtalk/rate-limiter";
import { runFanout } from "./fanout";
import { getRecipientCounts } from "./progress";
import { sweepOrphanedChunks } from "./recovery";

const users = (n: number) => Array.from({ length: n }, (_, i) => `user${i}`);

async function chunkStates(h: FanoutHarness, messageId: string) {
  const rows = await queryRows<{ in_flight: number; claimed: number; done: number }>(
    h.handle.db,
    sql`
    select count(*) filter (where state = 'in_flight')::int as in_flight,
      count(*) filter (where state = 'pending' and lease_expires_at is not null)::int as claimed,
      count(*) filter (where state not in ('pending', 'in_flight'))::int as done
    from chunk where message_id = ${messageId}`,
  );
  return rows[0];
}

describe("a chunk is in flight only once its call was granted", () => {
  let h: FanoutHarness;
  afterEach(() => h?.close());

  it("tells the grant hook of a grant before the acquire resolves, in the caller's context only", async () => {
    const limiter = new SlidingWindowRateLimiter({ qps: 1 });
    const seen: string[] = [];
    await runWithGrantHook(
      (key) => void seen.push(key),
      () => limiter.acquire("app:/v1.0/a"),
    );
    await limiter.acquire("app:/v1.0/b");
    expect(seen).toEqual(["app:/v1.0/a"]);
  });

  it("keeps chunks waiting for the limiter pending, so a crash or shutdown leaves them unsent, not unknown", async () => {
    h = await createFanoutHarness({ qps: 2, fanout: { concurrency: 4 } });
    const message = await planTextMessage(h.handle.db, {
      content: "Fire drill at 3 pm",
      title: "Fire drill",
      audience: { type: "users", userIds: users(400) },
    });
    const controller = new AbortController();
    const running = runFanout({ ...h.deps, signal: controller.signal }, message.id);
    await new Promise((resolve) => setTimeout(resolve, 700));

    // Two calls a second: the first two were granted, the other claimed chunks wait unmarked.
    const mid = await chunkStates(h, message.id);
    expect((mid?.in_flight ?? 0) + (mid?.done ?? 0)).toBe(2);
    expect(mid?.claimed).toBeGreaterThanOrEqual(6);

    controller.abort();
    await running;
    const after = await chunkStates(h, message.id);
    expect(after).toMatchObject({ in_flight: 0, claimed: 0 });
    const calls = (await h.summary()).callsByPath["/v1.0/robot/oToMessages/batchSend"] ?? 0;
    expect(after?.done).toBe(calls);

    // A restart finds nothing to mark unknown and sends everyone exactly once.
    expect(await sweepOrphanedChunks(h.handle.db, { everything: true })).toBe(0);
    await runFanout({ ...h.deps, options: { ...h.deps.options, concurrency: 16 } }, message.id);
    expect(await getRecipientCounts(h.handle.db, message.id)).toMatchObject({ sent: 400, unknown: 0 });
    const summary = await h.summary();
    expect(summary.duplicates.users).toBe(0);
    expect(summary.totalDeliveries).toBe(400);
  }, 30_000);

  it("a crash frees claimed-ahead chunks at restart instead of marking them unknown", async () => {
    h = await createFanoutHarness({ qps: 2, fanout: { concurrency: 4 } });
    const message = await planTextMessage(h.handle.db, {
      content: "Fire drill",
      title: "Fire drill",
      audience: { type: "users", userIds: users(100) },
    });
    // A worker claimed three chunks ahead and had one in flight when it died.
    await h.handle.db.execute(sql`update message set status = 'sending' where id = ${message.id}`);
    await h.handle.db.execute(
      sql`update chunk set lease_expires_at = now() + interval '1 minute' where message_id = ${message.id} and seq between 1 and 3`,
    );
    await h.handle.db.execute(
      sql`update chunk set state = 'in_flight', lease_expires_at = now() + interval '2 minutes' where message_id = ${message.id} and seq = 0`,
    );
    expect(await sweepOrphanedChunks(h.handle.db, { everything: true })).toBe(1);
    await runFanout({ ...h.deps, options: { ...h.deps.options, concurrency: 16 } }, message.id);
    expect(await getRecipientCounts(h.handle.db, message.id)).toMatchObject({ sent: 80, unknown: 20 });
  }, 30_000);
});
