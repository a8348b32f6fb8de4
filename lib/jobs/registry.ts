import "server-only";
import type PgBoss from "pg-boss";
import type { DatabaseHandle } from "@/lib/db/client";
import type { Logger } from "@/lib/logger";
import { pruneLedgerJob } from "@/lib/ledger/prune-job";

export interface JobContext {
  database: DatabaseHandle;
  logger: Logger;
}

export interface JobDefinition {
  name: string;
  /** Cron in China time; omitted for jobs that are only enqueued. */
  cron?: string;
  queue?: Omit<PgBoss.Queue, "name">;
  work?: PgBoss.WorkOptions;
  handler(context: JobContext, jobs: PgBoss.Job<unknown>[]): Promise<void>;
}

const definitions: JobDefinition[] = [pruneLedgerJob];

/**
 * Creates every queue (cheap and idempotent, so web-only instances can enqueue) and, where this
 * process is a worker, starts working them and installs their schedules.
 */
export async function registerJobs(boss: PgBoss, context: JobContext, options: { work: boolean }): Promise<void> {
  for (const definition of definitions) {
    await boss.createQueue(definition.name, { name: definition.name, ...definition.queue });
    if (!options.work) continue;
    await boss.work(definition.name, definition.work ?? {}, (jobs) => definition.handler(context, jobs));
    if (definition.cron) await boss.schedule(definition.name, definition.cron, {}, { tz: "Asia/Shanghai" });
  }
}
