/**
 * Shapes of the DingTalk error catalog. Pure data, no `server-only`: client components import the
 * catalog to show people what a stored error code means.
 */

/**
 * Whether the client may repeat a call automatically after this answer.
 * - "safe": the answer proves DingTalk did not accept the request (rate limit, rejected token);
 *   repeating it cannot deliver a message twice.
 * - "reads-only": DingTalk may have acted before failing (5xx, unknown send result); idempotent
 *   reads may be repeated, sends must be surfaced as "outcome unknown".
 * - "never": the request itself is wrong (validation, permission, configuration); repeating it
 *   gives the same answer.
 */
export type RetryPolicy = "safe" | "reads-only" | "never";

export type ErrorCategory =
  | "credentials"
  | "permission"
  | "robot"
  | "conversation"
  | "recipient"
  | "message"
  | "card"
  | "content-safety"
  | "rate-limit"
  | "quota"
  | "query"
  | "server"
  | "transport";

export interface LocalizedErrorText {
  title: string;
  explanation: string;
  action: string;
}

export interface CatalogEntry {
  httpStatus: number;
  en: LocalizedErrorText;
  zhCN: LocalizedErrorText;
  retry: RetryPolicy;
  category: ErrorCategory;
}

export type ErrorCatalog = Readonly<Record<string, CatalogEntry>>;

export type CatalogLocale = "en" | "zh-CN";
