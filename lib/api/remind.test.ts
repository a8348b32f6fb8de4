import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiKey } from "@/lib/api-keys/keys";
import { createMessage } from "@/lib/messages/create";
import type { JobQueue } from "@/lib/messages/jobs";
import { cancelScheduled } from "@/lib/messages/manage";
import { createFanoutHarness, type FanoutHarness } from "@/tests/support/fanout-harness";
import type { ApiCaller, ApiDeps } from "./context";
import { remind } from "./messages";

/** POST /api/v1/messages/{id}/remind before the send has finished says so (issue 16). */
let h: FanoutHarness;
let deps: ApiDeps;
let caller: ApiCaller;

beforeAll(async () => {
  h = await createFanoutHarness();
  const queue = { send: async () => "job" } as unknown as JobQueue;
  deps = { db: h.handle.db, boss: queue, dingtalk: h.client, robotCodes: ["dingsandboxrobot"] };
  const created = await createApiKey(h.handle.db, { name: "HR system", scopes: ["send"], createdBy: null });
  caller = { key: created.summary, ip: null };
});
afterAll(() => h?.close());

const message = (scheduledAt: string | null) =>
  createMessage(
    { db: h.handle.db, boss: deps.boss, robotCodes: ["dingsandboxrobot"] },
    {
      message: { msgKey: "sampleText", msgParam: { content: "Fire drill at 15:00" } },
      robotCode: "dingsandboxrobot",
      audience: { type: "users", userIds: ["manager4220", "hr-lee"] },
      scheduledAt,
    },
    { id: null },
  );

describe("remind before the send has finished", () => {
  it("refuses a scheduled message with a sentence that says it has not been sent yet", async () => {
    const scheduled = await message(new Date(Date.now() + 3_600_000).toISOString());
    const answer = await remind(deps, caller, scheduled.id);
    expect(answer.status).toBe(409);
    expect(answer.headers?.["content-type"]).toBe("application/problem+json");
    expect(answer.body).toMatchObject({
      type: "/api-docs#problem-conflict",
      detail:
        "This message is scheduled and has not been sent yet: nobody can have read it, so there is nobody to remind.",
    });
    expect(JSON.stringify(answer.body)).not.toContain("has read it:");

    await cancelScheduled(h.handle.db, scheduled.id);
    expect((await remind(deps, caller, scheduled.id)).body).toMatchObject({
      detail: "This message was cancelled before it was sent: there is nobody to remind.",
    });
  });

  it("refuses a message still being sent", async () => {
    const queued = await message(null);
    expect((await remind(deps, caller, queued.id)).body).toMatchObject({
      status: 409,
      detail: "This message is still being sent: remind its non-readers once the send has finished.",
    });
  });
});
