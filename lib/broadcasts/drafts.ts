import "server-only";
import { randomUUID } from "node:crypto";
import { desc, eq } from "drizzle-orm";
import type { Database } from "@/lib/db/client";
import { drafts, templates } from "@/lib/db/schema";
import { composeMessageSchema, type ComposeMessage } from "@/lib/messages/compose.schema";

export async function saveDraft(db: Database, owner: string, payload: Record<string, unknown>): Promise<Date> {
  const updatedAt = new Date();
  await db
    .insert(drafts)
    .values({ owner, payload, updatedAt })
    .onConflictDoUpdate({ target: drafts.owner, set: { payload, updatedAt } });
  return updatedAt;
}

export async function loadDraft(db: Database, owner: string): Promise<{ payload: Record<string, unknown>; updatedAt: Date } | null> {
  const [row] = await db.select().from(drafts).where(eq(drafts.owner, owner));
  return row ? { payload: row.payload, updatedAt: row.updatedAt } : null;
}

export async function clearDraft(db: Database, owner: string): Promise<void> {
  await db.delete(drafts).where(eq(drafts.owner, owner));
}

export interface TemplateSummary {
  id: string;
  name: string;
  message: ComposeMessage;
  updatedAt: string;
}

export async function listTemplates(db: Database): Promise<TemplateSummary[]> {
  const rows = await db.select().from(templates).orderBy(desc(templates.updatedAt)).limit(200);
  // Parsed on the way out: a template saved before a schema change must not break the page.
  return rows.flatMap((row) => {
    const message = composeMessageSchema.safeParse(row.payload);
    return message.success ? [{ id: row.id, name: row.name, message: message.data, updatedAt: row.updatedAt.toISOString() }] : [];
  });
}

export async function saveTemplate(db: Database, name: string, message: ComposeMessage, createdBy: string | null): Promise<string> {
  const id = randomUUID();
  await db.insert(templates).values({ id, name, payload: { ...message }, createdBy });
  return id;
}

export async function deleteTemplate(db: Database, id: string): Promise<void> {
  await db.delete(templates).where(eq(templates.id, id));
}
