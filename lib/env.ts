import { createEnv } from "@t3-oss/env-nextjs";
import { z } from "zod";
import { decodeEncryptionKey } from "@/lib/crypto/key";

/**
 * The only place that reads process.env. Every variable is validated when the server starts,
 * so a typo stops the start with one sentence instead of failing later mid-send.
 */

const csv = z.string().transform((value) =>
  value
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean),
);

const ipOrRange = z.union([z.ipv4(), z.ipv6(), z.cidrv4(), z.cidrv6()]);

const booleanFlag = z
  .enum(["true", "false", "1", "0"], { message: "must be true or false" })
  .transform((value) => value === "true" || value === "1");

const positiveInt = (fallback: number) =>
  z.coerce
    .number({ message: "must be a number" })
    .int("must be a whole number")
    .positive("must be greater than 0")
    .default(fallback);

export const env = createEnv({
  server: {
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),

    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, "must start with postgres:// or postgresql://")
      .optional(),
    DATA_DIR: z.string().default("./data"),

    DINGTALK_APP_KEY: z.string().min(1).optional(),
    DINGTALK_APP_SECRET: z.string().min(1).optional(),
    DINGTALK_ROBOT_CODES: csv.optional(),
    DINGTALK_API_BASE: z.url({ message: "must be a URL such as https://api.dingtalk.com" }).optional(),
    DINGTALK_QPS: positiveInt(20),
    DINGTALK_MONTHLY_QUOTA: positiveInt(5000),
    DINGTALK_TIMEOUT_MS: positiveInt(10_000),

    SANDBOX_PORT: z.coerce.number({ message: "must be a port number" }).int().min(0).max(65535).default(0),
    SANDBOX_SEED: z.coerce.number({ message: "must be a number" }).int().default(1),

    RUN_WORKERS: booleanFlag.default(true),

    // Sends (POST messages, reminders, cards) one API key may make per minute, per instance.
    API_SEND_RATE_PER_MINUTE: positiveInt(60),

    // Accounts and secrets. Without the two secrets a single instance generates and keeps its own
    // under DATA_DIR (lib/auth/instance-secrets.ts); several instances must share explicit ones.
    BETTER_AUTH_SECRET: z
      .string()
      .min(32, "must be at least 32 characters (for example `openssl rand -base64 32`)")
      .optional(),
    AUTH_SECRET: z
      .string()
      .min(32, "must be at least 32 characters (for example `openssl rand -base64 32`)")
      .optional(),
    ENCRYPTION_KEY: z
      .string()
      .refine(
        (value) => decodeEncryptionKey(value) !== null,
        "must be 32 bytes written as 64 hex characters or as base64 (for example `openssl rand -base64 32`)",
      )
      .optional(),
    ADMIN_EMAIL: z.email({ message: "must be an email address" }).optional(),
    ADMIN_PASSWORD: z
      .string()
      .min(8, "must be at least 8 characters")
      .max(128, "must be at most 128 characters")
      .optional(),
    SESSION_TTL_HOURS: positiveInt(12).pipe(z.number().max(24 * 30, "must be at most 720 (30 days)")),
    // Reverse proxies whose X-Forwarded-For entries are believed (lib/auth/client-ip.ts); without
    // any, the header is ignored, since Next.js passes on whatever a client sent.
    TRUSTED_PROXIES: csv
      .refine(
        (entries) => entries.every((entry) => ipOrRange.safeParse(entry).success),
        "must be comma-separated IP addresses or CIDR ranges, such as 10.0.0.5,10.1.0.0/16",
      )
      .optional(),
    APP_URL: z.url({ message: "must be the console's public URL, such as https://dingcast.example.com" }).optional(),
    BETTER_AUTH_URL: z
      .url({ message: "must be the console's public URL, such as https://dingcast.example.com" })
      .optional(),
  },
  experimental__runtimeEnv: {},
  emptyStringAsUndefined: true,
  onValidationError: (issues) => {
    const first = issues[0];
    const variable =
      first?.path?.map((part) => (typeof part === "object" ? String(part.key) : String(part))).join(".") ?? "unknown";
    throw new Error(`Environment variable ${variable} is invalid: ${first?.message ?? "unexpected value"}.`);
  },
});

/** The session secret, whichever of its two names was used. */
export function configuredAuthSecret(): string | undefined {
  return env.BETTER_AUTH_SECRET ?? env.AUTH_SECRET;
}

/** The console's public URL, if the operator gave one. */
export function configuredAppUrl(): string | undefined {
  return env.APP_URL ?? env.BETTER_AUTH_URL;
}
