import "server-only";
import { sql } from "drizzle-orm";
import type { Database } from "@/lib/db/client";
import { queryRows } from "@/lib/db/query";
import type { DingTalkClient } from "@/lib/dingtalk/client";
import { DingTalkError } from "@/lib/dingtalk/errors/dingtalk-error";
import { nextPollDelayMs, READ_WINDOW_MS } from "./schedule";

export interface PollDeps {
  db: Database;
  client: DingTalkClient;
  now?: () => number;
}

export interface PollResult {
  calls: number;
  readers: number;
  tracking: "active" | "complete" | "ended";
  endedReason: string | null;
}

interface MessageRow {
  id: string;
  status: string;
  kind: string;
  robot_code: string;
  audience_type: "users" | "conversation";
  open_conversation_id: string | null;
  started_at: Date | string | null;
}

interface ChunkRow {
  id: number | string;
  process_query_key: string;
  sent_at: Date | string;
  user_ids: string[];
}

// Codes that mean "this processQueryKey can no longer be read": tracking ends, no retry loop.
const EXPIRED_CODES = new Set(["processQueryKey.expireTime", "invalid.processQueryKey"]);
const QUERY_PAGE_SIZE = 200;

/**
 * One read-status poll of one message: every sent call not yet fully read, through the shared
 * rate limiter. batchSend messages use oToMessages/readStatus per processQueryKey; coolapp chat
 * messages and cards use privateChatMessages/query, 200 per page, following nextToken.
 */
export async function pollMessageReads(deps: PollDeps, messageId: string): Promise<PollResult> {
  const now = deps.now?.() ?? Date.now();
  const [message] = await queryRows<MessageRow>(
    deps.db,
    sql`
    select id, status, kind, robot_code, audience_type, open_conversation_id, started_at from message where id = ${messageId}`,
  );
  if (!message) return { calls: 0, readers: 0, tracking: "ended", endedReason: "deleted" };
  if (message.status === "recalled") return finish(deps.db, messageId, "ended", "recalled", now, null);

  const chunks = await queryRows<ChunkRow>(
    deps.db,
    sql`
    select id, process_query_key, sent_at, user_ids from chunk
    where message_id = ${messageId} and state = 'sent' and process_query_key is not null and not read_complete
    order by id`,
  );
  let calls = 0;
  let expired = 0;
  let recalled = false;
  let sendStatus: string | null = null;
  for (const chunk of chunks) {
    if (now - new Date(chunk.sent_at).getTime() > READ_WINDOW_MS) {
      expired += 1;
      continue;
    }
    try {
      const outcome =
        message.audience_type === "users" && message.kind === "robot"
          ? await pollBatchSendChunk(deps, message, chunk)
          : await pollQueryChunk(deps, message, chunk);
      calls += outcome.calls;
      sendStatus = outcome.sendStatus;
      if (outcome.sendStatus === "RECALLED") recalled = true;
    } catch (error) {
      if (error instanceof DingTalkError && EXPIRED_CODES.has(error.code)) {
        expired += 1;
        continue;
      }
      throw error;
    }
  }

  const [counts] = await queryRows<{ readers: number; delivered: number; open: number }>(
    deps.db,
    sql`
    select
      (select count(*)::int from recipient where message_id = ${messageId} and read_at is not null) as readers,
      (select count(*)::int from recipient where message_id = ${messageId} and state = 'sent') as delivered,
      (select count(*)::int from chunk where message_id = ${messageId} and state in ('pending', 'in_flight')) as open`,
  );
  const readers = counts?.readers ?? 0;
  await deps.db.execute(
    sql`update message set read_count = ${readers}, dingtalk_send_status = coalesce(${sendStatus}, dingtalk_send_status) where id = ${messageId}`,
  );

  const startedAt = message.started_at ? new Date(message.started_at).getTime() : now;
  if (recalled) return finish(deps.db, messageId, "ended", "recalled", now, null, calls, readers);
  const everyoneRead =
    message.audience_type === "users" &&
    (counts?.open ?? 0) === 0 &&
    readers >= (counts?.delivered ?? 0) &&
    readers > 0;
  if (everyoneRead) return finish(deps.db, messageId, "complete", null, now, null, calls, readers);
  const remaining = chunks.length - expired;
  if ((chunks.length > 0 && remaining === 0) || now - startedAt > READ_WINDOW_MS)
    return finish(deps.db, messageId, "ended", "expired", now, null, calls, readers);
  return finish(deps.db, messageId, "active", null, now, now + nextPollDelayMs(now - startedAt, calls), calls, readers);
}

async function pollBatchSendChunk(
  deps: PollDeps,
  message: MessageRow,
  chunk: ChunkRow,
): Promise<{ calls: number; sendStatus: string }> {
  const answer = await deps.client.getOtoReadStatus({
    robotCode: message.robot_code,
    processQueryKey: chunk.process_query_key,
  });
  const readers = answer.messageReadInfoList.filter((info) => info.readStatus === "READ").map((info) => info.userId);
  if (readers.length > 0) {
    await deps.db.execute(sql`
      update recipient set read_at = now() where message_id = ${message.id} and read_at is null
        and user_id = any(array(select jsonb_array_elements_text(${JSON.stringify(readers)}::jsonb)))`);
  }
  const delivered = answer.messageReadInfoList.length;
  if (delivered > 0 && readers.length === delivered)
    await deps.db.execute(sql`update chunk set read_complete = true where id = ${Number(chunk.id)}`);
  return { calls: 1, sendStatus: answer.sendStatus };
}

async function pollQueryChunk(
  deps: PollDeps,
  message: MessageRow,
  chunk: ChunkRow,
): Promise<{ calls: number; sendStatus: string }> {
  let nextToken: string | undefined;
  let calls = 0;
  let sendStatus = "SUCCESS";
  const readers: string[] = [];
  do {
    const page = await deps.client.queryPrivateChatReads({
      processQueryKey: chunk.process_query_key,
      maxResults: QUERY_PAGE_SIZE,
      nextToken,
      ...(message.open_conversation_id ? { openConversationId: message.open_conversation_id } : {}),
      robotCode: message.robot_code,
    });
    calls += 1;
    sendStatus = page.sendStatus;
    readers.push(...page.readUserIds);
    nextToken = page.hasMore && page.nextToken ? page.nextToken : undefined;
  } while (nextToken);
  if (readers.length > 0) {
    // A chat's members are only known once they read: readers become recipients on first sight.
    await deps.db.execute(sql`
      insert into recipient (message_id, user_id, state, chunk_id, read_at)
      select ${message.id}, value, 'sent', ${Number(chunk.id)}, now() from jsonb_array_elements_text(${JSON.stringify(readers)}::jsonb)
      on conflict (message_id, user_id) do update set read_at = coalesce(recipient.read_at, excluded.read_at)`);
  }
  return { calls, sendStatus };
}

async function finish(
  db: Database,
  messageId: string,
  tracking: PollResult["tracking"],
  endedReason: string | null,
  now: number,
  nextAt: number | null,
  calls = 0,
  readers = 0,
): Promise<PollResult> {
  await db.execute(sql`
    update message set read_tracking = ${tracking}, read_ended_reason = ${endedReason}, read_last_polled_at = ${new Date(now)},
      read_next_poll_at = ${nextAt === null ? null : new Date(nextAt)}, read_poll_started_at = null, read_polls = read_polls + 1
    where id = ${messageId}`);
  return { calls, readers, tracking, endedReason };
}
