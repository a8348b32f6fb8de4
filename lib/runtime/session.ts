import "server-only";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import type { AuditActor } from "@/lib/audit/audit";
import { getRuntime } from "@/lib/runtime/runtime";
import { clientIp } from "@/lib/auth/client-ip";
import { hasRole, isRole, type Role } from "@/lib/core/roles";

/**
 * The signed-in person, as every page, action and API route sees them. This is the real check:
 * proxy.ts only redirects requests that carry no session cookie at all.
 */
interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}

export interface AppSession {
  user: SessionUser;
  sessionId: string;
  expiresAt: Date;
  /** The caller's IP, for the audit trail. */
  ip: string | null;
}

/** The session of this request, or null. Memoised per render, so layout and page share one lookup. */
export const getSession = cache(async (): Promise<AppSession | null> => {
  const [runtime, requestHeaders] = await Promise.all([getRuntime(), headers()]);
  const found = await runtime.auth.api.getSession({ headers: requestHeaders });
  // A disabled account has no sessions left, but a role outside the known three must not pass either.
  if (!found || found.user.disabled || !isRole(found.user.role)) return null;
  return {
    user: { id: found.user.id, email: found.user.email, name: found.user.name, role: found.user.role },
    sessionId: found.session.id,
    expiresAt: found.session.expiresAt,
    ip: clientIp(requestHeaders),
  };
});

/** For pages and layouts: the session, or a redirect to the sign-in page. */
export async function requireSession(): Promise<AppSession> {
  const session = await getSession();
  if (!session) redirect("/login");
  return session;
}

/** For pages: the session if its role is at least `minimum`, else a 403 page. */
export async function requireRole(minimum: Role): Promise<AppSession> {
  const session = await requireSession();
  if (!hasRole(session.user.role, minimum)) forbidden();
  return session;
}

export function auditActor(session: AppSession): AuditActor {
  return { id: session.user.id, email: session.user.email, ip: session.ip };
}
