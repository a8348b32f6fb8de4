import { auditEvents, type AuditOutcome } from "@/lib/db/auth-schema";
import type { Database } from "@/lib/db/client";
import type { AuditAction } from "@/lib/core/audit-actions";

export type { AuditAction } from "@/lib/core/audit-actions";

/** Who acted. `id` is null for the system (ADMIN_EMAIL bootstrap) and for failed sign-ins. */
export interface AuditActor {
  id: string | null;
  email: string | null;
  ip?: string | null;
}

/** What was acted on, e.g. `{ type: "message", id }` or `{ type: "user", id }`. */
export interface AuditTarget {
  type: string;
  id: string;
}

export interface AuditEntry {
  actor: AuditActor | null;
  action: AuditAction;
  target?: AuditTarget | null;
  /** success: done; failure: tried and failed (details say why); denied: refused before trying. */
  outcome: AuditOutcome;
  /** Small JSON facts worth keeping (recipient count, new role, error code). Never a secret. */
  details?: Record<string, unknown>;
  /** Defaults to now; tests pin it. */
  at?: Date;
}

type AuditWriter = Pick<Database, "insert">;

/**
 * Appends one event to the audit trail. Pass a transaction as `db` to record atomically with the
 * change itself. Keys that look like secrets are dropped from `details` so a careless caller
 * cannot put a password in the trail.
 */
export async function recordAudit(db: AuditWriter, entry: AuditEntry): Promise<void> {
  await db.insert(auditEvents).values({
    createdAt: entry.at ?? new Date(),
    actorId: entry.actor?.id ?? null,
    actorEmail: entry.actor?.email ?? null,
    ip: entry.actor?.ip ?? null,
    action: entry.action,
    targetType: entry.target?.type ?? null,
    targetId: entry.target?.id ?? null,
    outcome: entry.outcome,
    details: entry.details ? scrubDetails(entry.details) : null,
  });
}

// Matches password, appSecret, accessToken, cookie, authorization, credentials; not msgKey or robotCode.
const SECRET_KEY = /password|secret|token|cookie|authorization|credential/i;

export function scrubDetails(details: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(details)) {
    if (SECRET_KEY.test(key)) continue;
    out[key] =
      value !== null && typeof value === "object" && !Array.isArray(value)
        ? scrubDetails(value as Record<string, unknown>)
        : value;
  }
  return out;
}
