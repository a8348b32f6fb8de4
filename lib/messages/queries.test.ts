import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type DatabaseHandle } from "@/lib/db/client";
import { migrateDatabase } from "@/lib/db/migrate";
import { planMessage } from "./plan";
import { listMessages } from "./queries";

describe("listMessages filters", () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await openDatabase({ dataDir: "unused", inMemory: true });
    await migrateDatabase(handle);
    const base = {
      kind: "robot" as const,
      msgKey: "sampleText",
      msgParam: { content: "x" },
      robotCode: "r",
      audience: { type: "users" as const, userIds: ["a"] },
    };
    const first = await planMessage(handle.db, { ...base, title: "Fire drill", createdBy: "alice" });
    const second = await planMessage(handle.db, { ...base, title: "Payroll", createdBy: "bob" });
    await handle.db.execute(
      sql`update message set created_at = '2026-11-10T02:00:00Z', status = 'sent' where id = ${first.id}`,
    );
    await handle.db.execute(sql`update message set created_at = '2026-11-20T02:00:00Z' where id = ${second.id}`);
  });
  afterAll(() => handle.close());

  it("filters by sender, date range, status and search", async () => {
    const titles = async (options: Parameters<typeof listMessages>[1]) =>
      (await listMessages(handle.db, options)).items.map((item) => item.title);
    expect(await titles({})).toEqual(["Payroll", "Fire drill"]);
    expect(await titles({ sender: "alice" })).toEqual(["Fire drill"]);
    expect(await titles({ from: new Date("2026-11-15T00:00:00Z") })).toEqual(["Payroll"]);
    expect(await titles({ to: new Date("2026-11-15T00:00:00Z") })).toEqual(["Fire drill"]);
    expect(await titles({ status: "sent" })).toEqual(["Fire drill"]);
    expect(await titles({ query: "pay" })).toEqual(["Payroll"]);
  });
});
