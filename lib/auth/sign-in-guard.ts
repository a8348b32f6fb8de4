import "server-only";
import type { BetterAuthPlugin } from "better-auth";
import { APIError, createAuthMiddleware, isAPIError } from "better-auth/api";
import { recordAudit } from "@/lib/audit/audit";
import type { Database } from "@/lib/db/client";
import type { Logger } from "@/lib/logger";
import { clientIp, normalizeEmail, type TrustedProxies } from "./client-ip";
import { checkLoginThrottle, clearLoginFailures, recordLoginFailure, type ThrottlePolicy } from "./throttle";

const SIGN_IN_PATH = "/sign-in/email";

/** Codes the sign-in form translates; better-auth's own codes pass through unchanged. */
export const THROTTLED_ACCOUNT = "THROTTLED_ACCOUNT";
export const THROTTLED_IP = "THROTTLED_IP";
export const ACCOUNT_DISABLED = "ACCOUNT_DISABLED";

/**
 * A better-auth plugin around email sign-in, so the rules hold for the server action and for
 * POST /api/auth/sign-in/email alike: refuse while throttled (before the password is checked),
 * count failures, clear them on success, and write every outcome to the audit trail.
 */
export function signInGuard(deps: {
  db: Database;
  logger: Logger;
  trustedProxies: TrustedProxies;
  policy?: ThrottlePolicy;
}): BetterAuthPlugin {
  const isSignIn = (context: { path?: string }) => context.path === SIGN_IN_PATH;
  return {
    id: "dingcast-sign-in-guard",
    hooks: {
      before: [
        {
          matcher: isSignIn,
          handler: createAuthMiddleware(async (ctx) => {
            const email = normalizeEmail(readEmail(ctx.body));
            const ip = clientIp(ctx.headers ?? ctx.request?.headers, deps.trustedProxies);
            const verdict = await checkLoginThrottle(deps.db, { email, ip }, deps.policy);
            if (verdict.allowed) return;
            await recordAudit(deps.db, {
              actor: { id: null, email: email || null, ip },
              action: "auth.signInFailed",
              target: null,
              outcome: "denied",
              details: {
                reason: verdict.scope === "account" ? THROTTLED_ACCOUNT : THROTTLED_IP,
                retryAfterSeconds: verdict.retryAfterSeconds,
              },
            });
            // POST /api/auth/sign-in/email answers 429 with Retry-After (RFC 9110 §10.2.3); the
            // form's server action turns the same error into a sentence with the minutes left.
            throw new APIError(
              "TOO_MANY_REQUESTS",
              {
                message:
                  verdict.scope === "account"
                    ? "Too many failed sign-ins for this account."
                    : "Too many failed sign-ins from this address.",
                code: verdict.scope === "account" ? THROTTLED_ACCOUNT : THROTTLED_IP,
                retryAfterSeconds: verdict.retryAfterSeconds,
              },
              { "Retry-After": String(verdict.retryAfterSeconds) },
            );
          }),
        },
      ],
      after: [
        {
          matcher: isSignIn,
          handler: createAuthMiddleware(async (ctx) => {
            const email = normalizeEmail(readEmail(ctx.body));
            const ip = clientIp(ctx.headers ?? ctx.request?.headers, deps.trustedProxies);
            const signedIn = ctx.context.newSession;
            const returned: unknown = ctx.context.returned;
            try {
              if (signedIn) {
                await clearLoginFailures(deps.db, email);
                await recordAudit(deps.db, {
                  actor: { id: signedIn.user.id, email: signedIn.user.email, ip },
                  action: "auth.signIn",
                  outcome: "success",
                });
              } else if (isAPIError(returned)) {
                const code = typeof returned.body?.code === "string" ? returned.body.code : String(returned.status);
                // A throttled attempt was already audited and must not extend its own lock.
                if (code === THROTTLED_ACCOUNT || code === THROTTLED_IP) return;
                await recordLoginFailure(deps.db, { email, ip });
                await recordAudit(deps.db, {
                  actor: { id: null, email: email || null, ip },
                  action: "auth.signInFailed",
                  outcome: "failure",
                  details: { reason: code },
                });
              }
            } catch (error) {
              // Bookkeeping must not turn a correct sign-in into an error page.
              deps.logger.error({ err: error }, "sign-in bookkeeping failed");
            }
          }),
        },
      ],
    },
  };
}

function readEmail(body: unknown): unknown {
  return typeof body === "object" && body !== null && "email" in body ? body.email : undefined;
}
