import "server-only";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { Pool } from "pg";
import * as apiSchema from "./api-schema";
import * as authSchema from "./auth-schema";
import * as cardSchema from "./card-schema";
import * as appSchema from "./schema";

// One drizzle schema object for every file, so relational queries see every table.
const schema = { ...appSchema, ...authSchema, ...apiSchema, ...cardSchema };
type Schema = typeof schema;
export type Database = PgDatabase<PgQueryResultHKT, Schema>;

interface SqlResult {
  rows: Record<string, unknown>[];
}

/** One open database, whichever engine backs it. */
export interface DatabaseHandle {
  kind: "pglite" | "postgres";
  db: Database;
  /** Raw SQL for pg-boss and for the rare query drizzle cannot express. */
  executeSql(text: string, values?: unknown[]): Promise<SqlResult>;
  close(): Promise<void>;
  /** Present for PostgreSQL: migrations take an advisory lock on a dedicated connection. */
  pool?: Pool;
  pglite?: PGlite;
}

export interface OpenDatabaseOptions {
  /** postgres:// URL; without it the embedded PGlite under dataDir is used. */
  url?: string;
  dataDir: string;
  /** In-memory PGlite for unit tests. */
  inMemory?: boolean;
}

export async function openDatabase(options: OpenDatabaseOptions): Promise<DatabaseHandle> {
  if (options.url) return openPostgres(options.url);
  return openPglite(options);
}

function openPostgres(url: string): DatabaseHandle {
  const pool = new Pool({ connectionString: url, max: 10 });
  // A dropped idle connection must not crash the process; the pool replaces it.
  pool.on("error", () => undefined);
  const db: Database = drizzlePg(pool, { schema });
  return {
    kind: "postgres",
    db,
    pool,
    async executeSql(text, values) {
      const result = await pool.query(text, values);
      return { rows: result.rows };
    },
    close: () => pool.end(),
  };
}

async function openPglite(options: OpenDatabaseOptions): Promise<DatabaseHandle> {
  let pglite: PGlite;
  if (options.inMemory) {
    pglite = new PGlite();
  } else {
    const dir = path.resolve(options.dataDir, "pglite");
    // PGlite fails obscurely when the parent folder is missing.
    await mkdir(dir, { recursive: true });
    pglite = new PGlite(dir);
  }
  await pglite.waitReady;
  const db: Database = drizzlePglite(pglite, { schema });
  return {
    kind: "pglite",
    db,
    pglite,
    async executeSql(text, values) {
      // pg-boss sends multi-statement SQL without parameters when it installs its schema;
      // only `exec` accepts that, and it answers with one result per statement.
      if (!values || values.length === 0) {
        const results = await pglite.exec(text);
        const last = results[results.length - 1];
        return { rows: (last?.rows ?? []) as Record<string, unknown>[] };
      }
      const result = await pglite.query<Record<string, unknown>>(text, values);
      return { rows: result.rows };
    },
    close: () => pglite.close(),
  };
}
