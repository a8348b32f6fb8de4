import * as z from "zod/mini";
import { plainText } from "@/lib/core/text.schema";
import { roles } from "@/lib/core/roles";

/**
 * Account forms and their server actions share these schemas. Messages are keys of the
 * `accountValidation` namespace (account-validation.model.ts), translated where they are shown.
 */
/** The shared text check (lib/core/text.ts) with the account forms' own key. */
const plain = () => plainText(() => "controlCharacter");
const emailField = z.pipe(
  z.string().check(plain(), z.trim(), z.toLowerCase()),
  z.email("email").check(z.maxLength(254, "email")),
);
const nameField = z.string().check(plain(), z.trim(), z.minLength(1, "name"), z.maxLength(100, "name"));
const passwordField = z.string().check(z.minLength(8, "passwordLength"), z.maxLength(128, "passwordLength"));
const roleField = z.enum(roles, { error: "role" });
const userIdField = z.string().check(plain(), z.minLength(1, "required"), z.maxLength(100, "required"));

const signInSchema = z.object({
  email: emailField,
  // Any length is accepted here: a wrong password must fail as "wrong", not as "too short".
  password: z.string().check(z.minLength(1, "required"), z.maxLength(256, "required")),
});

/** The sign-in action's input: the form's fields and where to go afterwards (checked by safeReturnPath). */
export const signInRequestSchema = z.extend(signInSchema, { next: z.optional(z.string().check(z.maxLength(500))) });

export const setupSchema = z
  .object({ email: emailField, name: nameField, password: passwordField, confirmPassword: z.string() })
  .check(
    z.refine((value) => value.password === value.confirmPassword, {
      message: "passwordMismatch",
      path: ["confirmPassword"],
    }),
  );

export const createUserSchema = z.object({
  email: emailField,
  name: nameField,
  password: passwordField,
  role: roleField,
});
export const changeRoleSchema = z.object({ userId: userIdField, role: roleField });
export const setDisabledSchema = z.object({ userId: userIdField, disabled: z.boolean() });
export const resetPasswordSchema = z.object({ userId: userIdField, password: passwordField });
/** The reset-password dialog: the new password alone (the row knows the user). */
export const newPasswordSchema = z.object({ password: passwordField });

export type SetupInput = z.infer<typeof setupSchema>;
export type CreateUserInput = z.infer<typeof createUserSchema>;
