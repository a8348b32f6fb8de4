"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { actionClientFor } from "@/lib/actions/safe-action";
import { recordAudit } from "@/lib/audit/audit";
import { auditActor } from "@/lib/auth/session";
import { credentialsSchema, parseRobotCodes } from "@/lib/connection/credentials.schema";
import { UserFacingError } from "@/lib/errors";
import { getRuntime } from "@/lib/server/runtime";

export const saveCredentialsAction = actionClientFor("admin")
  .inputSchema(credentialsSchema)
  .action(async ({ parsedInput, ctx }) => {
    const runtime = await getRuntime();
    const t = await getTranslations("credentials");
    if (runtime.connection.source === "environment") throw new UserFacingError(t("environmentNotice"), { code: "ENVIRONMENT_WINS" });
    if (!parsedInput.appSecret && runtime.connection.source !== "settings") {
      throw new UserFacingError(t("appSecretRequired"), { code: "APP_SECRET_REQUIRED", field: "appSecret" });
    }
    const robotCodes = parseRobotCodes(parsedInput.robotCodes);
    const info = await runtime.connections.save({ appKey: parsedInput.appKey, appSecret: parsedInput.appSecret || undefined, robotCodes });
    const fields = ["appKey", ...(parsedInput.appSecret ? ["appSecret"] : []), "robotCodes"];
    // Names of what changed and the resulting mode; the values themselves never enter the trail.
    await recordAudit(runtime.database.db, { actor: auditActor(ctx.session), action: "settings.update", target: { type: "setting", id: "dingtalk.credentials" }, outcome: "success", details: { fields, robotCodes, mode: info.mode } });
    revalidatePath("/", "layout");
    return { mode: info.mode, appKeyMasked: info.appKeyMasked };
  });

export const clearCredentialsAction = actionClientFor("admin").action(async ({ ctx }) => {
  const runtime = await getRuntime();
  const info = await runtime.connections.clear();
  await recordAudit(runtime.database.db, { actor: auditActor(ctx.session), action: "settings.update", target: { type: "setting", id: "dingtalk.credentials" }, outcome: "success", details: { cleared: true, mode: info.mode } });
  revalidatePath("/", "layout");
  return { mode: info.mode };
});
