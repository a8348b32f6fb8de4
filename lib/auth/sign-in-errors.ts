import "server-only";
import { isAPIError } from "better-auth/api";
import { getTranslations } from "next-intl/server";
import { UserFacingError } from "@/lib/core/errors";
import { configuredAppUrl } from "@/lib/env";
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
    return new UserFacingError(t(code === THROTTLED_ACCOUNT ? "throttledAccount" : "throttledIp", { minutes }), {
      code,
    });
  }
  if (code === ACCOUNT_DISABLED) return new UserFacingError(t("disabled"), { code });
  if (error.statusCode === 401 || error.statusCode === 400 || error.statusCode === 403) {
    return new UserFacingError(t("invalidCredentials"), { code: "INVALID_CREDENTIALS" });
  }
  throw error;
}

/** Stands in for the console's origin when the caller does not know it: only relative paths pass then. */
const UNKNOWN_ORIGIN = "http://dingcast.invalid";

/**
 * Where to go after signing in: `value` resolved against the console's `origin` the way a browser
 * resolves a Location header, accepted only if it stays on that origin, and returned as path,
 * query and fragment. So whatever a browser would read as another host goes home instead:
 * `//host`, `/\host`, `/<tab>/host` (browsers drop tabs and newlines, leaving `//host`),
 * `https://host`, `javascript:`. The sign-in and setup pages and the API are not destinations.
 */
export function safeReturnPath(value: unknown, origin: string = UNKNOWN_ORIGIN): string {
  if (typeof value !== "string" || value.trim() === "") return "/";
  let base: URL;
  let target: URL;
  try {
    base = new URL(new URL(origin).origin);
    target = new URL(value, base);
  } catch {
    return "/";
  }
  if (target.origin !== base.origin) return "/";
  const path = `${target.pathname}${target.search}${target.hash}`;
  // "/.//host" resolves to the path "//host" on this origin, which a Location header would send away.
  if (!path.startsWith("/") || path.startsWith("//")) return "/";
  const { pathname } = target;
  if (pathname.startsWith("/login") || pathname.startsWith("/setup") || pathname.startsWith("/api/")) return "/";
  return path;
}

/** The console's origin as this request reached it: APP_URL when set, else the Host it was sent to. */
export function requestOrigin(headers: Pick<Headers, "get">): string {
  const configured = configuredAppUrl();
  if (configured) return new URL(configured).origin;
  const host = headers.get("x-forwarded-host") ?? headers.get("host");
  const protocol = headers.get("x-forwarded-proto") === "https" ? "https" : "http";
  return host ? `${protocol}://${host}` : UNKNOWN_ORIGIN;
}
