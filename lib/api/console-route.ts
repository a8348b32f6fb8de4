import "server-only";
import { randomUUID } from "node:crypto";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { hasRole, type Role } from "@/lib/core/roles";
import { logger } from "@/lib/logger";
import { getSession, type AppSession } from "@/lib/runtime/session";
import { problem, toResponse, type ApiResult } from "./problem";

/** What a console route handler answers: a JSON result (problem or data) or its own Response (CSV). */
type Answer = ApiResult | Response;

function send(answer: Answer): Response {
  return answer instanceof Response ? answer : toResponse(answer);
}

/**
 * Wraps a console API route handler (the browser's own routes, signed in by cookie, never by API
 * key): 401 problem+json without a session, 403 below `minimum`, 500 with a request id for anything
 * unexpected; otherwise the handler's answer. Every route under app/api except the automation API
 * and the allow-list in tests/unit/guard-coverage.test.ts is built with it or with withMessage.
 */
export function withSession<Context>(
  minimum: Role,
  handler: (request: Request, context: Context, session: AppSession) => Promise<Answer>,
) {
  return async function guarded(request: Request, context: Context): Promise<Response> {
    const session = await getSession();
    if (!session) {
      const t = await getTranslations("auth.errors");
      return toResponse(problem("signed-out", t("signedOut")));
    }
    if (!hasRole(session.user.role, minimum)) {
      const t = await getTranslations("auth.errors");
      return toResponse(problem("role-missing", t("forbidden")));
    }
    try {
      return send(await handler(request, context, session));
    } catch (error) {
      const requestId = randomUUID();
      logger.error({ err: error, requestId, url: request.url }, "console route failed");
      const t = await getTranslations("consoleApi");
      return toResponse(problem("internal", t("internal", { requestId }), { requestId }));
    }
  };
}

const messageId = z.uuid();

/**
 * withSession for the routes under /api/messages/[id]: an id that is not a UUID is a 404
 * problem, the same answer as a message that does not exist (`notFoundMessage`).
 */
export function withMessage(
  minimum: Role,
  handler: (request: Request, id: string, session: AppSession) => Promise<Answer>,
) {
  return withSession(minimum, async (request: Request, context: { params: Promise<{ id: string }> }, session) => {
    const { id } = await context.params;
    if (!messageId.safeParse(id).success) return notFoundMessage();
    return handler(request, id, session);
  });
}

export async function notFoundMessage(): Promise<ApiResult> {
  const t = await getTranslations("consoleApi");
  return problem("not-found", t("messageNotFound"));
}

/** A query string that did not parse: a validation problem naming each parameter. */
export async function invalidQuery(error: z.core.$ZodError): Promise<ApiResult> {
  const t = await getTranslations("consoleApi");
  const errors = Object.fromEntries(
    Object.entries(z.flattenError(error).fieldErrors).filter((entry): entry is [string, string[]] =>
      Array.isArray(entry[1]),
    ),
  );
  return problem("validation", t("invalidQuery"), { errors });
}
