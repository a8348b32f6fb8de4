import { sql } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { queryRows } from "@/lib/db/query";
import { createFanoutHarness, type FanoutHarness } from "@/tests/support/fanout-harness";
import { createMessage } from "./create";
import { runFanout } from "./fanout";
import type { JobQueue } from "./jobs";
import { cancelScheduled, MessageActionError, recallMessage, reminderRefusal, resendFailed } from "./manage";
import { getRecipientCounts } from "./progress";
import { getMessageDetail } from "./queries";

function recordingQueue() {
  const jobs: { name: string; data: unknown; options: unknown }[] = [];
  const queue = {
    async send(name: string, data: object, options?: object) {
      jobs.push({ name, data, options });
      return "job";
    },
  } as unknown as JobQueue;
  return { jobs, queue };
}

const input = (userIds: string[], scheduledAt?: string) => ({
  message: { msgKey: "sampleText" as const, msgParam: { content: "Quarterly all-hands at 10:00" } },
  robotCode: "dingsandboxrobot",
  audience: { type: "users" as const, userIds },
  scheduledAt: scheduledAt ?? null,
});

describe("creating, cancelling, resending and recalling", () => {
  let h: FanoutHarness;
  afterEach(() => h?.close());

  it("refuses an unconfigured robot and a time in the past, at the right field", async () => {
    h = await createFanoutHarness();
    const { queue } = recordingQueue();
    const deps = { db: h.handle.db, boss: queue, robotCodes: ["dingsandboxrobot"] };
    await expect(createMessage(deps, { ...input(["a"]), robotCode: "other" }, { id: null })).rejects.toMatchObject({
      field: "robotCode",
    });
    await expect(createMessage(deps, input(["a"], "2020-01-01T00:00:00Z"), { id: null })).rejects.toMatchObject({
      field: "scheduledAt",
    });
  });

  it("schedules with startAfter and cancels before it starts", async () => {
    h = await createFanoutHarness();
    const { queue, jobs } = recordingQueue();
    const at = new Date(Date.now() + 3_600_000).toISOString();
    const planned = await createMessage(
      { db: h.handle.db, boss: queue, robotCodes: ["dingsandboxrobot"] },
      input(["a", "b", "a"], at),
      { id: "u1" },
    );
    expect(planned).toMatchObject({ status: "scheduled", recipientCount: 2 });
    expect(jobs[0]).toMatchObject({
      name: "broadcast-fanout",
      data: { messageId: planned.id },
      options: { startAfter: new Date(at) },
    });
    await cancelScheduled(h.handle.db, planned.id);
    await expect(cancelScheduled(h.handle.db, planned.id)).rejects.toBeInstanceOf(MessageActionError);
    // A cancelled message's job finds nothing to do.
    await runFanout(h.deps, planned.id);
    expect((await h.summary()).totalDeliveries).toBe(0);
  });

  it("refuses to remind before the send has finished, saying why", async () => {
    h = await createFanoutHarness();
    const { queue } = recordingQueue();
    const deps = { db: h.handle.db, boss: queue, robotCodes: ["dingsandboxrobot"] };
    const reason = async (id: string) => {
      const detail = await getMessageDetail(h.handle.db, id);
      return detail ? (reminderRefusal(detail.status) ?? "ok") : "notFound";
    };
    const scheduled = await createMessage(deps, input(["a", "b"], new Date(Date.now() + 3_600_000).toISOString()), {
      id: "u1",
    });
    expect(await reason(scheduled.id)).toBe("notSentYet");
    await cancelScheduled(h.handle.db, scheduled.id);
    expect(await reason(scheduled.id)).toBe("cancelledUnsent");
    const now = await createMessage(deps, input(["a", "b"]), { id: "u1" });
    expect(await reason(now.id)).toBe("stillSending");
    await runFanout(h.deps, now.id);
    expect(await reason(now.id)).toBe("ok");
    expect(await reason("0b7d3f8e-4c1a-4e55-9a0d-2f6f1c9b8e21")).toBe("notFound");
    expect(reminderRefusal("sending")).toBe("stillSending");
    expect(["sent", "partially_failed", "failed", "recalled"].map((s) => reminderRefusal(s as never))).toEqual([
      null,
      null,
      null,
      null,
    ]);
  });

  it("resends only to failed and unknown recipients, then recalls every delivered call", async () => {
    h = await createFanoutHarness();
    const { queue } = recordingQueue();
    const planned = await createMessage(
      { db: h.handle.db, boss: queue, robotCodes: ["dingsandboxrobot"] },
      input(Array.from({ length: 45 }, (_, i) => `u${i}`)),
      { id: null },
    );
    // The first call of the plan times out after leaving: its 20 users are unknown.
    await h.handle.db.execute(
      sql`update chunk set state = 'unknown', error_code = 'client.timeout' where message_id = ${planned.id} and seq = 0`,
    );
    await h.handle.db.execute(
      sql`update recipient set state = 'unknown', code = 'client.timeout' where message_id = ${planned.id} and user_id in (select unnest(user_ids) from chunk where message_id = ${planned.id} and seq = 0)`,
    );
    await runFanout(h.deps, planned.id);
    expect(await getRecipientCounts(h.handle.db, planned.id)).toMatchObject({ sent: 25, unknown: 20 });

    expect(await resendFailed({ db: h.handle.db, boss: queue }, planned.id)).toBe(20);
    await runFanout(h.deps, planned.id);
    expect(await getRecipientCounts(h.handle.db, planned.id)).toMatchObject({ sent: 45, unknown: 0 });
    expect((await h.summary()).totalDeliveries).toBe(45);
    await expect(resendFailed({ db: h.handle.db, boss: queue }, planned.id)).rejects.toMatchObject({
      reason: "nothingToResend",
    });

    const recall = await recallMessage({ db: h.handle.db, client: h.client }, planned.id);
    expect(recall).toEqual({ recalled: 3, failed: [] });
    const [message] = await queryRows<{ status: string }>(
      h.handle.db,
      sql`select status from message where id = ${planned.id}`,
    );
    expect(message?.status).toBe("recalled");
    const inspect = (await (await fetch(`${h.sandbox.url}/__sandbox/inspect?summary=1`)).json()) as {
      recalledMessages: number;
    };
    expect(inspect.recalledMessages).toBe(3);
  });
});
