import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cardTemplates } from "@/lib/db/card-schema";
import { openDatabase, type DatabaseHandle } from "@/lib/db/client";
import { migrateDatabase } from "@/lib/db/migrate";
import { getCardTemplate, importCardTemplate } from "./store";
import { fixtureText } from "./testing/fixtures";

let handle: DatabaseHandle;

beforeAll(async () => {
  handle = await openDatabase({ dataDir: "unused", inMemory: true });
  await migrateDatabase(handle);
});
afterAll(async () => handle.close());

const input = (exportText: string) => ({
  name: "Hello",
  cardTemplateId: "tpl.schema.hello",
  api: "interactiveCards" as const,
  callbackRouteKey: "",
  supportForward: true,
  exportText,
});

describe("card templates keep the export's widgetInfo", () => {
  it("stores it at import in its own column and hands it to the page with the sample local data", async () => {
    const text = fixtureText("helloworld");
    const id = await importCardTemplate(handle.db, input(text), null);
    const [row] = await handle.db.select().from(cardTemplates).where(eq(cardTemplates.id, id));
    const widgetInfo = (JSON.parse(text) as { widgetInfo: string }).widgetInfo;
    expect(row?.widgetInfo).toBe(widgetInfo);
    const record = await getCardTemplate(handle.db, id);
    expect(record?.widgetInfo).toBe(widgetInfo);
    expect(record?.mockData.localData).toEqual(JSON.parse(JSON.parse(text).editorData).mockData.localData ?? {});
  });

  it("reads it from the raw export for a template stored before the column", async () => {
    const id = await importCardTemplate(handle.db, input(fixtureText("approval")), null);
    await handle.db.update(cardTemplates).set({ widgetInfo: null }).where(eq(cardTemplates.id, id));
    expect((await getCardTemplate(handle.db, id))?.widgetInfo).toContain("<LinearLayout");
  });

  it("stores null for an export without one", async () => {
    const raw = JSON.parse(fixtureText("form")) as Record<string, unknown>;
    delete raw.widgetInfo;
    const id = await importCardTemplate(handle.db, input(JSON.stringify(raw)), null);
    expect((await getCardTemplate(handle.db, id))?.widgetInfo).toBeNull();
  });

  it("reads the builder's event chains from the export", async () => {
    const raw = JSON.parse(fixtureText("helloworld")) as { editorData: string };
    const editor = JSON.parse(raw.editorData) as Record<string, unknown>;
    const chain = { node_input: { main: { type: "dtOpenLink", params: {} } } };
    editor.extension = {
      fileTypeList: [{ fileName: "event_chain", fileSource: JSON.stringify(chain), fileType: "json" }],
    };
    const id = await importCardTemplate(
      handle.db,
      input(JSON.stringify({ ...raw, editorData: JSON.stringify(editor) })),
      null,
    );
    expect((await getCardTemplate(handle.db, id))?.eventChains).toEqual(chain);
  });
});
