import "server-only";
import { sql } from "drizzle-orm";
import type { Database } from "@/lib/db/client";
import { queryRows } from "@/lib/db/query";
import { ON_DEMAND_MIN_INTERVAL_MS, POLL_LEASE_MS } from "./schedule";

/** Marks due polls as in flight (one per message, across every worker) and returns their ids. */
export async function claimDuePolls(db: Database, limit = 10): Promise<string[]> {
  const stale = new Date(Date.now() - POLL_LEASE_MS);
  const rows = await queryRows<{ id: string }>(db, sql`
    update message set read_poll_started_at = now()
    where id in (
      select id from message
      where read_tracking = 'active' and read_next_poll_at <= now()
        and (read_poll_started_at is null or read_poll_started_at < ${stale})
      order by read_next_poll_at
      limit ${limit}
      for update skip locked)
    returning id`);
  return rows.map((row) => row.id);
}

/**
 * Someone is looking at the message: poll now, unless a poll is in flight or the last one was
 * under 30 s ago. However many tabs ask, DingTalk sees at most one poll per 30 s per message.
 */
export async function requestOnDemandPoll(db: Database, messageId: string): Promise<boolean> {
  const recent = new Date(Date.now() - ON_DEMAND_MIN_INTERVAL_MS);
  const rows = await queryRows<{ id: string }>(db, sql`
    update message set read_next_poll_at = now()
    where id = ${messageId} and read_tracking = 'active' and read_poll_started_at is null
      and (read_last_polled_at is null or read_last_polled_at < ${recent})
      and read_next_poll_at > now()
    returning id`);
  return rows.length > 0;
}

/** A send that delivered something starts being tracked; the first poll comes shortly after. */
export async function activateReadTracking(db: Database, messageId: string, firstPollInMs = 15_000): Promise<void> {
  await db.execute(sql`
    update message set read_tracking = 'active', read_ended_reason = null, read_next_poll_at = ${new Date(Date.now() + firstPollInMs)}
    where id = ${messageId} and read_tracking in ('pending', 'active')`);
}

/** After a poll failed for a reason that is not DingTalk's final word: try again later. */
export async function releaseFailedPoll(db: Database, messageId: string, retryInMs = 60_000): Promise<void> {
  await db.execute(sql`
    update message set read_poll_started_at = null, read_next_poll_at = ${new Date(Date.now() + retryInMs)} where id = ${messageId}`);
}
