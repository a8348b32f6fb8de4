import { fail } from "../errors";
import type { SimulatorState } from "../state";
import type { MessageRecord } from "../store";
import { isRecord, optString, optStringList, requireString } from "../validation/common";
import { parseParamMap, parsePrivateData } from "../validation/card-params";
import { addMessage, requireRobot, unique } from "./shared";
import type { Route } from "./types";

const SEND = "/v1.0/im/privateChat/interactiveCards/send";

/**
 * Neither card API documents a number behind `outTrackId.exceed.limit`; 128 characters is generous
 * for the ids Dingcast generates (a UUID plus a short prefix) and small enough to catch a client
 * that stuffs data into the id.
 */
export const MAX_OUT_TRACK_ID = 128;

/** userIdType: 1 = userId (default), 2 = unionId. The simulator treats both id kinds alike. */
export function checkUserIdType(v: unknown): void {
  if (v !== undefined && v !== null && v !== 1 && v !== 2) fail("param.invalid", "userIdType must be 1 or 2");
}

/** Only the entries of recipients, so a delivery stores exactly the private data its user would see. */
function privateDataFor(
  all: Record<string, Record<string, string>>,
  users: readonly string[],
): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const u of users) {
    const d = all[u];
    if (d) out[u] = d;
  }
  return out;
}

interface CardDelivery {
  api: string;
  robotCode: string;
  recipients: string[];
  openConversationId: string | undefined;
  card: {
    cardTemplateId: string;
    outTrackId: string;
    cardParamMap: Record<string, string>;
    /** Every user's private data in the request; the message keeps only its recipients'. */
    privateData: Record<string, Record<string, string>>;
  };
}

/** Stores one delivery of a card, by either card API; the same template and data count as a re-send. */
export function addCardMessage(sim: SimulatorState, now: number, delivery: CardDelivery): MessageRecord {
  const { card, recipients } = delivery;
  return addMessage(sim, now, {
    kind: "card",
    api: delivery.api,
    robotCode: delivery.robotCode,
    recipients,
    card: { ...card, privateData: privateDataFor(card.privateData, recipients) },
    openConversationId: delivery.openConversationId,
    contentKey: `card\u0000${card.cardTemplateId}\u0000${JSON.stringify(card.cardParamMap)}`,
  });
}

/**
 * The route of
 * https://open.dingtalk.com/document/development/send-dingtalk-interactive-cards-to-person-to-person-chat-sessions.
 * Judgement calls:
 * - a receiver the directory does not know fails the whole call with `userInfo.convertError`
 *   ("receiver UID could not be decoded"): this API has no partial-result field, and silently
 *   dropping people would hide the problem from the sender;
 * - reusing an outTrackId with a different template is `param.invalid`. `duplicateKey` on that page
 *   means duplicate placeholder keys inside a template, a different problem. Reusing it with the
 *   same template is accepted and delivered again (and shows up as a duplicate in inspect).
 */
export const interactiveCardRoute: Route = {
  method: "POST",
  path: SEND,
  handle({ sim, body, now }) {
    const cardTemplateId = requireString(body, "cardTemplateId", "card.templateEmpty", "param.invalid");
    const outTrackId = requireString(body, "outTrackId", "card.outTraceIdEmpty", "card.outTraceIdError");
    if (outTrackId.length > MAX_OUT_TRACK_ID) fail("outTrackId.exceed.limit");
    const robotCode = requireRobot(sim, body, "chatbot.notFound", "chatbot.notFound");
    const cid = optString(body, "openConversationId", "cidParse.wrong");
    const receivers = optStringList(body, "receiverUserIdList", "userInfo.convertError");
    if (!cid && (!receivers || receivers.length === 0)) fail("invalidParameter.cid.empty");
    const conv = cid ? sim.conversation(cid) : undefined;
    if (cid && !conv) fail("cidParse.wrong");
    if (body.cardData !== undefined && body.cardData !== null && !isRecord(body.cardData))
      fail("param.invalid", "cardData must be an object");
    const cardParamMap = parseParamMap(
      isRecord(body.cardData) ? body.cardData.cardParamMap : undefined,
      "cardData.cardParamMap",
    );
    const privateData = parsePrivateData(body.privateData);
    checkUserIdType(body.userIdType);
    if (body.atOpenIds !== undefined) parseParamMap(body.atOpenIds, "atOpenIds");

    const recipients = unique(receivers && receivers.length > 0 ? receivers : (conv?.memberIds ?? []));
    const unknown = recipients.find((u) => sim.isUnknownUser(u));
    if (unknown !== undefined) fail("userInfo.convertError", `消息接收者UID解码错误: ${unknown}`);
    const prior = sim.store.outTracks.get(outTrackId);
    if (prior && prior.cardTemplateId !== cardTemplateId) {
      fail("param.invalid", "outTrackId already used with another cardTemplateId; use a new outTrackId");
    }
    sim.store.outTracks.set(outTrackId, { cardTemplateId, api: SEND });

    const m = addCardMessage(sim, now, {
      api: SEND,
      robotCode,
      recipients,
      openConversationId: conv?.openConversationId,
      card: { cardTemplateId, outTrackId, cardParamMap, privateData },
    });
    return { success: true, result: { processQueryKey: m.pqk } };
  },
};
