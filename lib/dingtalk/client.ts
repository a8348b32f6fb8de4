import "server-only";
import type { z } from "zod";
import { DingTalkError } from "./errors/dingtalk-error";
import { HttpCore, type ApiCallLedger, type AttemptRequest } from "./http";
import {
  BATCH_RECALL_MAX_KEYS,
  BATCH_SEND_MAX_USER_IDS,
  ENDPOINTS,
  PRIVATE_CHAT_QUERY_MAX_RESULTS,
  type EndpointSpec,
} from "./paths";
import type { RateLimiter } from "./rate-limiter";
import { createSafeLogger, SecretRegistry, silentLogger, type DingTalkLogger } from "./redact";
import type {
  BatchRecallOtoRequest,
  BatchRecallPrivateChatRequest,
  BatchSendOtoRequest,
  CreateAndDeliverCardRequest,
  GetOtoReadStatusRequest,
  MsgParam,
  QueryPrivateChatReadsRequest,
  SendInteractiveCardRequest,
  SendPrivateChatMessageRequest,
} from "./requests";
import {
  backoffDelay,
  DEFAULT_RETRY_OPTIONS,
  defaultSleep,
  isTokenRejection,
  shouldRetry,
  type RetryOptions,
  type Sleep,
} from "./retry";
import {
  accessTokenResponseSchema,
  batchRecallResponseSchema,
  batchSendOtoResponseSchema,
  createAndDeliverResponseSchema,
  interactiveCardSendResponseSchema,
  otoReadStatusResponseSchema,
  privateChatQueryResponseSchema,
  privateChatSendResponseSchema,
  type BatchRecallResult,
  type BatchSendOtoResult,
  type CreateAndDeliverResult,
  type InteractiveCardSendResult,
  type OtoReadStatusResult,
  type PrivateChatQueryResult,
  type PrivateChatSendResult,
  type TokenGrantResult,
} from "./schemas";
import { credentialKey, TokenCache, type DingTalkCredentials } from "./token";

export interface DingTalkClientOptions {
  /** `https://api.dingtalk.com` live, or the sandbox / an override. */
  baseUrl: string;
  credentials: DingTalkCredentials;
  limiter: RateLimiter;
  ledger?: ApiCallLedger;
  /** pino-compatible; everything logged through it is scrubbed of secrets first. */
  logger?: DingTalkLogger;
  /** Per-attempt timeout unless a call overrides it. Default 10 s. */
  timeoutMs?: number;
  retry?: Partial<RetryOptions>;
  sleep?: Sleep;
  /** Jitter source, injectable for tests. */
  random?: () => number;
  /** Share one across clients of the same app so they share one token. */
  tokenCache?: TokenCache;
  fetch?: typeof fetch;
}

export interface CallOptions {
  timeoutMs?: number;
  /** Cancels waiting (limiter, backoff) and the request in flight. */
  signal?: AbortSignal;
}

interface CallInput {
  query?: AttemptRequest["query"];
  body?: unknown;
}

const DEFAULT_TIMEOUT_MS = 10_000;

function encodeMsgParam(msgParam: MsgParam): string {
  return typeof msgParam === "string" ? msgParam : JSON.stringify(msgParam);
}

function requireAtMost(name: string, list: readonly unknown[], max: number): void {
  if (list.length > max)
    throw new Error(`${name} takes at most ${max} entries per call (got ${list.length}); split the list`);
}

/**
 * Typed DingTalk client: tokens, rate limiting, retries, ledger and error mapping for the robot
 * message, read-status, recall and card APIs. Knows nothing of the app: everything comes in
 * through the constructor.
 */
export class DingTalkClient {
  readonly appKey: string;
  private readonly credentials: DingTalkCredentials;
  private readonly secrets = new SecretRegistry();
  private readonly logger: DingTalkLogger;
  private readonly http: HttpCore;
  private readonly tokens: TokenCache;
  private readonly retry: RetryOptions;
  private readonly sleep: Sleep;
  private readonly random: () => number;

