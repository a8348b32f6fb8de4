import "server-only";
import type { TemplateSummary } from "@/lib/core/dto/template-summary";
import { randomUUID } from "node:crypto";
import { desc, eq } from "drizzle-orm";
import type { Database } from "@/lib/db/client";
import { drafts, templates } from "@/lib/db/schema";
import { findUnsafeText } from "@/lib/core/text";
import { composeMessageSchema, type ComposeMessage } from "@/lib/message-types/compose.schema";

/**
 * A draft is saved to lose nothing, so text PostgreSQL's jsonb refuses (U+0000, a lone surrogate:
 * lib/core/text.ts) must still be stored: such a payload is kept as its JSON text, where
 * JSON.stringify writes those characters as `\u0000` escapes, under this one key. The restored form
 * then shows the character's field error where it is, and nothing typed is lost.
 */
const ESCAPED_KEY = "$dingcastDraftJson";

export function storableDraft(payload: Record<string, unknown>): Record<string, unknown> {
  return findUnsafeText(payload) ? { [ESCAPED_KEY]: JSON.stringify(payload) } : payload;
}

function restoredDraft(stored: Record<string, unknown>): Record<string, unknown> {
  const text = stored[ESCAPED_KEY];
  if (typeof text !== "string") return stored;
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === "object" && parsed !== null && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}

export async function saveDraft(db: Database, owner: string, draft: Record<string, unknown>): Promise<Date> {
  const updatedAt = new Date();
  const payload = storableDraft(draft);
  await db
    .insert(drafts)
    .values({ owner, payload, updatedAt })
    .onConflictDoUpdate({ target: drafts.owner, set: { payload, updatedAt } });
  return updatedAt;
}

export async function loadDraft(
  db: Database,
  owner: string,
): Promise<{ payload: Record<string, unknown>; updatedAt: Date } | null> {
  const [row] = await db.select().from(drafts).where(eq(drafts.owner, owner));
  return row ? { payload: restoredDraft(row.payload), updatedAt: row.updatedAt } : null;
}

export async function clearDraft(db: Database, owner: string): Promise<void> {
  await db.delete(drafts).where(eq(drafts.owner, owner));
}

export type { TemplateSummary } from "@/lib/core/dto/template-summary";

export async function listTemplates(db: Database): Promise<TemplateSummary[]> {
  const rows = await db.select().from(templates).orderBy(desc(templates.updatedAt)).limit(200);
  // Parsed on the way out: a template saved before a schema change must not break the page.
  return rows.flatMap((row) => {
    const message = composeMessageSchema.safeParse(row.payload);
    return message.success
      ? [{ id: row.id, name: row.name, message: message.data, updatedAt: row.updatedAt.toISOString() }]
      : [];
  });
}

export async function saveTemplate(
  db: Database,
  name: string,
  message: ComposeMessage,
  createdBy: string | null,
): Promise<string> {
  const id = randomUUID();
  await db.insert(templates).values({ id, name, payload: { ...message }, createdBy });
  return id;
}

export async function deleteTemplate(db: Database, id: string): Promise<void> {
  await db.delete(templates).where(eq(templates.id, id));
}
