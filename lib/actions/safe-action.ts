import "server-only";
import { randomUUID } from "node:crypto";
import { createSafeActionClient } from "next-safe-action";
import { getTranslations } from "next-intl/server";
import { actionMetadataSchema, auditMiddleware } from "@/lib/actions/audit-middleware";
import { hasRole, type Role } from "@/lib/core/roles";
import { auditActor, getSession } from "@/lib/runtime/session";
import { getRuntime } from "@/lib/runtime/runtime";
import { UserFacingError, type ActionServerError } from "@/lib/core/errors";
import { logger } from "@/lib/logger";

/**
 * The one action client. Every action declares `.metadata({ name, audit })` (the schema is in
 * lib/actions/audit-middleware.ts; `.action()` does not type-check without it, and
 * tests/unit/audit-coverage.test.ts checks every export). Expected failures (UserFacingError) pass
 * their message through; anything else is logged with the action's name and a request id and
 * reported generically.
 *
 * Only the allow-listed public actions (sign-in, first-run setup, language) use it directly;
 * everything else is built from `authedActionClient` or `actionClientFor(role)` below, which
 * tests/unit/guard-coverage.test.ts enforces.
 */
export const actionClient = createSafeActionClient<"flattened", ActionServerError, typeof actionMetadataSchema>({
  defaultValidationErrorsShape: "flattened",
  defineMetadataSchema: () => actionMetadataSchema,
  async handleServerError(error, { metadata }): Promise<ActionServerError> {
    if (error instanceof UserFacingError) {
      return { message: error.message, field: error.field, fields: error.fields, code: error.code };
    }
    const requestId = randomUUID().slice(0, 8);
    logger.error({ action: metadata.name, requestId, err: error }, "server action failed");
    const t = await getTranslations("errors");
    return { message: t("unexpected", { requestId }), requestId };
  },
});

/**
 * Any signed-in person. The action receives `ctx.session` (user, role, ip) and `ctx.audit`, and
 * its run is written to the audit trail as its metadata says (lib/actions/audit-middleware.ts).
 * The audit middleware sits before the role check so that a refusal is recorded as "denied".
 */
export const authedActionClient = actionClient
  .use(async ({ next }) => {
    const session = await getSession();
    if (!session) {
      const t = await getTranslations("auth.errors");
      throw new UserFacingError(t("signedOut"), { code: "UNAUTHENTICATED" });
    }
    return next({ ctx: { session } });
  })
  .use(
    auditMiddleware({
      db: async () => (await getRuntime()).database.db,
      actor: auditActor,
      logger,
    }),
  );

function clientFor(minimum: Role) {
  return authedActionClient.use(async ({ next, ctx }) => {
    if (!hasRole(ctx.session.user.role, minimum)) {
      logger.warn(
        { userId: ctx.session.user.id, role: ctx.session.user.role, required: minimum },
        "action refused: role too low",
      );
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
