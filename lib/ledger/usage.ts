import "server-only";
import type { MonthlyUsage } from "@/lib/core/dto/overview";
import { count, gte } from "drizzle-orm";
import type { Database } from "@/lib/db/client";
import { apiCalls } from "@/lib/db/schema";

// DingTalk counts the monthly quota in China Standard Time (UTC+8, no daylight saving).
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

export function startOfQuotaMonth(now: Date): Date {
  const china = new Date(now.getTime() + CHINA_OFFSET_MS);
  return new Date(Date.UTC(china.getUTCFullYear(), china.getUTCMonth(), 1) - CHINA_OFFSET_MS);
}

/** Calls that reached DingTalk this month; token requests count too, as they do at DingTalk. */
export async function getMonthlyUsage(db: Database, quota: number, now = new Date()): Promise<MonthlyUsage> {
  const since = startOfQuotaMonth(now);
  const [row] = await db.select({ used: count() }).from(apiCalls).where(gte(apiCalls.startedAt, since));
  return { used: row?.used ?? 0, quota, since };
}
