import type { CatalogEntry, ErrorCategory, LocalizedErrorText, RetryPolicy } from "./catalog-types";

/** [title, explanation, action]: keeps a catalog row readable on a few lines. */
export type TextTuple = readonly [title: string, explanation: string, action: string];

function text([title, explanation, action]: TextTuple): LocalizedErrorText {
  return { title, explanation, action };
}

export function entry(
  httpStatus: number,
  category: ErrorCategory,
  retry: RetryPolicy,
  en: TextTuple,
  zhCN: TextTuple,
): CatalogEntry {
  return { httpStatus, category, retry, en: text(en), zhCN: text(zhCN) };
}
