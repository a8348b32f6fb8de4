import { boolean, index, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/** Which DingTalk API delivers a template's cards: the seed's legacy one, or its successor. */
export const cardApis = ["interactiveCards", "createAndDeliver"] as const;
export type CardApi = (typeof cardApis)[number];

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
    callbackRouteKey: text("callback_route_key"),
    supportForward: boolean("support_forward").notNull().default(true),
    createdBy: text("created_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index("card_template_updated_idx").on(table.updatedAt)],
);
