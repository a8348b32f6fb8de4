import "server-only";
import { queryRows } from "@/lib/db/query";
import { sql } from "drizzle-orm";
import type { Database } from "@/lib/db/client";
import { DINGTALK_PATHS } from "@/lib/dingtalk/paths";

/** The chunk's claim lapsed and someone else may hold it now: its call must not be made. */
export class ClaimLostError extends Error {
  constructor(chunkId: number) {
    super(`chunk ${chunkId} is no longer claimed by this worker`);
    this.name = "ClaimLostError";
  }
}

const TOKEN_PATHS: readonly string[] = [DINGTALK_PATHS.accessToken, DINGTALK_PATHS.corpAccessToken];

/** A grant for a token fetch does not send the chunk's own request. */
export function isTokenGrant(key: string): boolean {
  return TOKEN_PATHS.some((path) => key.endsWith(`:${path}`));
}

/** A claimed chunk as the mark needs it: its id and the claim's lease stamp (ISO). */
interface Claim {
  id: number;
  claimedUntil: string;
}

/**
 * Marks claimed chunks `in_flight` (their calls were granted) in one statement and returns the ids
 * marked. A chunk is marked only if it is still pending under this worker's claim (its lease
 * stamp), so a claim that lapsed and was taken over is never sent twice.
 */
async function markInFlight(db: Database, claims: readonly Claim[], leaseMs: number): Promise<Set<number>> {
  const lease = new Date(Date.now() + leaseMs).toISOString();
  const only = claims.length === 1 ? claims[0] : undefined;
  const rows = await queryRows<{ id: number | string }>(
    db,
    only
      ? // The usual case at DingTalk's pace (one grant at a time): a primary-key update.
        sql`update chunk set state = 'in_flight', lease_expires_at = ${lease}::timestamptz
            where id = ${only.id} and state = 'pending' and lease_expires_at = ${only.claimedUntil}::timestamptz
            returning id`
      : sql`
        update chunk c set state = 'in_flight', lease_expires_at = ${lease}::timestamptz
        from jsonb_to_recordset(${JSON.stringify(claims.map(({ id, claimedUntil }) => ({ id, claim: claimedUntil })))}::jsonb)
          as v(id bigint, claim timestamptz)
        where c.id = v.id and c.state = 'pending' and c.lease_expires_at = v.claim
        returning c.id`,
  );
  return new Set(rows.map((row) => Number(row.id)));
}

/**
 * Marks chunks in flight as their calls are granted. Grants that arrive while a mark is being
 * written wait and go together in the next statement, so at DingTalk's full pace (20 grants a
 * second or more, each of them on the path of its call) the database sees one write per batch.
 */
export class InFlightMarker {
  private waiting: { claim: Claim; settle: (marked: boolean) => void; fail: (error: unknown) => void }[] = [];
  private writing = false;

  constructor(
    private readonly db: Database,
    private readonly leaseMs: number,
  ) {}

  /** True when the chunk is now in flight under this worker; false when its claim was lost. */
  mark(claim: Claim): Promise<boolean> {
    return new Promise((settle, fail) => {
      this.waiting.push({ claim: { id: claim.id, claimedUntil: claim.claimedUntil }, settle, fail });
      if (!this.writing) void this.flush();
    });
  }

  private async flush(): Promise<void> {
    this.writing = true;
    while (this.waiting.length > 0) {
      const batch = this.waiting;
      this.waiting = [];
      try {
        const marked = await markInFlight(
          this.db,
          batch.map((entry) => entry.claim),
          this.leaseMs,
        );
        for (const entry of batch) entry.settle(marked.has(entry.claim.id));
      } catch (error) {
        for (const entry of batch) entry.fail(error);
      }
    }
    this.writing = false;
  }
}
