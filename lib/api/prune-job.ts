import "server-only";
import type { JobDefinition } from "@/lib/jobs/registry";
import { pruneIdempotencyKeys } from "./idempotency";

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
