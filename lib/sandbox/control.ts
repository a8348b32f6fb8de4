import { SandboxError, fail } from "./errors";
import { inspectFull, inspectSummary } from "./inspect";
import { publicConfig } from "./options";
import type { SimRequest, SimResponse, SimulatorState } from "./state";
import { isRecord, isWellFormedCid, optString, optStringList, type JsonObject } from "./validation/common";

/**
 * Control API under /__sandbox/ (not DingTalk): inspect, runtime config, conversations, reset,
 * health. It bypasses faults, QPS and auth, and is not counted in the request log, so tests can
 * observe and steer without disturbing what they measure.
 */
export function handleControl(sim: SimulatorState, req: SimRequest, url: URL, requestId: string): SimResponse {
  try {
    const route = `${req.method} ${url.pathname.replace(/\/+$/, "")}`;
    switch (route) {
      case "GET /__sandbox/health":
        return ok(requestId, {
          ok: true,
          seed: sim.options.seed,
          messages: sim.store.bySeq.length,
          deliveries: sim.store.totalDeliveries,
          requests: sim.log.total,
        });
      case "GET /__sandbox/inspect":
        return ok(requestId, inspect(sim, url.searchParams));
      case "GET /__sandbox/config":
        return ok(requestId, { config: publicConfig(sim.options), refuseAppKey: sim.refuseAppKey });
      case "POST /__sandbox/config":
        sim.configure(body(req));
        return ok(requestId, { config: publicConfig(sim.options), refuseAppKey: sim.refuseAppKey });
      case "POST /__sandbox/conversations":
        return ok(requestId, registerConversation(sim, body(req)));
      case "POST /__sandbox/reset": {
        const b = req.body ? body(req) : {};
        sim.reset({ keepConfig: b.keepConfig === true, keepTokens: b.keepTokens === true });
        return ok(requestId, { ok: true });
      }
      default:
        fail("sandbox.notFound", `no control endpoint ${route}`, 404);
    }
  } catch (e) {
    const err = e instanceof SandboxError ? e : new SandboxError(500, "system.error", String(e));
    return {
      status: err.status,
      headers: { "content-type": "application/json;charset=utf-8", "x-acs-request-id": requestId },
      body: JSON.stringify({ code: err.code, message: err.message, requestid: requestId }),
      delayMs: 0,
    };
  }
}

function ok(requestId: string, payload: unknown): SimResponse {
  return {
    status: 200,
    headers: { "content-type": "application/json;charset=utf-8", "x-acs-request-id": requestId },
    body: JSON.stringify(payload),
    delayMs: 0,
  };
}

function body(req: SimRequest): JsonObject {
  let parsed: unknown;
  try {
    parsed = JSON.parse(req.body ?? "");
  } catch {
    fail("invalidParameter.msgBody.invalid");
  }
  if (!isRecord(parsed)) fail("invalidParameter.msgBody.invalid");
  return parsed;
}

/** `since` is epoch ms on the simulator clock, or an ISO date. */
function parseSince(raw: string | null): number | undefined {
  if (raw === null || raw === "") return undefined;
  const n = Number(raw);
  const t = Number.isFinite(n) ? n : Date.parse(raw);
  if (!Number.isFinite(t)) fail("invalidParameter.param.invalid", "since must be epoch ms or an ISO date");
  return t;
}

function inspect(sim: SimulatorState, q: URLSearchParams): Record<string, unknown> {
  const flag = (name: string) => q.has(name) && q.get(name) !== "0" && q.get(name) !== "false";
  const limitRaw = q.get("limit");
  const limit = limitRaw === null ? 1000 : Number(limitRaw);
  if (!Number.isInteger(limit) || limit < 1) fail("invalidParameter.param.invalid", "limit must be a positive integer");
  const query = {
    userId: q.get("userId") ?? undefined,
    since: parseSince(q.get("since")),
    limit,
    perUser: flag("perUser"),
  };
  return flag("summary") || q.get("mode") === "summary" ? inspectSummary(sim, query) : inspectFull(sim, query);
}

function registerConversation(sim: SimulatorState, b: JsonObject): Record<string, unknown> {
  const openConversationId = optString(b, "openConversationId", "invalid.openConversationId");
  if (!openConversationId) fail("miss.openConversationId");
  if (!isWellFormedCid(openConversationId))
    fail("invalid.openConversationId", "openConversationId must look like cid...");
  const coolAppCode = optString(b, "coolAppCode");
  const memberIds = optStringList(b, "memberIds", "invalidParameter.userId.empty");
  const count = b.memberCount;
  if (
    count !== undefined &&
    (typeof count !== "number" || !Number.isInteger(count) || count < 0 || count > 1_000_000)
  ) {
    fail("invalidParameter.param.invalid", "memberCount must be an integer in 0..1000000");
  }
  if (memberIds && count !== undefined)
    fail("invalidParameter.param.invalid", "give memberIds or memberCount, not both");
  const conv = sim.registerConversation({
    openConversationId,
    coolAppCode,
    memberIds,
    memberCount: count as number | undefined,
  });
  return {
    openConversationId: conv.openConversationId,
    ...(conv.coolAppCode !== undefined ? { coolAppCode: conv.coolAppCode } : {}),
    memberCount: conv.memberIds.length,
    // Small conversations echo their members; big ones follow the `${cid}-member-${i}` rule.
    ...(conv.memberIds.length <= 1000 ? { memberIds: conv.memberIds } : {}),
  };
}
