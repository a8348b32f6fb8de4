/**
 * The messages of the account schemas (users.schema.ts), as keys of the `accountValidation`
 * namespace (i18n/messages/auth.*.json), translated where they are shown. Kept apart from the
 * schemas so a component can translate them without loading zod.
 */
export const accountValidationKeys = [
  "email",
  "name",
  "passwordLength",
  "passwordMismatch",
  "role",
  "required",
  "controlCharacter",
] as const;
export type AccountValidationKey = (typeof accountValidationKeys)[number];

export function isAccountValidationKey(value: unknown): value is AccountValidationKey {
  return typeof value === "string" && (accountValidationKeys as readonly string[]).includes(value);
}
