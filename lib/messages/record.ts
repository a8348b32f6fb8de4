import "server-only";
import { sql } from "drizzle-orm";
import type { Database } from "@/lib/db/client";
import { REASON, replanDelayMs, type ChunkOutcome } from "./outcome";
import type { RecipientState } from "@/lib/core/message-states";
import { FLOW_CONTROL_CODE, gatherRetryUsers } from "./gather";

export interface ClaimedChunk {
  id: number;
  messageId: string;
  seq: number;
  userIds: string[];
  generation: number;
  /** The claim's lease stamp (ISO): the chunk is this worker's while pending under it. */
  claimedUntil: string;
}

export interface RecordOptions {
  /** How often a rate-limited call or flow-controlled user is planned again before giving up. */
  maxGenerations: number;
  /** First re-plan delay; it doubles per generation (DingTalk's throttling lasts seconds). */
  replanBaseMs?: number;
  /**
   * First delay for flow-controlled users (robot throttling such as `send.too.fast` lasts moments,
   * and they wait for a full retry call anyway); default replanBaseMs.
   */
  flowReplanBaseMs?: number;
  random?: () => number;
  now?: () => number;
}

type Tx = Parameters<Parameters<Database["transaction"]>[0]>[0];

interface ChunkUpdate {
  id: number;
  state: "sent" | "failed" | "unknown";
  pqk: string | null;
  code: string | null;
}
interface RecipientUpdate {
  m: string;
  u: string;
  state: RecipientState;
  code: string | null;
  chunk: number;
}
interface NewChunk {
  m: string;
  seq: number;
  users: string[];
  generation: number;
  notBefore: string;
  code: string;
}

/** The rows one batch of outcomes changes, gathered so each table takes one statement. */
class OutcomeWrites {
  readonly chunks: ChunkUpdate[] = [];
  readonly recipients: RecipientUpdate[] = [];
  readonly newChunks: NewChunk[] = [];

  constructor(private readonly options: RecordOptions) {}

  add(chunk: ClaimedChunk, outcome: ChunkOutcome): void {
    switch (outcome.kind) {
      case "sent": {
        this.chunks.push({ id: chunk.id, state: "sent", pqk: outcome.processQueryKey, code: null });
        const invalid = new Set(outcome.invalid);
        const throttled = new Set(outcome.flowControlled);
        const delivered = chunk.userIds.filter((id) => !invalid.has(id) && !throttled.has(id));
        this.setRecipients(chunk, delivered, "sent", null);
        this.setRecipients(
          chunk,
          chunk.userIds.filter((id) => invalid.has(id)),
          "invalid",
          "invalidStaffIdList",
        );
        const flowControlled = chunk.userIds.filter((id) => throttled.has(id) && !invalid.has(id));
        if (flowControlled.length > 0)
          this.replan(chunk, flowControlled, FLOW_CONTROL_CODE, REASON.flowControlCapReached, 0);
        return;
      }
      case "replan":
        // The call is over; its users move to a fresh chunk so the history stays readable.
        this.chunks.push({ id: chunk.id, state: "failed", pqk: null, code: outcome.code });
        this.replan(chunk, chunk.userIds, outcome.code, REASON.rateLimitCapReached, outcome.retryAfterMs ?? 0);
        return;
      case "failed":
      case "unknown":
        this.chunks.push({ id: chunk.id, state: outcome.kind, pqk: null, code: outcome.code });
        this.setRecipients(chunk, chunk.userIds, outcome.kind, outcome.code);
        return;
    }
  }

  private setRecipients(
    chunk: ClaimedChunk,
    userIds: readonly string[],
    state: RecipientState,
    code: string | null,
  ): void {
    for (const u of userIds) this.recipients.push({ m: chunk.messageId, u, state, code, chunk: chunk.id });
  }

