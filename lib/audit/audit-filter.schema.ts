import * as z from "zod/mini";
import { auditOutcomes } from "@/lib/core/audit-outcomes";
import { auditActions } from "@/lib/core/audit-actions";

/** Dropped (undefined) when absent or malformed. */
const lenient = <T extends z.ZodMiniType>(schema: T) => z.catch(z.optional(schema), undefined);

const day = lenient(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)));

/**
 * Audit filters as they arrive in the URL (the page's GET form and the CSV link share them).
 * Anything malformed is dropped rather than refused: a hand-edited URL shows more, never an error.
 */
const auditFilterSchema = z.object({
  actor: lenient(z.string().check(z.trim(), z.maxLength(200))),
  action: lenient(z.enum(auditActions)),
  outcome: lenient(z.enum(auditOutcomes)),
  from: day,
  to: day,
  /** Keyset cursor for "older": `<createdAt ISO>_<id>` of the last row shown. */
  before: lenient(z.string().check(z.regex(/^[\dT:.\-Z+]+_\d+$/))),
});

export type AuditFilterInput = z.output<typeof auditFilterSchema>;

/** First value of each search param, as Next.js hands them to a page. */
export function parseAuditFilter(params: Record<string, string | string[] | undefined>): AuditFilterInput {
  const flat = Object.fromEntries(
    Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value || undefined]),
  );
  return auditFilterSchema.parse(flat);
}
