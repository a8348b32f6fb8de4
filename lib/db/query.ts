import type { SQL } from "drizzle-orm";
import type { Database } from "./client";

type Executor = Pick<Database, "execute">;

/**
 * Rows of a raw SQL query. Both drivers answer `execute` with `{ rows }`, but the shared
 * `PgDatabase` type cannot say so; this is the one place that bridges it.
 */
export async function queryRows<Row>(db: Executor, query: SQL): Promise<Row[]> {
  const result = (await db.execute(query)) as unknown as { rows: Row[] };
  return result.rows;
}
