import { describe, expect, it } from "vitest";
import {
  PATHS,
  ROBOT,
  expectError,
  manualClock,
  sandboxPerTest,
  type DeliverResult,
  type QueryBody,
} from "./testing/harness";

const boot = sandboxPerTest();

const card = {
  cardTemplateId: "tpl-1.schema",
  outTrackId: "track-1",
  robotCode: ROBOT,
  receiverUserIdList: ["ann", "ben"],
  cardData: { cardParamMap: { title: "Hello", count: "3", sys_lastMessageI18n: '{"zh_CN":"通知"}' } },
  privateData: { ann: { cardParamMap: { secret: "a" } }, zed: { cardParamMap: { secret: "z" } } },
  userIdType: 1,
  cardOptions: { supportForward: true },
  pullStrategy: false,
};

interface CardReply {
  success: boolean;
  result: { processQueryKey: string };
}

describe("im/privateChat/interactiveCards/send", () => {
  it("delivers per receiver with the exact cardParamMap and that user's privateData", async () => {
    const h = await boot();
    const r = await h.post<CardReply>(PATHS.interactiveCard, card);
    expect(r.status).toBe(200);
    expect(r.body.success).toBe(true);
    const view = await h.inspect();
    expect(Object.keys(view.deliveries).sort()).toEqual(["ann", "ben"]);
    expect(view.deliveries.ann?.[0]).toMatchObject({
      processQueryKey: r.body.result.processQueryKey,
      cardTemplateId: "tpl-1.schema",
      outTrackId: "track-1",
      cardParamMap: card.cardData.cardParamMap,
      privateData: { secret: "a" },
    });
    expect(view.deliveries.ben?.[0]?.privateData).toBeUndefined();
  });

  it("without receivers, delivers to the conversation's members", async () => {
    const h = await boot();
    const r = await h.post(PATHS.interactiveCard, {
      ...card,
      receiverUserIdList: undefined,
      openConversationId: "cidCard==",
    });
    expect(r.status).toBe(200);
    expect((await h.summary()).totalDeliveries).toBe(2);
  });

  it("no cardTemplateId -> card.templateEmpty", async () => {
    const h = await boot();
    await expectError(h, PATHS.interactiveCard, { ...card, cardTemplateId: "" }, "card.templateEmpty");
  });

  it("no outTrackId -> card.outTraceIdEmpty", async () => {
    const h = await boot();
    await expectError(h, PATHS.interactiveCard, { ...card, outTrackId: undefined }, "card.outTraceIdEmpty");
  });

  it("outTrackId over 128 chars -> outTrackId.exceed.limit", async () => {
    const h = await boot();
    await expectError(h, PATHS.interactiveCard, { ...card, outTrackId: "x".repeat(129) }, "outTrackId.exceed.limit");
  });

  it("neither openConversationId nor receivers -> invalidParameter.cid.empty", async () => {
    const h = await boot();
    await expectError(h, PATHS.interactiveCard, { ...card, receiverUserIdList: [] }, "invalidParameter.cid.empty");
  });

  it("unknown robot -> chatbot.notFound", async () => {
    const h = await boot();
    await expectError(h, PATHS.interactiveCard, { ...card, robotCode: "nobot" }, "chatbot.notFound");
  });

  it("non-string cardParamMap values -> param.invalid", async () => {
    const h = await boot();
    await expectError(h, PATHS.interactiveCard, { ...card, cardData: { cardParamMap: { count: 3 } } }, "param.invalid");
    await expectError(
      h,
      PATHS.interactiveCard,
      { ...card, privateData: { ann: { cardParamMap: { ok: true } } } },
      "param.invalid",
    );
  });

  it("reusing an outTrackId with another template -> param.invalid; same template is sent again", async () => {
    const h = await boot();
    expect((await h.post(PATHS.interactiveCard, card)).status).toBe(200);
    await expectError(h, PATHS.interactiveCard, { ...card, cardTemplateId: "tpl-2.schema" }, "param.invalid");
    expect((await h.post(PATHS.interactiveCard, card)).status).toBe(200);
    expect((await h.summary()).duplicates.users).toBe(2);
  });

  it("an unknown receiver -> userInfo.convertError, nothing delivered", async () => {
    const h = await boot();
    await expectError(
      h,
      PATHS.interactiveCard,
      { ...card, receiverUserIdList: ["ann", "unknown-9"] },
      "userInfo.convertError",
    );
    expect((await h.summary()).totalDeliveries).toBe(0);
  });

  it("its processQueryKey works with privateChatMessages/query", async () => {
    const clock = manualClock();
    const h = await boot({ now: clock.now, readShare: 1, readMeanMs: 10 });
    const pqk = (await h.post<CardReply>(PATHS.interactiveCard, card)).body.result.processQueryKey;
    clock.advance(60_000);
    const q = await h.post<QueryBody>(PATHS.privateQuery, { processQueryKey: pqk });
    expect(q.body.readUserIds).toEqual(["ann", "ben"]);
  });
});

interface DeliverReply {
  success: boolean;
  result: { outTrackId: string; deliverResults: DeliverResult[] };
}

const deliver = {
  cardTemplateId: "tpl-9.schema",
  outTrackId: "deliver-1",
  cardData: { cardParamMap: { title: "Quarterly" } },
  privateData: { u1: { cardParamMap: { seat: "A1" } } },
  openSpaceId: "dtv1.card//IM_ROBOT.u1;IM_ROBOT.u2;IM_ROBOT.unknown-3",
  imRobotOpenSpaceModel: { supportForward: true, lastMessageI18n: { ZH_CN: "卡片" } },
  imRobotOpenDeliverModel: { spaceType: "IM_ROBOT", robotCode: ROBOT },
  callbackType: "STREAM",
  userIdType: 1,
};