  constructor(options: DingTalkClientOptions) {
    this.credentials = options.credentials;
    this.appKey = credentialKey(options.credentials);
    if (options.credentials.type === "internal") this.secrets.add(options.credentials.appSecret);
    else {
      this.secrets.add(options.credentials.suiteSecret);
      if (typeof options.credentials.suiteTicket === "string") this.secrets.add(options.credentials.suiteTicket);
    }
    this.logger = createSafeLogger(options.logger ?? silentLogger, this.secrets);
    this.http = new HttpCore({
      baseUrl: options.baseUrl,
      appKey: this.appKey,
      limiter: options.limiter,
      ledger: options.ledger,
      logger: this.logger,
      secrets: this.secrets,
      defaultTimeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      fetch: options.fetch ?? globalThis.fetch.bind(globalThis),
    });
    this.tokens = options.tokenCache ?? new TokenCache();
    this.retry = { ...DEFAULT_RETRY_OPTIONS, ...options.retry };
    this.sleep = options.sleep ?? defaultSleep;
    this.random = options.random ?? Math.random;
  }

  /** A valid access token (cached). */
  getAccessToken(): Promise<string> {
    return this.tokens.get(this.appKey, () => this.fetchToken());
  }

  /** Asks DingTalk for a fresh token, bypassing the cache; throws DingTalkError when refused. */
  async verifyCredentials(): Promise<void> {
    await this.tokens.forceRefresh(this.appKey, () => this.fetchToken());
  }

  sendPrivateChatMessage(
    request: SendPrivateChatMessageRequest,
    options?: CallOptions,
  ): Promise<PrivateChatSendResult> {
    const body = { ...request, msgParam: encodeMsgParam(request.msgParam) };
    return this.call(ENDPOINTS.privateChatSend, { body }, privateChatSendResponseSchema, options);
  }

  queryPrivateChatReads(request: QueryPrivateChatReadsRequest, options?: CallOptions): Promise<PrivateChatQueryResult> {
    if (request.maxResults !== undefined && request.maxResults > PRIVATE_CHAT_QUERY_MAX_RESULTS) {
      throw new Error(`maxResults is at most ${PRIVATE_CHAT_QUERY_MAX_RESULTS}`);
    }
    return this.call(ENDPOINTS.privateChatQuery, { body: request }, privateChatQueryResponseSchema, options);
  }

  /** Refuses more than 20 userIds without calling DingTalk: chunking is the caller's job. */
  batchSendOto(request: BatchSendOtoRequest, options?: CallOptions): Promise<BatchSendOtoResult> {
    requireAtMost("batchSendOto userIds", request.userIds, BATCH_SEND_MAX_USER_IDS);
    const body = { ...request, msgParam: encodeMsgParam(request.msgParam) };
    return this.call(ENDPOINTS.otoBatchSend, { body }, batchSendOtoResponseSchema, options);
  }

  /**
   * Legacy card API,
   * https://open.dingtalk.com/document/development/send-dingtalk-interactive-cards-to-person-to-person-chat-sessions;
   * closed to new apps, prefer createAndDeliverCard.
   */
  sendInteractiveCard(request: SendInteractiveCardRequest, options?: CallOptions): Promise<InteractiveCardSendResult> {
    return this.call(
      ENDPOINTS.privateChatInteractiveCardSend,
      { body: request },
      interactiveCardSendResponseSchema,
      options,
    );
  }

  getOtoReadStatus(request: GetOtoReadStatusRequest, options?: CallOptions): Promise<OtoReadStatusResult> {
    const query = { robotCode: request.robotCode, processQueryKey: request.processQueryKey };
    return this.call(ENDPOINTS.otoReadStatus, { query }, otoReadStatusResponseSchema, options);
  }

