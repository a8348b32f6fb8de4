import "server-only";
import { getTranslations } from "next-intl/server";
import { NextResponse } from "next/server";
import { hasRole, type Role } from "./roles";
import { getSession, type AppSession } from "./session";

/**
 * Wraps an API route handler: 401 JSON without a session, 403 JSON below `minimum`, otherwise
 * the handler runs with the session. Every route under app/api uses it except the allow-list in
 * tests/unit/guard-coverage.test.ts.
 */
export function withSession<Context>(minimum: Role, handler: (request: Request, context: Context, session: AppSession) => Promise<Response>) {
  return async function guarded(request: Request, context: Context): Promise<Response> {
    const session = await getSession();
    if (!session) {
      const t = await getTranslations("auth.errors");
      return NextResponse.json({ error: "unauthenticated", message: t("signedOut") }, { status: 401, headers: { "cache-control": "no-store" } });
    }
    if (!hasRole(session.user.role, minimum)) {
      const t = await getTranslations("auth.errors");
      return NextResponse.json({ error: "forbidden", message: t("forbidden") }, { status: 403, headers: { "cache-control": "no-store" } });
    }
    return handler(request, context, session);
  };
}
