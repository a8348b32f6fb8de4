import { createHash, randomBytes, randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import { handleControl } from "./control";
import { SandboxError, fail } from "./errors";
import { applyPatch, resolveOptions, type ResolvedOptions, type SandboxOptions } from "./options";
import { mulberry32 } from "./prng";
import { SimulatedQpsLimit } from "./qps";
import { RequestLog, redactBody } from "./request-log";
import { findRoute, type Route } from "./routes";
import { Store, type Conversation } from "./store";
import type { SimRequest, SimResponse, SimulatorState } from "./state";
import { isRecord, isWellFormedCid, type JsonObject } from "./validation/common";

export type { SimRequest, SimResponse } from "./state";

const TOKEN_HEADER = "x-acs-dingtalk-access-token";
const TOKEN_PATH = "/v1.0/oauth2/accessToken";

/** Auto-created conversations are one-on-one chats: two members. */
const AUTO_CONVERSATION_MEMBERS = 2;

interface Outcome {
  status: number;
  payload?: unknown;
  code?: string;
  fault?: string;
  slow: boolean;
}

export class Simulator implements SimulatorState {
  options: ResolvedOptions;
  readonly now: () => number;
  store = new Store();
  readonly log: RequestLog;
  readonly limiter = new SimulatedQpsLimit(1000);
  readonly cursorSecret: Buffer;
  refuseAppKey = false;
  /** Counts processed batchSend calls; an input to the flow-control hash. */
  batchSendCounter = 0;
  private readonly initial: ResolvedOptions;
  private rng: () => number;
  private pqkCounter = 0;
  private tokens = new Map<string, { appKey: string; expiresAt: number }>();
  private tokenByApp = new Map<string, string>();
  private unknownUserRe: RegExp;
  private coolAppRe: RegExp;

  constructor(options: SandboxOptions = {}) {
    this.initial = resolveOptions(options);
    this.options = this.initial;
    this.now = options.now ?? Date.now;
    this.log = new RequestLog(this.options.requestLogLimit);
    this.rng = mulberry32(this.options.seed);
    this.unknownUserRe = new RegExp(this.options.unknownUserPattern, "i");
    this.coolAppRe = new RegExp(this.options.coolAppCodePattern);
    // Derived from the seed so cursors stay valid across identical runs; bound per key anyway.
    this.cursorSecret = createHash("sha256").update(`dingcast-sandbox-cursor:${this.options.seed}`).digest();
  }

  /** Runtime configuration (POST /__sandbox/config). One-shot actions ride along in the patch. */
  configure(patch: unknown): void {
    const next = applyPatch(this.options, isRecord(patch) ? stripActions(patch) : patch);
    const p = patch as JsonObject;
    if (p.refuseAppKey !== undefined) {
      if (typeof p.refuseAppKey !== "boolean") fail("invalidParameter.param.invalid", "refuseAppKey must be a boolean");
      this.refuseAppKey = p.refuseAppKey;
    }
    if (p.expireTokens !== undefined && p.expireTokens !== true && p.expireTokens !== false) {
      fail("invalidParameter.param.invalid", "expireTokens must be a boolean");
    }
    if (p.expireTokens === true) this.expireAllTokens();
    if (next.seed !== this.options.seed) this.rng = mulberry32(next.seed);
    this.applyOptions(next);
  }

  private applyOptions(next: ResolvedOptions): void {
    this.options = next;
    this.log.setLimit(next.requestLogLimit);
    this.unknownUserRe = new RegExp(next.unknownUserPattern, "i");
    this.coolAppRe = new RegExp(next.coolAppCodePattern);
  }

  /** Forget everything; config goes back to the startup options unless asked to keep it. */
  reset(opts: { keepConfig?: boolean; keepTokens?: boolean } = {}): void {
    this.store = new Store();
    this.log.reset();
    this.limiter.reset();
    this.batchSendCounter = 0;
    this.pqkCounter = 0;
    this.refuseAppKey = false;
    if (!opts.keepTokens) {
      this.tokens.clear();
      this.tokenByApp.clear();
    }
    if (!opts.keepConfig) this.applyOptions(this.initial);
    this.rng = mulberry32(this.options.seed);
  }

  expireAllTokens(): void {
    this.tokens.clear();
    this.tokenByApp.clear();
  }

  isUnknownUser(userId: string): boolean {
    return this.unknownUserRe.test(userId);
  }

  isKnownRobot(robotCode: string): boolean {
    return this.options.robotCodes.includes(robotCode);
  }

  coolAppAccepted(code: string, conversation: Conversation): boolean {
    return conversation.coolAppCode !== undefined ? code === conversation.coolAppCode : this.coolAppRe.test(code);
  }

  /** Looks like DingTalk's (44-char base64), unique, and reproducible under the seed. */
  newProcessQueryKey(): string {
    const n = this.pqkCounter++;
    return createHash("sha256").update(`${this.options.seed}:pqk:${n}`).digest("base64");
  }

  /** A registered conversation, or an auto-created one for any well-formed `cid...`. */
  conversation(openConversationId: string): Conversation | undefined {
    const known = this.store.conversations.get(openConversationId);
    if (known) return known;
    if (!isWellFormedCid(openConversationId)) return undefined;
    return this.registerConversation({ openConversationId, memberCount: AUTO_CONVERSATION_MEMBERS });
  }

  registerConversation(c: {
    openConversationId: string;
    coolAppCode?: string;
    memberIds?: string[];
    memberCount?: number;
  }): Conversation {
    const memberIds = c.memberIds
      ? [...new Set(c.memberIds)]
      : Array.from(
          { length: c.memberCount ?? AUTO_CONVERSATION_MEMBERS },
          (_, i) => `${c.openConversationId}-member-${i}`,
        );
    const conv: Conversation = { openConversationId: c.openConversationId, coolAppCode: c.coolAppCode, memberIds };
    this.store.conversations.set(c.openConversationId, conv);
    return conv;
  }

  /**
   * DingTalk hands back the same token while it is valid and renews its lifetime, so a client that
   * fetches again early gets the same string; after expiry (or expireTokens) it gets a new one.
   */
  issueToken(appKey: string): { accessToken: string; expireIn: number } {
    const now = this.now();
    const ttlMs = this.options.tokenTtlSeconds * 1000;
    const current = this.tokenByApp.get(appKey);
    const entry = current ? this.tokens.get(current) : undefined;
    if (current && entry && entry.expiresAt > now) {
      entry.expiresAt = now + ttlMs;
      return { accessToken: current, expireIn: this.options.tokenTtlSeconds };
    }
    if (current) this.tokens.delete(current);
    const accessToken = randomBytes(16).toString("hex");
    this.tokens.set(accessToken, { appKey, expiresAt: now + ttlMs });
    this.tokenByApp.set(appKey, accessToken);
    return { accessToken, expireIn: this.options.tokenTtlSeconds };
  }

  private authenticate(headers: SimRequest["headers"]): string {
    const raw = headers[TOKEN_HEADER];
    const token = Array.isArray(raw) ? raw[0] : raw;
    if (!token) fail("AuthenticationFailed.MissingParameter");
    const entry = this.tokens.get(token);
    if (!entry || entry.expiresAt <= this.now()) fail("InvalidAuthentication");
    return entry.appKey;
  }

  async handle(req: SimRequest): Promise<SimResponse> {
    const url = new URL(req.url, "http://sandbox.invalid");
    const requestId = randomUUID().toUpperCase();
    if (url.pathname === "/__sandbox" || url.pathname.startsWith("/__sandbox/")) {
      return handleControl(this, req, url, requestId);
    }
    const at = this.now();
    const parsed = tryParse(req.body);
    const route = findRoute(req.method, url.pathname);
    const outcome: Outcome = route
      ? this.process(route, req, url, parsed)
      : errorOutcome(new SandboxError(404, "InvalidAction.NotFound"), false);
    this.log.record({
      requestId,
      method: req.method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: req.headers[TOKEN_HEADER] ? { [TOKEN_HEADER]: "[redacted]" } : {},
      body: redactBody(url.pathname, req.body, parsed),
      status: outcome.status,
      code: outcome.code,
      fault: outcome.fault ?? (outcome.slow ? "slow" : undefined),
      at,
    });
    const headers: Record<string, string> = { "x-acs-request-id": requestId };
    let body = "";
    if (outcome.payload === undefined) {
      headers["content-type"] = "text/plain; charset=utf-8";
    } else {
      headers["content-type"] = "application/json;charset=utf-8";
      const payload =
        outcome.status >= 400 ? { ...(outcome.payload as JsonObject), requestid: requestId } : outcome.payload;
      body = JSON.stringify(payload);
    }
    return { status: outcome.status, headers, body, delayMs: outcome.slow ? this.options.faults.slowMs : 0 };
  }

  /**
   * Faults are drawn first and always four numbers per call, so one fault's rate never shifts the
   * others' sequence. 5xx and random-QPS faults answer without processing. A slow call IS
   * processed and only its answer is late: the realistic "request landed, client timed out, outcome
   * unknown" case the client must not blindly retry.
   */
  private process(route: Route, req: SimRequest, url: URL, parsed: unknown): Outcome {
    const f = this.options.faults;
    const [r5xx, r503, rQps, rSlow] = [this.rng(), this.rng(), this.rng(), this.rng()];
    const slow = rSlow < f.slow;
    if (r5xx < f.http5xx) {
      if (r503 < f.http503Share) return { status: 503, fault: "http503", slow: false };
      return { ...errorOutcome(new SandboxError(500, "system.error"), false), fault: "http5xx" };
    }
    if (rQps < f.qpsLimit) {
      return {
        ...errorOutcome(new SandboxError(403, "Forbidden.AccessDenied.QpsLimitForAppkeyAndApi"), false),
        fault: "qpsLimit",
      };
    }
    try {
      const isToken = url.pathname === TOKEN_PATH;
      const appKey = isToken ? "" : this.authenticate(req.headers);
      const qpsApp = isToken && isRecord(parsed) && typeof parsed.appKey === "string" ? parsed.appKey : appKey;
      const limit = this.options.qpsByPath[url.pathname] ?? this.options.qps;
      if (!this.limiter.tryAcquire(`${qpsApp}|${url.pathname}`, limit, performance.now())) {
        fail("Forbidden.AccessDenied.QpsLimitForAppkeyAndApi", undefined, 403);
      }
      let body: JsonObject = {};
      if (route.method === "POST") {
        if (!isRecord(parsed)) fail("invalidParameter.msgBody.invalid");
        body = parsed;
      }
      const payload = route.handle({ sim: this, body, query: url.searchParams, appKey, now: this.now() });
      return { status: 200, payload, slow };
    } catch (e) {
      if (e instanceof SandboxError) return errorOutcome(e, slow);
      console.error("[sandbox] unexpected error", e);
      return errorOutcome(new SandboxError(500, "system.error"), slow);
    }
  }
}

function errorOutcome(e: SandboxError, slow: boolean): Outcome {
  return { status: e.status, payload: { code: e.code, message: e.message }, code: e.code, slow };
}

function tryParse(raw: string | undefined): unknown {
  if (raw === undefined || raw === "") return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return undefined;
  }
}

function stripActions(p: JsonObject): JsonObject {
  const { refuseAppKey: _r, expireTokens: _e, ...rest } = p;
  return rest;
}
