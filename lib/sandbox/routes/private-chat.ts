import { decodeCursor, encodeCursor } from "../cursor";
import { fail } from "../errors";
import { isWellFormedCid, optString, requireString, type JsonObject } from "../validation/common";
import { validateMessage } from "../validation/msg-params";
import {
  addMessage,
  lookupMessage,
  msgContentKey,
  readTime,
  recallAll,
  recallKeyList,
  requireRobot,
  sendStatus,
} from "./shared";
import type { Route } from "./types";

const SEND = "/v1.0/robot/privateChatMessages/send";
/**
 * "maxResults exceeds the upper limit of 200":
 * https://open.dingtalk.com/document/development/query-the-read-list-of-robot-messages-in-person-to-person-conversations
 */
const MAX_PAGE = 200;
/** That page gives no default; 50 is the value its request example uses. */
const DEFAULT_PAGE = 50;

function requireCid(body: JsonObject): string {
  return requireString(body, "openConversationId", "miss.openConversationId", "invalid.openConversationId");
}

export const privateSendRoute: Route = {
  method: "POST",
  path: SEND,
  handle({ sim, body, now }) {
    const robotCode = requireRobot(sim, body, "invalidParameter.robotCode.empty");
    const conv = sim.conversation(requireCid(body));
    if (!conv) fail("invalid.openConversationId");
    const coolAppCode = optString(body, "coolAppCode", "invalidParameter.robotCode.coolApp");
    if (!coolAppCode || !sim.coolAppAccepted(coolAppCode, conv)) fail("invalidParameter.robotCode.coolApp");
    const { msgKey, msgParam } = validateMessage(body.msgKey, body.msgParam, sim.options.msgParamMaxBytes);
    const m = addMessage(sim, now, {
      kind: "privateChat",
      api: SEND,
      robotCode,
      recipients: [...conv.memberIds],
      msgKey,
      msgParam,
      openConversationId: conv.openConversationId,
      contentKey: msgContentKey(msgKey, msgParam),
    });
    return { processQueryKey: m.pqk };
  },
};

/**
 * Who has read a private-chat message or a card (interactiveCards/send processQueryKey, or a
 * createAndDeliver carrierId). Readers come in recipient order; the cursor is a recipient index
 * so the order is stable however reads progress. Each page looks ahead to the next reader, so
 * hasMore is exact and a full pass costs O(recipients) in total.
 */
export const privateQueryRoute: Route = {
  method: "POST",
  path: "/v1.0/robot/privateChatMessages/query",
  handle({ sim, body, now }) {
    const pqk = requireString(body, "processQueryKey", "invalidParameter.processQueryKey.missing");
    const max = body.maxResults ?? DEFAULT_PAGE;
    if (typeof max !== "number" || !Number.isInteger(max) || max < 1 || max > MAX_PAGE)
      fail("invalidParameter.pageSize.invalid");
    const robotCode = optString(body, "robotCode", "invalidParameter.robotCode.invalid");
    if (robotCode && !sim.isKnownRobot(robotCode)) fail("invalidParameter.robotCode.notExsit");
    const cid = optString(body, "openConversationId", "invalid.openConversationId");
    if (cid && !isWellFormedCid(cid)) fail("invalid.openConversationId");
    const m = lookupMessage(sim, pqk, ["privateChat", "card"], now);
    if (robotCode && robotCode !== m.robotCode) fail("invalid.processQueryKey");
    if (cid && m.openConversationId && cid !== m.openConversationId) fail("invalid.processQueryKey");
    const token = optString(body, "nextToken", "invalidParameter.cursor.invalid");
    let pos = 0;
    if (token) {
      const decoded = decodeCursor(sim.cursorSecret, token, pqk);
      if (decoded === null) fail("invalidParameter.cursor.invalid");
      pos = decoded;
    }
    const recipients = m.recipients;
    const readUserIds: string[] = [];
    let i = pos;
    for (; i < recipients.length && readUserIds.length < max; i++) {
      const u = recipients[i] as string;
      if (readTime(m, u, now) !== null) readUserIds.push(u);
    }
    while (i < recipients.length && readTime(m, recipients[i] as string, now) === null) i++;
    const hasMore = i < recipients.length;
    return {
      sendStatus: sendStatus(m, now),
      readUserIds,
      ...(hasMore ? { nextToken: encodeCursor(sim.cursorSecret, pqk, i) } : {}),
      hasMore,
    };
  },
};

export const privateRecallRoute: Route = {
  method: "POST",
  path: "/v1.0/robot/privateChatMessages/batchRecall",
  handle({ sim, body, now }) {
    const cid = requireCid(body);
    if (!isWellFormedCid(cid)) fail("invalid.openConversationId");
    const robotCode = requireRobot(sim, body, "invalidParameter.robotCode.missing");
    const keys = recallKeyList(body);
    return recallAll(
      sim,
      keys,
      now,
      (m) =>
        (m.kind === "privateChat" || m.kind === "card") &&
        m.robotCode === robotCode &&
        (m.openConversationId === undefined || m.openConversationId === cid),
    );
  },
};
