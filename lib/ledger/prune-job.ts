import "server-only";
import { lt } from "drizzle-orm";
import { apiCalls } from "@/lib/db/schema";
import type { JobDefinition } from "@/lib/jobs/registry";

// Long enough to compare a month with the same month last year; short enough to stay small.
const KEEP_DAYS = 400;

export const pruneLedgerJob: JobDefinition = {
  name: "ledger-prune",
  cron: "17 3 * * *",
  async handler({ database, logger }) {
    const cutoff = new Date(Date.now() - KEEP_DAYS * 24 * 60 * 60 * 1000);
    const deleted = await database.db
      .delete(apiCalls)
      .where(lt(apiCalls.startedAt, cutoff))
      .returning({ id: apiCalls.id });
    logger.info({ deleted: deleted.length, cutoff }, "pruned API-call ledger");
  },
};
