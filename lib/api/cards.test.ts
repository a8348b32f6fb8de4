import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { JobQueue } from "@/lib/messages/jobs";
import { importCardTemplate } from "@/lib/cards/store";
import { fixtureText } from "@/lib/cards/testing/fixtures";
import { queryRows } from "@/lib/db/query";
import { createFanoutHarness, type FanoutHarness } from "@/tests/support/fanout-harness";
import { sendCardMessage } from "./cards";
import { createApiKey } from "@/lib/api-keys/keys";
import { handleApiRequest, type Endpoint, type PipelineServices } from "./pipeline";
import { ApiKeySendLimiter } from "./rate-limit";

let h: FanoutHarness;
let services: PipelineServices;
let key: string;
let templateId: string;
const endpoint: Endpoint<{ templateId: string }> = {
  scope: "send",
  sends: true,
  body: "json",
  run: ({ deps, caller, params, body }) => sendCardMessage(deps, caller, params.templateId, body),
};

const post = (id: string, body: unknown) =>
  handleApiRequest(
    services,
    endpoint,
    new Request(`http://dingcast.test/api/v1/cards/${id}/messages`, {
      method: "POST",
      headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
      body: JSON.stringify(body),
    }),
    { templateId: id },
  );

beforeAll(async () => {
  h = await createFanoutHarness();
  const boss = { send: async () => "job" } as unknown as JobQueue;
  const deps = { db: h.handle.db, boss, dingtalk: h.client, robotCodes: ["dingsandboxrobot"] };
  const silent = { warn: () => undefined, error: () => undefined } as unknown as PipelineServices["logger"];
  services = { deps, limiter: new ApiKeySendLimiter(100, 60_000), logger: silent };
  key = (await createApiKey(deps.db, { name: "Cards", scopes: ["send"], createdBy: null })).key;
  templateId = await importCardTemplate(
    deps.db,
    {
      name: "Hello",
      cardTemplateId: "tpl.schema.hello",
      api: "interactiveCards",
      callbackRouteKey: "",
      supportForward: false,
      exportText: fixtureText("helloworld"),
    },
    null,
  );
});
afterAll(() => h?.close());

describe("POST /api/v1/cards/{templateId}/messages", () => {
  it("plans a card message through the card service and audits it with the key", async () => {
    const result = await post(templateId, {
      values: { title: "Expense approved", markdown: "# Done" },
      lastMessage: { en_US: "Expense approved" },
      audience: { userIds: ["card-1", "card-2"] },
    });
    expect(result.status).toBe(202);
    const { id } = result.body as { id: string };
    const [message] = await queryRows<{
      kind: string;
      recipient_count: number;
      card: { cardParamMap: Record<string, string> };
    }>(h.handle.db, sql`select kind, recipient_count, card from message where id = ${id}`);
    expect(message).toMatchObject({
      kind: "card",
      recipient_count: 2,
      card: { cardParamMap: { title: "Expense approved" } },
    });
    const [audit] = await queryRows<{ action: string; details: Record<string, unknown> }>(
      h.handle.db,
      sql`select action, details from audit_event where target_id = ${id}`,
    );
    expect(audit).toMatchObject({
      action: "message.send",
      details: { card: true, templateId, apiKeyId: expect.any(String) },
    });
  });

  it("answers 404 for an unknown template and 400 with field paths for bad input", async () => {
    expect(await post("no-such-template", { values: {}, audience: { userIds: ["a"] } })).toMatchObject({
      status: 404,
      body: { detail: "No card template has this id." },
    });
    expect(await post(templateId, { values: {}, audience: { userIds: ["a"] }, robotCode: "other" })).toMatchObject({
      status: 400,
      body: { errors: { robotCode: ["Choose one of the configured robots."] } },
    });
    expect(await post(templateId, { values: {}, audience: { userIds: [] }, extra: 1 })).toMatchObject({
      status: 400,
      body: {
        errors: {
          extra: ["This field is not part of the request."],
          "audience.userIds": ["Add at least one recipient."],
        },
      },
    });
  });
});
