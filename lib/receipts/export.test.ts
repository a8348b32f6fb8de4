import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { planMessage } from "@/lib/messages/plan";
import { openDatabase, type DatabaseHandle } from "@/lib/db/client";
import { migrateDatabase } from "@/lib/db/migrate";
import { recipientsCsv } from "./export";

async function text(stream: ReadableStream<Uint8Array>) {
  // ignoreBOM keeps the byte-order mark, which Response.text() would strip.
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(await new Response(stream).arrayBuffer());
}

describe("recipients CSV", () => {
  let handle: DatabaseHandle;
  let messageId: string;
  beforeAll(async () => {
    handle = await openDatabase({ dataDir: "unused", inMemory: true });
    await migrateDatabase(handle);
    const ids = Array.from({ length: 1203 }, (_, i) => `u${String(i).padStart(4, "0")}`);
    ({ id: messageId } = await planMessage(handle.db, {
      kind: "robot",
      msgKey: "sampleText",
      msgParam: { content: "x" },
      robotCode: "r",
      audience: { type: "users", userIds: [...ids, "=cmd"] },
      title: "x",
    }));
    await handle.db.execute(sql`update recipient set state = 'sent' where message_id = ${messageId}`);
    await handle.db.execute(
      sql`update recipient set read_at = now() where message_id = ${messageId} and user_id < 'u0500'`,
    );
  });
  afterAll(() => handle.close());

  it("streams readers, non-readers and everyone across pages, with a header", async () => {
    const readers = (await text(recipientsCsv(handle.db, messageId, "readers"))).trimEnd().split("\r\n");
    expect(readers[0]).toBe("\uFEFFuserId,deliveryStatus,reason,read,readAt");
    expect(readers).toHaveLength(1 + 501); // u0000…u0499 and "=cmd", which sorts before them
    const nonreaders = (await text(recipientsCsv(handle.db, messageId, "nonreaders"))).trimEnd().split("\r\n");
    expect(nonreaders).toHaveLength(1 + 703);
    const all = (await text(recipientsCsv(handle.db, messageId, "all"))).trimEnd().split("\r\n");
    expect(all).toHaveLength(1 + 1204);
  });

  it("neutralises spreadsheet formulas", async () => {
    const all = await text(recipientsCsv(handle.db, messageId, "all"));
    expect(all).toContain("'=cmd,sent");
  });
});
