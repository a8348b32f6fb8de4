import "server-only";
import { randomUUID } from "node:crypto";
import { createSafeActionClient } from "next-safe-action";
import { getTranslations } from "next-intl/server";
import { UserFacingError, type ActionServerError } from "@/lib/errors";
import { logger } from "@/lib/logger";

/**
 * The one action client. Expected failures (UserFacingError) pass their message through;
 * anything else is logged with a request id and reported generically.
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
