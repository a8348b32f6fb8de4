import { z } from "zod";
import { auditOutcomes } from "@/lib/db/auth-schema";
import { auditActions } from "./actions";

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .optional()
  .catch(undefined);

/**
 * Audit filters as they arrive in the URL (the page's GET form and the CSV link share them).
 * Anything malformed is dropped rather than refused: a hand-edited URL shows more, never an error.
 */
export const auditFilterSchema = z.object({
  actor: z.string().trim().max(200).optional().catch(undefined),
  action: z.enum(auditActions).optional().catch(undefined),
  outcome: z.enum(auditOutcomes).optional().catch(undefined),
  from: day,
  to: day,
  /** Keyset cursor for "older": `<createdAt ISO>_<id>` of the last row shown. */
  before: z
    .string()
    .regex(/^[\dT:.\-Z+]+_\d+$/)
    .optional()
    .catch(undefined),
});

export type AuditFilterInput = z.infer<typeof auditFilterSchema>;

/** First value of each search param, as Next.js hands them to a page. */
export function parseAuditFilter(params: Record<string, string | string[] | undefined>): AuditFilterInput {
  const flat = Object.fromEntries(Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value || undefined]));
  return auditFilterSchema.parse(flat);
}
