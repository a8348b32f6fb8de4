import { timestamp } from "drizzle-orm/pg-core";

/**
 * Column builders the schema files share. Every point in time is a timestamptz, so PGlite and
 * PostgreSQL store the same instant whatever a session's time zone.
 */
export function timestamptz<const Name extends string>(name: Name) {
  return timestamp(name, { withTimezone: true });
}

/** When the row was written: now() on insert. */
export function createdAt() {
  return timestamptz("created_at").notNull().defaultNow();
}

/** When the row last changed: now() on insert; whoever updates the row sets it. */
export function updatedAt() {
  return timestamptz("updated_at").notNull().defaultNow();
}
