import "server-only";
import type PgBoss from "pg-boss";
import type { DatabaseHandle } from "@/lib/db/client";
import type { Logger } from "@/lib/logger";

/**
 * What every job gets. A domain's jobs declare what more they need (a DingTalk client, hooks) by
 * extending this; the runtime builds one context that satisfies them all. The registry knows none
 * of it.
 */
export interface JobContext {
  database: DatabaseHandle;
  logger: Logger;
  boss: PgBoss;
  /** Aborted when the process shuts down, so long jobs stop between calls. */
  shutdownSignal: AbortSignal;
}

export interface JobDefinition<Context extends JobContext = JobContext> {
  name: string;
  /** Cron in China time; omitted for jobs that are only enqueued. */
  cron?: string;
  queue?: Omit<PgBoss.Queue, "name">;
  work?: PgBoss.WorkOptions;
  /** Parallel workers in this process (pg-boss 10 works one job at a time per worker). */
  workers?: number;
  handler(context: Context, jobs: PgBoss.Job<unknown>[]): Promise<void>;
}

/**
 * Creates every queue (cheap and idempotent, so web-only instances can enqueue) and, where this
 * process is a worker, starts working them and installs their schedules.
 */
export async function registerJobs<Context extends JobContext>(
  boss: PgBoss,
  definitions: JobDefinition<Context>[],
  context: Context,
  options: { work: boolean },
): Promise<void> {
  for (const definition of definitions) {
    await boss.createQueue(definition.name, { name: definition.name, ...definition.queue });
    if (!options.work) continue;
    for (let i = 0; i < (definition.workers ?? 1); i += 1) {
      await boss.work(definition.name, definition.work ?? {}, (jobs) => definition.handler(context, jobs));
    }
    if (definition.cron) await boss.schedule(definition.name, definition.cron, {}, { tz: "Asia/Shanghai" });
  }
}