  /** Plans `userIds` again after a backoff (a conversation call has none: the call itself), or gives up. */
  private replan(
    chunk: ClaimedChunk,
    userIds: readonly string[],
    code: string,
    capCode: string,
    minDelayMs: number,
  ): void {
    const generation = chunk.generation + 1;
    if (generation > this.options.maxGenerations) {
      this.setRecipients(chunk, userIds, "failed", capCode);
      return;
    }
    const base =
      code === FLOW_CONTROL_CODE
        ? (this.options.flowReplanBaseMs ?? this.options.replanBaseMs)
        : this.options.replanBaseMs;
    const delay = Math.max(minDelayMs, replanDelayMs(chunk.generation, this.options.random, base));
    const notBefore = new Date((this.options.now ?? Date.now)() + delay).toISOString();
    this.newChunks.push({ m: chunk.messageId, seq: chunk.seq, users: [...userIds], generation, notBefore, code });
    this.setRecipients(chunk, userIds, "throttled", code);
  }

  async write(tx: Tx): Promise<void> {
    if (this.chunks.length > 0) {
      await tx.execute(sql`
        update chunk c set state = v.state, process_query_key = v.pqk, error_code = v.code, lease_expires_at = null,
          sent_at = case when v.state = 'sent' then now() else c.sent_at end
        from jsonb_to_recordset(${JSON.stringify(this.chunks)}::jsonb) as v(id bigint, state text, pqk text, code text)
        where c.id = v.id`);
    }
    // Flow-controlled users join full retry calls; a refused call is retried whole.
    const flow = this.newChunks.filter((row) => row.code === FLOW_CONTROL_CODE);
    const refused = this.newChunks.filter((row) => row.code !== FLOW_CONTROL_CODE);
    if (flow.length > 0) await gatherRetryUsers(tx, flow);
    if (refused.length > 0) {
      await tx.execute(sql`
        insert into chunk (message_id, seq, user_ids, generation, not_before, error_code)
        select v.m, v.seq, array(select jsonb_array_elements_text(v.users)), v.generation, v."notBefore", v.code
        from jsonb_to_recordset(${JSON.stringify(refused)}::jsonb) as v(m text, seq int, users jsonb, generation int, "notBefore" timestamptz, code text)`);
    }
    const byMessage = new Map<string, RecipientUpdate[]>();
    for (const row of this.recipients) byMessage.set(row.m, [...(byMessage.get(row.m) ?? []), row]);
    for (const [messageId, rows] of byMessage) {
      // `user_id = any(...)` lets PostgreSQL walk the primary key; a join on the JSON rows alone
      // is planned as a scan of every recipient of every message.
      const userIds = JSON.stringify(rows.map((row) => row.u));
      await tx.execute(sql`
        update recipient r set state = v.state, code = v.code, chunk_id = v.chunk, attempts = r.attempts + 1, updated_at = now()
        from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as v(u text, state text, code text, chunk bigint)
        where r.message_id = ${messageId}
          and r.user_id = any(array(select jsonb_array_elements_text(${userIds}::jsonb)))
          and r.user_id = v.u`);
    }
  }
}

/** Writes the outcomes of several calls in the caller's transaction: three statements at most. */
async function recordOutcomes(
  tx: Tx,
  items: readonly { chunk: ClaimedChunk; outcome: ChunkOutcome }[],
  options: RecordOptions,
): Promise<void> {
  const writes = new OutcomeWrites(options);
  for (const item of items) writes.add(item.chunk, item.outcome);
  await writes.write(tx);
}

/**
 * Batches outcomes into few transactions: at 200 calls a second a transaction per call would
 * keep the embedded database (which shares the event loop) busy. Each caller still waits until
 * its own outcome is durable before it takes more work.
 */
export class OutcomeRecorder {
  private pending: { chunk: ClaimedChunk; outcome: ChunkOutcome; done: () => void; fail: (error: unknown) => void }[] =
    [];
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
        await this.db.transaction((tx) => recordOutcomes(tx, batch, this.options));
        for (const item of batch) item.done();
      } catch (error) {
        for (const item of batch) item.fail(error);
      }
    }
    this.flushing = null;
  }
}
