import "server-only";
import { createHash, randomBytes, randomUUID, timingSafeEqual } from "node:crypto";
import { desc, eq, sql } from "drizzle-orm";
import type { ApiScope } from "@/lib/core/api-scopes";
import type { ApiKeySummary } from "@/lib/core/dto/api-key";
import { apiKeys } from "@/lib/db/api-schema";
import type { Database } from "@/lib/db/client";

export type { ApiScope } from "@/lib/core/api-scopes";

/**
 * API keys look like `dck_<43 base64url chars>` (32 random bytes). The `dck_` marker lets secret
 * scanners and people recognise one; the first 12 characters are the prefix, shown in Settings and
 * written to logs and the audit trail in place of the key.
 */
const KEY_MARKER = "dck_";
const PREFIX_LENGTH = 12;
const KEY_PATTERN = /^dck_[A-Za-z0-9_-]{43}$/;

export interface GeneratedKey {
  key: string;
  prefix: string;
  hash: string;
}

export function hashApiKey(key: string): string {
  return createHash("sha256").update(key, "utf8").digest("hex");
}

export function keyPrefix(key: string): string {
  return key.slice(0, PREFIX_LENGTH);
}

export function generateApiKey(): GeneratedKey {
  const key = `${KEY_MARKER}${randomBytes(32).toString("base64url")}`;
  return { key, prefix: keyPrefix(key), hash: hashApiKey(key) };
}

export function looksLikeApiKey(value: string): boolean {
  return KEY_PATTERN.test(value);
}

/** What Settings lists: never the hash, never the key. */
export type { ApiKeySummary } from "@/lib/core/dto/api-key";

type ApiKeyRow = typeof apiKeys.$inferSelect;

function summarize(row: ApiKeyRow): ApiKeySummary {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    scopes: row.scopes,
    expiresAt: row.expiresAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
  };
}

export interface NewApiKey {
  name: string;
  scopes: readonly ApiScope[];
  expiresAt?: Date | null;
  createdBy: string | null;
}

/** Creates a key and returns it in full: the only moment it exists outside the caller's hands. */
export async function createApiKey(
  db: Database,
  input: NewApiKey,
  now = new Date(),
): Promise<{ key: string; summary: ApiKeySummary }> {
  const generated = generateApiKey();
  const [row] = await db
    .insert(apiKeys)
    .values({
      id: randomUUID(),
      name: input.name,
      prefix: generated.prefix,
      hash: generated.hash,
      scopes: [...new Set(input.scopes)],
      expiresAt: input.expiresAt ?? null,
      createdBy: input.createdBy,
      createdAt: now,
    })
    .returning();
  if (!row) throw new Error("the API key was not stored");
  return { key: generated.key, summary: summarize(row) };
}

export async function listApiKeys(db: Database): Promise<ApiKeySummary[]> {
  const rows = await db.select().from(apiKeys).orderBy(desc(apiKeys.createdAt));
  return rows.map(summarize);
}

/** Revokes a key; revoking twice keeps the first time. Returns the key, or null if unknown. */
export async function revokeApiKey(db: Database, id: string, now = new Date()): Promise<ApiKeySummary | null> {
  const [row] = await db
    .update(apiKeys)
    .set({ revokedAt: sql`coalesce(${apiKeys.revokedAt}, ${now.toISOString()}::timestamptz)` })
    .where(eq(apiKeys.id, id))
    .returning();
  return row ? summarize(row) : null;
}

export type KeyCheck =
  | { ok: true; key: ApiKeySummary }
  | { ok: false; reason: "missing" | "malformed" | "unknown" }
  | { ok: false; reason: "revoked" | "expired"; key: ApiKeySummary };

/** The `Authorization: Bearer <key>` value, or null. */
export function bearerToken(header: string | null): string | null {
  const match = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  return match?.[1] ?? null;
}

/**
 * Finds the key by its hash (one indexed lookup) and compares the hashes in constant time anyway,
 * so no timing difference depends on how much of a guessed key was right.
 */
export async function verifyApiKey(db: Database, presented: string | null, now = new Date()): Promise<KeyCheck> {
  if (!presented) return { ok: false, reason: "missing" };
  if (!looksLikeApiKey(presented)) return { ok: false, reason: "malformed" };
  const hash = hashApiKey(presented);
  const [row] = await db.select().from(apiKeys).where(eq(apiKeys.hash, hash));
  if (!row || !timingSafeEqual(Buffer.from(row.hash, "hex"), Buffer.from(hash, "hex")))
    return { ok: false, reason: "unknown" };
  const key = summarize(row);
  if (row.revokedAt && row.revokedAt.getTime() <= now.getTime()) return { ok: false, reason: "revoked", key };
  if (row.expiresAt && row.expiresAt.getTime() <= now.getTime()) return { ok: false, reason: "expired", key };
  return { ok: true, key };
}

/** Stamps the key's last use; at most once a minute, so a polling script does not write on every call. */
export async function touchApiKey(db: Database, id: string, now = new Date()): Promise<void> {
  await db.execute(sql`
    update api_key set last_used_at = ${now.toISOString()}::timestamptz
    where id = ${id} and (last_used_at is null or last_used_at < ${now.toISOString()}::timestamptz - interval '1 minute')`);
}

export function hasScope(key: Pick<ApiKeySummary, "scopes">, scope: ApiScope): boolean {
  return key.scopes.includes(scope);
}
