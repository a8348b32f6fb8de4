import "server-only";
import type { z } from "zod";
import { DingTalkError } from "./errors/dingtalk-error";
import type { EndpointSpec } from "./paths";
import type { ApiCallFacts } from "@/lib/core/dto/overview";
import type { RateLimiter } from "./rate-limiter";
import { redactText, redactValue, type DingTalkLogger, type SecretRegistry } from "./redact";

export interface ApiCallRecord extends ApiCallFacts {
  /** The credential the call was made for: appKey, or `${suiteKey}@${authCorpId}` for third-party apps. */
  appKey: string;
  requestId: string | null;
  attempt: number;
}

/** Receives one record per HTTP attempt (token calls and retries included); feeds the quota meter. */
export interface ApiCallLedger {
  record(entry: ApiCallRecord): void | Promise<void>;
}

export interface HttpCoreOptions {
  baseUrl: string;
  appKey: string;
  limiter: RateLimiter;
  ledger?: ApiCallLedger;
  logger: DingTalkLogger;
  secrets: SecretRegistry;
  defaultTimeoutMs: number;
  fetch: typeof fetch;
}

export interface AttemptRequest {
  endpoint: EndpointSpec;
  query?: Readonly<Record<string, string | number | undefined>>;
  body?: unknown;
  accessToken?: string;
  timeoutMs?: number;
  signal?: AbortSignal;
  attempt: number;
}

export const ACCESS_TOKEN_HEADER = "x-acs-dingtalk-access-token";

interface ErrorBody {
  code: string;
  message: string;
  requestId: string | null;
}

function asRecord(value: unknown): Record<string, unknown> | null {
  return value !== null && typeof value === "object" && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

function nonEmptyString(value: unknown): string | null {
  return typeof value === "string" && value.length > 0 ? value : null;
}

/** DingTalk's error body is `{code, message, requestid}`, but gateways and proxies answer with anything. */
export function parseErrorBody(
  status: number,
  statusText: string,
  text: string,
  headerRequestId: string | null,
): ErrorBody {
  let json: Record<string, unknown> | null = null;
  try {
    json = asRecord(JSON.parse(text));
  } catch {
    json = null;
  }
  const legacyCode =
    json && (typeof json.errcode === "number" || typeof json.errcode === "string") ? String(json.errcode) : null;
  const code = nonEmptyString(json?.code) ?? (legacyCode && legacyCode !== "0" ? legacyCode : null) ?? `http.${status}`;
  const message =
    nonEmptyString(json?.message) ??
    nonEmptyString(json?.errmsg) ??
    `HTTP ${status}${statusText ? ` ${statusText}` : ""}${json ? "" : " (non-JSON body)"}`;
  const requestId = nonEmptyString(json?.requestid) ?? nonEmptyString(json?.requestId) ?? headerRequestId;
  return { code, message, requestId };
}

function retryAfterMs(header: string | null): number | null {
  if (!header) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, date - Date.now());
}

function networkCode(error: unknown): string {
  const cause = asRecord(asRecord(error)?.cause);
  return nonEmptyString(cause?.code) ?? nonEmptyString(asRecord(error)?.code) ?? "fetch failed";
}

/** One HTTP attempt: limiter, fetch with timeout, ledger, logging, error and schema mapping. */
export class HttpCore {
  private readonly baseUrl: string;

