import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/lib/db/client";
import { engines } from "@/tests/support/engines";
import { loadDraft, saveDraft, storableDraft } from "./drafts";

/** The compose autosave never loses edits: text jsonb refuses is stored anyway and comes back as typed. */
describe.each(engines)("drafts on $name", (engine) => {
  let handle: DatabaseHandle;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ handle, cleanup } = await engine.open());
  });
  afterAll(() => cleanup());

  it("stores and restores a draft holding U+0000 and a lone surrogate, exactly as typed", async () => {
    const payload = {
      message: { msgKey: "sampleText", msgParam: { content: "before\u0000after \uD800 end" } },
      audienceText: "u1\u0001",
    };
    await saveDraft(handle.db, "owner-1", payload);
    const loaded = await loadDraft(handle.db, "owner-1");
    expect(loaded?.payload).toEqual(payload);
  });

  it("stores ordinary drafts as they are", async () => {
    const payload = { message: { msgKey: "sampleText", msgParam: { content: "plain\ttext\n😀" } } };
    expect(storableDraft(payload)).toBe(payload);
    await saveDraft(handle.db, "owner-2", payload);
    expect((await loadDraft(handle.db, "owner-2"))?.payload).toEqual(payload);
  });
});
