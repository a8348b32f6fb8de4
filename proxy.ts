import { getSessionCookie } from "better-auth/cookies";
import { NextResponse, type NextRequest } from "next/server";
import { configuredAppUrl, env } from "@/lib/env";
import { apiContentSecurityPolicy, createNonce, pageContentSecurityPolicy } from "@/lib/security/csp";

/**
 * Runs before every request (Next.js 16 "proxy", formerly middleware). Two jobs:
 * 1. The Content-Security-Policy, with a fresh nonce per page that Next.js stamps on its scripts.
 * 2. A cheap redirect to /login when a console page is requested without any session cookie.
 *    It only looks at whether the cookie exists; pages, actions and API routes verify the session
 *    themselves (lib/runtime/session.ts, lib/api/console-route.ts), so a forged cookie gets nowhere.
 */
const PUBLIC_PAGES = ["/login", "/setup"];

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (pathname.startsWith("/api/")) {
    const response = NextResponse.next();
    response.headers.set("Content-Security-Policy", apiContentSecurityPolicy);
    return response;
  }

  const https = configuredAppUrl()?.startsWith("https://") ?? false;
  const policy = pageContentSecurityPolicy({ nonce: createNonce(), dev: env.NODE_ENV === "development", https });
  const isPublic = PUBLIC_PAGES.some((page) => pathname === page || pathname.startsWith(`${page}/`));

  let response: NextResponse;
  if (!isPublic && !getSessionCookie(request, { cookiePrefix: "dingcast" })) {
    const login = new URL("/login", request.url);
    if (pathname !== "/") login.searchParams.set("next", `${pathname}${search}`);
    response = NextResponse.redirect(login);
  } else {
    // Next.js reads the nonce from the request's CSP header while rendering.
    const requestHeaders = new Headers(request.headers);
    requestHeaders.set("Content-Security-Policy", policy);
    response = NextResponse.next({ request: { headers: requestHeaders } });
  }
  response.headers.set("Content-Security-Policy", policy);
  if (https) response.headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
  return response;
}

export const config = {
  // Static files and the icons in public/ need neither a nonce nor a session: a signed-out browser
  // asks for the favicon on the sign-in page too.
  matcher: [
    "/((?!_next/static|_next/image|favicon\\.ico|icon\\.svg|icon-\\d+\\.png|apple-touch-icon\\.png|manifest\\.webmanifest).*)",
  ],
};
