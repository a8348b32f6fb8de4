import "server-only";
import { queryRows } from "@/lib/db/query";
import { sql } from "drizzle-orm";
import type { Database } from "@/lib/db/client";
import type { RecipientState } from "./states";
import { REASON, replanDelayMs, type ChunkOutcome } from "./outcome";
import { textList } from "./sql-lists";

export interface ClaimedChunk {
  id: number;
  messageId: string;
  seq: number;
  userIds: string[];
  generation: number;
}

export interface RecordOptions {
  /** How often a rate-limited call or flow-controlled user is planned again before giving up. */
  maxGenerations: number;
  /** First re-plan delay; it doubles per generation (DingTalk's throttling lasts seconds). */
  replanBaseMs?: number;
  random?: () => number;
  now?: () => number;
}

type Tx = Parameters<Parameters<Database["transaction"]>[0]>[0];

async function setRecipients(tx: Tx, chunk: ClaimedChunk, userIds: readonly string[], state: RecipientState, code: string | null, chunkId = chunk.id) {
  if (userIds.length === 0) return;
  await tx.execute(sql`
    update recipient set state = ${state}, code = ${code}, chunk_id = ${chunkId}, attempts = attempts + 1, updated_at = now()
    where message_id = ${chunk.messageId} and user_id in ${textList(userIds)}`);
}

/** Plans `userIds` again after a backoff, or fails them once the retry cap is reached. */
async function replanUsers(tx: Tx, chunk: ClaimedChunk, userIds: readonly string[], code: string, capCode: string, options: RecordOptions, minDelayMs = 0) {
  if (userIds.length === 0) return;
  const generation = chunk.generation + 1;
  if (generation > options.maxGenerations) {
    await setRecipients(tx, chunk, userIds, "failed", capCode);
    return;
  }
  const delay = Math.max(minDelayMs, replanDelayMs(chunk.generation, options.random, options.replanBaseMs));
  const notBefore = new Date((options.now ?? Date.now)() + delay);
  const [row] = await queryRows<{ id: number }>(tx, sql`
      insert into chunk (message_id, seq, user_ids, generation, not_before, error_code)
      values (${chunk.messageId}, ${chunk.seq}, array(select jsonb_array_elements_text(${JSON.stringify(userIds)}::jsonb)), ${generation}, ${notBefore}, ${code})
      returning id`);
  await setRecipients(tx, chunk, userIds, "throttled", code, row ? Number(row.id) : chunk.id);
}

/** Writes one call's outcome: the chunk row and every recipient in it, in the caller's transaction. */
export async function recordOutcome(tx: Tx, chunk: ClaimedChunk, outcome: ChunkOutcome, options: RecordOptions): Promise<void> {
  switch (outcome.kind) {
    case "sent": {
      await tx.execute(sql`
        update chunk set state = 'sent', process_query_key = ${outcome.processQueryKey}, sent_at = now(), lease_expires_at = null, error_code = null
        where id = ${chunk.id}`);
      const invalid = new Set(outcome.invalid);
      const throttled = new Set(outcome.flowControlled);
      const delivered = chunk.userIds.filter((id) => !invalid.has(id) && !throttled.has(id));
      await setRecipients(tx, chunk, delivered, "sent", null);
      await setRecipients(tx, chunk, [...invalid].filter((id) => chunk.userIds.includes(id)), "invalid", "invalidStaffIdList");
      await replanUsers(tx, chunk, [...throttled].filter((id) => chunk.userIds.includes(id)), "flowControlledStaffIdList", REASON.flowControlCapReached, options);
      return;
    }
    case "replan": {
      // The chunk itself is done; its users move to a fresh chunk so the history stays readable.
      await tx.execute(sql`update chunk set state = 'failed', error_code = ${outcome.code}, lease_expires_at = null where id = ${chunk.id}`);
      if (chunk.userIds.length === 0) {
        // A conversation send has no user list: plan the same call again.
        const generation = chunk.generation + 1;
        if (generation > options.maxGenerations) return;
        const notBefore = new Date((options.now ?? Date.now)() + Math.max(outcome.retryAfterMs ?? 0, replanDelayMs(chunk.generation, options.random, options.replanBaseMs)));
        await tx.execute(sql`
          insert into chunk (message_id, seq, user_ids, generation, not_before, error_code)
          values (${chunk.messageId}, ${chunk.seq}, '{}', ${generation}, ${notBefore}, ${outcome.code})`);
        return;
      }
      await replanUsers(tx, chunk, chunk.userIds, outcome.code, REASON.rateLimitCapReached, options, outcome.retryAfterMs ?? 0);
      return;
    }
    case "failed":
    case "unknown": {
      await tx.execute(sql`update chunk set state = ${outcome.kind}, error_code = ${outcome.code}, lease_expires_at = null where id = ${chunk.id}`);
      await setRecipients(tx, chunk, chunk.userIds, outcome.kind, outcome.code);
      return;
    }
  }
}

/**
 * Batches outcomes into few transactions: at 200 calls a second a transaction per call would
 * keep the embedded database busy. Each caller still waits until its own outcome is durable.
 */
export class OutcomeRecorder {
  private pending: { chunk: ClaimedChunk; outcome: ChunkOutcome; done: () => void; fail: (error: unknown) => void }[] = [];
  private flushing: Promise<void> | null = null;

  constructor(
    private readonly db: Database,
    private readonly options: RecordOptions,
  ) {}

  record(chunk: ClaimedChunk, outcome: ChunkOutcome): Promise<void> {
    return new Promise((done, fail) => {
      this.pending.push({ chunk, outcome, done, fail });
      this.flushing ??= this.flushLoop();
    });
  }

  private async flushLoop(): Promise<void> {
    while (this.pending.length > 0) {
      const batch = this.pending;
      this.pending = [];
      try {
        await this.db.transaction(async (tx) => {
          for (const item of batch) await recordOutcome(tx, item.chunk, item.outcome, this.options);
        });
        for (const item of batch) item.done();
      } catch (error) {
        for (const item of batch) item.fail(error);
      }
    }
    this.flushing = null;
  }
}
