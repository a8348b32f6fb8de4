import "server-only";
import type { ChunkOutcome } from "@/lib/messages/outcome";
import type { ChunkSender, SendableMessage } from "@/lib/messages/senders";
import type { DingTalkClient } from "@/lib/dingtalk/client";
import {
  buildOpenSpaceId,
  imRobotOpenSpaceId,
  type CreateAndDeliverCardRequest,
  type SendInteractiveCardRequest,
} from "@/lib/dingtalk/requests";
import {
  legacyCardParamMap,
  outTrackIdFor,
  privateDataFor,
  readCardPayload,
  upperLocaleKeys,
  type CardPayload,
} from "./card-message";

/** Fields both APIs share, left out when empty so the request says only what was chosen. */
function common(payload: CardPayload) {
  return {
    cardTemplateId: payload.cardTemplateId,
    ...(payload.callbackRouteKey ? { callbackRouteKey: payload.callbackRouteKey } : {}),
    ...(payload.userIdType === 2 ? { userIdType: 2 as const } : {}),
  };
}

function interactiveCardsSender(client: DingTalkClient, message: SendableMessage, payload: CardPayload): ChunkSender {
  return async (chunk, signal) => {
    const conversation = message.audienceType === "conversation";
    if (conversation && !message.openConversationId)
      throw new Error(`message ${message.id} has no conversation to send to`);
    const privateData = privateDataFor(payload, conversation ? null : chunk.userIds);
    const request: SendInteractiveCardRequest = {
      ...common(payload),
      ...(conversation
        ? { openConversationId: message.openConversationId ?? "" }
        : { receiverUserIdList: chunk.userIds }),
      outTrackId: outTrackIdFor(message.id, chunk.id),
      robotCode: message.robotCode,
      cardData: { cardParamMap: legacyCardParamMap(payload) },
      ...(privateData ? { privateData } : {}),
      ...(Object.keys(payload.atOpenIds).length > 0 ? { atOpenIds: payload.atOpenIds } : {}),
      cardOptions: { supportForward: payload.supportForward },
      pullStrategy: payload.pullStrategy,
    };
    const result = await client.sendInteractiveCard(request, { signal });
    // success:false without an error code: DingTalk took the call but says it did not deliver.
    if (!result.success || !result.result?.processQueryKey) return { kind: "failed", code: "sendCardMessageFailed" };
    return { kind: "sent", processQueryKey: result.result.processQueryKey, invalid: [], flowControlled: [] };
  };
}

function createAndDeliverSender(client: DingTalkClient, message: SendableMessage, payload: CardPayload): ChunkSender {
  const spaceModel = {
    supportForward: payload.supportForward,
    ...(Object.keys(payload.lastMessageI18n).length > 0
      ? { lastMessageI18n: upperLocaleKeys(payload.lastMessageI18n) }
      : {}),
  };
  return async (chunk, signal) => {
    const conversation = message.audienceType === "conversation";
    const privateData = privateDataFor(payload, conversation ? null : chunk.userIds);
    const base: CreateAndDeliverCardRequest = {
      ...common(payload),
      outTrackId: outTrackIdFor(message.id, chunk.id),
      cardData: { cardParamMap: payload.cardParamMap },
      ...(privateData ? { privateData } : {}),
      ...(payload.callbackRouteKey ? { callbackType: "HTTP" as const } : {}),
      openSpaceId: "",
    };
    // A coolapp's one-on-one chat is the IM_SINGLE space; direct messages are IM_ROBOT spaces.
    const request: CreateAndDeliverCardRequest = conversation
      ? {
          ...base,
          openSpaceId: buildOpenSpaceId([{ type: "IM_SINGLE", id: message.openConversationId ?? "" }]),
          imSingleOpenSpaceModel: spaceModel,
          imSingleOpenDeliverModel: Object.keys(payload.atOpenIds).length > 0 ? { atUserIds: payload.atOpenIds } : {},
        }
      : {
          ...base,
          openSpaceId: imRobotOpenSpaceId(chunk.userIds),
          imRobotOpenSpaceModel: spaceModel,
          imRobotOpenDeliverModel: { spaceType: "IM_ROBOT", robotCode: message.robotCode },
        };
    const result = await client.createAndDeliverCard(request, { signal });
    return deliverOutcome(result.success, result.result?.deliverResults ?? [], conversation);
  };
}

/**
 * Each space answers for itself: a carrierId is that space's processQueryKey; a failed IM_ROBOT
 * space is a user DingTalk could not reach (shown like batchSend's invalidStaffIdList). Cards go one
 * user per chunk with this API (see plan.ts usersPerChunk), so the chunk's key covers its reader.
 */
function deliverOutcome(
  success: boolean,
  results: readonly { spaceId: string; success: boolean; carrierId?: string; errorMsg?: string }[],
  conversation: boolean,
): ChunkOutcome {
  const delivered = results.filter((entry) => entry.success && entry.carrierId);
  const failed = results.filter((entry) => !entry.success);
  if (!success || delivered.length === 0)
    return { kind: "failed", code: failed[0]?.errorMsg ?? "sendCardMessageFailed" };
  return {
    kind: "sent",
    processQueryKey: delivered[0]?.carrierId ?? "",
    invalid: conversation ? [] : failed.map((entry) => entry.spaceId),
    flowControlled: [],
  };
}

/** The ChunkSender for a `kind: "card"` message, by the API its template was set to use. */
export function cardSender(client: DingTalkClient, message: SendableMessage): ChunkSender {
  const payload = readCardPayload(message.card);
  return payload.api === "createAndDeliver"
    ? createAndDeliverSender(client, message, payload)
    : interactiveCardsSender(client, message, payload);
}
