"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { actionClientFor } from "@/lib/actions/safe-action";
import { auditActor } from "@/lib/auth/session";
import { UserFacingError } from "@/lib/errors";
import { getRuntime } from "@/lib/server/runtime";
import { changeRole, createUser, resetPassword, setDisabled, UserManagementError } from "@/lib/users/users";
import { changeRoleSchema, createUserSchema, resetPasswordSchema, setDisabledSchema } from "@/lib/users/users.schema";

/** The service's refusals, in the reader's language and on the form field they concern. */
async function translated<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof UserManagementError)) throw error;
    const t = await getTranslations("users.errors");
    throw new UserFacingError(t(error.reason), { code: error.reason, field: error.reason === "emailTaken" ? "email" : undefined });
  }
}

async function deps() {
  const { auth, database } = await getRuntime();
  return { auth, db: database.db };
}

export const createUserAction = actionClientFor("admin")
  .inputSchema(createUserSchema)
  .action(async ({ parsedInput, ctx }) => {
    const created = await translated(async () => createUser(await deps(), parsedInput, auditActor(ctx.session)));
    revalidatePath("/users");
    return { id: created.id, email: created.email };
  });

export const changeRoleAction = actionClientFor("admin")
  .inputSchema(changeRoleSchema)
  .action(async ({ parsedInput, ctx }) => {
    const updated = await translated(async () => changeRole(await deps(), parsedInput, auditActor(ctx.session)));
    revalidatePath("/users");
    return { email: updated.email, role: updated.role };
  });

export const setDisabledAction = actionClientFor("admin")
  .inputSchema(setDisabledSchema)
  .action(async ({ parsedInput, ctx }) => {
    const updated = await translated(async () => setDisabled(await deps(), parsedInput, auditActor(ctx.session)));
    revalidatePath("/users");
    return { email: updated.email, disabled: updated.disabled };
  });

export const resetPasswordAction = actionClientFor("admin")
  .inputSchema(resetPasswordSchema)
  .action(async ({ parsedInput, ctx }) => {
    await translated(async () => resetPassword(await deps(), parsedInput, auditActor(ctx.session)));
    return { userId: parsedInput.userId };
  });
