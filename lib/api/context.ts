import "server-only";
import type { AuditActor } from "@/lib/audit/audit";
import type { JobQueue } from "@/lib/messages/jobs";
import type { Database } from "@/lib/db/client";
import type { DingTalkClient } from "@/lib/dingtalk/client";
import type { ApiKeySummary } from "@/lib/api-keys/keys";

/** What the API's handlers need from the running app; tests pass their own. */
export interface ApiDeps {
  db: Database;
  boss: JobQueue;
  dingtalk: DingTalkClient;
  /** The configured robots; the first is the default when a request names none. */
  robotCodes: readonly string[];
  now?: () => Date;
}

/** The authenticated caller of one request. */
export interface ApiCaller {
  key: ApiKeySummary;
  ip: string | null;
}

/**
 * How an API key appears in the audit trail: not a person, so no user id; the "email" column
 * carries a recognisable label (filterable as "api-key") and the details carry the key's id.
 */
export function apiActor(caller: ApiCaller): AuditActor {
  return { id: null, email: `api-key:${caller.key.prefix} (${caller.key.name})`, ip: caller.ip };
}

export function apiKeyDetails(caller: ApiCaller): Record<string, unknown> {
  return { apiKeyId: caller.key.id, apiKeyPrefix: caller.key.prefix };
}
