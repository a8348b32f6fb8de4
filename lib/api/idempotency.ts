import "server-only";
import { createHash } from "node:crypto";
import { sql } from "drizzle-orm";
import type { Database } from "@/lib/db/client";
import { queryRows } from "@/lib/db/query";
import { IDEMPOTENCY_TTL_MS } from "@/lib/api-keys/idempotency-retention";
import type { ApiResult } from "./problem";

const IN_PROGRESS = 0;

/** Keys are opaque to us; the limit keeps a hostile client from storing megabytes per row. */
export const IDEMPOTENCY_KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

/** JSON with sorted keys, so a client that re-serialises the same body in another order still matches. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, child]) => `${JSON.stringify(key)}:${canonical(child)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

export function requestHash(method: string, path: string, body: unknown): string {
  return createHash("sha256")
    .update(`${method.toUpperCase()} ${path}\n${canonical(body)}`)
    .digest("hex");
}

interface StoredAnswer {
  contentType?: string;
  value: unknown;
}

export type IdempotencyClaim =
  { kind: "new" } | { kind: "replay"; result: ApiResult } | { kind: "mismatch" } | { kind: "inProgress" };

/**
 * Claims `key` for this request. The insert is the lock: of two concurrent requests with the same
 * key only one inserts; the other sees the row and waits for nothing (it is told to retry), so a
 * retried POST can never send twice.
 */
export async function claimIdempotencyKey(
  db: Database,
  apiKeyId: string,
  key: string,
  hash: string,
  now = new Date(),
): Promise<IdempotencyClaim> {
  const cutoff = new Date(now.getTime() - IDEMPOTENCY_TTL_MS).toISOString();
  // An expired record no longer answers for its key.
  await db.execute(
    sql`delete from idempotency_key where api_key_id = ${apiKeyId} and key = ${key} and created_at <= ${cutoff}::timestamptz`,
  );
  const inserted = await queryRows<{ key: string }>(
    db,
    sql`
    insert into idempotency_key (api_key_id, key, request_hash, status, created_at)
    values (${apiKeyId}, ${key}, ${hash}, ${IN_PROGRESS}, ${now.toISOString()}::timestamptz)
    on conflict (api_key_id, key) do nothing returning key`,
  );
  if (inserted.length > 0) return { kind: "new" };
  const [existing] = await queryRows<{ request_hash: string; status: number; body: unknown }>(
    db,
    sql`
    select request_hash, status, body from idempotency_key where api_key_id = ${apiKeyId} and key = ${key}`,
  );
  if (!existing) return { kind: "inProgress" };
  if (existing.request_hash !== hash) return { kind: "mismatch" };
  if (Number(existing.status) === IN_PROGRESS) return { kind: "inProgress" };
  const stored = (typeof existing.body === "string" ? JSON.parse(existing.body) : existing.body) as StoredAnswer | null;
  const headers: Record<string, string> = { "idempotent-replayed": "true" };
  if (stored?.contentType) headers["content-type"] = stored.contentType;
  return { kind: "replay", result: { status: Number(existing.status), body: stored?.value ?? null, headers } };
}

/** Stores the answer to replay. Server errors are not stored: the retry should try again. */
export async function completeIdempotencyKey(
  db: Database,
  apiKeyId: string,
  key: string,
  result: ApiResult,
): Promise<void> {
  if (result.status >= 500) {
    await releaseIdempotencyKey(db, apiKeyId, key);
    return;
  }
  const contentType = result.headers?.["content-type"];
  const stored: StoredAnswer = contentType ? { contentType, value: result.body } : { value: result.body };
  await db.execute(sql`
    update idempotency_key set status = ${result.status}, body = ${JSON.stringify(stored)}::jsonb
    where api_key_id = ${apiKeyId} and key = ${key}`);
}

export async function releaseIdempotencyKey(db: Database, apiKeyId: string, key: string): Promise<void> {
  await db.execute(sql`delete from idempotency_key where api_key_id = ${apiKeyId} and key = ${key}`);
}
