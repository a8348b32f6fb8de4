import "server-only";

export const REDACTED = "[REDACTED]";

/** Keys whose values are secrets wherever they appear in a logged object (compared lower-cased). */
const SECRET_KEYS = new Set([
  "accesstoken",
  "access_token",
  "appsecret",
  "app_secret",
  "suitesecret",
  "suiteticket",
  "clientsecret",
  "client_secret",
  "x-acs-dingtalk-access-token",
  "authorization",
  "cookie",
  "password",
  "token",
]);

/**
 * Shapes that carry a secret even when we never registered its value: a token DingTalk echoes
 * back, a header dump, a query string. DingTalk access tokens are 32 hex characters.
 */
const SECRET_PATTERNS: readonly [RegExp, string][] = [
  [/(x-acs-dingtalk-access-token["']?\s*[:=]\s*["']?)[^"'\s,;&}]+/gi, `$1${REDACTED}`],
  [
    /((?:access_?token|app_?secret|suite_?secret|suite_?ticket|client_?secret)["']?\s*[:=]\s*["']?)[^"'\s,;&}]+/gi,
    `$1${REDACTED}`,
  ],
  [/\b[0-9a-f]{32}\b/gi, REDACTED],
];

/** Shorter values would blank out ordinary words; real DingTalk secrets are far longer. */
const MIN_SECRET_LENGTH = 4;

/**
 * The secret values a client knows: its app/suite secret and every access token it was issued.
 * Bounded, because tokens rotate every two hours for as long as the process lives.
 */
export class SecretRegistry {
  private readonly secrets = new Set<string>();

  constructor(private readonly maxSize = 256) {}

  add(secret: string | null | undefined): void {
    if (!secret || secret.length < MIN_SECRET_LENGTH || this.secrets.has(secret)) return;
    this.secrets.add(secret);
    if (this.secrets.size > this.maxSize) {
      const oldest = this.secrets.values().next();
      if (!oldest.done) this.secrets.delete(oldest.value);
    }
  }

  values(): string[] {
    // Longest first, so a secret containing another is replaced whole.
    return [...this.secrets].sort((a, b) => b.length - a.length);
  }
}

export function redactText(text: string, secrets?: SecretRegistry): string {
  let out = text;
  if (secrets) {
    for (const secret of secrets.values()) out = out.split(secret).join(REDACTED);
  }
  for (const [pattern, replacement] of SECRET_PATTERNS) out = out.replace(pattern, replacement);
  return out;
}

const MAX_DEPTH = 8;

/** A deep copy of `value` safe to log: secret keys blanked, every string scrubbed. */
export function redactValue(
  value: unknown,
  secrets?: SecretRegistry,
  depth = 0,
  seen = new WeakSet<object>(),
): unknown {
  if (typeof value === "string") return redactText(value, secrets);
  if (value === null || typeof value !== "object") return value;
  if (seen.has(value)) return "[Circular]";
  if (depth >= MAX_DEPTH) return "[Truncated]";
  seen.add(value);
  if (value instanceof Date) return value;
  if (value instanceof Error) {
    const plain: Record<string, unknown> = {
      type: value.name,
      message: redactText(value.message, secrets),
      stack: value.stack ? redactText(value.stack, secrets) : undefined,
    };
    for (const [key, inner] of Object.entries(value)) {
      plain[key] = SECRET_KEYS.has(key.toLowerCase()) ? REDACTED : redactValue(inner, secrets, depth + 1, seen);
    }
    return plain;
  }
  if (Array.isArray(value)) return value.map((item) => redactValue(item, secrets, depth + 1, seen));
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    out[key] = SECRET_KEYS.has(key.toLowerCase()) ? REDACTED : redactValue(inner, secrets, depth + 1, seen);
  }
  return out;
}

/** The subset of pino's API the client uses; a pino logger satisfies it as is. */
export interface DingTalkLogger {
  debug(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export const silentLogger: DingTalkLogger = {
  debug() {},
  info() {},
  warn() {},
  error() {},
};

/** Wraps a logger so nothing the client logs can carry a secret, whatever the caller passes in. */
export function createSafeLogger(logger: DingTalkLogger, secrets: SecretRegistry): DingTalkLogger {
  const wrap =
    (level: keyof DingTalkLogger) =>
    (obj: object, msg?: string): void => {
      const safeObj = redactValue(obj, secrets) as object;
      if (msg === undefined) logger[level](safeObj);
      else logger[level](safeObj, redactText(msg, secrets));
    };
  return { debug: wrap("debug"), info: wrap("info"), warn: wrap("warn"), error: wrap("error") };
}
