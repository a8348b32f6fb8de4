import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { planMessage } from "@/lib/messages/plan";
import { openDatabase, type DatabaseHandle } from "@/lib/db/client";
import { migrateDatabase } from "@/lib/db/migrate";
import { dailyActivity, listRecentMessages } from "./activity";

describe("overview activity", () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await openDatabase({ dataDir: "unused", inMemory: true });
    await migrateDatabase(handle);
    const { id } = await planMessage(handle.db, {
      kind: "robot",
      msgKey: "sampleText",
      msgParam: { content: "x" },
      robotCode: "r",
      audience: { type: "users", userIds: ["a", "b", "c"] },
      title: "Drill",
    });
    await handle.db.execute(
      sql`update recipient set state = 'sent', updated_at = '2026-11-21T17:00:00Z' where message_id = ${id}`,
    );
    await handle.db.execute(
      sql`update recipient set read_at = '2026-11-21T15:59:00Z' where message_id = ${id} and user_id = 'a'`,
    );
    await handle.db.execute(sql`update message set read_count = 1 where id = ${id}`);
  });
  afterAll(() => handle.close());

  it("buckets deliveries and reads by China day and fills empty days", async () => {
    const days = await dailyActivity(handle.db, 3, new Date("2026-11-22T03:00:00Z"));
    expect(days).toEqual([
      { day: "2026-11-20", delivered: 0, reads: 0 },
      { day: "2026-11-21", delivered: 0, reads: 1 },
      { day: "2026-11-22", delivered: 3, reads: 0 },
    ]);
  });

  it("lists recent messages with delivered and read counts", async () => {
    expect(await listRecentMessages(handle.db)).toMatchObject([{ title: "Drill", delivered: 3, readers: 1 }]);
  });
});
