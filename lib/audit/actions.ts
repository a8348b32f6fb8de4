/**
 * Every audited action, by name. Services call recordAudit with one of these; the audit page
 * offers them as a filter and translates them (messages/auth.*.json `audit.actions`).
 */
export const auditActions = [
  "message.send",
  "message.schedule",
  "message.cancel",
  "message.recall",
  "message.remind",
  "message.resend",
  "card.import",
  "settings.update",
  "user.create",
  "user.update",
  "user.disable",
  "user.enable",
  "user.resetPassword",
  "auth.setup",
  "auth.signIn",
  "auth.signInFailed",
  "auth.signOut",
  "apiKey.create",
  "apiKey.revoke",
  // One automation API request by an API key (reads, refusals, replays); sends are message.* events.
  "api.call",
] as const;

export type AuditAction = (typeof auditActions)[number];

export function isAuditAction(value: unknown): value is AuditAction {
  return typeof value === "string" && (auditActions as readonly string[]).includes(value);
}
