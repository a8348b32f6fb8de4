import "server-only";
import type { DingTalkClient } from "@/lib/dingtalk/client";
import type { JobContext, JobDefinition } from "@/lib/jobs/registry";
import { claimDuePolls, releaseFailedPoll } from "./dispatch";
import { pollMessageReads } from "./poll";

const POLL_QUEUE = "receipts-poll";
const TICK_QUEUE = "receipts-tick";

/** What the read-tracking jobs need beyond every job's context. */
export interface ReceiptJobContext extends JobContext {
  dingtalk: DingTalkClient;
}

function messageIdOf(data: unknown): string | null {
  return typeof data === "object" && data !== null && typeof (data as { messageId?: unknown }).messageId === "string"
    ? (data as { messageId: string }).messageId
    : null;
}

export function pollJob(): JobDefinition<ReceiptJobContext> {
  return {
    name: POLL_QUEUE,
    queue: { expireInSeconds: 15 * 60, retryLimit: 0 },
    work: { pollingIntervalSeconds: 0.5 },
    workers: 2,
    async handler(context, jobs) {
      for (const job of jobs) {
        const messageId = messageIdOf(job.data);
        if (!messageId) continue;
        try {
          await pollMessageReads({ db: context.database.db, client: context.dingtalk }, messageId);
        } catch (error) {
          context.logger.warn({ err: error, messageId }, "read-status poll failed; retrying in a minute");
          await releaseFailedPoll(context.database.db, messageId);
        }
      }
    },
  };
}

/** Hands due polls to the poll queue. Runs every few seconds in-process and every minute by cron. */
async function dispatchDuePolls(context: JobContext): Promise<number> {
  const due = await claimDuePolls(context.database.db);
  for (const messageId of due) await context.boss.send(POLL_QUEUE, { messageId });
  return due.length;
}

export function tickJob(): JobDefinition {
  return {
    name: TICK_QUEUE,
    cron: "* * * * *",
    async handler(context) {
      await dispatchDuePolls(context);
    },
  };
}

/** The fast path of the dispatcher: a timer in each worker process, stopped on shutdown. */
export function startPollTicker(context: JobContext, everyMs = 2_000): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running || context.shutdownSignal.aborted) return;
    running = true;
    dispatchDuePolls(context)
      .catch((error: unknown) => context.logger.warn({ err: error }, "read-status dispatch failed"))
      .finally(() => {
        running = false;
      });
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
