import "server-only";
import { and, asc, count, eq, ne } from "drizzle-orm";
import { recordAudit, type AuditActor } from "@/lib/audit/audit";
import type { DingcastAuth } from "@/lib/auth/auth";
import { normalizeEmail } from "@/lib/auth/client-ip";
import { clearLoginFailures } from "@/lib/auth/throttle";
import type { Role } from "@/lib/core/roles";
import type { Database } from "@/lib/db/client";
import { user } from "@/lib/db/auth-schema";
import { settings } from "@/lib/db/schema";
import type { Logger } from "@/lib/logger";
import type { CreateUserInput, SetupInput } from "./users.schema";

/**
 * Account management: the first admin, users created by admins, roles, disabling and password
 * resets. Authorization (admin only) and the audit trail of the admins' changes are the caller's
 * job (lib/actions/users.ts, through the action metadata and the audit middleware); the invariants
 * that must hold whoever calls are kept here: no duplicate email, an admin cannot lock
 * themselves out, and there is always one active admin. First-run setup and the ADMIN_EMAIL
 * bootstrap have no session (and no action behind the bootstrap), so they record their own events.
 */
export interface UserDeps {
  auth: DingcastAuth;
  db: Database;
}

export type UserSummary = Pick<typeof user.$inferSelect, "id" | "email" | "name" | "role" | "disabled" | "createdAt">;

export type UserErrorReason = "emailTaken" | "notFound" | "self" | "lastAdmin" | "setupDone";

// Branded like UserFacingError: the runtime and the routes may load separate copies of this module.
const USER_ERROR_BRAND = Symbol.for("dingcast.UserManagementError");

export class UserManagementError extends Error {
  static {
    Object.defineProperty(this.prototype, USER_ERROR_BRAND, { value: true });
  }

  static [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === "object" && value !== null && USER_ERROR_BRAND in value;
  }

  constructor(readonly reason: UserErrorReason) {
    super(`user management refused: ${reason}`);
    this.name = "UserManagementError";
  }
}

const summaryColumns = {
  id: user.id,
  email: user.email,
  name: user.name,
  role: user.role,
  disabled: user.disabled,
  createdAt: user.createdAt,
};

export async function listUsers(db: Database): Promise<UserSummary[]> {
  return db.select(summaryColumns).from(user).orderBy(asc(user.createdAt), asc(user.email));
}

export async function countUsers(db: Database): Promise<number> {
  const [row] = await db.select({ n: count() }).from(user);
  return row?.n ?? 0;
}

export async function createUser(deps: UserDeps, input: CreateUserInput): Promise<UserSummary> {
  return insertUser(deps, input);
}

export async function changeRole(
  deps: UserDeps,
  input: { userId: string; role: Role },
  actor: AuditActor,
): Promise<UserSummary & { previousRole: Role }> {
  const target = await requireUser(deps.db, input.userId);
  if (target.id === actor.id) throw new UserManagementError("self");
  if (target.role === "admin" && input.role !== "admin") await requireAnotherActiveAdmin(deps.db, target.id);
  const [updated] = await deps.db
    .update(user)
    .set({ role: input.role, updatedAt: new Date() })
    .where(eq(user.id, target.id))
    .returning(summaryColumns);
  if (!updated) throw new UserManagementError("notFound");
  return { ...updated, previousRole: target.role };
}

export async function setDisabled(
  deps: UserDeps,
  input: { userId: string; disabled: boolean },
  actor: AuditActor,
): Promise<UserSummary> {
  const target = await requireUser(deps.db, input.userId);
  if (target.id === actor.id) throw new UserManagementError("self");
  if (input.disabled && target.role === "admin") await requireAnotherActiveAdmin(deps.db, target.id);
  const [updated] = await deps.db
    .update(user)
    .set({ disabled: input.disabled, updatedAt: new Date() })
    .where(eq(user.id, target.id))
    .returning(summaryColumns);
  if (!updated) throw new UserManagementError("notFound");
  // Disabling signs the person out everywhere at once, not when their session happens to end.
  if (input.disabled) await (await deps.auth.$context).internalAdapter.deleteUserSessions(target.id);
  return updated;
}

