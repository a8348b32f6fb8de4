import "server-only";
import { DingTalkError } from "./errors/dingtalk-error";
import { retryPolicyFor } from "@/lib/error-catalog/retry-policy";
import type { CallKind } from "./paths";

export interface RetryOptions {
  /** HTTP attempts per call, the first included (the single token-refresh retry comes on top). */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY_OPTIONS: RetryOptions = { maxAttempts: 4, baseDelayMs: 500, maxDelayMs: 8_000 };

export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

export const defaultSleep: Sleep = (ms, signal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });

/**
 * Exponential backoff with "equal jitter": half the step is fixed, half random. Pure full jitter
 * can pick ~0 ms and hit a per-second QPS limit again at once; no jitter makes every worker that
 * was throttled together retry together.
 */
export function backoffDelay(retryNumber: number, options: RetryOptions, random: () => number = Math.random): number {
  const step = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** Math.max(0, retryNumber - 1));
  return Math.round(step / 2 + random() * (step / 2));
}

/** Token rejections: handled by refreshing the token once, not by backoff. */
const TOKEN_ERROR_CODES: ReadonlySet<string> = new Set([
  "InvalidAuthentication",
  "invalidParameter.token.invalid",
  "token.notExisted",
]);

export function isTokenRejection(error: DingTalkError): boolean {
  return error.kind === "api" && TOKEN_ERROR_CODES.has(error.code);
}

/**
 * May this failed attempt be repeated? Sends only when the answer proves DingTalk refused them;
 * a timeout or broken connection after a send left is never repeated (the caller records the
 * outcome as unknown), while reads may repeat anything that is not the caller's own mistake.
 */
export function shouldRetry(error: DingTalkError, kind: CallKind): boolean {
  if (error.code === "client.aborted") return false;
  switch (error.kind) {
    case "timeout":
    case "network":
      return kind === "read";
    case "invalid-response":
      return false;
    case "api": {
      const policy = retryPolicyFor(error.code, error.httpStatus);
      return policy === "safe" || (policy === "reads-only" && kind === "read");
    }
  }
}
