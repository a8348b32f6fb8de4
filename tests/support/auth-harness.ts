import pino from "pino";
import { createAuth, type DingcastAuth } from "@/lib/auth/auth";
import type { ThrottlePolicy } from "@/lib/auth/throttle";
import type { Database } from "@/lib/db/client";
import type { Logger } from "@/lib/logger";

export const silentLogger: Logger = pino({ level: "silent" });

export function testAuth(
  db: Database,
  options: { throttle?: ThrottlePolicy; sessionTtlHours?: number } = {},
): DingcastAuth {
  return createAuth({
    db,
    secret: "test-secret-test-secret-test-secret-0123",
    sessionTtlHours: options.sessionTtlHours ?? 12,
    logger: silentLogger,
    throttle: options.throttle,
  });
}

/** Signs in through better-auth's server API, as the sign-in action does, and returns the cookie. */
export async function signIn(auth: DingcastAuth, email: string, password: string, ip = "10.0.0.1"): Promise<string> {
  const { headers } = await auth.api.signInEmail({
    body: { email, password },
    headers: new Headers({ "x-forwarded-for": ip }),
    returnHeaders: true,
  });
  const cookie = headers.get("set-cookie")?.split(";")[0];
  if (!cookie) throw new Error("sign-in set no cookie");
  return cookie;
}

/** The APIError code better-auth (or the sign-in guard) answered with, or "ok". */
export async function signInOutcome(
  auth: DingcastAuth,
  email: string,
  password: string,
  ip = "10.0.0.1",
): Promise<string> {
  try {
    await signIn(auth, email, password, ip);
    return "ok";
  } catch (error) {
    const body =
      typeof error === "object" && error !== null && "body" in error
        ? (error.body as { code?: string } | undefined)
        : undefined;
    return body?.code ?? String(error);
  }
}
