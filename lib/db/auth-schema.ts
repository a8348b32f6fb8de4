import { bigserial, boolean, index, jsonb, pgTable, text } from "drizzle-orm/pg-core";
import { auditOutcomes } from "@/lib/core/audit-outcomes";
import { roles } from "@/lib/core/roles";
import { createdAt, timestamptz, updatedAt } from "./columns";

/**
 * Accounts (better-auth's four tables, through its drizzle adapter), the audit trail and the
 * sign-in throttle. The property names are the field names better-auth expects; the columns are
 * snake_case like the rest of the schema.
 */

export const user = pgTable("user", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  email: text("email").notNull().unique(),
  emailVerified: boolean("email_verified").notNull().default(false),
  image: text("image"),
  /** viewer < sender < admin; see lib/core/roles.ts. */
  role: text("role", { enum: roles }).notNull().default("viewer"),
  /** A disabled account cannot sign in and loses its sessions; its history stays. */
  disabled: boolean("disabled").notNull().default(false),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

/** The user a session or a sign-in account belongs to; both go when the user does. */
function userIdColumn() {
  return text("user_id")
    .notNull()
    .references(() => user.id, { onDelete: "cascade" });
}

export const session = pgTable(
  "session",
  {
    id: text("id").primaryKey(),
    expiresAt: timestamptz("expires_at").notNull(),
    token: text("token").notNull().unique(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    ipAddress: text("ip_address"),
    userAgent: text("user_agent"),
    userId: userIdColumn(),
  },
  (table) => [index("session_user_id_idx").on(table.userId)],
);

export const account = pgTable(
  "account",
  {
    id: text("id").primaryKey(),
    accountId: text("account_id").notNull(),
    providerId: text("provider_id").notNull(),
    userId: userIdColumn(),
    accessToken: text("access_token"),
    refreshToken: text("refresh_token"),
    idToken: text("id_token"),
    accessTokenExpiresAt: timestamptz("access_token_expires_at"),
    refreshTokenExpiresAt: timestamptz("refresh_token_expires_at"),
    scope: text("scope"),
    /** scrypt hash written by better-auth; never the password. */
    password: text("password"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [index("account_user_id_idx").on(table.userId)],
);

export const verification = pgTable(
  "verification",
  {
    id: text("id").primaryKey(),
    identifier: text("identifier").notNull(),
    value: text("value").notNull(),
    expiresAt: timestamptz("expires_at").notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [index("verification_identifier_idx").on(table.identifier)],
);

export type { AuditOutcome } from "@/lib/core/audit-outcomes";

/**
 * Who did what, when, to what, and how it ended. Actor id and email are copied, not referenced:
 * the trail must outlive a renamed or removed account.
 */
export const auditEvents = pgTable(
  "audit_event",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    createdAt: createdAt(),
    actorId: text("actor_id"),
    actorEmail: text("actor_email"),
    action: text("action").notNull(),
    targetType: text("target_type"),
    targetId: text("target_id"),
    outcome: text("outcome", { enum: auditOutcomes }).notNull(),
    details: jsonb("details").$type<Record<string, unknown>>(),
    ip: text("ip"),
  },
  (table) => [
    index("audit_event_created_at_idx").on(table.createdAt),
    index("audit_event_actor_idx").on(table.actorId, table.createdAt),
    index("audit_event_action_idx").on(table.action, table.createdAt),
  ],
);

/** Failed sign-ins, counted per account and per IP by lib/auth/throttle.ts and pruned after a day. */
export const loginAttempts = pgTable(
  "login_attempt",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    email: text("email").notNull(),
    ip: text("ip"),
    createdAt: createdAt(),
  },
  (table) => [
    index("login_attempt_email_idx").on(table.email, table.createdAt),
    index("login_attempt_ip_idx").on(table.ip, table.createdAt),
  ],
);
