import { createEnv } from "@t3-oss/env-nextjs";
import { z } from "zod";

/**
 * The only place that reads process.env. Every variable is validated when the server starts,
 * so a typo stops the start with one sentence instead of failing later mid-send.
 */

const csv = z
  .string()
  .transform((value) =>
    value
      .split(",")
      .map((item) => item.trim())
      .filter(Boolean),
  );

const booleanFlag = z
  .enum(["true", "false", "1", "0"], { message: "must be true or false" })
  .transform((value) => value === "true" || value === "1");

const positiveInt = (fallback: number) =>
  z.coerce.number({ message: "must be a number" }).int("must be a whole number").positive("must be greater than 0").default(fallback);

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
  },
  experimental__runtimeEnv: {},
  emptyStringAsUndefined: true,
  onValidationError: (issues) => {
    const first = issues[0];
    const variable = first?.path?.map((part) => (typeof part === "object" ? String(part.key) : String(part))).join(".") ?? "unknown";
    throw new Error(`Environment variable ${variable} is invalid: ${first?.message ?? "unexpected value"}.`);
  },
});

export type Env = typeof env;

/** Sandbox mode: no DingTalk credentials configured, so the app talks to the simulator. */
export function isSandboxMode(): boolean {
  return !env.DINGTALK_APP_KEY || !env.DINGTALK_APP_SECRET;
}
