import { index, integer, jsonb, pgTable, primaryKey, text } from "drizzle-orm/pg-core";
import { apiScopes } from "@/lib/core/api-scopes";
import { createdAt, timestamptz } from "./columns";

/**
 * Keys of the automation API (/api/v1) and its idempotency records. Kept apart from schema.ts
 * so the API can evolve without touching the message tables.
 */

/**
 * One API key. Only its SHA-256 is stored: a key is 32 random bytes, so a fast hash is enough
 * (nothing to brute-force) and lets verification be one indexed lookup. `prefix` is the first
 * characters of the key, safe to show and log, so an admin can tell keys apart.
 */
export const apiKeys = pgTable(
  "api_key",
  {
    id: text("id").primaryKey(),
    name: text("name").notNull(),
    prefix: text("prefix").notNull(),
    hash: text("hash").notNull().unique(),
    scopes: text("scopes", { enum: apiScopes }).array().notNull(),
    expiresAt: timestamptz("expires_at"),
    revokedAt: timestamptz("revoked_at"),
    lastUsedAt: timestamptz("last_used_at"),
    /** The admin who created it; null when made with `npm run create-api-key`. */
    createdBy: text("created_by"),
    createdAt: createdAt(),
  },
  (table) => [index("api_key_created_at_idx").on(table.createdAt)],
);

/**
 * The first answer to a POST carrying an Idempotency-Key, replayed to retries for 24 hours.
 * `status` 0 marks a request still in progress, so a concurrent retry cannot send twice.
 */
export const idempotencyKeys = pgTable(
  "idempotency_key",
  {
    apiKeyId: text("api_key_id").notNull(),
    key: text("key").notNull(),
    /** SHA-256 of method, path and body: the same key with another request is a 409. */
    requestHash: text("request_hash").notNull(),
    status: integer("status").notNull(),
    body: jsonb("body").$type<unknown>(),
    createdAt: createdAt(),
  },
  (table) => [
    primaryKey({ columns: [table.apiKeyId, table.key] }),
    index("idempotency_key_created_at_idx").on(table.createdAt),
  ],
);
