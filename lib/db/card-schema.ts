import { boolean, index, jsonb, pgTable, text } from "drizzle-orm/pg-core";
import { cardApis } from "@/lib/core/card-apis";
import { createdAt, updatedAt } from "./columns";

export type { CardApi } from "@/lib/core/card-apis";

/**
 * A card template imported from DingTalk's card builder. The raw export is kept verbatim (so a
 * later, better parser can re-read it); variables, mock data and the layout tree are the parsed
 * parts the form and the preview use, stored so a page never re-parses a 200 KB export.
 */
export const cardTemplates = pgTable(
  "card_template",
  {
    id: text("id").primaryKey(),
    name: text("name").notNull(),
    /** DingTalk's id of the published template (from the builder), sent as `cardTemplateId`. */
    cardTemplateId: text("card_template_id").notNull(),
    api: text("api", { enum: cardApis }).notNull().default("interactiveCards"),
    rawExport: jsonb("raw_export").$type<Record<string, unknown>>().notNull(),
    variables: jsonb("variables").$type<unknown[]>().notNull(),
    mockData: jsonb("mock_data").$type<Record<string, unknown>>().notNull(),
    schemaTree: jsonb("schema_tree").$type<unknown[]>().notNull(),
    /** The export's widgetInfo, the layout XML the DingTalk client draws; the preview interprets it. */
    widgetInfo: text("widget_info"),
    callbackRouteKey: text("callback_route_key"),
    supportForward: boolean("support_forward").notNull().default(true),
    createdBy: text("created_by"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [index("card_template_updated_idx").on(table.updatedAt)],
);
