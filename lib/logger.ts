import "server-only";
import pino from "pino";
import { env } from "@/lib/env";

/**
 * Secrets never reach a log line: known secret-bearing keys are censored wherever they appear.
 * The DingTalk client additionally scrubs token values out of free text before logging.
 */
export const logger = pino({
  level: env.LOG_LEVEL,
  base: { service: "dingcast" },
  redact: {
    paths: [
      "appSecret",
      "*.appSecret",
      "suiteSecret",
      "*.suiteSecret",
      "accessToken",
      "*.accessToken",
      "password",
      "*.password",
      "headers.authorization",
      "headers.cookie",
      'headers["x-acs-dingtalk-access-token"]',
      "*.headers.authorization",
      "*.headers.cookie",
    ],
    censor: "[redacted]",
  },
});

export type Logger = typeof logger;
