import "server-only";
import { queryRows } from "@/lib/db/query";
import { sql } from "drizzle-orm";
import type { Database } from "@/lib/db/client";
import { REASON } from "./outcome";

/**
 * Chunks in flight with a worker that died (their call was granted, so the request may have left)
 * become `unknown`
 * (shown as such, resent only by an admin). `everything` is for the embedded database, where the
 * only process that could hold a claim is the one starting now; on PostgreSQL only expired
 * leases are swept, because another worker may still be working on the rest.
 */
export async function sweepOrphanedChunks(db: Database, options: { everything: boolean }): Promise<number> {
  return db.transaction(async (tx) => {
    const swept = await queryRows<{ id: number | string; message_id: string; user_ids: string[] }>(
      tx,
      options.everything
        ? sql`update chunk set state = 'unknown', error_code = ${REASON.inFlightAtCrash}, lease_expires_at = null
              where state = 'in_flight' returning id, message_id, user_ids`
        : sql`update chunk set state = 'unknown', error_code = ${REASON.inFlightAtCrash}, lease_expires_at = null
              where state = 'in_flight' and lease_expires_at < now() returning id, message_id, user_ids`,
    );
    // Claimed ahead but never granted: nothing left, so they are simply free again.
    if (options.everything)
      await tx.execute(
        sql`update chunk set lease_expires_at = null where state = 'pending' and lease_expires_at is not null`,
      );
    for (const chunk of swept) {
      if (chunk.user_ids.length === 0) continue;
      await tx.execute(sql`
        update recipient set state = 'unknown', code = ${REASON.inFlightAtCrash}, chunk_id = ${Number(chunk.id)}, updated_at = now()
        where message_id = ${chunk.message_id} and user_id in (select jsonb_array_elements_text(${JSON.stringify(chunk.user_ids)}::jsonb))`);
    }
    return swept.length;
  });
}

/** Messages whose fan-out should be running: queued or sending, with calls left to make. */
export async function listUnfinishedMessages(db: Database): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`
    select m.id from message m
    where m.status in ('queued', 'sending')
      and (m.scheduled_at is null or m.scheduled_at <= now())
    order by m.created_at`,
  );
  return rows.map((row) => row.id);
}
