import { is } from "drizzle-orm";
import { getTableConfig, PgTable } from "drizzle-orm/pg-core";
import * as apiSchema from "@/lib/db/api-schema";
import * as authSchema from "@/lib/db/auth-schema";
import * as cardSchema from "@/lib/db/card-schema";
import * as schema from "@/lib/db/schema";

export interface ServerMarker {
  marker: string | RegExp;
  meaning: string;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** A drizzle builder call such as `pgTable("audit_event", …)` or `text("created_at")`, minified: `)("created_at"`. */
const builderCall = (name: string) => new RegExp(`\\)\\(\\s*["'\`]${escape(name)}["'\`]`);

/**
 * Strings that only server code contains, each with what its presence in a browser bundle means.
 * The table and column names come from the drizzle schema itself, so a new table is covered the day
 * it is added. They are matched as drizzle builder calls (`text("created_at")`), not as bare strings:
 * `user_id` is also a header word of a recipient CSV file, which the browser rightly knows. Only
 * snake_case names are used; a one-word name (`message`, `user`) is too common a call argument.
 */
export function serverMarkers(): ServerMarker[] {
  const tables = [schema, authSchema, apiSchema, cardSchema]
    .flatMap((module) => Object.values(module))
    .filter((value): value is PgTable => is(value, PgTable))
    .map((table) => getTableConfig(table));
  const tableNames = tables.map((table) => table.name).filter((name) => name.includes("_"));
  const columnNames = [...new Set(tables.flatMap((table) => table.columns.map((column) => column.name)))].filter(
    (name) => name.includes("_"),
  );
  return [
    // drizzle-orm tags its entities with these symbols (node_modules/drizzle-orm/table.js).
    { marker: 'Symbol.for("drizzle:', meaning: "drizzle-orm (a table file or the query builder)" },
    ...tableNames.map((name) => ({ marker: builderCall(name), meaning: `the ${name} table definition` })),
    ...columnNames.map((name) => ({ marker: builderCall(name), meaning: `a table column (${name})` })),
    // node-postgres reads ~/.pgpass and sets client_encoding when it connects.
    { marker: "client_encoding", meaning: "node-postgres (pg)" },
    { marker: "pgpass", meaning: "node-postgres (pg)" },
    { marker: "pgboss", meaning: "pg-boss (the job queue)" },
    { marker: "@electric-sql/pglite", meaning: "PGlite (the embedded database)" },
    // lib/env.ts and the modules that hold secrets.
    { marker: "BETTER_AUTH_SECRET", meaning: "lib/env.ts or lib/auth (the session secret's variable)" },
    { marker: "ENCRYPTION_KEY", meaning: "lib/env.ts or lib/crypto (the encryption key's variable)" },
    { marker: "DINGTALK_APP_SECRET", meaning: "lib/env.ts (the DingTalk AppSecret's variable)" },
    { marker: "DATABASE_URL", meaning: "lib/env.ts or lib/db (the database URL)" },
    { marker: "aes-256-gcm", meaning: "lib/crypto (the secret box)" },
    { marker: "instance-secrets.json", meaning: "lib/auth/instance-secrets.ts" },
    { marker: "/v1.0/oauth2/accessToken", meaning: "lib/dingtalk (the DingTalk client's token call)" },
  ];
}
