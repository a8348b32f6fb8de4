import { bigserial, index, integer, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/** Every HTTP attempt made to DingTalk, for the quota meter and for diagnosing an incident. */
export const apiCalls = pgTable(
  "api_call",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    appKey: text("app_key").notNull(),
    endpoint: text("endpoint").notNull(),
    method: text("method").notNull(),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull(),
    durationMs: integer("duration_ms").notNull(),
    httpStatus: integer("http_status"),
    code: text("code"),
    requestId: text("request_id"),
    attempt: integer("attempt").notNull().default(1),
  },
  (table) => [index("api_call_started_at_idx").on(table.startedAt)],
);

/** Admin-editable settings that outlive a restart; environment variables win where both exist. */
export const settings = pgTable("setting", {
  key: text("key").primaryKey(),
  value: jsonb("value").notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});
