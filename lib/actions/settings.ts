"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { actionClientFor } from "@/lib/actions/safe-action";
import { credentialsSchema, parseRobotCodes } from "@/lib/connection/credentials.schema";
import { UserFacingError } from "@/lib/core/errors";
import { getRuntime } from "@/lib/runtime/runtime";

const credentialsTarget = { type: "setting", id: "dingtalk.credentials" };

export const saveCredentialsAction = actionClientFor("admin")
  .metadata({ name: "settings.saveCredentials", audit: "settings.update" })
  .inputSchema(credentialsSchema)
  .action(async ({ parsedInput, ctx }) => {
    ctx.audit.set({ target: credentialsTarget });
    const runtime = await getRuntime();
    const t = await getTranslations("credentials");
    if (runtime.connection.source === "environment")
      throw new UserFacingError(t("environmentNotice"), { code: "ENVIRONMENT_WINS" });
    if (!parsedInput.appSecret && runtime.connection.source !== "settings") {
      throw new UserFacingError(t("appSecretRequired"), { code: "APP_SECRET_REQUIRED", field: "appSecret" });
    }
    const robotCodes = parseRobotCodes(parsedInput.robotCodes);
    const info = await runtime.connections.save({
      appKey: parsedInput.appKey,
      appSecret: parsedInput.appSecret || undefined,
      robotCodes,
    });
    const fields = ["appKey", ...(parsedInput.appSecret ? ["appSecret"] : []), "robotCodes"];
    // Names of what changed and the resulting mode; the values themselves never enter the trail.
    ctx.audit.set({ details: { fields, robotCodes, mode: info.mode } });
    revalidatePath("/", "layout");
    return { mode: info.mode, appKeyMasked: info.appKeyMasked };
  });

export const clearCredentialsAction = actionClientFor("admin")
  .metadata({ name: "settings.clearCredentials", audit: "settings.update" })
  .action(async ({ ctx }) => {
    ctx.audit.set({ target: credentialsTarget });
    const runtime = await getRuntime();
    const info = await runtime.connections.clear();
    ctx.audit.set({ details: { cleared: true, mode: info.mode } });
    revalidatePath("/", "layout");
    return { mode: info.mode };
  });
