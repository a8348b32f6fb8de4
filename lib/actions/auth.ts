"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { actionClient, authedActionClient } from "@/lib/actions/safe-action";
import { clientIp } from "@/lib/auth/client-ip";
import { safeReturnPath, signInRefusal } from "@/lib/auth/sign-in-errors";
import { UserFacingError } from "@/lib/core/errors";
import { getRuntime } from "@/lib/runtime/runtime";
import { setupFirstAdmin, UserManagementError } from "@/lib/users/users";
import { setupSchema, signInRequestSchema } from "@/lib/users/users.schema";

// Public on purpose (no session yet): throttling, auditing and the disabled check happen inside
// better-auth's sign-in (lib/auth/sign-in-guard.ts), whichever way it is reached. The guard writes
// auth.signIn or auth.signInFailed (recordedBy "service"; the public client has no audit middleware).
export const signInAction = actionClient
  .metadata({ name: "auth.signIn", audit: "auth.signIn", recordedBy: "service" })
  .inputSchema(signInRequestSchema)
  .action(async ({ parsedInput }) => {
    const { auth } = await getRuntime();
    try {
      await auth.api.signInEmail({
        body: { email: parsedInput.email, password: parsedInput.password },
        headers: await headers(),
      });
    } catch (error) {
      throw await signInRefusal(error);
    }
    redirect(safeReturnPath(parsedInput.next));
  });

// Public on purpose: it only works while no account exists (setupFirstAdmin refuses otherwise).
// setupFirstAdmin writes auth.setup with the new admin as the actor, since there is no session yet.
export const setupAction = actionClient
  .metadata({ name: "auth.setup", audit: "auth.setup", recordedBy: "service" })
  .inputSchema(setupSchema)
  .action(async ({ parsedInput }) => {
    const { auth, database } = await getRuntime();
    const requestHeaders = await headers();
    try {
      await setupFirstAdmin(
        { auth, db: database.db },
        { email: parsedInput.email, name: parsedInput.name, password: parsedInput.password },
        clientIp(requestHeaders),
      );
    } catch (error) {
      if (error instanceof UserManagementError && error.reason === "setupDone") {
        throw new UserFacingError((await getTranslations("auth.errors"))("setupDone"), { code: "SETUP_DONE" });
      }
      throw error;
    }
    try {
      await auth.api.signInEmail({
        body: { email: parsedInput.email, password: parsedInput.password },
        headers: requestHeaders,
      });
    } catch (error) {
      throw await signInRefusal(error);
    }
    redirect("/");
  });

// The audit middleware writes auth.signOut when the action ends in its redirect.
export const signOutAction = authedActionClient
  .metadata({ name: "auth.signOut", audit: "auth.signOut" })
  .action(async () => {
    const { auth } = await getRuntime();
    await auth.api.signOut({ headers: await headers() });
    redirect("/login");
  });
