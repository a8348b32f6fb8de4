import "server-only";
import { queryRows } from "@/lib/db/query";
import { sql } from "drizzle-orm";
import type { Database } from "@/lib/db/client";
import { getChunkCounts, getRecipientCounts } from "./progress";

export type FinalStatus = "sent" | "partially_failed" | "failed";

/**
 * Once no chunk is pending or in flight, settles the message's status from its recipients (or,
 * for a conversation send, its single call). Only a message still `sending` changes, so two
 * workers finishing together agree, and a recall or cancel is never overwritten.
 */
export async function finalizeIfDone(db: Database, messageId: string): Promise<FinalStatus | null> {
  const chunks = await getChunkCounts(db, messageId);
  if (chunks.pending > 0 || chunks.in_flight > 0) return null;
  const rows = await queryRows<{ audience_type: string }>(
    db,
    sql`select audience_type from message where id = ${messageId}`,
  );
  let status: FinalStatus;
  if (rows[0]?.audience_type === "conversation") {
    status = chunks.sent > 0 ? "sent" : "failed";
  } else {
    const counts = await getRecipientCounts(db, messageId);
    status =
      counts.sent === counts.total && counts.total > 0 ? "sent" : counts.sent === 0 ? "failed" : "partially_failed";
  }
  const updated = await queryRows<{ id: string }>(
    db,
    sql`
    update message set status = ${status}, finished_at = now() where id = ${messageId} and status = 'sending' returning id`,
  );
  return updated.length > 0 ? status : null;
}
