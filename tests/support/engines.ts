import { openDatabase, type DatabaseHandle } from "@/lib/db/client";
import { migrateDatabase } from "@/lib/db/migrate";
import { createScratchDatabase } from "./postgres";

/**
 * Both database engines, migrated, for `describe.each(engines)`: the embedded PGlite in memory and
 * a scratch database on the local PostgreSQL server.
 */
export interface OpenEngine {
  handle: DatabaseHandle;
  cleanup(): Promise<void>;
}

export const engines: { name: string; open(): Promise<OpenEngine> }[] = [
  {
    name: "PGlite",
    async open() {
      const handle = await openDatabase({ dataDir: "unused", inMemory: true });
      await migrateDatabase(handle);
      return { handle, cleanup: () => handle.close() };
    },
  },
  {
    name: "PostgreSQL",
    async open() {
      const scratch = await createScratchDatabase();
      const handle = await openDatabase({ url: scratch.url, dataDir: "unused" });
      await migrateDatabase(handle);
      return {
        handle,
        async cleanup() {
          await handle.close();
          await scratch.drop();
        },
      };
    },
  },
];