/** Returns the account whose password was reset. */
export async function resetPassword(
  deps: UserDeps,
  input: { userId: string; password: string },
  actor: AuditActor,
): Promise<UserSummary> {
  const target = await requireUser(deps.db, input.userId);
  const context = await deps.auth.$context;
  const hash = await context.password.hash(input.password);
  if (await context.internalAdapter.findCredentialAccount(target.id))
    await context.internalAdapter.updatePassword(target.id, hash);
  else
    await context.internalAdapter.linkAccount({
      userId: target.id,
      providerId: "credential",
      accountId: target.id,
      password: hash,
    });
  // Whoever knew the old password must not stay signed in with it.
  if (target.id !== actor.id) await context.internalAdapter.deleteUserSessions(target.id);
  // The lockout message sends people to an administrator for a reset, so the reset lifts the lock.
  // An IP's lock stays: it counts guesses at every account from that address.
  await clearLoginFailures(deps.db, normalizeEmail(target.email));
  return target;
}

const SETUP_CLAIM_KEY = "auth.setupClaimedAt";

/**
 * First run: creates the first admin, once. A claim row makes two simultaneous setups (two tabs,
 * two instances) produce one admin; it is released if creating the account fails.
 */
export async function setupFirstAdmin(
  deps: UserDeps,
  input: Omit<SetupInput, "confirmPassword">,
  ip: string | null,
): Promise<UserSummary> {
  if ((await countUsers(deps.db)) > 0) throw new UserManagementError("setupDone");
  const claimed = await deps.db
    .insert(settings)
    .values({ key: SETUP_CLAIM_KEY, value: new Date().toISOString() })
    .onConflictDoNothing()
    .returning({ key: settings.key });
  if (claimed.length === 0) throw new UserManagementError("setupDone");
  try {
    const created = await insertUser(deps, { ...input, role: "admin" });
    await recordAudit(deps.db, {
      actor: { id: created.id, email: created.email, ip },
      action: "auth.setup",
      target: { type: "user", id: created.id },
      outcome: "success",
      details: { role: "admin" },
    });
    return created;
  } catch (error) {
    await deps.db.delete(settings).where(eq(settings.key, SETUP_CLAIM_KEY));
    throw error;
  }
}

/**
 * ADMIN_EMAIL / ADMIN_PASSWORD at start: creates that admin if no account has the email yet.
 * An existing account is left alone, so a password changed in the console survives a restart.
 */
export async function bootstrapAdmin(
  deps: UserDeps,
  credentials: { email?: string; password?: string },
  logger: Logger,
): Promise<void> {
  if (!credentials.email && !credentials.password) return;
  if (!credentials.email || !credentials.password) {
    throw new Error("Environment variables ADMIN_EMAIL and ADMIN_PASSWORD must be set together (or both left empty).");
  }
  const email = credentials.email.trim().toLowerCase();
  const [existing] = await deps.db.select({ id: user.id }).from(user).where(eq(user.email, email)).limit(1);
  if (existing) return;
  const created = await insertUser(deps, {
    email,
    name: email.split("@")[0] || email,
    password: credentials.password,
    role: "admin",
  });
  await deps.db
    .insert(settings)
    .values({ key: SETUP_CLAIM_KEY, value: new Date().toISOString() })
    .onConflictDoNothing();
  await recordAudit(deps.db, {
    actor: { id: null, email: null },
    action: "user.create",
    target: { type: "user", id: created.id },
    outcome: "success",
    details: { email, role: "admin", source: "ADMIN_EMAIL" },
  });
  logger.info({ userId: created.id }, "created the admin account from ADMIN_EMAIL");
}

async function insertUser(deps: UserDeps, input: CreateUserInput): Promise<UserSummary> {
  const context = await deps.auth.$context;
  if (await context.internalAdapter.findUserByEmail(input.email)) throw new UserManagementError("emailTaken");
  const hash = await context.password.hash(input.password);
  const created = await context.internalAdapter.createUser(
    { email: input.email, name: input.name, emailVerified: true, role: input.role, disabled: false },
    { method: "admin" },
  );
  await context.internalAdapter.linkAccount({
    userId: created.id,
    providerId: "credential",
    accountId: created.id,
    password: hash,
  });
  return requireUser(deps.db, created.id);
}

async function requireUser(db: Database, userId: string): Promise<UserSummary> {
  const [found] = await db.select(summaryColumns).from(user).where(eq(user.id, userId)).limit(1);
  if (!found) throw new UserManagementError("notFound");
  return found;
}

async function requireAnotherActiveAdmin(db: Database, exceptUserId: string): Promise<void> {
  const [row] = await db
    .select({ n: count() })
    .from(user)
    .where(and(eq(user.role, "admin"), eq(user.disabled, false), ne(user.id, exceptUserId)));
  if ((row?.n ?? 0) === 0) throw new UserManagementError("lastAdmin");
}
