/**
 * The retry policy that applies to one concrete answer. Pure (no `server-only`) so the UI can
 * say whether a failed recipient is worth resending.
 */
import { getCatalogEntry } from "./catalog";
import type { RetryPolicy } from "./catalog-types";

export function retryPolicyFor(code: string, httpStatus: number | null): RetryPolicy {
  const entry = getCatalogEntry(code);
  let policy: RetryPolicy;
  if (entry) policy = entry.retry;
  else if (httpStatus === 429) policy = "safe";
  else if (httpStatus === 403 && /QpsLimit/i.test(code)) policy = "safe";
  else if (httpStatus !== null && httpStatus >= 500) policy = "reads-only";
  else policy = "never";
  // A 5xx can be raised after the request was processed, whatever its code claims (the card
  // API answers `system.busy` with 500), so it never proves a send was refused.
  if (policy === "safe" && httpStatus !== null && httpStatus >= 500) return "reads-only";
  return policy;
}