  constructor(private readonly options: HttpCoreOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, "");
  }

  limiterKey(path: string): string {
    return `${this.options.appKey}:${path}`;
  }

  async attempt<S extends z.ZodType>(request: AttemptRequest, schema: S): Promise<z.output<S>> {
    const { endpoint, signal } = request;
    // Rejects with the caller's abort reason: nothing was sent, so there is no outcome to track.
    const releaseSlot = await this.options.limiter.acquire(this.limiterKey(endpoint.path), signal);

    const url = new URL(this.baseUrl + endpoint.path);
    for (const [name, value] of Object.entries(request.query ?? {})) {
      if (value !== undefined) url.searchParams.set(name, String(value));
    }
    const headers: Record<string, string> = { accept: "application/json" };
    if (request.body !== undefined) headers["content-type"] = "application/json";
    if (request.accessToken) headers[ACCESS_TOKEN_HEADER] = request.accessToken;

    const timeoutMs = request.timeoutMs ?? this.options.defaultTimeoutMs;
    const timeout = AbortSignal.timeout(timeoutMs);
    const combined = signal ? AbortSignal.any([timeout, signal]) : timeout;
    const startedAt = new Date();
    const started = performance.now();
    const base = { endpoint: endpoint.path, requestId: null, attempts: request.attempt } as const;

    let status: number | null = null;
    let text: string;
    let response: Response;
    try {
      response = await this.options.fetch(url, {
        method: endpoint.method,
        headers,
        body: request.body === undefined ? undefined : JSON.stringify(request.body),
        signal: combined,
      });
      status = response.status;
      text = await response.text();
      releaseSlot();
    } catch (error) {
      releaseSlot();
      const failure = signal?.aborted
        ? new DingTalkError({
            ...base,
            kind: "network",
            code: "client.aborted",
            httpStatus: status,
            message: "The call was cancelled by the caller",
          })
        : timeout.aborted
          ? new DingTalkError({
              ...base,
              kind: "timeout",
              code: "client.timeout",
              httpStatus: status,
              message: `No answer within ${timeoutMs} ms`,
            })
          : new DingTalkError({
              ...base,
              kind: "network",
              code: "client.network",
              httpStatus: status,
              message: `Network error: ${networkCode(error)}`,
            });
      this.finish(request, startedAt, started, status, failure.code, null);
      throw failure;
    }

    const headerRequestId = response.headers.get("x-acs-request-id");
    if (!response.ok) {
      const parsed = parseErrorBody(response.status, response.statusText, text, headerRequestId);
      this.finish(request, startedAt, started, response.status, parsed.code, parsed.requestId);
      if (response.status === 403 && /QpsLimit/i.test(parsed.code))
        this.options.limiter.penalize?.(this.limiterKey(endpoint.path));
      throw new DingTalkError({
        ...base,
        kind: "api",
        code: parsed.code,
        httpStatus: response.status,
        requestId: parsed.requestId,
        // DingTalk sometimes quotes the token it rejected; the registry knows every token we hold.
        message: redactText(parsed.message, this.options.secrets),
        retryAfterMs: retryAfterMs(response.headers.get("retry-after")),
      });
    }

    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      this.finish(request, startedAt, started, response.status, "client.invalidResponse", headerRequestId);
      throw new DingTalkError({
        ...base,
        kind: "invalid-response",
        code: "client.invalidResponse",
        httpStatus: response.status,
        requestId: headerRequestId,
        message: `HTTP ${response.status} answer is not JSON`,
      });
    }
    const requestId = nonEmptyString(asRecord(json)?.requestid) ?? headerRequestId;
    const result = schema.safeParse(json);
    if (!result.success) {
      this.finish(request, startedAt, started, response.status, "client.invalidResponse", requestId);
      // Paths and issue codes only: the values could be a freshly issued access token.
      const issues = result.error.issues
        .slice(0, 5)
        .map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.code}`)
        .join("; ");
      throw new DingTalkError({
        ...base,
        kind: "invalid-response",
        code: "client.invalidResponse",
        httpStatus: response.status,
        requestId,
        message: `Unexpected answer shape (${issues})`,
      });
    }
    this.finish(request, startedAt, started, response.status, null, requestId);
    return result.data;
  }

  private finish(
    request: AttemptRequest,
    startedAt: Date,
    started: number,
    httpStatus: number | null,
    code: string | null,
    requestId: string | null,
  ): void {
    const record: ApiCallRecord = {
      appKey: this.options.appKey,
      endpoint: request.endpoint.path,
      method: request.endpoint.method,
      startedAt,
      durationMs: Math.round(performance.now() - started),
      httpStatus,
      code,
      requestId,
      attempt: request.attempt,
    };
    this.options.logger.debug({ dingtalk: record }, "dingtalk call");
    const ledger = this.options.ledger;
    if (!ledger) return;
    // The ledger is bookkeeping: a failing or slow ledger must never fail or delay a send.
    const onLedgerError = (error: unknown) =>
      this.options.logger.warn(
        { err: redactValue(error, this.options.secrets), endpoint: record.endpoint },
        "API-call ledger failed to record an attempt",
      );
    try {
      const pending = ledger.record(record);
      if (pending && typeof pending.then === "function") pending.then(undefined, onLedgerError);
    } catch (error) {
      onLedgerError(error);
    }
  }
}
