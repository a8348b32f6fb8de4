import "server-only";
import type PgBoss from "pg-boss";
import { sql } from "drizzle-orm";
import { queryRows } from "@/lib/db/query";
import type { DingTalkClient } from "@/lib/dingtalk/client";
import type { JobContext, JobDefinition } from "@/lib/jobs/registry";
import type { SendFinishedHook } from "./fanout";
import { runFanout } from "./fanout";
import { listUnfinishedMessages, sweepOrphanedChunks } from "./recovery";
import { robotSender, type ChunkSender, type SendableMessage } from "./senders";

// Queue names are stored in pg-boss with every pending and scheduled job: they keep their first
// names so an upgrade never strands a scheduled send.
const FANOUT_QUEUE = "broadcast-fanout";
const SWEEP_QUEUE = "broadcast-sweep";

/**
 * What the send jobs need beyond every job's context. The hooks are other domains' business,
 * wired by the runtime: cards bring their own sender, read tracking starts when a send finishes.
 */
export interface MessageJobContext extends JobContext {
  dingtalk: DingTalkClient;
  /** Overrides the sender for message kinds other than plain robot messages (cards). */
  senderFor?: (message: SendableMessage) => ChunkSender | undefined;
  onSendFinished?: SendFinishedHook;
}

interface FanoutJobData {
  messageId: string;
}

function isFanoutJobData(data: unknown): data is FanoutJobData {
  return typeof data === "object" && data !== null && typeof (data as { messageId?: unknown }).messageId === "string";
}

/** The one pg-boss call the send path needs; services take this so tests can record jobs. */
export type JobQueue = Pick<PgBoss, "send">;

/** Starts (or resumes) a message's fan-out; `startAfter` holds a scheduled send until its time. */
export async function enqueueFanout(boss: JobQueue, messageId: string, startAfter?: Date): Promise<void> {
  await boss.send(FANOUT_QUEUE, { messageId } satisfies FanoutJobData, startAfter ? { startAfter } : {});
}

export function fanoutJob(): JobDefinition<MessageJobContext> {
  return {
    name: FANOUT_QUEUE,
    // A 100,000-recipient send at 20 QPS takes about 4 minutes; a stuck job must still expire.
    queue: { expireInSeconds: 6 * 60 * 60, retryLimit: 5, retryDelay: 5, retryBackoff: true },
    work: { pollingIntervalSeconds: 0.5, batchSize: 1 },
    // Several messages may fan out at once; they share the process's rate limiter.
    workers: 4,
    async handler(context, jobs) {
      for (const job of jobs) {
        if (!isFanoutJobData(job.data)) continue;
        await runFanout(
          {
            db: context.database.db,
            logger: context.logger,
            senderFor: (message) => context.senderFor?.(message) ?? robotSender(context.dingtalk, message),
            signal: context.shutdownSignal,
            onSendFinished: context.onSendFinished,
          },
          job.data.messageId,
        );
      }
    },
  };
}

/**
 * Every minute: chunks whose worker vanished become `unknown`, and messages with work nobody has
 * picked up for a while get a fan-out job again (running two at once is harmless).
 */
export function sweepJob(): JobDefinition<MessageJobContext> {
  return {
    name: SWEEP_QUEUE,
    cron: "* * * * *",
    async handler(context) {
      await resumeMessages(context, { everything: false });
    },
  };
}

export async function resumeMessages(context: JobContext, options: { everything: boolean }): Promise<void> {
  const swept = await sweepOrphanedChunks(context.database.db, options);
  if (swept > 0) context.logger.warn({ swept }, "calls in flight when a worker stopped are marked unknown");
  const unfinished = options.everything
    ? await listUnfinishedMessages(context.database.db)
    : await listStalledMessages(context);
  for (const messageId of unfinished) await enqueueFanout(context.boss, messageId);
  if (unfinished.length > 0) context.logger.info({ messages: unfinished.length }, "resumed unfinished sends");
}

async function listStalledMessages(context: JobContext): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(
    context.database.db,
    sql`
    select distinct m.id from message m join chunk c on c.message_id = m.id
    where m.status in ('queued', 'sending') and c.state = 'pending' and c.not_before < now() - interval '30 seconds'
      and not exists (select 1 from chunk f where f.message_id = m.id and f.state = 'in_flight')`,
  );
  return rows.map((row) => row.id);
}
