import { z } from "zod";
import { roles } from "@/lib/db/auth-schema";

/**
 * Account forms and their server actions share these schemas. Messages are keys of the
 * `accountValidation` namespace (messages/auth.*.json), translated where they are shown.
 */
export const accountValidationKeys = ["email", "name", "passwordLength", "passwordMismatch", "role", "required"] as const;
export type AccountValidationKey = (typeof accountValidationKeys)[number];

export function isAccountValidationKey(value: unknown): value is AccountValidationKey {
  return typeof value === "string" && (accountValidationKeys as readonly string[]).includes(value);
}

export const emailField = z.string().trim().toLowerCase().pipe(z.email("email").max(254, "email"));
export const nameField = z.string().trim().min(1, "name").max(100, "name");
export const passwordField = z.string().min(8, "passwordLength").max(128, "passwordLength");
export const roleField = z.enum(roles, { message: "role" });
const userIdField = z.string().min(1, "required").max(100, "required");

export const signInSchema = z.object({
  email: emailField,
  // Any length is accepted here: a wrong password must fail as "wrong", not as "too short".
  password: z.string().min(1, "required").max(256, "required"),
});

export const setupSchema = z
  .object({ email: emailField, name: nameField, password: passwordField, confirmPassword: z.string() })
  .refine((value) => value.password === value.confirmPassword, { message: "passwordMismatch", path: ["confirmPassword"] });

export const createUserSchema = z.object({ email: emailField, name: nameField, password: passwordField, role: roleField });
export const changeRoleSchema = z.object({ userId: userIdField, role: roleField });
export const setDisabledSchema = z.object({ userId: userIdField, disabled: z.boolean() });
export const resetPasswordSchema = z.object({ userId: userIdField, password: passwordField });

export type SignInInput = z.infer<typeof signInSchema>;
export type SetupInput = z.infer<typeof setupSchema>;
export type CreateUserInput = z.infer<typeof createUserSchema>;