  batchRecallOto(request: BatchRecallOtoRequest, options?: CallOptions): Promise<BatchRecallResult> {
    requireAtMost("batchRecallOto processQueryKeys", request.processQueryKeys, BATCH_RECALL_MAX_KEYS);
    return this.call(ENDPOINTS.otoBatchRecall, { body: request }, batchRecallResponseSchema, options);
  }

  batchRecallPrivateChat(request: BatchRecallPrivateChatRequest, options?: CallOptions): Promise<BatchRecallResult> {
    requireAtMost("batchRecallPrivateChat processQueryKeys", request.processQueryKeys, BATCH_RECALL_MAX_KEYS);
    return this.call(ENDPOINTS.privateChatBatchRecall, { body: request }, batchRecallResponseSchema, options);
  }

  createAndDeliverCard(request: CreateAndDeliverCardRequest, options?: CallOptions): Promise<CreateAndDeliverResult> {
    return this.call(ENDPOINTS.cardCreateAndDeliver, { body: request }, createAndDeliverResponseSchema, options);
  }

  private async fetchToken(): Promise<TokenGrantResult> {
    const credentials = this.credentials;
    let grant: TokenGrantResult;
    if (credentials.type === "internal") {
      const body = { appKey: credentials.appKey, appSecret: credentials.appSecret };
      grant = await this.call(ENDPOINTS.accessToken, { body }, accessTokenResponseSchema);
    } else {
      const suiteTicket =
        typeof credentials.suiteTicket === "string" ? credentials.suiteTicket : await credentials.suiteTicket();
      this.secrets.add(suiteTicket);
      const body = {
        suiteKey: credentials.suiteKey,
        suiteSecret: credentials.suiteSecret,
        authCorpId: credentials.authCorpId,
        suiteTicket,
      };
      grant = await this.call(ENDPOINTS.corpAccessToken, { body }, accessTokenResponseSchema);
    }
    // Registered before anyone can use it, so no log line or error can ever show it.
    this.secrets.add(grant.accessToken);
    this.logger.info({ appKey: this.appKey, expireIn: grant.expireIn }, "dingtalk access token refreshed");
    return grant;
  }

  /**
   * One logical call: attempts with backoff as the retry rules allow, plus one retry with a fresh
   * token when DingTalk rejects the token (the rejected call was not processed).
   */
  private async call<S extends z.ZodType>(
    endpoint: EndpointSpec,
    input: CallInput,
    schema: S,
    options: CallOptions = {},
  ): Promise<z.output<S>> {
    let attempt = 0;
    let backoffAttempts = 0;
    let tokenRefreshed = false;
    for (;;) {
      attempt++;
      backoffAttempts++;
      const accessToken = endpoint.authenticated ? await this.getAccessToken() : undefined;
      try {
        return await this.http.attempt(
          { endpoint, ...input, accessToken, timeoutMs: options.timeoutMs, signal: options.signal, attempt },
          schema,
        );
      } catch (error) {
        if (!(error instanceof DingTalkError)) throw error;
        error.attempts = attempt;
        const log = {
          endpoint: endpoint.path,
          code: error.code,
          httpStatus: error.httpStatus,
          requestId: error.requestId,
          attempt,
        };
        if (accessToken && isTokenRejection(error)) {
          if (tokenRefreshed) throw error;
          tokenRefreshed = true;
          backoffAttempts--;
          this.tokens.invalidate(this.appKey, accessToken);
          this.logger.warn(log, "dingtalk rejected the access token; refreshing it and retrying once");
          continue;
        }
        if (backoffAttempts >= this.retry.maxAttempts || !shouldRetry(error, endpoint.kind)) throw error;
        const backoff = backoffDelay(backoffAttempts, this.retry, this.random);
        const delay = Math.max(backoff, Math.min(error.retryAfterMs ?? 0, this.retry.maxDelayMs));
        this.logger.warn({ ...log, delayMs: delay }, "dingtalk call failed; retrying");
        await this.sleep(delay, options.signal);
      }
    }
  }
}
