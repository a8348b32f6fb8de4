import "server-only";
import { sql } from "drizzle-orm";
import type { Database } from "@/lib/db/client";
import { queryRows } from "@/lib/db/query";
import { MS_PER_POLL_CALL, ON_DEMAND_MIN_INTERVAL_MS, POLL_LEASE_MS } from "./schedule";

/** Marks due polls as in flight (one per message, across every worker) and returns their ids. */
export async function claimDuePolls(db: Database, limit = 10): Promise<string[]> {
  const stale = new Date(Date.now() - POLL_LEASE_MS);
  const rows = await queryRows<{ id: string }>(
    db,
    sql`
    update message set read_poll_started_at = now()
    where id in (
      select id from message
      where read_tracking = 'active' and read_next_poll_at <= now()
        and (read_poll_started_at is null or read_poll_started_at < ${stale})
      order by read_next_poll_at
      limit ${limit}
      for update skip locked)
    returning id`,
  );
  return rows.map((row) => row.id);
}

/**
 * Someone is looking at the message: poll now, unless a poll is in flight or the last one was
 * under 30 s ago (or under one second per call a poll of this message costs, for big messages).
 * However many tabs ask, DingTalk sees at most one poll per interval per message.
 */
export async function requestOnDemandPoll(db: Database, messageId: string): Promise<boolean> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`
    update message m set read_next_poll_at = now()
    where m.id = ${messageId} and m.read_tracking = 'active' and m.read_poll_started_at is null
      and m.read_next_poll_at > now()
      and (m.read_last_polled_at is null or m.read_last_polled_at < now() - make_interval(secs => greatest(
        ${ON_DEMAND_MIN_INTERVAL_MS / 1000},
        (select count(*) from chunk c where c.message_id = m.id and c.state = 'sent' and not c.read_complete) * ${MS_PER_POLL_CALL / 1000})))
    returning m.id`,
  );
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
