import { afterEach, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { runFanout } from "@/lib/messages/fanout";
import { planMessage, type PlannedAudience } from "@/lib/messages/plan";
import { getRecipientCounts } from "@/lib/messages/progress";
import { queryRows } from "@/lib/db/query";
import { pollMessageReads } from "@/lib/receipts/poll";
import { createFanoutHarness, type FanoutHarness } from "@/tests/support/fanout-harness";
import { initialTexts } from "./encode.model";
import { buildCardPayload } from "./payload";
import { cardSender } from "./sender";
import { parseCardExport } from "./card-export.model";
import { fixtureText } from "./testing/fixtures";
import type { CardApi } from "@/lib/core/card-apis";

const ROBOT = "dingsandboxrobot";

function helloworldPayload(api: CardApi, audience: PlannedAudience) {
  const parsed = parseCardExport(fixtureText("helloworld"));
  if (!parsed.ok) throw new Error(parsed.error);
  const { variables, mockData } = parsed.template;
  const texts = initialTexts(variables, mockData);
  const result = buildCardPayload(
    {
      id: "tpl-1",
      name: "Hello",
      cardTemplateId: "tpl.schema.hello",
      api,
      variables,
      callbackRouteKey: "route-1",
      supportForward: false,
    },
    {
      templateId: "tpl-1",
      values: { ...texts, title: "钉钉 title", markdown: "# hi" },
      privateDefaults: { private_input: "", submitted: "false" },
      privateRows: [{ userId: "user1", values: { private_input: "only for user1", submitted: "true" } }],
      lastMessageI18n: { zh_CN: "新卡片", en_US: "New card" },
      robotCode: ROBOT,
      audience: audience.type === "users" ? { type: "users", userIds: [...audience.userIds] } : audience,
      userIdType: 1,
      pullStrategy: false,
      atOpenIds: {},
    },
  );
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.payload;
}

async function sendCard(h: FanoutHarness, api: CardApi, audience: PlannedAudience) {
  const card = helloworldPayload(api, audience);
  const planned = await planMessage(h.handle.db, {
    kind: "card",
    msgKey: "card",
    msgParam: {},
    card,
    robotCode: ROBOT,
    audience,
    title: "Hello",
    usersPerChunk: api === "createAndDeliver" ? 1 : undefined,
  });
  await runFanout(
    {
      ...h.deps,
      senderFor: (message) =>
        (message.kind === "card" ? cardSender(h.client, message) : undefined) ?? h.deps.senderFor(message),
    },
    planned.id,
  );
  return planned;
}

interface Delivery {
  api: string;
  outTrackId: string;
  cardTemplateId: string;
  cardParamMap: Record<string, string>;
  privateData?: Record<string, string>;
  processQueryKey: string;
}

async function deliveriesOf(h: FanoutHarness, userId: string): Promise<Delivery[]> {
  const response = await fetch(`${h.sandbox.url}/__sandbox/inspect?userId=${encodeURIComponent(userId)}`);
  const body = (await response.json()) as { deliveries: Record<string, Delivery[]> };
  return body.deliveries[userId] ?? [];
}

const users = Array.from({ length: 23 }, (_, i) => `user${i}`);
const expectedPublic = { title: "钉钉 title", tag: "标签", markdown: "# hi" };

describe("cardSender through the real client against the simulator", () => {
  let h: FanoutHarness;
  afterEach(() => h?.close());

  it("interactiveCards/send: chunks of 20, one new outTrackId per call, exact cardParamMap and per-user privateData", async () => {
    h = await createFanoutHarness();
    const planned = await sendCard(h, "interactiveCards", { type: "users", userIds: users });
    expect(await getRecipientCounts(h.handle.db, planned.id)).toMatchObject({ total: 23, sent: 23 });

    const [first] = await deliveriesOf(h, "user1");
    expect(first?.api).toBe("/v1.0/im/privateChat/interactiveCards/send");
    expect(first?.cardTemplateId).toBe("tpl.schema.hello");
    expect(first?.cardParamMap).toEqual({
      ...expectedPublic,
      sys_lastMessageI18n: JSON.stringify({ zh_CN: "新卡片", en_US: "New card" }),
    });
    expect(first?.privateData).toEqual({ private_input: "only for user1", submitted: "true" });
    const [other] = await deliveriesOf(h, "user22");
    expect(other?.privateData).toEqual({ private_input: "", submitted: "false" });
    expect(other?.outTrackId).not.toBe(first?.outTrackId);

    const summary = await h.summary();
    expect(summary.callsByPath["/v1.0/im/privateChat/interactiveCards/send"]).toBe(2);
    expect(summary.duplicates.users).toBe(0);

    // The processQueryKey feeds read tracking like any other message.
    const keys = await queryRows<{ process_query_key: string }>(
      h.handle.db,
      sql`select process_query_key from chunk where message_id = ${planned.id}`,
    );
    expect(keys.map((row) => row.process_query_key)).toContain(first?.processQueryKey);
  });

  it("createAndDeliver: one IM_ROBOT space per call, carrierId as the processQueryKey, upper-case lastMessageI18n", async () => {
    h = await createFanoutHarness();
    const planned = await sendCard(h, "createAndDeliver", { type: "users", userIds: ["user1", "user2", "unknown-9"] });
    expect(await getRecipientCounts(h.handle.db, planned.id)).toMatchObject({ total: 3, sent: 2, failed: 1 });
    const [first] = await deliveriesOf(h, "user1");
    expect(first?.api).toBe("/v1.0/card/instances/create-and-deliver");
    expect(first?.cardParamMap).toEqual(expectedPublic);
    expect(first?.privateData).toEqual({ private_input: "only for user1", submitted: "true" });
    const [second] = await deliveriesOf(h, "user2");
    expect(second?.privateData).toEqual({ private_input: "", submitted: "false" });
    const keys = await queryRows<{ process_query_key: string | null }>(
      h.handle.db,
      sql`select process_query_key from chunk where message_id = ${planned.id} order by seq`,
    );
    expect(keys.map((row) => row.process_query_key)).toEqual([first?.processQueryKey, second?.processQueryKey, null]);
    const requests = (await (await fetch(`${h.sandbox.url}/__sandbox/inspect`)).json()) as {
      requests: { path: string; body?: Record<string, unknown> }[];
    };
    const body = requests.requests.find((request) => request.path === "/v1.0/card/instances/create-and-deliver")?.body;
    expect(body?.imRobotOpenSpaceModel).toEqual({
      supportForward: false,
      lastMessageI18n: { ZH_CN: "新卡片", EN_US: "New card" },
    });
    expect(body?.callbackRouteKey).toBe("route-1");
  });

  it("sends to a coolapp chat with the conversation id, and read status is polled with privateChatMessages/query", async () => {
    h = await createFanoutHarness({ sandbox: { readShare: 1, readMeanMs: 1, readMinMs: 0 } });
    const cid = "cidCardChat1";
    const planned = await sendCard(h, "interactiveCards", {
      type: "conversation",
      openConversationId: cid,
      coolAppCode: "COOLAPP1",
    });
    const rows = await queryRows<{ state: string; process_query_key: string | null }>(
      h.handle.db,
      sql`select state, process_query_key from chunk where message_id = ${planned.id}`,
    );
    expect(rows).toEqual([{ state: "sent", process_query_key: expect.any(String) }]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await pollMessageReads({ db: h.handle.db, client: h.client }, planned.id);
    const readers = await queryRows<{ n: number }>(
      h.handle.db,
      sql`select count(*)::int as n from recipient where message_id = ${planned.id} and read_at is not null`,
    );
    expect(readers[0]?.n).toBeGreaterThan(0);
  });
});
