/**
 * The only ways into the app that need no session, each with the reason. Anything not listed here
 * must be built from a guard (requireSession/requireRole, withSession, authedActionClient or
 * actionClientFor); tests/unit/guard-coverage.test.ts and tests/e2e/access.spec.ts enforce it.
 */
export const publicPages: Record<string, string> = {
  "/login": "the sign-in form itself",
  "/setup": "first-run setup; it redirects to /login once any account exists",
};

export const publicApiRoutes: Record<string, string> = {
  "/api/health": "liveness for load balancers and the e2e harness; reveals only the mode and engine",
  "/api/auth/[...all]": "better-auth's handler, limited to sign-in (throttled, audited) and sign-out",
  "/api/v1/openapi.json": "the automation API's OpenAPI description: documents the API, holds no data",
};

export const publicActions: Record<string, string> = {
  "lib/actions/locale.ts#setLocaleAction": "the language switch works on the sign-in page, before any session",
  "lib/actions/auth.ts#signInAction": "signing in is how a session starts; throttled and audited inside better-auth",
  "lib/actions/auth.ts#setupAction": "first-run setup; refuses once any account exists",
};
