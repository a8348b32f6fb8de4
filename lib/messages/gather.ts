import "server-only";
import { queryRows } from "@/lib/db/query";
import { sql } from "drizzle-orm";
import type { Database } from "@/lib/db/client";
import { USERS_PER_CHUNK } from "./plan";

type Tx = Parameters<Parameters<Database["transaction"]>[0]>[0];

/** DingTalk's list of users it throttled in an accepted call; they are retried in gathered calls. */
export const FLOW_CONTROL_CODE = "flowControlledStaffIdList";

export interface RetryUsers {
  m: string;
  seq: number;
  users: string[];
  generation: number;
  notBefore: string;
}

/**
 * Flow-controlled users of many calls go into full retry calls: per message and generation, they
 * top up the one retry chunk still open (pending, unclaimed, under 20 users; its time moves to the
 * latest backoff, so every user in it is due), and the rest fill new chunks of 20. A claimed chunk
 * is never changed, so each user is in at most one call at a time.
 */
export async function gatherRetryUsers(tx: Tx, items: readonly RetryUsers[], usersPerChunk = USERS_PER_CHUNK) {
  const groups = new Map<string, RetryUsers>();
  for (const item of items) {
    const key = `${item.m}\u0000${item.generation}`;
    const group = groups.get(key);
    if (!group) groups.set(key, { ...item, users: [...item.users] });
    else {
      group.users.push(...item.users);
      group.seq = Math.min(group.seq, item.seq);
      if (item.notBefore > group.notBefore) group.notBefore = item.notBefore;
    }
  }
  for (const group of groups.values()) {
    let users = group.users;
    const open = await queryRows<{ id: number | string; size: number }>(
      tx,
      sql`
      select id, cardinality(user_ids) as size from chunk
      where message_id = ${group.m} and generation = ${group.generation} and state = 'pending'
        and lease_expires_at is null and error_code = ${FLOW_CONTROL_CODE}
        and cardinality(user_ids) < ${usersPerChunk}
      order by id desc limit 1
      for update skip locked`,
    );
    const row = open[0];
    if (row) {
      const room = usersPerChunk - Number(row.size);
      const topUp = users.slice(0, room);
      users = users.slice(room);
      await tx.execute(sql`
        update chunk set user_ids = user_ids || array(select jsonb_array_elements_text(${JSON.stringify(topUp)}::jsonb)),
          not_before = greatest(not_before, ${group.notBefore}::timestamptz)
        where id = ${Number(row.id)}`);
    }
    if (users.length === 0) continue;
    const rows = [];
    for (let i = 0; i < users.length; i += usersPerChunk) rows.push(users.slice(i, i + usersPerChunk));
    await tx.execute(sql`
      insert into chunk (message_id, seq, user_ids, generation, not_before, error_code)
      select ${group.m}, ${group.seq}, array(select jsonb_array_elements_text(v.value)), ${group.generation},
        ${group.notBefore}::timestamptz, ${FLOW_CONTROL_CODE}
      from jsonb_array_elements(${JSON.stringify(rows)}::jsonb) as v`);
  }
}
