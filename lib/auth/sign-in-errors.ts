import "server-only";
import { isAPIError } from "better-auth/api";
import { getTranslations } from "next-intl/server";
import { UserFacingError } from "@/lib/errors";
import { ACCOUNT_DISABLED, THROTTLED_ACCOUNT, THROTTLED_IP } from "./sign-in-guard";

/**
 * Turns better-auth's refusal of a sign-in into a sentence in the reader's language. Unknown
 * accounts and wrong passwords read the same, so the form does not reveal which emails exist.
 */
export async function signInRefusal(error: unknown): Promise<UserFacingError> {
  if (!isAPIError(error)) throw error;
  const t = await getTranslations("auth.errors");
  const code = typeof error.body?.code === "string" ? error.body.code : "";
  if (code === THROTTLED_ACCOUNT || code === THROTTLED_IP) {
    const seconds = typeof error.body?.retryAfterSeconds === "number" ? error.body.retryAfterSeconds : 60;
    const minutes = Math.max(1, Math.ceil(seconds / 60));
    return new UserFacingError(t(code === THROTTLED_ACCOUNT ? "throttledAccount" : "throttledIp", { minutes }), { code });
  }
  if (code === ACCOUNT_DISABLED) return new UserFacingError(t("disabled"), { code });
  if (error.statusCode === 401 || error.statusCode === 400 || error.statusCode === 403) {
    return new UserFacingError(t("invalidCredentials"), { code: "INVALID_CREDENTIALS" });
  }
  throw error;
}

/** A same-site path to return to after signing in; anything else (//evil, https://…) goes home. */
export function safeReturnPath(value: unknown): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return "/";
  if (value.startsWith("/login") || value.startsWith("/setup") || value.startsWith("/api/")) return "/";
  return value;
}
