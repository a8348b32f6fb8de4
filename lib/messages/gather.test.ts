import { queryRows } from "@/lib/db/query";
import { sql } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { createFanoutHarness, type FanoutHarness } from "@/tests/support/fanout-harness";
import { planTextMessage } from "@/tests/support/plan-text";
import { runFanout } from "./fanout";
import { getRecipientCounts } from "./progress";

describe("flow-controlled users are retried in full calls", () => {
  let h: FanoutHarness;
  afterEach(() => h?.close());

  it("gathers the users DingTalk throttled in many calls into retry chunks of up to 20", async () => {
    // A real backoff (0.5 s first): the retry chunks fill while their users wait.
    h = await createFanoutHarness({ sandbox: { flowControlRate: 0.1, seed: 5 }, fanout: { flowReplanBaseMs: 500 } });
    const userIds = Array.from({ length: 1000 }, (_, i) => `user${i}`);
    const message = await planTextMessage(h.handle.db, {
      content: "Drill",
      title: "Drill",
      audience: { type: "users", userIds },
    });
    await runFanout(h.deps, message.id);

    expect(await getRecipientCounts(h.handle.db, message.id)).toMatchObject({ sent: 1000, throttled: 0, failed: 0 });
    const summary = await h.summary();
    expect(summary.duplicates.users).toBe(0);
    expect(summary.totalDeliveries).toBe(1000);
    // 50 first calls; ~100 throttled users need ~5 calls, ~10 throttled again one more per generation
    // (one retry per original call would be ~45 more).
    const calls = summary.callsByPath["/v1.0/robot/oToMessages/batchSend"] ?? 0;
    expect(calls).toBeLessThanOrEqual(60);

    const retries = await queryRows<{ size: number; state: string }>(
      h.handle.db,
      sql`select cardinality(user_ids) as size, state from chunk where message_id = ${message.id} and generation > 0`,
    );
    expect(retries.every((row) => row.size >= 1 && row.size <= 20 && row.state === "sent")).toBe(true);
    // Only the last retry chunk of each generation may be partly filled.
    const full = retries.filter((row) => row.size === 20).length;
    expect(full).toBeGreaterThanOrEqual(retries.length - 6);
  });
});
