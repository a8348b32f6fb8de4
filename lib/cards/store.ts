import "server-only";
import { randomUUID } from "node:crypto";
import { desc, eq } from "drizzle-orm";
import type { Database } from "@/lib/db/client";
import type { CardApi } from "@/lib/core/card-apis";
import { cardTemplates } from "@/lib/db/card-schema";
import { UserFacingError } from "@/lib/core/errors";
import {
  mockDataOf,
  parseCardExport,
  storedVariables,
  widgetInfoOf,
  type CardMockData,
  type CardVariable,
  type ImportError,
} from "./card-export.model";
import type { ImportCardInput, UpdateCardInput } from "./templates.schema";

export interface CardTemplateRecord {
  id: string;
  name: string;
  cardTemplateId: string;
  api: CardApi;
  variables: CardVariable[];
  mockData: CardMockData;
  tree: unknown[];
  /** The layout XML the client draws (null for an export without one: the preview falls back to the tree). */
  widgetInfo: string | null;
  /** The builder's event chains, by handler id (read from the raw export by getCardTemplate). */
  eventChains: Record<string, unknown>;
  callbackRouteKey: string | null;
  supportForward: boolean;
  createdBy: string | null;
  updatedAt: string;
}

type Row = typeof cardTemplates.$inferSelect;

function toRecord(row: Row): CardTemplateRecord {
  return {
    id: row.id,
    name: row.name,
    cardTemplateId: row.cardTemplateId,
    api: row.api,
    variables: storedVariables(row.variables),
    mockData: mockDataOf(row.mockData),
    tree: Array.isArray(row.schemaTree) ? row.schemaTree : [],
    // Templates imported before the column carry it in their raw export.
    widgetInfo: row.widgetInfo ?? widgetInfoOf(row.rawExport),
    eventChains: {},
    callbackRouteKey: row.callbackRouteKey,
    supportForward: row.supportForward,
    createdBy: row.createdBy,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** A refused import: `reason` is the parser's code, translated by the caller. */
export class CardImportError extends Error {
  constructor(
    readonly reason: ImportError,
    readonly detail?: string,
  ) {
    super(`card export refused: ${reason}`);
  }
}

export async function listCardTemplates(db: Database): Promise<CardTemplateRecord[]> {
  const rows = await db.select().from(cardTemplates).orderBy(desc(cardTemplates.updatedAt)).limit(500);
  return rows.map(toRecord);
}

/**
 * One template, with its mock data read back from the raw export: jsonb re-sorts object keys, and
 * the form prefills JSON values from the mock data, so only the export's own text keeps the
 * builder's key order (and hence the exact bytes a sample value is sent as). The event chains the
 * preview describes on a tap are read from there too.
 */
export async function getCardTemplate(db: Database, id: string): Promise<CardTemplateRecord | null> {
  const [row] = await db.select().from(cardTemplates).where(eq(cardTemplates.id, id));
  if (!row) return null;
  const record = toRecord(row);
  const reparsed = parseCardExport(row.rawExport);
  return reparsed.ok
    ? { ...record, mockData: reparsed.template.mockData, eventChains: reparsed.template.eventChains }
    : record;
}

export async function importCardTemplate(
  db: Database,
  input: ImportCardInput,
  createdBy: string | null,
): Promise<string> {
  const parsed = parseCardExport(input.exportText);
  if (!parsed.ok) throw new CardImportError(parsed.error, parsed.detail);
  const id = randomUUID();
  await db.insert(cardTemplates).values({
    id,
    name: input.name,
    cardTemplateId: input.cardTemplateId,
    api: input.api,
    rawExport: parsed.raw,
    variables: parsed.template.variables,
    mockData: { ...parsed.template.mockData },
    schemaTree: parsed.template.tree,
    widgetInfo: parsed.template.widgetInfo,
    callbackRouteKey: input.callbackRouteKey || null,
    supportForward: input.supportForward,
    createdBy,
  });
  return id;
}

export async function updateCardTemplate(db: Database, input: UpdateCardInput): Promise<void> {
  const updated = await db
    .update(cardTemplates)
    .set({
      name: input.name,
      cardTemplateId: input.cardTemplateId,
      api: input.api,
      callbackRouteKey: input.callbackRouteKey || null,
      supportForward: input.supportForward,
      updatedAt: new Date(),
    })
    .where(eq(cardTemplates.id, input.id))
    .returning({ id: cardTemplates.id });
  if (updated.length === 0) throw new UserFacingError("not found", { code: "notFound" });
}

export async function duplicateCardTemplate(
  db: Database,
  id: string,
  copyName: (name: string) => string,
  createdBy: string | null,
): Promise<string> {
  const [row] = await db.select().from(cardTemplates).where(eq(cardTemplates.id, id));
  if (!row) throw new UserFacingError("not found", { code: "notFound" });
  const copy = randomUUID();
  const now = new Date();
  await db
    .insert(cardTemplates)
    .values({ ...row, id: copy, name: copyName(row.name).slice(0, 100), createdBy, createdAt: now, updatedAt: now });
  return copy;
}

export async function deleteCardTemplate(db: Database, id: string): Promise<void> {
  await db.delete(cardTemplates).where(eq(cardTemplates.id, id));
}
