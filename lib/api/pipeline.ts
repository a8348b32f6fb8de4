import "server-only";
import { randomUUID } from "node:crypto";
import { recordAudit } from "@/lib/audit/audit";
import { clientIp } from "@/lib/auth/client-ip";
import type { Logger } from "@/lib/logger";
import { apiActor, apiKeyDetails, type ApiCaller, type ApiDeps } from "./context";
import { unsafeCharacterMessage } from "@/lib/core/text";
import { MAX_BODY_BYTES, readJsonBody } from "./body";
import { apiT, englishIssue } from "./english";
import {
  claimIdempotencyKey,
  completeIdempotencyKey,
  IDEMPOTENCY_KEY_PATTERN,
  releaseIdempotencyKey,
  requestHash,
} from "./idempotency";
import { bearerToken, hasScope, keyPrefix, touchApiKey, verifyApiKey, type ApiScope } from "@/lib/api-keys/keys";
import { problem, type ApiResult } from "./problem";
import type { ApiKeySendLimiter } from "./rate-limit";

/** One endpoint of /api/v1: what it needs, and its handler. */
export interface Endpoint<Params> {
  scope: ApiScope;
  /** Counts against the key's send limit (429 past it). */
  sends?: boolean;
  /** "json": a JSON object is required; "ignored": any body is ignored. GET endpoints have none. */
  body?: "json" | "ignored";
  run(input: { deps: ApiDeps; caller: ApiCaller; request: Request; params: Params; body: unknown }): Promise<ApiResult>;
}

export interface PipelineServices {
  deps: ApiDeps;
  limiter: ApiKeySendLimiter;
  logger: Pick<Logger, "warn" | "error">;
}

const UNAUTHORIZED_HEADERS = { "www-authenticate": 'Bearer realm="dingcast"' };

/**
 * Everything every endpoint does around its handler, in order: API key (401), scope (403), send
 * rate (429), body (415/413/400), Idempotency-Key (replay or 409), the handler, and the audit event.
 * Unexpected errors become a 500 problem with a request id; the log has the rest.
 */
export async function handleApiRequest<Params>(
  services: PipelineServices,
  endpoint: Endpoint<Params>,
  request: Request,
  params: Params,
): Promise<ApiResult> {
  const { deps, limiter, logger } = services;
  const now = deps.now?.() ?? new Date();
  const path = new URL(request.url).pathname;
  const token = bearerToken(request.headers.get("authorization"));
  const check = await verifyApiKey(deps.db, token, now);
  if (!check.ok) {
    if (check.reason === "missing")
      return problem("unauthorized", apiT("missingKey"), { headers: UNAUTHORIZED_HEADERS });
    if (!("key" in check)) {
      // A dck_ prefix only: enough to find which script is misconfigured, useless to an attacker.
      // Anything else might be some other secret pasted by mistake, so none of it is logged.
      logger.warn(
        { keyPrefix: token?.startsWith("dck_") ? keyPrefix(token) : null, path },
        "API request with an unknown key",
      );
      return problem("unauthorized", apiT("badKey"), { headers: UNAUTHORIZED_HEADERS });
    }
    const caller: ApiCaller = { key: check.key, ip: clientIp(request.headers) };
    await recordApiCall(deps, caller, request.method, path, 401, "denied", check.reason);
    return problem("unauthorized", apiT(check.reason === "revoked" ? "revokedKey" : "expiredKey"), {
      headers: UNAUTHORIZED_HEADERS,
    });
  }
  const caller: ApiCaller = { key: check.key, ip: clientIp(request.headers) };
  if (!hasScope(check.key, endpoint.scope)) {
    await recordApiCall(deps, caller, request.method, path, 403, "denied", "scope");
    return problem("forbidden", apiT("missingScope", { scope: endpoint.scope }));
  }
  await touchApiKey(deps.db, check.key.id, now);
  if (endpoint.sends) {
    const slot = limiter.take(check.key.id, now.getTime());
    if (!slot.ok) {
      await recordApiCall(deps, caller, request.method, path, 429, "denied", "rateLimited");
      return problem("rate-limited", apiT("rateLimited", { seconds: slot.retryAfterSeconds }), {
        headers: { "retry-after": String(slot.retryAfterSeconds) },
      });
    }
  }

  const body = await readBody(endpoint, request);
  if (!body.ok) return finish(deps, caller, request.method, path, body.result);

  const idempotencyKey = request.method === "POST" ? request.headers.get("idempotency-key") : null;
  if (idempotencyKey !== null && !IDEMPOTENCY_KEY_PATTERN.test(idempotencyKey)) {
    return finish(deps, caller, request.method, path, problem("bad-request", apiT("badIdempotencyKey")));
  }
  if (idempotencyKey !== null) {
    const claim = await claimIdempotencyKey(
      deps.db,
      check.key.id,
      idempotencyKey,
      requestHash(request.method, path, body.value),
      now,
    );
    if (claim.kind === "replay") return finish(deps, caller, request.method, path, claim.result, { replayed: true });
    if (claim.kind === "mismatch")
      return finish(deps, caller, request.method, path, problem("idempotency-conflict", apiT("idempotencyMismatch")));
    if (claim.kind === "inProgress")
      return finish(
        deps,
        caller,
        request.method,
        path,
        problem("idempotency-conflict", apiT("idempotencyInProgress"), { headers: { "retry-after": "1" } }),
      );
  }

  let result: ApiResult;
  try {
    result = await endpoint.run({ deps, caller, request, params, body: body.value });
  } catch (error) {
    const requestId = randomUUID().slice(0, 8);
    logger.error({ err: error, requestId, path, keyPrefix: check.key.prefix }, "API request failed");
    if (idempotencyKey !== null)
      await releaseIdempotencyKey(deps.db, check.key.id, idempotencyKey).catch(() => undefined);
    return finish(
      deps,
      caller,
      request.method,
      path,
      problem("internal", apiT("unexpected", { requestId }), { requestId }),
    );
  }
  if (idempotencyKey !== null) await completeIdempotencyKey(deps.db, check.key.id, idempotencyKey, result);
  return finish(deps, caller, request.method, path, result);
}

