/**
 * viewer < sender < admin. A viewer reads history, read status and exports; a sender also
 * composes, sends, schedules, cancels, recalls, reminds and imports; an admin also manages
 * users and settings. Every guard compares ranks through hasRole, never role names.
 */
export const roles = ["viewer", "sender", "admin"] as const;
export type Role = (typeof roles)[number];

const rank: Record<Role, number> = { viewer: 0, sender: 1, admin: 2 };

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (roles as readonly string[]).includes(value);
}

export function hasRole(actual: unknown, minimum: Role): boolean {
  return isRole(actual) && rank[actual] >= rank[minimum];
}
