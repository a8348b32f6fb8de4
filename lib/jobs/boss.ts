import "server-only";
import PgBoss from "pg-boss";
import type { DatabaseHandle } from "@/lib/db/client";
import type { Logger } from "@/lib/logger";

export interface StartBossOptions {
  handle: DatabaseHandle;
  logger: Logger;
  /** false on a web-only instance: it enqueues and schedules but never works jobs. */
  supervise: boolean;
}

/**
 * pg-boss on the app's own database. On PGlite it goes through the shared handle (one connection
 * per process); on PostgreSQL it keeps its own small pool.
 */
export async function startBoss({ handle, logger, supervise }: StartBossOptions): Promise<PgBoss> {
  const common = {
    schema: "pgboss",
    supervise,
    schedule: supervise,
    migrate: true,
    // Jobs are light here (the hot loop lives in chunk rows), so a short poll keeps latency low.
    monitorStateIntervalSeconds: 60,
  };
  const boss =
    handle.kind === "pglite"
      ? new PgBoss({ ...common, db: { executeSql: (text, values) => handle.executeSql(text, values) } })
      : new PgBoss({ ...common, connectionString: requireUrl(handle), max: 4 });
  boss.on("error", (error) => logger.error({ err: error }, "pg-boss error"));
  await boss.start();
  return boss;
}

function requireUrl(handle: DatabaseHandle): string {
  const url = handle.pool?.options.connectionString;
  if (!url) throw new Error("A PostgreSQL handle must carry its connection string.");
  return url;
}
