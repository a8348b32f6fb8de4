import "server-only";
import { queryRows } from "@/lib/db/query";
import { sql } from "drizzle-orm";
import type { Database } from "@/lib/db/client";
import type { Logger } from "@/lib/logger";
import { finalizeIfDone, type FinalStatus } from "./finalize";
import { classifyError, type ChunkOutcome } from "./outcome";
import { OutcomeRecorder, type ClaimedChunk, type RecordOptions } from "./record";
import type { ChunkSender, SendableMessage } from "./senders";
import { runWithGrantHook } from "@/lib/dingtalk/rate-limiter-grant";
import { ClaimLostError, InFlightMarker, isTokenGrant } from "./in-flight";

export interface FanoutOptions extends RecordOptions {
  /** Calls in flight at once; the rate limiter, not this, sets the pace. */
  concurrency: number;
  /** A chunk in flight whose worker has not reported by then is presumed lost with its worker. */
  leaseMs: number;
  /**
   * A chunk claimed ahead (still pending, waiting for the limiter) is this worker's for so long;
   * after a crash it is free again then. A claim that lapses before its call is granted is dropped.
   */
  claimLeaseMs: number;
  /** Longest sleep while only re-planned chunks remain, so a cancel or shutdown is noticed. */
  maxIdleMs: number;
}

export const DEFAULT_FANOUT_OPTIONS: FanoutOptions = {
  concurrency: 16,
  leaseMs: 120_000,
  claimLeaseMs: 10_000,
  maxIdleMs: 1_000,
  maxGenerations: 6,
  flowReplanBaseMs: 250,
};

/** Called once when a send that delivered something has finished (the runtime starts read tracking). */
export type SendFinishedHook = (messageId: string, status: Exclude<FinalStatus, "failed">) => Promise<void>;

export interface FanoutDeps {
  db: Database;
  logger: Logger;
  senderFor(message: SendableMessage): ChunkSender;
  options?: Partial<FanoutOptions>;
  signal?: AbortSignal;
  onSendFinished?: SendFinishedHook;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

const ACTIVE_STATUSES = ["queued", "scheduled", "sending"];

function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      "abort",
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });
}

async function startSending(db: Database, messageId: string): Promise<SendableMessage | null> {
  // Aliased to SendableMessage's own field names: the row is the message.
  const rows = await queryRows<SendableMessage>(
    db,
    sql`
    update message set status = 'sending', started_at = coalesce(started_at, now())
    where id = ${messageId} and status in ('queued', 'scheduled', 'sending')
    returning id, kind, msg_key as "msgKey", msg_param as "msgParam", card, robot_code as "robotCode",
      audience_type as "audienceType", open_conversation_id as "openConversationId", cool_app_code as "coolAppCode"`,
  );
  return rows[0] ?? null;
}

/**
 * Claims chunks ahead of their calls: they stay `pending` under a short lease stamp (nothing has
 * left yet) and become `in_flight` only when the limiter grants their call (InFlightMarker).
 */
async function claim(db: Database, messageId: string, limit: number, claimLeaseMs: number): Promise<ClaimedChunk[]> {
  const lease = new Date(Date.now() + claimLeaseMs);
  const claimedUntil = lease.toISOString();
  const rows = await queryRows<{ id: number | string; seq: number; user_ids: string[]; generation: number }>(
    db,
    sql`
    update chunk set lease_expires_at = ${claimedUntil}::timestamptz
    where id in (
      select id from chunk
      where message_id = ${messageId} and state = 'pending' and not_before <= now()
        and (lease_expires_at is null or lease_expires_at < now())
      order by generation, seq
      limit ${limit}
      for update skip locked)
    returning id, seq, user_ids, generation`,
  );
  return rows
    .map((row) => ({
      id: Number(row.id),
      messageId,
      seq: row.seq,
      userIds: row.user_ids,
      generation: row.generation,
      claimedUntil,
    }))
    .sort((a, b) => a.generation - b.generation || a.seq - b.seq);
}

/** Gives claimed chunks whose call was never granted back to the pool. */
async function releaseClaims(db: Database, chunks: readonly ClaimedChunk[]): Promise<void> {
  if (chunks.length === 0) return;
  const claims = JSON.stringify(chunks.map((chunk) => ({ id: chunk.id, claim: chunk.claimedUntil })));
  await db.execute(sql`
    update chunk c set lease_expires_at = null
    from jsonb_to_recordset(${claims}::jsonb) as v(id bigint, claim timestamptz)
    where c.id = v.id and c.state = 'pending' and c.lease_expires_at = v.claim`);
}

async function nextPendingAt(db: Database, messageId: string): Promise<number | null> {
  const rows = await queryRows<{ at: Date | string | null; active: string }>(
    db,
    sql`
    select min(greatest(not_before, coalesce(lease_expires_at, not_before))) as at,
      (select status from message where id = ${messageId}) as active
    from chunk where message_id = ${messageId} and state = 'pending'`,
  );
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
  const marker = new InFlightMarker(deps.db, options.leaseMs);
  const log = deps.logger.child({ messageId });

  let queue: ClaimedChunk[] = [];
  let claiming: Promise<void> | null = null;
  let drained = false;

  async function nextChunk(): Promise<ClaimedChunk | null> {
    for (;;) {
      const chunk = queue.shift();
      if (chunk) return chunk;
      if (drained || deps.signal?.aborted) return null;
      claiming ??= claim(deps.db, messageId, options.concurrency * 2, options.claimLeaseMs)
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

  /** Makes one chunk's call; null when it never left (shutdown, lapsed claim): nothing to record. */
  async function sendOne(chunk: ClaimedChunk): Promise<ChunkOutcome | null> {
    let marked = false;
    const onGrant = async (key: string) => {
      if (marked || isTokenGrant(key)) return;
      if (!(await marker.mark(chunk))) throw new ClaimLostError(chunk.id);
      marked = true;
    };
    try {
      return await runWithGrantHook(onGrant, () => send(chunk, deps.signal));
    } catch (error) {
      if (marked) return classifyError(error);
      if (error instanceof ClaimLostError) return null;
      if (deps.signal?.aborted) {
        await releaseClaims(deps.db, [chunk]);
        return null;
      }
      const outcome = classifyError(error);
      // Its own request never left (a token fetch failed): "unknown" would overstate it.
      return outcome.kind === "unknown" ? { kind: "replan", code: outcome.code, retryAfterMs: null } : outcome;
    }
  }

  async function worker(): Promise<void> {
    for (let chunk = await nextChunk(); chunk; chunk = await nextChunk()) {
      const outcome = await sendOne(chunk);
      if (outcome) await recorder.record(chunk, outcome);
    }
  }

  for (;;) {
    drained = false;
    await Promise.all(Array.from({ length: options.concurrency }, worker));
    if (deps.signal?.aborted) {
      // Claimed but unsent chunks go back to the pool; nothing in them has left.
      const unsent = queue;
      queue = [];
      await releaseClaims(deps.db, unsent);
      log.info("fan-out paused by shutdown");
      return;
    }
    const at = await nextPendingAt(deps.db, messageId);
    if (at === null) break;
    await sleep(Math.min(options.maxIdleMs, Math.max(0, at - Date.now())), deps.signal);
  }
  const status = await finalizeIfDone(deps.db, messageId);
  if (!status) return;
  log.info({ status }, "fan-out finished");
  if (status !== "failed") await deps.onSendFinished?.(messageId, status);
}
