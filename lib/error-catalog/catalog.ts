/**
 * Every DingTalk error code Dingcast knows, with what it means for an admin (en + zh-CN) and
 * whether the client may repeat the call. Pure data without `server-only` or secrets: client
 * components import it to explain stored error codes.
 */
import { CARD_ERRORS } from "./catalog-card";
import { CARD_DELIVER_ERRORS } from "./catalog-card-deliver";
import { CONVERSATION_ERRORS } from "./catalog-conversation";
import { MESSAGE_ERRORS } from "./catalog-message";
import { MISSING_FIELD_ERRORS } from "./catalog-missing-fields";
import { PLATFORM_ERRORS } from "./catalog-platform";
import { QUERY_ERRORS } from "./catalog-query";
import { ROBOT_ERRORS } from "./catalog-robot";
import type { CatalogEntry, ErrorCatalog } from "./catalog-types";

export type { CatalogEntry, ErrorCatalog } from "./catalog-types";

/** Exported separately so a test can prove no code is defined twice (a spread would hide it). */
export const CATALOG_PARTS: readonly ErrorCatalog[] = [
  PLATFORM_ERRORS,
  ROBOT_ERRORS,
  CONVERSATION_ERRORS,
  MESSAGE_ERRORS,
  MISSING_FIELD_ERRORS,
  QUERY_ERRORS,
  CARD_ERRORS,
  CARD_DELIVER_ERRORS,
];

export const DINGTALK_ERROR_CATALOG: ErrorCatalog = Object.freeze(Object.assign({}, ...CATALOG_PARTS));

export function getCatalogEntry(code: string): CatalogEntry | undefined {
  return Object.hasOwn(DINGTALK_ERROR_CATALOG, code) ? DINGTALK_ERROR_CATALOG[code] : undefined;
}
