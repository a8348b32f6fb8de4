/**
 * Every audited action, by name. A server action names one in its metadata (`audit`) and the
 * audit middleware (lib/actions/audit-middleware.ts) writes it; services outside the actions
 * (sign-in, setup, API keys, the automation API) call recordAudit with one. The audit page
 * offers them as a filter and translates them (i18n/messages/auth.*.json `audit.actions`).
 */
export const auditActions = [
  "message.send",
  "message.schedule",
  "message.cancel",
  "message.recall",
  "message.remind",
  "message.resend",
  "card.import",
  "card.update",
  "card.duplicate",
  "card.delete",
  // Saved message templates (compose); drafts are autosaved scratch copies and not audited.
  "template.save",
  "template.delete",
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
