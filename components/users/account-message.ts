"use client";

import { useTranslations } from "next-intl";
import { isAccountValidationKey } from "@/lib/users/account-validation.model";

/**
 * Account form errors arrive either as `accountValidation` keys (from the shared zod schema, client
 * or server side) or as sentences already written by the server (UserFacingError); this turns
 * either into the text shown under the field.
 */
export function useAccountMessage(): (error: string | undefined) => string | undefined {
  const t = useTranslations("accountValidation");
  return (error) => {
    if (!error) return undefined;
    return isAccountValidationKey(error) ? t(error) : error;
  };
}
