import "server-only";
import { queryRows } from "@/lib/db/query";
import { sql } from "drizzle-orm";
import type { Database } from "@/lib/db/client";
import type { Logger } from "@/lib/logger";
import { finalizeIfDone } from "./finalize";
import { classifyError } from "./outcome";
import { OutcomeRecorder, type ClaimedChunk, type RecordOptions } from "./record";
import type { ChunkSender, SendableMessage } from "./senders";

export interface FanoutOptions extends RecordOptions {
  /** Calls in flight at once; the rate limiter, not this, sets the pace. */
  concurrency: number;
  /** A claimed chunk whose worker has not reported by then is presumed lost with its worker. */
  leaseMs: number;
  /** Longest sleep while only re-planned chunks remain, so a cancel or shutdown is noticed. */
  maxIdleMs: number;
}

export const DEFAULT_FANOUT_OPTIONS: FanoutOptions = { concurrency: 16, leaseMs: 120_000, maxIdleMs: 1_000, maxGenerations: 6 };

export interface FanoutDeps {
  db: Database;
  logger: Logger;
  senderFor(message: SendableMessage): ChunkSender;
  options?: Partial<FanoutOptions>;
  signal?: AbortSignal;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

const ACTIVE_STATUSES = ["queued", "scheduled", "sending"];

function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener("abort", () => {
      clearTimeout(timer);
      resolve();
    }, { once: true });
  });
}

async function startSending(db: Database, messageId: string): Promise<SendableMessage | null> {
  const rows = await queryRows<{
    id: string; kind: "robot" | "card"; msg_key: string; msg_param: Record<string, string>; card: Record<string, unknown> | null;
    robot_code: string; audience_type: "users" | "conversation"; open_conversation_id: string | null; cool_app_code: string | null;
  }>(db, sql`
    update message set status = 'sending', started_at = coalesce(started_at, now())
    where id = ${messageId} and status in ('queued', 'scheduled', 'sending')
    returning id, kind, msg_key, msg_param, card, robot_code, audience_type, open_conversation_id, cool_app_code`);
  const row = rows[0];
  if (!row) return null;
  return {
    id: row.id, kind: row.kind, msgKey: row.msg_key, msgParam: row.msg_param, card: row.card, robotCode: row.robot_code,
    audienceType: row.audience_type, openConversationId: row.open_conversation_id, coolAppCode: row.cool_app_code,
  };
}

async function claim(db: Database, messageId: string, limit: number, leaseMs: number): Promise<ClaimedChunk[]> {
  const lease = new Date(Date.now() + leaseMs);
  const rows = await queryRows<{ id: number | string; seq: number; user_ids: string[]; generation: number }>(db, sql`
    update chunk set state = 'in_flight', lease_expires_at = ${lease}
    where id in (
      select id from chunk
      where message_id = ${messageId} and state = 'pending' and not_before <= now()
      order by generation, seq
      limit ${limit}
      for update skip locked)
    returning id, seq, user_ids, generation`);
  return rows
    .map((row) => ({ id: Number(row.id), messageId, seq: row.seq, userIds: row.user_ids, generation: row.generation }))
    .sort((a, b) => a.generation - b.generation || a.seq - b.seq);
}

async function nextPendingAt(db: Database, messageId: string): Promise<number | null> {
  const rows = await queryRows<{ at: Date | string | null; active: string }>(db, sql`
    select min(not_before) as at, (select status from message where id = ${messageId}) as active
    from chunk where message_id = ${messageId} and state = 'pending'`);
  const row = rows[0];
  if (!row?.at || !ACTIVE_STATUSES.includes(row.active)) return null;
  return new Date(row.at).getTime();
}

/**
 * Works through a message's pending chunks with a pool of concurrent calls, each paced by the
 * client's rate limiter, and records every outcome before taking more work. Safe to run twice
 * for the same message (claims skip each other's rows) and to resume after a crash.
 */
export async function runFanout(deps: FanoutDeps, messageId: string): Promise<void> {
  const options = { ...DEFAULT_FANOUT_OPTIONS, ...deps.options };
  const sleep = deps.sleep ?? abortableSleep;
  const message = await startSending(deps.db, messageId);
  if (!message) return;
  const send = deps.senderFor(message);
  const recorder = new OutcomeRecorder(deps.db, options);
  const log = deps.logger.child({ messageId });

  let queue: ClaimedChunk[] = [];
  let claiming: Promise<void> | null = null;
  let drained = false;

  async function nextChunk(): Promise<ClaimedChunk | null> {
    for (;;) {
      const chunk = queue.shift();
      if (chunk) return chunk;
      if (drained || deps.signal?.aborted) return null;
      claiming ??= claim(deps.db, messageId, options.concurrency * 2, options.leaseMs)
        .then((claimed) => {
          if (claimed.length === 0) drained = true;
          queue = queue.concat(claimed);
        })
        .finally(() => {
          claiming = null;
        });
      await claiming;
    }
  }

  async function worker(): Promise<void> {
    for (let chunk = await nextChunk(); chunk; chunk = await nextChunk()) {
      const outcome = await send(chunk, deps.signal).catch(classifyError);
      await recorder.record(chunk, outcome);
    }
  }

  for (;;) {
    drained = false;
    await Promise.all(Array.from({ length: options.concurrency }, worker));
    if (deps.signal?.aborted) {
      // Claimed but unsent chunks go back to the pool; nothing in them has left.
      const unsent = queue.map((chunk) => chunk.id);
      queue = [];
      if (unsent.length > 0) await deps.db.execute(sql`update chunk set state = 'pending', lease_expires_at = null where id in (select jsonb_array_elements_text(${JSON.stringify(unsent)}::jsonb)::bigint)`);
      log.info("fan-out paused by shutdown");
      return;
    }
    const at = await nextPendingAt(deps.db, messageId);
    if (at === null) break;
    await sleep(Math.min(options.maxIdleMs, Math.max(0, at - Date.now())), deps.signal);
  }
  const status = await finalizeIfDone(deps.db, messageId);
  if (status) log.info({ status }, "fan-out finished");
}
