import { getRuntime } from "@/lib/server/runtime";

export const dynamic = "force-dynamic";

/**
 * better-auth's HTTP endpoints, limited to the three the console's flows need. Everything else it
 * could serve (sign-up, password change, account linking …) answers 404: accounts are managed by
 * admins through audited server actions, not through a second, unaudited door.
 */
const EXPOSED = new Set(["GET /get-session", "POST /sign-in/email", "POST /sign-out"]);

async function handle(request: Request): Promise<Response> {
  const path = new URL(request.url).pathname.replace(/^\/api\/auth/, "").replace(/\/+$/, "");
  if (!EXPOSED.has(`${request.method} ${path}`)) {
    return Response.json({ error: "not_found" }, { status: 404, headers: { "cache-control": "no-store" } });
  }
  const { auth } = await getRuntime();
  return auth.handler(request);
}

export const GET = handle;
export const POST = handle;
