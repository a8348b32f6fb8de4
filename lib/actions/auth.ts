"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { actionClient, authedActionClient } from "@/lib/actions/safe-action";
import { recordAudit } from "@/lib/audit/audit";
import { clientIp } from "@/lib/auth/client-ip";
import { auditActor } from "@/lib/auth/session";
import { safeReturnPath, signInRefusal } from "@/lib/auth/sign-in-errors";
import { UserFacingError } from "@/lib/errors";
import { getRuntime } from "@/lib/server/runtime";
import { setupFirstAdmin, UserManagementError } from "@/lib/users/users";
import { setupSchema, signInSchema } from "@/lib/users/users.schema";

// Public on purpose (no session yet): throttling, auditing and the disabled check happen inside
// better-auth's sign-in (lib/auth/sign-in-guard.ts), whichever way it is reached.
export const signInAction = actionClient
  .inputSchema(signInSchema.extend({ next: z.string().max(500).optional() }))
  .action(async ({ parsedInput }) => {
    const { auth } = await getRuntime();
    try {
      await auth.api.signInEmail({ body: { email: parsedInput.email, password: parsedInput.password }, headers: await headers() });
    } catch (error) {
      throw await signInRefusal(error);
    }
    redirect(safeReturnPath(parsedInput.next));
  });

// Public on purpose: it only works while no account exists (setupFirstAdmin refuses otherwise).
export const setupAction = actionClient.inputSchema(setupSchema).action(async ({ parsedInput }) => {
  const { auth, database } = await getRuntime();
  const requestHeaders = await headers();
  try {
    await setupFirstAdmin({ auth, db: database.db }, { email: parsedInput.email, name: parsedInput.name, password: parsedInput.password }, clientIp(requestHeaders));
  } catch (error) {
    if (error instanceof UserManagementError && error.reason === "setupDone") {
      throw new UserFacingError((await getTranslations("auth.errors"))("setupDone"), { code: "SETUP_DONE" });
    }
    throw error;
  }
  try {
    await auth.api.signInEmail({ body: { email: parsedInput.email, password: parsedInput.password }, headers: requestHeaders });
  } catch (error) {
    throw await signInRefusal(error);
  }
  redirect("/");
});

export const signOutAction = authedActionClient.action(async ({ ctx }) => {
  const { auth, database } = await getRuntime();
  await auth.api.signOut({ headers: await headers() });
  await recordAudit(database.db, { actor: auditActor(ctx.session), action: "auth.signOut", outcome: "success" });
  redirect("/login");
});
