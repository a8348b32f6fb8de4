import { fail } from "../errors";
import { fakeName } from "../names";
import { unitHash } from "../prng";
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
  unique,
} from "./shared";
import type { Route } from "./types";

const BATCH_SEND = "/v1.0/robot/oToMessages/batchSend";
/**
 * "You can pass up to 20 user IDs at a time":
 * https://open.dingtalk.com/document/development/chatbots-send-one-on-one-chat-messages-in-batches
 */
const MAX_USER_IDS = 20;

export const batchSendRoute: Route = {
  method: "POST",
  path: BATCH_SEND,
  handle({ sim, body, now }) {
    const robotCode = requireRobot(sim, body, "invalidParameter.robotCode.empty");
    const userIds = body.userIds;
    if (userIds === undefined || userIds === null || (Array.isArray(userIds) && userIds.length === 0)) {
      fail("invalidParameter.userIds.empty");
    }
    if (!Array.isArray(userIds)) fail("invalidParameter.param.invalid", "userIds must be an array");
    if (userIds.length > MAX_USER_IDS) fail("invalidParameter.userIds.overMax");
    for (const u of userIds) if (typeof u !== "string" || u.trim() === "") fail("invalidParameter.userId.empty");
    const { msgKey, msgParam } = validateMessage(body.msgKey, body.msgParam, sim.options.msgParamMaxBytes);

    const o = sim.options;
    const call = String(sim.batchSendCounter++);
    const invalid: string[] = [];
    const throttled: string[] = [];
    const delivered: string[] = [];
    // Duplicated userIds are delivered twice on purpose: a client bug should show up in inspect.
    for (const userId of userIds as string[]) {
      if (sim.isUnknownUser(userId)) invalid.push(userId);
      else if (unitHash(o.seed, "flow", call, userId) < o.flowControlRate) throttled.push(userId);
      else delivered.push(userId);
    }
    const m = addMessage(sim, now, {
      kind: "oto",
      api: BATCH_SEND,
      robotCode,
      recipients: delivered,
      msgKey,
      msgParam,
      contentKey: msgContentKey(msgKey, msgParam),
    });
    // Empty lists are left out, as the field list marks both optional; clients must accept either.
    return {
      processQueryKey: m.pqk,
      ...(invalid.length > 0 ? { invalidStaffIdList: invalid } : {}),
      ...(throttled.length > 0 ? { flowControlledStaffIdList: throttled } : {}),
    };
  },
};

export const readStatusRoute: Route = {
  method: "GET",
  path: "/v1.0/robot/oToMessages/readStatus",
  handle({ sim, query, now }) {
    const robotCode = requireRobot(sim, { robotCode: query.get("robotCode") }, "invalidParameter.robotCode.missing");
    const pqk = query.get("processQueryKey");
    if (!pqk) fail("invalidParameter.processQueryKey.missing");
    const m = lookupMessage(sim, pqk, ["oto"], now);
    if (m.robotCode !== robotCode) fail("invalid.processQueryKey");
    const messageReadInfoList = unique(m.recipients).map((userId) => {
      const t = readTime(m, userId, now);
      // readTimestamp only for readers: there is no meaningful value for someone who has not read.
      return t === null
        ? { name: fakeName(userId), userId, readStatus: "UNREAD" }
        : { name: fakeName(userId), userId, readStatus: "READ", readTimestamp: t };
    });
    return { sendStatus: sendStatus(m, now), messageReadInfoList };
  },
};

export const otoRecallRoute: Route = {
  method: "POST",
  path: "/v1.0/robot/otoMessages/batchRecall",
  handle({ sim, body, now }) {
    const robotCode = requireRobot(sim, body, "invalidParameter.robotCode.missing");
    const keys = recallKeyList(body);
    return recallAll(sim, keys, now, (m) => m.kind === "oto" && m.robotCode === robotCode);
  },
};
