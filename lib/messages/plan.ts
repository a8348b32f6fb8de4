import "server-only";
import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import type { Database } from "@/lib/db/client";
import { chunks, messages } from "@/lib/db/schema";

/**
 * batchSend takes at most 20 userIds per call:
 * https://open.dingtalk.com/document/development/chatbots-send-one-on-one-chat-messages-in-batches
 */
export const USERS_PER_CHUNK = 20;

export type PlannedAudience =
  | { type: "users"; userIds: readonly string[] }
  | { type: "conversation"; openConversationId: string; coolAppCode: string };

export interface PlanInput {
  kind: "robot" | "card";
  msgKey: string;
  msgParam: Record<string, string>;
  card?: Record<string, unknown> | null;
  robotCode: string;
  audience: PlannedAudience;
  title: string;
  createdBy?: string | null;
  scheduledAt?: Date | null;
  remindOf?: string | null;
  /**
   * Users per planned call; default USERS_PER_CHUNK. Cards sent with createAndDeliver use 1: each
   * IM_ROBOT space gets its own carrierId (the processQueryKey for read lists), and a chunk keeps one.
   */
  usersPerChunk?: number;
}

export interface PlannedMessage {
  id: string;
  status: "scheduled" | "queued";
  recipientCount: number;
  chunkCount: number;
}

/**
 * Writes the message, every recipient and every planned call in one transaction, so a message
 * either exists with its whole plan or not at all. userIds must already be distinct.
 * Bulk rows go in as one JSON parameter each: a 100,000-element list would otherwise become
 * 100,000 bind parameters, past PostgreSQL's limit of 65,535.
 */
export async function planMessage(db: Database, input: PlanInput, now = new Date()): Promise<PlannedMessage> {
  const id = randomUUID();
  const status = input.scheduledAt && input.scheduledAt.getTime() > now.getTime() ? "scheduled" : "queued";
  const userIds = input.audience.type === "users" ? input.audience.userIds : [];
  const perChunk = Math.min(USERS_PER_CHUNK, Math.max(1, Math.floor(input.usersPerChunk ?? USERS_PER_CHUNK)));
  const chunkCount = input.audience.type === "users" ? Math.ceil(userIds.length / perChunk) : 1;

  await db.transaction(async (tx) => {
    await tx.insert(messages).values({
      id,
      kind: input.kind,
      msgKey: input.msgKey,
      msgParam: input.msgParam,
      card: input.card ?? null,
      robotCode: input.robotCode,
      audienceType: input.audience.type,
      openConversationId: input.audience.type === "conversation" ? input.audience.openConversationId : null,
      coolAppCode: input.audience.type === "conversation" ? input.audience.coolAppCode : null,
      title: input.title,
      status,
      recipientCount: userIds.length,
      createdBy: input.createdBy ?? null,
      scheduledAt: input.scheduledAt ?? null,
      remindOf: input.remindOf ?? null,
    });
    if (input.audience.type === "conversation") {
      await tx.insert(chunks).values({ messageId: id, seq: 0, userIds: [] });
      return;
    }
    const idsJson = JSON.stringify(userIds);
    await tx.execute(sql`
      insert into recipient (message_id, user_id)
      select ${id}, value from jsonb_array_elements_text(${idsJson}::jsonb)`);
    await tx.execute(sql`
      insert into chunk (message_id, seq, user_ids)
      select ${id}, seq, array_agg(value order by ordinality)
      from (
        select value, ordinality, ((ordinality - 1) / ${sql.raw(String(perChunk))})::int as seq
        from jsonb_array_elements_text(${idsJson}::jsonb) with ordinality
      ) numbered
      group by seq`);
  });
  return { id, status, recipientCount: userIds.length, chunkCount };
}
