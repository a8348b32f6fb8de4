import { and, desc, eq, gt, lt } from "drizzle-orm";
import type { Database } from "@/lib/db/client";
import { loginAttempts } from "@/lib/db/auth-schema";

/**
 * Sign-in throttling by failures, not by requests: an account that failed `maxPerAccount` times
 * in the window is locked until the oldest of those failures ages out, and so is an IP that failed
 * `maxPerIp` times (across accounts, against password spraying). A locked attempt is refused
 * before the password is checked and is not counted, so waiting always ends the lock. A success
 * clears the account's failures but never the IP's, or one valid account could reset the count.
 */
export interface ThrottlePolicy {
  windowMs: number;
  maxPerAccount: number;
  maxPerIp: number;
}

const defaultThrottlePolicy: ThrottlePolicy = { windowMs: 15 * 60_000, maxPerAccount: 5, maxPerIp: 20 };

export type ThrottleVerdict =
  { allowed: true } | { allowed: false; scope: "account" | "ip"; retryAfterSeconds: number };

interface Attempt {
  email: string;
  ip: string | null;
  now?: Date;
}

type Db = Pick<Database, "select" | "insert" | "delete">;

export async function checkLoginThrottle(
  db: Db,
  attempt: Attempt,
  policy: ThrottlePolicy = defaultThrottlePolicy,
): Promise<ThrottleVerdict> {
  const now = attempt.now ?? new Date();
  const since = new Date(now.getTime() - policy.windowMs);
  const accountLockedSince = attempt.email
    ? await nthRecentFailure(db, eq(loginAttempts.email, attempt.email), since, policy.maxPerAccount)
    : null;
  if (accountLockedSince) return locked("account", accountLockedSince, now, policy);
  const ipLockedSince = attempt.ip
    ? await nthRecentFailure(db, eq(loginAttempts.ip, attempt.ip), since, policy.maxPerIp)
    : null;
  if (ipLockedSince) return locked("ip", ipLockedSince, now, policy);
  return { allowed: true };
}

export async function recordLoginFailure(db: Db, attempt: Attempt): Promise<void> {
  const now = attempt.now ?? new Date();
  await db.insert(loginAttempts).values({ email: attempt.email, ip: attempt.ip, createdAt: now });
  // Nothing older than a day can matter to any window; pruning here keeps the table small.
  await db.delete(loginAttempts).where(lt(loginAttempts.createdAt, new Date(now.getTime() - 24 * 60 * 60_000)));
}

export async function clearLoginFailures(db: Db, email: string): Promise<void> {
  await db.delete(loginAttempts).where(eq(loginAttempts.email, email));
}

/** When the failure that completed the lock happened, or null if there are not enough failures. */
async function nthRecentFailure(db: Db, scope: ReturnType<typeof eq>, since: Date, n: number): Promise<Date | null> {
  const rows = await db
    .select({ createdAt: loginAttempts.createdAt })
    .from(loginAttempts)
    .where(and(scope, gt(loginAttempts.createdAt, since)))
    .orderBy(desc(loginAttempts.createdAt))
    .limit(1)
    .offset(n - 1);
  return rows[0]?.createdAt ?? null;
}

function locked(scope: "account" | "ip", since: Date, now: Date, policy: ThrottlePolicy): ThrottleVerdict {
  const retryAfterSeconds = Math.max(1, Math.ceil((since.getTime() + policy.windowMs - now.getTime()) / 1000));
  return { allowed: false, scope, retryAfterSeconds };
}
