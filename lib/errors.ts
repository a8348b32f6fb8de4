/**
 * An error whose message was written for the person using the console (already in their
 * language). Anything else that escapes a service is a bug: it is logged with a request id
 * and the browser sees only a generic sentence.
 */
// See DingTalkError: Next.js may load two copies of a module in one process.
const USER_FACING_BRAND = Symbol.for("dingcast.UserFacingError");

export class UserFacingError extends Error {
  static {
    Object.defineProperty(this.prototype, USER_FACING_BRAND, { value: true });
  }

  static [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === "object" && value !== null && USER_FACING_BRAND in value;
  }

  readonly field?: string;
  readonly code?: string;

  constructor(message: string, options: { field?: string; code?: string; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = "UserFacingError";
    this.field = options.field;
    this.code = options.code;
  }
}

/** What a failed action hands back to the browser: never a stack, never a raw exception text. */
export interface ActionServerError {
  message: string;
  /** Form field the message belongs to, so the form can show it there with setError. */
  field?: string;
  code?: string;
  requestId?: string;
}
