import "server-only";
import { queryRows } from "@/lib/db/query";
import { sql } from "drizzle-orm";
import type { Database } from "@/lib/db/client";
import { recipientStates, type RecipientState } from "@/lib/core/message-states";
import type { ChunkCounts, RecipientCounts } from "@/lib/core/dto/message";

function emptyCounts(): RecipientCounts {
  return { pending: 0, sent: 0, invalid: 0, throttled: 0, failed: 0, unknown: 0, total: 0 };
}

export async function getRecipientCounts(db: Database, messageId: string): Promise<RecipientCounts> {
  const rows = await queryRows<{ state: RecipientState; n: number }>(
    db,
    sql`
    select state, count(*)::int as n from recipient where message_id = ${messageId} group by state`,
  );
  const counts = emptyCounts();
  for (const row of rows) {
    if ((recipientStates as readonly string[]).includes(row.state)) counts[row.state] = Number(row.n);
    counts.total += Number(row.n);
  }
  return counts;
}

export async function getChunkCounts(db: Database, messageId: string): Promise<ChunkCounts> {
  const rows = await queryRows<{ state: keyof ChunkCounts; n: number }>(
    db,
    sql`
    select state, count(*)::int as n from chunk where message_id = ${messageId} group by state`,
  );
  const counts: ChunkCounts = { pending: 0, in_flight: 0, sent: 0, failed: 0, unknown: 0, cancelled: 0 };
  for (const row of rows) counts[row.state] = Number(row.n);
  return counts;
}
