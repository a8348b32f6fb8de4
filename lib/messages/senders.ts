import "server-only";
import type { DingTalkClient } from "@/lib/dingtalk/client";
import { encodeMsgParam, isMsgKey } from "@/lib/message-types/catalog";
import type { ChunkOutcome } from "./outcome";
import type { ClaimedChunk } from "./record";

export interface SendableMessage {
  id: string;
  kind: "robot" | "card";
  msgKey: string;
  msgParam: Record<string, string>;
  card: Record<string, unknown> | null;
  robotCode: string;
  audienceType: "users" | "conversation";
  openConversationId: string | null;
  coolAppCode: string | null;
}

/** Makes the one DingTalk call a chunk stands for; errors propagate to be classified. */
export type ChunkSender = (chunk: ClaimedChunk, signal?: AbortSignal) => Promise<ChunkOutcome>;

function msgParamJson(message: SendableMessage): string {
  // Only the msgKey's own fields, in order: a stale field from a type switch never leaks out.
  return isMsgKey(message.msgKey) ? encodeMsgParam(message.msgKey, message.msgParam) : JSON.stringify(message.msgParam);
}

export function robotSender(client: DingTalkClient, message: SendableMessage): ChunkSender {
  const msgParam = msgParamJson(message);
  if (message.audienceType === "conversation") {
    const { openConversationId, coolAppCode } = message;
    if (!openConversationId || !coolAppCode) throw new Error(`message ${message.id} has no conversation to send to`);
    return async (_chunk, signal) => {
      const result = await client.sendPrivateChatMessage(
        { robotCode: message.robotCode, openConversationId, coolAppCode, msgKey: message.msgKey, msgParam },
        { signal },
      );
      return { kind: "sent", processQueryKey: result.processQueryKey, invalid: [], flowControlled: [] };
    };
  }
  return async (chunk, signal) => {
    const result = await client.batchSendOto(
      { robotCode: message.robotCode, userIds: chunk.userIds, msgKey: message.msgKey, msgParam },
      { signal },
    );
    return {
      kind: "sent",
      processQueryKey: result.processQueryKey,
      invalid: result.invalidStaffIdList,
      flowControlled: result.flowControlledStaffIdList,
    };
  };
}
