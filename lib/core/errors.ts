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
  /** Several fields refused at once: form path -> message (a key the form translates), one per field. */
  readonly fields?: Readonly<Record<string, string>>;

  constructor(
    message: string,
    options: { field?: string; code?: string; fields?: Record<string, string>; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = "UserFacingError";
    this.field = options.field;
    this.code = options.code;
    this.fields = options.fields;
  }
}

/** What a failed action hands back to the browser: never a stack, never a raw exception text. */
export interface ActionServerError {
  message: string;
  /** Form field the message belongs to, so the form can show it there with setError. */
  field?: string;
  /** Per-field messages (form path -> message) when several fields were refused at once. */
  fields?: Record<string, string>;
  code?: string;
  /** Only for unexpected failures: the id the server logged the error under. */
  requestId?: string;
}
