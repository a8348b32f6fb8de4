import "server-only";
import { desc } from "drizzle-orm";
import type { RecentApiCall } from "@/lib/core/dto/overview";
import type { Database } from "@/lib/db/client";
import { apiCalls } from "@/lib/db/schema";

export async function listRecentApiCalls(db: Database, limit = 10): Promise<RecentApiCall[]> {
  return db
    .select({
      id: apiCalls.id,
      endpoint: apiCalls.endpoint,
      method: apiCalls.method,
      startedAt: apiCalls.startedAt,
      durationMs: apiCalls.durationMs,
      httpStatus: apiCalls.httpStatus,
      code: apiCalls.code,
    })
    .from(apiCalls)
    .orderBy(desc(apiCalls.startedAt), desc(apiCalls.id))
    .limit(limit);
}
