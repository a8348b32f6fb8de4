import "server-only";
import { sql } from "drizzle-orm";
import type { Database } from "@/lib/db/client";
import type { JobDefinition } from "@/lib/jobs/registry";

/** How long a first answer is replayed. After that the same key starts a new request. */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

/** Drops records past their 24 hours; called now and then so the table stays small. */
export async function pruneIdempotencyKeys(db: Database, now = new Date()): Promise<void> {
  await db.execute(
    sql`delete from idempotency_key where created_at <= ${new Date(now.getTime() - IDEMPOTENCY_TTL_MS).toISOString()}::timestamptz`,
  );
}

/**
 * Drops idempotency records past their 24 hours. A claim already ignores an expired record for its
 * own key; this keeps keys nobody retries from piling up.
 */
export const pruneIdempotencyJob: JobDefinition = {
  name: "api-idempotency-prune",
  cron: "*/30 * * * *",
  async handler({ database }) {
    await pruneIdempotencyKeys(database.db);
  },
};
