/** How an audited action ended: done, failed, or refused by a role or rule check. */
export const auditOutcomes = ["success", "failure", "denied"] as const;
export type AuditOutcome = (typeof auditOutcomes)[number];
