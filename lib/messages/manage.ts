import "server-only";
import { sql } from "drizzle-orm";
import type { Database } from "@/lib/db/client";
import type { MessageStatus } from "@/lib/core/message-states";
import { queryRows } from "@/lib/db/query";
import type { DingTalkClient } from "@/lib/dingtalk/client";
import { DingTalkError } from "@/lib/dingtalk/errors/dingtalk-error";
import { enqueueFanout, type JobQueue } from "./jobs";
import { USERS_PER_CHUNK } from "./plan";

/** DingTalk accepts recalls within 24 hours of sending. */
const RECALL_WINDOW_MS = 24 * 60 * 60 * 1000;
const RECALL_KEYS_PER_CALL = 20;

export type MessageActionReason =
  | "notFound"
  | "notCancellable"
  | "notResendable"
  | "nothingToResend"
  | "notRecallable"
  | "recallWindowPassed"
  | "notSentYet"
  | "stillSending"
  | "cancelledUnsent";

/** A refusal the person can understand; `reason` is a key under `messageActions.errors`. */
export class MessageActionError extends Error {
  constructor(readonly reason: MessageActionReason) {
    super(reason);
    this.name = "MessageActionError";
  }
}

/**
 * Why the non-readers of a message in `status` cannot be reminded, or null once its send has
 * finished. Before then nobody can have read it, so "everyone has read it" would be false: a
 * scheduled message has not been sent, a queued or sending one (a first send or a resend) is not
 * done, and a cancelled one never went out (only a scheduled message can be cancelled).
 */
export function reminderRefusal(status: MessageStatus): MessageActionReason | null {
  if (status === "scheduled") return "notSentYet";
  if (status === "queued" || status === "sending") return "stillSending";
  if (status === "cancelled") return "cancelledUnsent";
  return null;
}

export async function cancelScheduled(db: Database, messageId: string): Promise<void> {
  const cancelled = await db.transaction(async (tx) => {
    const rows = await queryRows<{ id: string }>(
      tx,
      sql`
      update message set status = 'cancelled', finished_at = now() where id = ${messageId} and status = 'scheduled' returning id`,
    );
    if (rows.length === 0) return false;
    await tx.execute(sql`update chunk set state = 'cancelled' where message_id = ${messageId} and state = 'pending'`);
    return true;
  });
  if (!cancelled) throw new MessageActionError("notCancellable");
}

/**
 * Plans a new call for every recipient whose send failed or whose outcome is unknown. This is
 * the only way an `unknown` recipient is ever sent to again: an explicit admin decision.
 */
export async function resendFailed(deps: { db: Database; boss: JobQueue }, messageId: string): Promise<number> {
  const planned = await deps.db.transaction(async (tx) => {
    const [message] = await queryRows<{ status: string; audience_type: string }>(
      tx,
      sql`
      select status, audience_type from message where id = ${messageId} for update`,
    );
    if (!message) throw new MessageActionError("notFound");
    if (!["sent", "partially_failed", "failed"].includes(message.status)) throw new MessageActionError("notResendable");

    if (message.audience_type === "conversation") {
      const [failed] = await queryRows<{ n: number }>(
        tx,
        sql`
        select count(*)::int as n from chunk where message_id = ${messageId} and state in ('failed', 'unknown')`,
      );
      const [sent] = await queryRows<{ n: number }>(
        tx,
        sql`select count(*)::int as n from chunk where message_id = ${messageId} and state = 'sent'`,
      );
      if (!failed?.n || sent?.n) return 0;
      await tx.execute(sql`insert into chunk (message_id, seq, user_ids) values (${messageId}, 0, '{}')`);
    } else {
      const rows = await queryRows<{ n: number }>(
        tx,
        sql`
        with targets as (
          select user_id, row_number() over (order by user_id) as ordinality
          from recipient where message_id = ${messageId} and state in ('failed', 'unknown')
        ), planned as (
          insert into chunk (message_id, seq, user_ids)
          select ${messageId}, 100000 + ((ordinality - 1) / ${sql.raw(String(USERS_PER_CHUNK))})::int, array_agg(user_id order by ordinality)
          from targets group by (ordinality - 1) / ${sql.raw(String(USERS_PER_CHUNK))}
          returning cardinality(user_ids) as n
        )
        select coalesce(sum(n), 0)::int as n from planned`,
      );
      if (!rows[0]?.n) return 0;
      await tx.execute(sql`
        update recipient set state = 'pending', code = null, updated_at = now()
        where message_id = ${messageId} and state in ('failed', 'unknown')`);
    }
    await tx.execute(sql`update message set status = 'queued', finished_at = null where id = ${messageId}`);
    return message.audience_type === "conversation" ? 1 : -1;
  });
  if (planned === 0) throw new MessageActionError("nothingToResend");
  await enqueueFanout(deps.boss, messageId);
  const [count] = await queryRows<{ n: number }>(
    deps.db,
    sql`
    select count(*)::int as n from recipient where message_id = ${messageId} and state = 'pending'`,
  );
  return planned === 1 ? 1 : (count?.n ?? 0);
}

