import "server-only";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import { getRuntime } from "@/lib/runtime/runtime";
import { handleApiRequest, type Endpoint } from "./pipeline";
import { toResponse } from "./problem";
import { ApiKeySendLimiter } from "./rate-limit";

// One limiter per process (kept on globalThis like the runtime, so dev reloads share it).
const globalForApi = globalThis as typeof globalThis & { __dingcastApiLimiter?: ApiKeySendLimiter };

function sendLimiter(): ApiKeySendLimiter {
  globalForApi.__dingcastApiLimiter ??= new ApiKeySendLimiter(env.API_SEND_RATE_PER_MINUTE, 60_000);
  return globalForApi.__dingcastApiLimiter;
}

/**
 * Builds a route handler of the automation API: authenticated by API key (never by session),
 * with `scope` required. Every route under app/api/v1 except the OpenAPI document is built with
 * it; tests/unit/guard-coverage.test.ts checks that, and tests/e2e/api.spec.ts that each refuses
 * a missing or bad key.
 */
export function withApiKey<Params>(scope: Endpoint<Params>["scope"], endpoint: Omit<Endpoint<Params>, "scope">) {
  return async function apiRoute(request: Request, context: { params: Promise<Params> }): Promise<Response> {
    const [runtime, params] = await Promise.all([getRuntime(), context.params]);
    const deps = {
      db: runtime.database.db,
      boss: runtime.boss,
      dingtalk: runtime.dingtalk,
      robotCodes: runtime.connection.robotCodes,
    };
    const result = await handleApiRequest(
      { deps, limiter: sendLimiter(), logger },
      { ...endpoint, scope },
      request,
      params,
    );
    return toResponse(result);
  };
}
