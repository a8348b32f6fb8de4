import "server-only";
import { randomUUID } from "node:crypto";
import { createSafeActionClient } from "next-safe-action";
import { getTranslations } from "next-intl/server";
import { hasRole, type Role } from "@/lib/auth/roles";
import { getSession } from "@/lib/auth/session";
import { UserFacingError, type ActionServerError } from "@/lib/errors";
import { logger } from "@/lib/logger";

/**
 * The one action client. Expected failures (UserFacingError) pass their message through;
 * anything else is logged with a request id and reported generically.
 *
 * Only the allow-listed public actions (sign-in, first-run setup, language) use it directly;
 * everything else is built from `authedActionClient` or `actionClientFor(role)` below, which
 * tests/unit/guard-coverage.test.ts enforces.
 */
export const actionClient = createSafeActionClient<"flattened", ActionServerError>({
  defaultValidationErrorsShape: "flattened",
  async handleServerError(error): Promise<ActionServerError> {
    if (error instanceof UserFacingError) {
      return { message: error.message, field: error.field, code: error.code };
    }
    const requestId = randomUUID().slice(0, 8);
    logger.error({ err: error, requestId }, "server action failed");
    const t = await getTranslations("errors");
    return { message: t("unexpected", { requestId }), requestId };
  },
});

/** Any signed-in person. The action receives `ctx.session` (user, role, ip). */
export const authedActionClient = actionClient.use(async ({ next }) => {
  const session = await getSession();
  if (!session) {
    const t = await getTranslations("auth.errors");
    throw new UserFacingError(t("signedOut"), { code: "UNAUTHENTICATED" });
  }
  return next({ ctx: { session } });
});

function clientFor(minimum: Role) {
  return authedActionClient.use(async ({ next, ctx }) => {
    if (!hasRole(ctx.session.user.role, minimum)) {
      logger.warn({ userId: ctx.session.user.id, role: ctx.session.user.role, required: minimum }, "action refused: role too low");
      const t = await getTranslations("auth.errors");
      throw new UserFacingError(t("forbidden"), { code: "FORBIDDEN" });
    }
    return next();
  });
}

const roleClients = { viewer: clientFor("viewer"), sender: clientFor("sender"), admin: clientFor("admin") };

/**
 * The client for actions that need at least `minimum`: "sender" for send, schedule, cancel,
 * recall, remind, resend and import; "admin" for settings and user management; "viewer" for
 * read-only actions.
 */
export function actionClientFor(minimum: Role) {
  return roleClients[minimum];
}
