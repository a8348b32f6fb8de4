import "server-only";
import { redactText } from "../redact";
import { describeDingTalkError, type DingTalkErrorDescription } from "@/lib/error-catalog/describe";
import { retryPolicyFor } from "@/lib/error-catalog/retry-policy";

/**
 * - "api": DingTalk (or its gateway) answered with an error status.
 * - "timeout": the request left but no answer came in time; DingTalk may have acted on it.
 * - "network": the connection failed or was cancelled; if it broke after sending, DingTalk may have acted.
 * - "invalid-response": a 2xx answer we could not read or that does not match the documented shape.
 */
export type DingTalkErrorKind = "api" | "timeout" | "network" | "invalid-response";

export interface DingTalkErrorInit {
  kind: DingTalkErrorKind;
  code: string;
  message: string;
  httpStatus: number | null;
  requestId: string | null;
  endpoint: string;
  attempts?: number;
  retryAfterMs?: number | null;
}

// Next.js bundles instrumentation (where the runtime and its client live) apart from the routes,
// so one process can hold two copies of this class. A registered symbol keeps `instanceof` true
// across copies.
const DINGTALK_ERROR_BRAND = Symbol.for("dingcast.DingTalkError");

export class DingTalkError extends Error {
  static {
    // On the prototype, not as a field: the stack header is written inside super(), before fields exist.
    this.prototype.name = "DingTalkError";
    Object.defineProperty(this.prototype, DINGTALK_ERROR_BRAND, { value: true });
  }

  static [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === "object" && value !== null && DINGTALK_ERROR_BRAND in value;
  }

  readonly kind: DingTalkErrorKind;
  readonly code: string;
  readonly httpStatus: number | null;
  readonly requestId: string | null;
  /** API path, e.g. /v1.0/robot/oToMessages/batchSend. */
  readonly endpoint: string;
  /** HTTP attempts made for this call before giving up (retries and token refresh included). */
  attempts: number;
  /** From a Retry-After header, when DingTalk's gateway sent one. */
  readonly retryAfterMs: number | null;

  constructor(init: DingTalkErrorInit) {
    // Scrubbed here too (not only by the caller) so no construction site can leak a token into
    // `message` or `stack`, which are captured now.
    super(redactText(init.message));
    this.kind = init.kind;
    this.code = init.code;
    this.httpStatus = init.httpStatus;
    this.requestId = init.requestId;
    this.endpoint = init.endpoint;
    this.attempts = init.attempts ?? 1;
    this.retryAfterMs = init.retryAfterMs ?? null;
  }

  /**
   * True when the call may have taken effect at DingTalk although we got no success answer:
   * the caller must record the outcome as unknown instead of failed.
   */
  get outcomeUnknown(): boolean {
    if (this.kind === "timeout" || this.kind === "network") return true;
    if (this.kind === "api") return retryPolicyFor(this.code, this.httpStatus) === "reads-only";
    return false;
  }

  describe(locale?: string): DingTalkErrorDescription {
    return describeDingTalkError(this.code, locale);
  }

  /** Safe to log or send to the browser: no stack, nothing secret. */
  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      kind: this.kind,
      code: this.code,
      message: this.message,
      httpStatus: this.httpStatus,
      requestId: this.requestId,
      endpoint: this.endpoint,
      attempts: this.attempts,
    };
  }
}
