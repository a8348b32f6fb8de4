import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScratchDatabase } from "@/tests/support/postgres";
import { getMonthlyUsage } from "@/lib/ledger/usage";
import { openDatabase, type DatabaseHandle } from "./client";
import { migrateDatabase } from "./migrate";
import { apiCalls, settings } from "./schema";

const engines: { name: string; open(): Promise<{ handle: DatabaseHandle; cleanup(): Promise<void> }> }[] = [
  {
    name: "PGlite",
    async open() {
      const handle = await openDatabase({ dataDir: "unused", inMemory: true });
      return { handle, cleanup: () => handle.close() };
    },
  },
  {
    name: "PostgreSQL",
    async open() {
      const scratch = await createScratchDatabase();
      const handle = await openDatabase({ url: scratch.url, dataDir: "unused" });
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

describe.each(engines)("database on $name", (engine) => {
  let handle: DatabaseHandle;
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    ({ handle, cleanup } = await engine.open());
    await migrateDatabase(handle);
  });
  afterAll(() => cleanup());

  it("applies migrations idempotently", async () => {
    await migrateDatabase(handle);
    const { rows } = await handle.executeSql("select count(*)::int as n from drizzle.__drizzle_migrations");
    expect(rows[0]?.n).toBeGreaterThan(0);
  });

  it("stores settings as JSON and counts this month's API calls", async () => {
    await handle.db.insert(settings).values({ key: "demo", value: { robots: ["a", "b"] } });
    const [row] = await handle.db.select().from(settings);
    expect(row?.value).toEqual({ robots: ["a", "b"] });

    const now = new Date("2026-11-22T02:00:00Z");
    const base = {
      appKey: "k",
      endpoint: "/v1.0/robot/oToMessages/batchSend",
      method: "POST",
      durationMs: 12,
      httpStatus: 200,
      code: null,
      requestId: "r",
      attempt: 1,
    };
    await handle.db.insert(apiCalls).values([
      { ...base, startedAt: new Date("2026-11-01T00:00:00Z") },
      { ...base, startedAt: new Date("2026-11-21T00:00:00Z") },
      { ...base, startedAt: new Date("2026-10-31T15:59:59Z") },
    ]);
    const usage = await getMonthlyUsage(handle.db, 5000, now);
    expect(usage).toMatchObject({ used: 2, quota: 5000 });
  });

  it("runs multi-statement SQL without parameters and parameterised SQL with them", async () => {
    await handle.executeSql("create table if not exists probe (n int); insert into probe values (1), (2);");
    const { rows } = await handle.executeSql("select sum(n)::int as total from probe where n >= $1", [1]);
    expect(rows[0]?.total).toBe(3);
  });
});
