"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { actionClientFor } from "@/lib/actions/safe-action";
import { UserFacingError } from "@/lib/core/errors";
import { getRuntime } from "@/lib/runtime/runtime";
import { auditActor } from "@/lib/runtime/session";
import { changeRole, createUser, resetPassword, setDisabled, UserManagementError } from "@/lib/users/users";
import { changeRoleSchema, createUserSchema, resetPasswordSchema, setDisabledSchema } from "@/lib/users/users.schema";

const adminAction = actionClientFor("admin");

/**
 * The service's refusals, in the reader's language and on the form field they concern. The
 * reason becomes the code, which the audit middleware writes on the failure event.
 */
async function translated<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof UserManagementError)) throw error;
    const t = await getTranslations("users.errors");
    throw new UserFacingError(t(error.reason), {
      code: error.reason,
      field: error.reason === "emailTaken" ? "email" : undefined,
    });
  }
}

async function deps() {
  const { auth, database } = await getRuntime();
  return { auth, db: database.db };
}

const userTarget = (id: string) => ({ type: "user", id });

export const createUserAction = adminAction
  .metadata({ name: "users.create", audit: "user.create" })
  .inputSchema(createUserSchema)
  .action(async ({ parsedInput, ctx }) => {
    ctx.audit.set({ details: { email: parsedInput.email, role: parsedInput.role } });
    const created = await translated(async () => createUser(await deps(), parsedInput));
    ctx.audit.set({ target: userTarget(created.id) });
    revalidatePath("/users");
    return { id: created.id, email: created.email };
  });

export const changeRoleAction = adminAction
  .metadata({ name: "users.changeRole", audit: "user.update" })
  .inputSchema(changeRoleSchema)
  .action(async ({ parsedInput, ctx }) => {
    ctx.audit.set({ target: userTarget(parsedInput.userId), details: { role: parsedInput.role } });
    const updated = await translated(async () => changeRole(await deps(), parsedInput, auditActor(ctx.session)));
    ctx.audit.set({ details: { email: updated.email, previousRole: updated.previousRole } });
    revalidatePath("/users");
    return { email: updated.email, role: updated.role };
  });

export const setDisabledAction = adminAction
  // user.disable or user.enable, as the input says; a refusal before the input is read is user.disable.
  .metadata({ name: "users.setDisabled", audit: "user.disable" })
  .inputSchema(setDisabledSchema)
  .action(async ({ parsedInput, ctx }) => {
    ctx.audit.set({
      action: parsedInput.disabled ? "user.disable" : "user.enable",
      target: userTarget(parsedInput.userId),
    });
    const updated = await translated(async () => setDisabled(await deps(), parsedInput, auditActor(ctx.session)));
    ctx.audit.set({ details: { email: updated.email } });
    revalidatePath("/users");
    return { email: updated.email, disabled: updated.disabled };
  });

export const resetPasswordAction = adminAction
  .metadata({ name: "users.resetPassword", audit: "user.resetPassword" })
  .inputSchema(resetPasswordSchema)
  .action(async ({ parsedInput, ctx }) => {
    ctx.audit.set({ target: userTarget(parsedInput.userId) });
    const target = await translated(async () => resetPassword(await deps(), parsedInput, auditActor(ctx.session)));
    ctx.audit.set({ details: { email: target.email } });
    return { userId: parsedInput.userId };
  });
