import { DingTalkError } from "@/lib/dingtalk/errors/dingtalk-error";
import { retryPolicyFor } from "@/lib/error-catalog/retry-policy";

/** What one planned call came to, decided from DingTalk's answer alone. */
export type ChunkOutcome =
  | { kind: "sent"; processQueryKey: string; invalid: readonly string[]; flowControlled: readonly string[] }
  /** DingTalk provably did not take the call (rate limit): plan it again later. */
  | { kind: "replan"; code: string; retryAfterMs: number | null }
  /** DingTalk refused it for good (validation, permission…). */
  | { kind: "failed"; code: string }
  /** It may or may not have been delivered: shown as unknown, never silently resent. */
  | { kind: "unknown"; code: string };

/** Our own reason codes, beside DingTalk's, for outcomes no DingTalk code describes. */
export const REASON = {
  flowControlCapReached: "dingcast.flowControl.retryCapReached",
  rateLimitCapReached: "dingcast.rateLimit.retryCapReached",
  internal: "dingcast.internal",
  inFlightAtCrash: "dingcast.inFlightAtCrash",
} as const;

export function classifyError(error: unknown): ChunkOutcome {
  if (!(error instanceof DingTalkError)) {
    // Thrown before any request left (our own bug or a refused argument): nothing was sent.
    return { kind: "failed", code: REASON.internal };
  }
  if (error.outcomeUnknown) return { kind: "unknown", code: error.code };
  if (error.kind === "api" && retryPolicyFor(error.code, error.httpStatus) === "safe") {
    return { kind: "replan", code: error.code, retryAfterMs: error.retryAfterMs };
  }
  if (error.kind === "invalid-response") {
    // A 2xx we could not read: DingTalk accepted something, we cannot say what.
    return { kind: "unknown", code: error.code };
  }
  return { kind: "failed", code: error.code };
}

/** Exponential backoff with full jitter, for re-planned calls and flow-controlled users. */
export function replanDelayMs(
  generation: number,
  random: () => number = Math.random,
  baseMs = 1000,
  capMs = 60_000,
): number {
  const ceiling = Math.min(capMs, baseMs * 2 ** Math.max(0, generation));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
