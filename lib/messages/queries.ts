import "server-only";
import { and, desc, eq, gte, ilike, lt, or, sql, type SQL } from "drizzle-orm";
import type { Database } from "@/lib/db/client";
import { messages } from "@/lib/db/schema";
import { finalStatuses, recipientStates, type MessageStatus, type RecipientState } from "@/lib/core/message-states";
import { queryRows } from "@/lib/db/query";
import type { MessageDetail, ReadTimeline, RecipientPage } from "@/lib/core/dto/message";
import { getChunkCounts, getRecipientCounts } from "./progress";

const iso = (value: Date | null) => (value ? value.toISOString() : null);

export async function getMessageDetail(db: Database, id: string): Promise<MessageDetail | null> {
  const [row] = await db.select().from(messages).where(eq(messages.id, id));
  if (!row) return null;
  const [counts, chunks] = await Promise.all([getRecipientCounts(db, id), getChunkCounts(db, id)]);
  return {
    id: row.id,
    kind: row.kind,
    msgKey: row.msgKey,
    msgParam: row.msgParam,
    title: row.title,
    status: row.status,
    robotCode: row.robotCode,
    audienceType: row.audienceType,
    openConversationId: row.openConversationId,
    coolAppCode: row.coolAppCode,
    recipientCount: row.recipientCount,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
    scheduledAt: iso(row.scheduledAt),
    startedAt: iso(row.startedAt),
    finishedAt: iso(row.finishedAt),
    recalledAt: iso(row.recalledAt),
    remindOf: row.remindOf,
    counts,
    chunks,
    final: finalStatuses.includes(row.status),
    reads: {
      readers: row.readCount,
      delivered: counts.sent,
      rate: counts.sent > 0 ? row.readCount / counts.sent : null,
      tracking: row.readTracking,
      endedReason: row.readEndedReason,
      sendStatus: row.dingtalkSendStatus,
      lastPolledAt: iso(row.readLastPolledAt),
      nextPollAt: iso(row.readNextPollAt),
    },
  };
}

/** Keyset pagination by userId: stable and fast at 100,000 recipients, unlike OFFSET. */
export async function listRecipients(
  db: Database,
  messageId: string,
  options: {
    state?: RecipientState | null;
    read?: "read" | "unread" | null;
    query?: string | null;
    limit?: number;
    cursor?: string | null;
  },
): Promise<RecipientPage> {
  const limit = Math.min(Math.max(options.limit ?? 50, 1), 500);
  const filters: SQL[] = [sql`message_id = ${messageId}`];
  if (options.state && (recipientStates as readonly string[]).includes(options.state))
    filters.push(sql`state = ${options.state}`);
  if (options.read === "read") filters.push(sql`read_at is not null`);
  if (options.read === "unread") filters.push(sql`read_at is null and state = 'sent'`);
  if (options.query) filters.push(sql`user_id ilike ${`%${options.query.replace(/[%_\\]/g, "\\$&")}%`}`);
  if (options.cursor) filters.push(sql`user_id > ${options.cursor}`);
  const rows = await queryRows<{
    user_id: string;
    state: RecipientState;
    code: string | null;
    updated_at: Date | string;
    read_at: Date | string | null;
  }>(
    db,
    sql`select user_id, state, code, updated_at, read_at from recipient where ${sql.join(filters, sql` and `)} order by user_id limit ${limit + 1}`,
  );
  const items = rows.slice(0, limit).map((row) => ({
    userId: row.user_id,
    state: row.state,
    code: row.code,
    updatedAt: new Date(row.updated_at).toISOString(),
    readAt: row.read_at ? new Date(row.read_at).toISOString() : null,
  }));
  return { items, nextCursor: rows.length > limit ? (items[items.length - 1]?.userId ?? null) : null };
}

export interface MessageListItem {
  id: string;
  title: string;
  msgKey: string;
  kind: "robot" | "card";
  status: MessageStatus;
  recipientCount: number;
  audienceType: "users" | "conversation";
  createdAt: string;
  scheduledAt: string | null;
  createdBy: string | null;
  /** Readers as of the last read poll. */
  readCount: number;
}

export async function listMessages(
  db: Database,
  options: {
    status?: MessageStatus | null;
    query?: string | null;
    sender?: string | null;
    from?: Date | null;
    to?: Date | null;
    limit?: number;
    before?: string | null;
  } = {},
): Promise<{ items: MessageListItem[]; nextBefore: string | null }> {
  const limit = Math.min(Math.max(options.limit ?? 25, 1), 100);
  const filters: SQL[] = [];
  if (options.status) filters.push(eq(messages.status, options.status));
  if (options.query) {
    const pattern = `%${options.query.replace(/[%_\\]/g, "\\$&")}%`;
    const match = or(ilike(messages.title, pattern), ilike(messages.id, pattern));
    if (match) filters.push(match);
  }
  if (options.before) filters.push(lt(messages.createdAt, new Date(options.before)));
  if (options.sender) filters.push(eq(messages.createdBy, options.sender));
  if (options.from) filters.push(gte(messages.createdAt, options.from));
  if (options.to) filters.push(lt(messages.createdAt, options.to));
  const rows = await db
    .select({
      id: messages.id,
      title: messages.title,
      msgKey: messages.msgKey,
      kind: messages.kind,
      status: messages.status,
      recipientCount: messages.recipientCount,
      audienceType: messages.audienceType,
      createdAt: messages.createdAt,
      scheduledAt: messages.scheduledAt,
      createdBy: messages.createdBy,
      readCount: messages.readCount,
    })
    .from(messages)
    .where(filters.length > 0 ? and(...filters) : undefined)
    .orderBy(desc(messages.createdAt))
    .limit(limit + 1);
  const items = rows
    .slice(0, limit)
    .map((row) => ({ ...row, createdAt: row.createdAt.toISOString(), scheduledAt: iso(row.scheduledAt) }));
  return { items, nextBefore: rows.length > limit ? (items[items.length - 1]?.createdAt ?? null) : null };
}

/** Reads per minute since the send, for the read-over-time chart (first sight by Dingcast). */
export async function readTimeline(db: Database, messageId: string): Promise<ReadTimeline> {
  const rows = await queryRows<{ minute: Date | string; n: number }>(
    db,
    sql`
    select date_trunc('minute', read_at) as minute, count(*)::int as n
    from recipient where message_id = ${messageId} and read_at is not null
    group by 1 order by 1`,
  );
  return rows.map((row) => ({ at: new Date(row.minute).toISOString(), reads: Number(row.n) }));
}

/** People who have sent something, for the sender filter. */
export async function listSenders(db: Database): Promise<{ id: string; email: string }[]> {
  return queryRows<{ id: string; email: string }>(
    db,
    sql`
    select distinct u.id, u.email from message m join "user" u on u.id = m.created_by order by u.email`,
  );
}
