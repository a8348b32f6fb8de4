import "server-only";
import { getTranslations } from "next-intl/server";
import { accountValidationKeys } from "@/lib/users/account-validation.model";

/** The account validation keys as sentences in the request's language, for AuthForm's `messages`. */
export async function accountValidationMessages(): Promise<Record<string, string>> {
  const t = await getTranslations("accountValidation");
  return Object.fromEntries(accountValidationKeys.map((key) => [key, t(key)]));
}
