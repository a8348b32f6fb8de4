import "server-only";
import { recordAudit, type AuditActor } from "@/lib/audit/audit";
import type { Database } from "@/lib/db/client";
import { UserFacingError } from "@/lib/core/errors";
import { issueMessage } from "@/lib/message-types/validation-messages";
import { createApiKey, revokeApiKey, type ApiKeySummary } from "./keys";
import type { CreateApiKeyInput } from "./keys.schema";

/**
 * Creating and revoking keys, with their audit events, for the Settings actions and for
 * `npm run create-api-key`. The audit trail gets the key's id and prefix, never the key.
 */
export async function issueApiKey(
  db: Database,
  input: CreateApiKeyInput,
  actor: AuditActor | null,
  now = new Date(),
): Promise<{ key: string; summary: ApiKeySummary }> {
  const expiresAt = input.expiresAt ? new Date(input.expiresAt) : null;
  if (expiresAt && expiresAt.getTime() <= now.getTime())
    throw new UserFacingError(issueMessage("validation.futureTime"), { field: "expiresAt" });
  const created = await createApiKey(
    db,
    { name: input.name, scopes: input.scopes, expiresAt, createdBy: actor?.id ?? null },
    now,
  );
  await recordAudit(db, {
    actor,
    action: "apiKey.create",
    target: { type: "apiKey", id: created.summary.id },
    outcome: "success",
    details: {
      name: created.summary.name,
      prefix: created.summary.prefix,
      scopes: created.summary.scopes,
      expiresAt: created.summary.expiresAt,
    },
  });
  return created;
}

export async function withdrawApiKey(
  db: Database,
  id: string,
  actor: AuditActor | null,
  now = new Date(),
): Promise<ApiKeySummary | null> {
  const revoked = await revokeApiKey(db, id, now);
  await recordAudit(db, {
    actor,
    action: "apiKey.revoke",
    target: { type: "apiKey", id },
    outcome: revoked ? "success" : "failure",
    details: revoked ? { name: revoked.name, prefix: revoked.prefix } : { code: "notFound" },
  });
  return revoked;
}