describe("card/instances/create-and-deliver", () => {
  it("answers per space, with a carrierId per IM space and failures for unknown users", async () => {
    const h = await boot();
    const r = await h.post<DeliverReply>(PATHS.createAndDeliver, deliver);
    expect(r.status).toBe(200);
    expect(r.body.success).toBe(true);
    expect(r.body.result.outTrackId).toBe("deliver-1");
    const [a, b, c] = r.body.result.deliverResults;
    expect(a).toMatchObject({ spaceType: "IM_ROBOT", spaceId: "u1", success: true });
    expect(b).toMatchObject({ spaceType: "IM_ROBOT", spaceId: "u2", success: true });
    expect(c).toMatchObject({
      spaceType: "IM_ROBOT",
      spaceId: "unknown-3",
      success: false,
      errorMsg: "param.userIdNotExist",
    });
    expect(a?.carrierId).not.toBe(b?.carrierId);
    const view = await h.inspect();
    expect(view.deliveries.u1?.[0]).toMatchObject({
      processQueryKey: a?.carrierId,
      privateData: { seat: "A1" },
      cardParamMap: { title: "Quarterly" },
    });
    expect(view.deliveries["unknown-3"]).toBeUndefined();
  });

  it("delivers to a group (all members, or the given recipients) and is queryable by carrierId", async () => {
    const clock = manualClock();
    const h = await boot({ now: clock.now, readShare: 1, readMeanMs: 10 });
    await h.post(
      "/__sandbox/conversations",
      { openConversationId: "cidGroup==", memberIds: ["g1", "g2", "g3"] },
      { token: null },
    );
    const r = await h.post<DeliverReply>(PATHS.createAndDeliver, {
      ...deliver,
      openSpaceId: "dtv1.card//im_group.cidGroup==",
      imRobotOpenDeliverModel: undefined,
      imGroupOpenDeliverModel: { robotCode: ROBOT, recipients: ["g1", "g3"] },
    });
    const carrier = r.body.result.deliverResults[0]?.carrierId ?? "";
    clock.advance(60_000);
    const q = await h.post<QueryBody>(PATHS.privateQuery, {
      processQueryKey: carrier,
      openConversationId: "cidGroup==",
    });
    expect(q.body.readUserIds).toEqual(["g1", "g3"]);
  });

  it("cardParamMap key over 100 bytes -> param.invalid", async () => {
    const h = await boot();
    await expectError(
      h,
      PATHS.createAndDeliver,
      { ...deliver, cardData: { cardParamMap: { ["k".repeat(101)]: "v" } } },
      "param.invalid",
    );
  });

  it("cardParamMap value over 1 KB -> param.invalid (privateData too)", async () => {
    const h = await boot();
    await expectError(
      h,
      PATHS.createAndDeliver,
      { ...deliver, cardData: { cardParamMap: { k: "v".repeat(1025) } } },
      "param.invalid",
    );
    await expectError(
      h,
      PATHS.createAndDeliver,
      { ...deliver, privateData: { u1: { cardParamMap: { k: "钉".repeat(400) } } } },
      "param.invalid",
    );
    expect(
      (await h.post(PATHS.createAndDeliver, { ...deliver, cardData: { cardParamMap: { k: "v".repeat(1024) } } }))
        .status,
    ).toBe(200);
  });

  it("validates template, outTrackId, cardData, openSpaceId and deliver models with the documented codes", async () => {
    const h = await boot();
    await expectError(
      h,
      PATHS.createAndDeliver,
      { ...deliver, cardTemplateId: undefined },
      "param.cardTemplateIdEmpty",
    );
    await expectError(h, PATHS.createAndDeliver, { ...deliver, outTrackId: undefined }, "param.outTrackIdEmpty");
    await expectError(h, PATHS.createAndDeliver, { ...deliver, cardData: undefined }, "param.cardPublicDataEmpty");
    await expectError(h, PATHS.createAndDeliver, { ...deliver, openSpaceId: undefined }, "param.openSpaceIdEmpty");
    await expectError(
      h,
      PATHS.createAndDeliver,
      { ...deliver, openSpaceId: "IM_ROBOT.u1" },
      "param.openSpaceIdInvalid",
    );
    await expectError(
      h,
      PATHS.createAndDeliver,
      { ...deliver, openSpaceId: "dtv1.card//CHAT.u1" },
      "param.openSpaceIdInvalid",
    );
    await expectError(
      h,
      PATHS.createAndDeliver,
      { ...deliver, imRobotOpenDeliverModel: undefined },
      "param.openDeliverModelEmpty",
    );
    await expectError(
      h,
      PATHS.createAndDeliver,
      { ...deliver, openSpaceId: "dtv1.card//IM_GROUP.cidX==", imGroupOpenDeliverModel: {} },
      "param.openDeliverModelError",
    );
    await expectError(
      h,
      PATHS.createAndDeliver,
      { ...deliver, imRobotOpenDeliverModel: { robotCode: "nobot" } },
      "param.invalid",
    );
    expect((await h.summary()).totalDeliveries).toBe(0);
  });

  it("an outTrackId is one card forever: reuse -> param.cardAlreadyExist", async () => {
    const h = await boot();
    expect((await h.post(PATHS.createAndDeliver, deliver)).status).toBe(200);
    await expectError(h, PATHS.createAndDeliver, deliver, "param.cardAlreadyExist");
    expect((await h.summary()).totalDeliveries).toBe(2);
  });
});