async function readBody(
  endpoint: Endpoint<unknown>,
  request: Request,
): Promise<{ ok: true; value: unknown } | { ok: false; result: ApiResult }> {
  if (endpoint.body !== "json") return { ok: true, value: null };
  const contentType = request.headers.get("content-type") ?? "";
  if (!/^application\/(.+\+)?json\b/i.test(contentType.trim()))
    return { ok: false, result: problem("unsupported-media-type", apiT("notJson")) };
  const body = await readJsonBody(request);
  if (body.ok) return body;
  if (body.reason === "tooLarge")
    return { ok: false, result: problem("payload-too-large", apiT("tooLarge", { max: MAX_BODY_BYTES })) };
  if (body.reason !== "unsafeText") return { ok: false, result: problem("bad-request", apiT("badJson")) };
  const { path, ...found } = body.at;
  const errors: Record<string, string[]> = Object.create(null);
  errors[path.length === 0 ? "body" : path.join(".")] = [englishIssue(unsafeCharacterMessage(found))];
  return { ok: false, result: problem("validation", apiT("invalidRequest"), { errors }) };
}

async function finish(
  deps: ApiDeps,
  caller: ApiCaller,
  method: string,
  path: string,
  result: ApiResult,
  extra: { replayed?: boolean } = {},
): Promise<ApiResult> {
  if (!result.audited || extra.replayed) {
    await recordApiCall(
      deps,
      caller,
      method,
      path,
      result.status,
      result.status < 400 ? "success" : "failure",
      extra.replayed ? "idempotentReplay" : undefined,
    );
  }
  return result;
}

/** Every use of a key is in the audit trail: reads, refusals and replays as `api.call`. */
async function recordApiCall(
  deps: ApiDeps,
  caller: ApiCaller,
  method: string,
  path: string,
  status: number,
  outcome: "success" | "failure" | "denied",
  reason?: string,
): Promise<void> {
  await recordAudit(deps.db, {
    actor: apiActor(caller),
    action: "api.call",
    target: { type: "apiKey", id: caller.key.id },
    outcome,
    details: { ...apiKeyDetails(caller), method, path, status, ...(reason ? { reason } : {}) },
  });
}
