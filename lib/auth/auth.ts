import "server-only";
import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { APIError } from "better-auth/api";
import { nextCookies } from "better-auth/next-js";
import type { Database } from "@/lib/db/client";
import { account, session, user, verification } from "@/lib/db/auth-schema";
import type { Logger } from "@/lib/logger";
import { configuredTrustedProxies, type TrustedProxies } from "./client-ip";
import { ACCOUNT_DISABLED, signInGuard } from "./sign-in-guard";
import type { ThrottlePolicy } from "./throttle";

export interface CreateAuthOptions {
  db: Database;
  secret: string;
  /** The console's public URL when configured; otherwise better-auth infers it per request. */
  baseURL?: string;
  sessionTtlHours: number;
  logger: Logger;
  throttle?: ThrottlePolicy;
  /** Whose X-Forwarded-For entries to believe; TRUSTED_PROXIES by default (lib/auth/client-ip.ts). */
  trustedProxies?: TrustedProxies;
}

const MIN_PASSWORD_LENGTH = 8;
const MAX_PASSWORD_LENGTH = 128;

/**
 * The better-auth instance: email + password only, no self sign-up (admins create accounts),
 * sessions in the database that end `sessionTtlHours` after sign-in (no sliding renewal, so a
 * stolen cookie has a hard end), and a `role` and `disabled` flag on every user.
 */
export function createAuth(options: CreateAuthOptions) {
  const authLogger = options.logger.child({ module: "auth" });
  const trustedProxies = options.trustedProxies ?? configuredTrustedProxies();
  return betterAuth({
    appName: "Dingcast",
    secret: options.secret,
    baseURL: options.baseURL,
    // Without APP_URL, a browser request to /api/auth must come from the origin it was sent to
    // (the same-origin rule Next.js applies to server actions), whatever host name reached us.
    trustedOrigins: options.baseURL ? undefined : async (request) => (request ? [requestOrigin(request)] : []),
    database: drizzleAdapter(options.db, { provider: "pg", schema: { user, session, account, verification } }),
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: MAX_PASSWORD_LENGTH,
    },
    user: {
      additionalFields: {
        role: { type: "string", required: false, defaultValue: "viewer", input: false },
        disabled: { type: "boolean", required: false, defaultValue: false, input: false },
      },
    },
    session: { expiresIn: options.sessionTtlHours * 60 * 60, disableSessionRefresh: true },
    databaseHooks: {
      session: {
        create: {
          // The one gate every new session passes: a disabled account gets none.
          async before(newSession) {
            const [owner] = await options.db.query.user.findMany({
              where: (table, { eq }) => eq(table.id, newSession.userId),
              columns: { disabled: true },
              limit: 1,
            });
            if (!owner || owner.disabled)
              throw new APIError("FORBIDDEN", { message: "This account is disabled.", code: ACCOUNT_DISABLED });
          },
        },
      },
    },
    // Throttling is by failed sign-ins (lib/auth/throttle.ts); request-rate limits per IP would
    // only lock out a whole office behind one NAT address.
    rateLimit: { enabled: false },
    telemetry: { enabled: false },
    advanced: {
      cookiePrefix: "dingcast",
      // better-auth skips origin checks when NODE_ENV is test; keep them on so tests see production.
      disableOriginCheck: false,
      useSecureCookies: options.baseURL?.startsWith("https://") ?? false,
      // The session row's IP follows the same rule as the sign-in limit and the audit trail: without
      // trusted proxies a forwarded header proves nothing, so none is recorded.
      ipAddress:
        trustedProxies.entries.length > 0
          ? { ipAddressHeaders: ["x-forwarded-for"], trustedProxies: [...trustedProxies.entries] }
          : { disableIpTracking: true },
    },
    logger: {
      level: "warn",
      // Only the message: better-auth's extra arguments can carry request data.
      log: (level, message) => {
        // Without APP_URL the origin comes from each request, which is what a single console wants.
        if (!options.baseURL && message.includes("Base URL is not set")) return authLogger.debug(message);
        authLogger[level === "debug" ? "debug" : level](message);
      },
    },
    // nextCookies must stay last: it copies the Set-Cookie headers of server-side calls into Next.
    plugins: [
      signInGuard({ db: options.db, logger: authLogger, trustedProxies, policy: options.throttle }),
      nextCookies(),
    ],
  });
}

export type DingcastAuth = ReturnType<typeof createAuth>;

function requestOrigin(request: Request): string {
  const url = new URL(request.url);
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host") ?? url.host;
  const protocol = request.headers.get("x-forwarded-proto") ?? url.protocol.replace(/:$/, "");
  return `${protocol}://${host}`;
}
