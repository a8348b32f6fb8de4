import { describe, expect, it } from "vitest";
import { DINGTALK_PATHS } from "./paths";
import { buildOpenSpaceId, imRobotOpenSpaceId } from "./requests";
import type { FakeServer } from "./testing/fake-server";
import { createTestClient, fakeServerPerTest } from "./testing/fixtures";

let server: FakeServer;
fakeServerPerTest((started) => (server = started));

describe("typed methods", () => {
  it("sendPrivateChatMessage posts the seed 000 body, msgParam as a JSON string", async () => {
    server.route("POST", DINGTALK_PATHS.privateChatSend, {
      json: { processQueryKey: "63w9tt3IRri/6mbDMiguoSXWX0vWkWZ******lg=" },
    });
    const { client } = createTestClient(server);
    const base = {
      robotCode: "dingue4kfzdxbyn0pjqd",
      openConversationId: "cid6******==",
      coolAppCode: "COOLAPP-1-******9000J",
      msgKey: "sampleText",
    };

    await expect(
      client.sendPrivateChatMessage({ ...base, msgParam: { content: "DingTalk, where progress happens" } }),
    ).resolves.toMatchObject({
      processQueryKey: "63w9tt3IRri/6mbDMiguoSXWX0vWkWZ******lg=",
    });
    await client.sendPrivateChatMessage({ ...base, msgParam: '{"content":"as is"}' });

    const bodies = server.requestsTo(DINGTALK_PATHS.privateChatSend).map((r) => r.json);
    expect(bodies[0]).toEqual({ ...base, msgParam: '{"content":"DingTalk, where progress happens"}' });
    expect(bodies[1]).toEqual({ ...base, msgParam: '{"content":"as is"}' });
  });

  it("queryPrivateChatReads pages with nextToken and hasMore", async () => {
    server.route("POST", DINGTALK_PATHS.privateChatQuery, [
      { json: { sendStatus: "SUCCESS", readUserIds: ["123xxxx"], nextToken: "Kna29", hasMore: true } },
      { json: { sendStatus: "RECALLED", readUserIds: [], hasMore: false } },
    ]);
    const { client } = createTestClient(server);

    const first = await client.queryPrivateChatReads({
      processQueryKey: "K",
      openConversationId: "cid",
      robotCode: "r",
      maxResults: 50,
    });
    expect(first).toMatchObject({ sendStatus: "SUCCESS", readUserIds: ["123xxxx"], nextToken: "Kna29", hasMore: true });
    const second = await client.queryPrivateChatReads({ processQueryKey: "K", nextToken: first.nextToken });
    expect(second).toMatchObject({ sendStatus: "RECALLED", readUserIds: [], hasMore: false });
    expect(second.nextToken).toBeUndefined();
    expect(server.requestsTo(DINGTALK_PATHS.privateChatQuery)[1]?.json).toEqual({
      processQueryKey: "K",
      nextToken: "Kna29",
    });
    expect(() => client.queryPrivateChatReads({ processQueryKey: "K", maxResults: 201 })).toThrow(/200/);
  });

  it("batchSendOto defaults missing lists to [] and refuses more than 20 userIds without calling DingTalk", async () => {
    server.route("POST", DINGTALK_PATHS.otoBatchSend, [
      {
        json: {
          processQueryKey: "zcxx",
          invalidStaffIdList: ["manage25231"],
          flowControlledStaffIdList: ["manage25232"],
        },
      },
      { json: { processQueryKey: "zcxy" } },
    ]);
    const { client } = createTestClient(server);
    const request = {
      robotCode: "dingxxxxxx",
      userIds: ["manager1234"],
      msgKey: "sampleMarkdown",
      msgParam: { text: "hello text", title: "hello title" },
    };

    await expect(client.batchSendOto(request)).resolves.toMatchObject({
      invalidStaffIdList: ["manage25231"],
      flowControlledStaffIdList: ["manage25232"],
    });
    await expect(client.batchSendOto(request)).resolves.toMatchObject({
      processQueryKey: "zcxy",
      invalidStaffIdList: [],
      flowControlledStaffIdList: [],
    });
    expect(server.requestsTo(DINGTALK_PATHS.otoBatchSend)[0]?.json).toEqual({
      ...request,
      msgParam: '{"text":"hello text","title":"hello title"}',
    });

    const tooMany = Array.from({ length: 21 }, (_, i) => `u${i}`);
    expect(() => client.batchSendOto({ ...request, userIds: tooMany })).toThrow(/at most 20/);
    expect(server.count(DINGTALK_PATHS.otoBatchSend)).toBe(2);
  });

  it("sendInteractiveCard posts the seed 004 body and reads result.processQueryKey", async () => {
    server.route("POST", DINGTALK_PATHS.privateChatInteractiveCardSend, {
      json: { success: true, result: { processQueryKey: "card-pqk" } },
    });
    const { client } = createTestClient(server);
    const request = {
      cardTemplateId: "tpl",
      openConversationId: "cid",
      outTrackId: "track-1",
      robotCode: "dingrobot",
      cardData: { cardParamMap: { title: "Hi", count: "3", sys_lastMessageI18n: '{"zh_CN":"通知"}' } },
      privateData: { u1: { cardParamMap: { name: "Ann" } } },
      userIdType: 1 as const,
      cardOptions: { supportForward: false },
    };
    await expect(client.sendInteractiveCard(request)).resolves.toEqual({
      success: true,
      result: { processQueryKey: "card-pqk" },
    });
    expect(server.requestsTo(DINGTALK_PATHS.privateChatInteractiveCardSend)[0]?.json).toEqual(request);
  });

  it("getOtoReadStatus reads messageReadInfoList", async () => {
    server.route("GET", DINGTALK_PATHS.otoReadStatus, {
      json: {
        sendStatus: "SUCCESS",
        messageReadInfoList: [
          { name: "Ann", userId: "u1", readStatus: "READ", readTimestamp: 1_700_000_000_000 },
          { name: "Bo", userId: "u2", readStatus: "UNREAD" },
        ],
      },
    });
    const { client } = createTestClient(server);
    const result = await client.getOtoReadStatus({ robotCode: "r", processQueryKey: "k" });
    expect(result.messageReadInfoList).toEqual([
      { name: "Ann", userId: "u1", readStatus: "READ", readTimestamp: 1_700_000_000_000 },
      { name: "Bo", userId: "u2", readStatus: "UNREAD", readTimestamp: null },
    ]);
  });

  it("recalls through both recall APIs, with their exact (differently cased) paths", async () => {
    server.route("POST", "/v1.0/robot/otoMessages/batchRecall", {
      json: { successResult: ["k1"], failedResult: { k2: "expired" } },
    });
    server.route("POST", "/v1.0/robot/privateChatMessages/batchRecall", { json: {} });
    const { client } = createTestClient(server);

    await expect(client.batchRecallOto({ robotCode: "r", processQueryKeys: ["k1", "k2"] })).resolves.toMatchObject({
      successResult: ["k1"],
      failedResult: { k2: "expired" },
    });
    await expect(
      client.batchRecallPrivateChat({ openConversationId: "cid", robotCode: "r", processQueryKeys: ["k3"] }),
    ).resolves.toMatchObject({
      successResult: [],
      failedResult: {},
    });
    expect(server.requestsTo("/v1.0/robot/privateChatMessages/batchRecall")[0]?.json).toEqual({
      openConversationId: "cid",
      robotCode: "r",
      processQueryKeys: ["k3"],
    });
    expect(() =>
      client.batchRecallOto({ robotCode: "r", processQueryKeys: Array.from({ length: 21 }, (_, i) => `k${i}`) }),
    ).toThrow(/at most 20/);
  });

  it("createAndDeliverCard delivers to robot direct messages and returns deliverResults", async () => {
    server.route("POST", DINGTALK_PATHS.cardCreateAndDeliver, {
      json: {
        success: true,
        result: {
          outTrackId: "track-9",
          deliverResults: [
            { spaceType: "IM_ROBOT", spaceId: "user1", success: true, carrierId: "pqk-1" },
            { spaceType: "IM_ROBOT", spaceId: "user2", success: false, errorMsg: "SYSTEM_ERROR" },
          ],
        },
      },
    });
    const { client } = createTestClient(server);
    const request = {
      cardTemplateId: "tpl.schema",
      outTrackId: "track-9",
      cardData: { cardParamMap: { title: "Hi", ok: "true", items: '[{"k":"v"}]' } },
      privateData: { user1: { cardParamMap: { seat: "A1" } } },
      openSpaceId: imRobotOpenSpaceId(["user1", "user2"]),
      imRobotOpenSpaceModel: { supportForward: true, lastMessageI18n: { ZH_CN: "新通知", EN_US: "New notice" } },
      imRobotOpenDeliverModel: { spaceType: "IM_ROBOT" as const, robotCode: "dingrobot" },
      userIdType: 1 as const,
      callbackType: "STREAM" as const,
    };

    const result = await client.createAndDeliverCard(request);

    expect(result.success).toBe(true);
    expect(result.result?.deliverResults.map((d) => [d.spaceId, d.success, d.carrierId ?? d.errorMsg])).toEqual([
      ["user1", true, "pqk-1"],
      ["user2", false, "SYSTEM_ERROR"],
    ]);
    const body = server.requestsTo(DINGTALK_PATHS.cardCreateAndDeliver)[0]?.json;
    expect(body).toEqual(request);
    expect(request.openSpaceId).toBe("dtv1.card//IM_ROBOT.user1;IM_ROBOT.user2");
    expect(buildOpenSpaceId([{ type: "IM_GROUP", id: "cid==" }])).toBe("dtv1.card//IM_GROUP.cid==");
  });

  it("getAccessToken is public for Test connection", async () => {
    const { client } = createTestClient(server);
    await expect(client.getAccessToken()).resolves.toBe("access-token-1");
    await expect(client.getAccessToken()).resolves.toBe("access-token-1");
    expect(server.count(DINGTALK_PATHS.accessToken)).toBe(1);
  });
});