export interface RecallResult {
  recalled: number;
  failed: { processQueryKey: string; reason: string }[];
}

/** Recalls every delivered call of a message through DingTalk, recording the outcome per call. */
export async function recallMessage(
  deps: { db: Database; client: DingTalkClient; now?: () => number },
  messageId: string,
): Promise<RecallResult> {
  const [message] = await queryRows<{
    status: string;
    robot_code: string;
    audience_type: string;
    open_conversation_id: string | null;
    started_at: Date | string | null;
  }>(
    deps.db,
    sql`select status, robot_code, audience_type, open_conversation_id, started_at from message where id = ${messageId}`,
  );
  if (!message) throw new MessageActionError("notFound");
  if (!["sent", "partially_failed"].includes(message.status)) throw new MessageActionError("notRecallable");
  const chunks = await queryRows<{ id: number | string; process_query_key: string; sent_at: Date | string }>(
    deps.db,
    sql`
    select id, process_query_key, sent_at from chunk
    where message_id = ${messageId} and state = 'sent' and process_query_key is not null and recall_state is distinct from 'recalled'`,
  );
  const now = deps.now?.() ?? Date.now();
  if (chunks.length === 0 || chunks.every((chunk) => now - new Date(chunk.sent_at).getTime() > RECALL_WINDOW_MS)) {
    throw new MessageActionError("recallWindowPassed");
  }

  const result: RecallResult = { recalled: 0, failed: [] };
  for (let i = 0; i < chunks.length; i += RECALL_KEYS_PER_CALL) {
    const batch = chunks.slice(i, i + RECALL_KEYS_PER_CALL);
    const keys = batch.map((chunk) => chunk.process_query_key);
    let success: string[] = [];
    let failures: Record<string, string> = {};
    try {
      const answer =
        message.audience_type === "conversation" && message.open_conversation_id
          ? await deps.client.batchRecallPrivateChat({
              openConversationId: message.open_conversation_id,
              robotCode: message.robot_code,
              processQueryKeys: keys,
            })
          : await deps.client.batchRecallOto({ robotCode: message.robot_code, processQueryKeys: keys });
      success = answer.successResult;
      failures = answer.failedResult;
    } catch (error) {
      if (!(error instanceof DingTalkError)) throw error;
      failures = Object.fromEntries(keys.map((key) => [key, error.code]));
    }
    for (const chunk of batch) {
      const key = chunk.process_query_key;
      const recalled = success.includes(key);
      const reason = recalled ? null : (failures[key] ?? "unknown");
      if (recalled) result.recalled += 1;
      else result.failed.push({ processQueryKey: key, reason: reason ?? "unknown" });
      await deps.db.execute(
        sql`update chunk set recall_state = ${recalled ? "recalled" : "failed"}, recall_reason = ${reason} where id = ${Number(chunk.id)}`,
      );
    }
  }
  if (result.recalled > 0) {
    await deps.db.execute(sql`update message set status = 'recalled', recalled_at = now() where id = ${messageId}`);
  }
  return result;
}
