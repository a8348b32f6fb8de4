import { problem, toResponse } from "@/lib/api/problem";
import { getRuntime } from "@/lib/runtime/runtime";

export const dynamic = "force-dynamic";

/**
 * better-auth's HTTP endpoints, limited to signing in and out (for scripts and API clients; the
 * console itself uses server actions). Everything else it could serve answers 404: sign-up and
 * password changes, because admins manage accounts through audited actions; and get-session,
 * because it would hand the httpOnly session token to any script on the page.
 */
const EXPOSED = new Set(["POST /sign-in/email", "POST /sign-out"]);

async function handle(request: Request): Promise<Response> {
  const path = new URL(request.url).pathname.replace(/^\/api\/auth/, "").replace(/\/+$/, "");
  if (!EXPOSED.has(`${request.method} ${path}`)) {
    return toResponse(problem("not-found", `${request.method} ${path || "/"} is not served here.`));
  }
  const { auth } = await getRuntime();
  return auth.handler(request);
}

export const GET = handle;
export const POST = handle;
