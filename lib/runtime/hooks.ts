import "server-only";
import { cardSender } from "@/lib/cards/sender";
import type { Database } from "@/lib/db/client";
import type { DingTalkClient } from "@/lib/dingtalk/client";
import type { SendFinishedHook } from "@/lib/messages/fanout";
import type { ChunkSender, SendableMessage } from "@/lib/messages/senders";
import { activateReadTracking } from "@/lib/receipts/dispatch";

/**
 * The cross-domain hooks of sending, in one place: the messages domain calls them without
 * knowing who answers. Cards send their own payload; a finished send starts read tracking.
 */
export interface MessageHooks {
  senderFor(message: SendableMessage): ChunkSender | undefined;
  onSendFinished: SendFinishedHook;
}

export function messageHooks(db: Database, dingtalk: DingTalkClient): MessageHooks {
  return {
    senderFor: (message) => (message.kind === "card" ? cardSender(dingtalk, message) : undefined),
    onSendFinished: (messageId) => activateReadTracking(db, messageId),
  };
}
