import "server-only";
import type { DailyActivity, RecentMessage } from "@/lib/core/dto/overview";
import { sql } from "drizzle-orm";
import type { Database } from "@/lib/db/client";
import { queryRows } from "@/lib/db/query";
import type { MessageStatus } from "@/lib/core/message-states";

/** The latest messages with their read rates (readers counted by the poller, not per view). */
export async function listRecentMessages(db: Database, limit = 5): Promise<RecentMessage[]> {
  const rows = await queryRows<{
    id: string;
    title: string;
    status: MessageStatus;
    created_at: Date | string;
    read_count: number;
    audience_type: "users" | "conversation";
    delivered: number;
  }>(
    db,
    sql`
      select m.id, m.title, m.status, m.created_at, m.read_count, m.audience_type,
        (select count(*)::int from recipient r where r.message_id = m.id and r.state = 'sent') as delivered
      from message m order by m.created_at desc limit ${limit}`,
  );
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    status: row.status,
    createdAt: new Date(row.created_at).toISOString(),
    delivered: Number(row.delivered),
    readers: Number(row.read_count),
    audienceType: row.audience_type,
  }));
}

/** Deliveries and first-seen reads per day (China time) over the last `days` days. */
export async function dailyActivity(db: Database, days = 14, now = new Date()): Promise<DailyActivity[]> {
  const since = new Date(now.getTime() - days * 86_400_000);
  const rows = await queryRows<{ day: string; delivered: number; reads: number }>(
    db,
    sql`
      with delivered as (
        select to_char(timezone('Asia/Shanghai', updated_at), 'YYYY-MM-DD') as day, count(*)::int as n
        from recipient where state = 'sent' and updated_at >= ${since} group by 1
      ), reads as (
        select to_char(timezone('Asia/Shanghai', read_at), 'YYYY-MM-DD') as day, count(*)::int as n
        from recipient where read_at >= ${since} group by 1
      )
      select coalesce(d.day, r.day) as day, coalesce(d.n, 0) as delivered, coalesce(r.n, 0) as reads
      from delivered d full outer join reads r on r.day = d.day order by 1`,
  );
  const byDay = new Map(rows.map((row) => [row.day, row]));
  return Array.from({ length: days }, (_, i) => {
    const day = new Date(now.getTime() + 8 * 3_600_000 - (days - 1 - i) * 86_400_000).toISOString().slice(0, 10);
    const row = byDay.get(day);
    return { day, delivered: Number(row?.delivered ?? 0), reads: Number(row?.reads ?? 0) };
  });
}
