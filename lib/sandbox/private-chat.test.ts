import { describe, expect, it } from "vitest";
import {
  PATHS,
  ROBOT,
  expectError,
  manualClock,
  sandboxPerTest,
  textMessage,
  type ErrorBody,
  type Harness,
  type QueryBody,
} from "./testing/harness";

const boot = sandboxPerTest();

const msg = textMessage("hi");
const chat = { ...msg, openConversationId: "cidAbc123==", coolAppCode: "COOLAPP-1-XYZ" };

describe("privateChatMessages/send", () => {
  it("delivers to the 2 members of an auto-created conversation", async () => {
    const h = await boot();
    const r = await h.post<{ processQueryKey: string }>(PATHS.privateSend, chat);
    expect(r.status).toBe(200);
    const view = await h.inspect();
    expect(Object.keys(view.deliveries).sort()).toEqual(["cidAbc123==-member-0", "cidAbc123==-member-1"]);
    expect(view.deliveries["cidAbc123==-member-0"]?.[0]).toMatchObject({
      processQueryKey: r.body.processQueryKey,
      openConversationId: "cidAbc123==",
      api: PATHS.privateSend,
    });
  });

  it("missing openConversationId -> miss.openConversationId", async () => {
    const h = await boot();
    await expectError(h, PATHS.privateSend, { ...chat, openConversationId: undefined }, "miss.openConversationId");
  });

  it("malformed openConversationId -> invalid.openConversationId", async () => {
    const h = await boot();
    await expectError(h, PATHS.privateSend, { ...chat, openConversationId: "group-42" }, "invalid.openConversationId");
  });

  it("bad or missing coolAppCode -> invalidParameter.robotCode.coolApp", async () => {
    const h = await boot();
    await expectError(h, PATHS.privateSend, { ...chat, coolAppCode: "OTHER-1" }, "invalidParameter.robotCode.coolApp");
    await expectError(h, PATHS.privateSend, { ...chat, coolAppCode: undefined }, "invalidParameter.robotCode.coolApp");
  });

  it("validates robotCode and msgParam like batchSend", async () => {
    const h = await boot();
    await expectError(h, PATHS.privateSend, { ...chat, robotCode: undefined }, "invalidParameter.robotCode.empty");
    await expectError(h, PATHS.privateSend, { ...chat, robotCode: "x" }, "invalidParameter.robotCode.notExsit");
    await expectError(h, PATHS.privateSend, { ...chat, msgParam: "{}" }, "miss.param.contentOfText");
    await expectError(h, PATHS.privateSend, { ...chat, msgKey: "nope" }, "invalidParameter.msgKey.invalid");
  });

  it("uses registered conversations: explicit members, member counts, bound coolAppCode", async () => {
    const h = await boot();
    const reg = await h.post<{ memberCount: number }>(
      "/__sandbox/conversations",
      { openConversationId: "cidTeam==", memberIds: ["ann", "ben", "cat"], coolAppCode: "COOLAPP-TEAM" },
      { token: null },
    );
    expect(reg.body.memberCount).toBe(3);
    await h.post("/__sandbox/conversations", { openConversationId: "cidBig==", memberCount: 5 }, { token: null });
    await expectError(
      h,
      PATHS.privateSend,
      { ...chat, openConversationId: "cidTeam==", coolAppCode: "COOLAPP-1" },
      "invalidParameter.robotCode.coolApp",
    );
    expect(
      (await h.post(PATHS.privateSend, { ...chat, openConversationId: "cidTeam==", coolAppCode: "COOLAPP-TEAM" }))
        .status,
    ).toBe(200);
    expect((await h.post(PATHS.privateSend, { ...chat, openConversationId: "cidBig==" })).status).toBe(200);
    const s = await h.summary("&perUser=1");
    expect(s.perUser).toEqual({
      ann: 1,
      ben: 1,
      cat: 1,
      ...Object.fromEntries([0, 1, 2, 3, 4].map((i) => [`cidBig==-member-${i}`, 1])),
    });
  });

  it("refuses to register a malformed conversation id", async () => {
    const h = await boot();
    const r = await h.post<ErrorBody>(
      "/__sandbox/conversations",
      { openConversationId: "nope", memberCount: 2 },
      { token: null },
    );
    expect([r.status, r.body.code]).toEqual([400, "invalid.openConversationId"]);
  });
});

describe("privateChatMessages/query", () => {
  async function sendToMembers(x: Harness, count: number): Promise<string> {
    await x.post("/__sandbox/conversations", { openConversationId: "cidPaged==", memberCount: count }, { token: null });
    const r = await x.post<{ processQueryKey: string }>(PATHS.privateSend, {
      ...chat,
      openConversationId: "cidPaged==",
    });
    return r.body.processQueryKey;
  }

  it("pages readers across 3+ pages with opaque tokens, in a stable order", async () => {
    const clock = manualClock();
    const h = await boot({ now: clock.now, readShare: 1, readMeanMs: 1000 });
    const pqk = await sendToMembers(h, 120);
    clock.advance(3_600_000);
    const pages: QueryBody[] = [];
    let nextToken: string | undefined;
    do {
      const r = await h.post<QueryBody>(PATHS.privateQuery, {
        processQueryKey: pqk,
        robotCode: ROBOT,
        maxResults: 50,
        nextToken,
      });
      expect(r.status).toBe(200);
      pages.push(r.body);
      nextToken = r.body.nextToken;
    } while (nextToken);
    expect(pages.map((p) => p.readUserIds.length)).toEqual([50, 50, 20]);
    expect(pages.map((p) => p.hasMore)).toEqual([true, true, false]);
    for (const p of pages.slice(0, 2)) {
      expect(p.nextToken).not.toMatch(/^\d+$/);
      expect(p.nextToken).not.toContain(pqk);
    }
    const all = pages.flatMap((p) => p.readUserIds);
    expect(all).toEqual(Array.from({ length: 120 }, (_, i) => `cidPaged==-member-${i}`));
  });

  it("lists only readers and uses a default page size of 50", async () => {
    const clock = manualClock();
    const h = await boot({ now: clock.now, readShare: 0.5, readMeanMs: 1000 });
    const pqk = await sendToMembers(h, 200);
    clock.advance(3_600_000);
    const r = await h.post<QueryBody>(PATHS.privateQuery, { processQueryKey: pqk });
    expect(r.body.readUserIds.length).toBe(50);
    const seen = new Set<string>();
    let next: string | undefined;
    do {
      const page = await h.post<QueryBody>(PATHS.privateQuery, {
        processQueryKey: pqk,
        maxResults: 200,
        nextToken: next,
      });
      page.body.readUserIds.forEach((u) => seen.add(u));
      next = page.body.nextToken;
    } while (next);
    expect(seen.size).toBeGreaterThan(70);
    expect(seen.size).toBeLessThan(130);
  });

  it("refuses forged, damaged and foreign nextTokens with invalidParameter.cursor.invalid", async () => {
    const clock = manualClock();
    const h = await boot({ now: clock.now, readShare: 1, readMeanMs: 10 });
    const pqk = await sendToMembers(h, 30);
    const other = (await h.post<{ processQueryKey: string }>(PATHS.privateSend, chat)).body.processQueryKey;
    clock.advance(60_000);
    const first = await h.post<QueryBody>(PATHS.privateQuery, { processQueryKey: pqk, maxResults: 10 });
    const token = first.body.nextToken ?? "";
    expect(token).not.toBe("");
    const flipped = token.slice(0, -2) + (token.endsWith("A") ? "B" : "A") + token.slice(-1);
    for (const bad of [
      "10",
      flipped,
      `${token}x`,
      Buffer.from(JSON.stringify({ k: pqk, p: 5 })).toString("base64url"),
    ]) {
      await expectError(
        h,
        PATHS.privateQuery,
        { processQueryKey: pqk, nextToken: bad },
        "invalidParameter.cursor.invalid",
      );
    }
    await expectError(
      h,
      PATHS.privateQuery,
      { processQueryKey: other, nextToken: token },
      "invalidParameter.cursor.invalid",
    );
  });

  it("validates maxResults, processQueryKey, robotCode and openConversationId", async () => {
    const h = await boot();
    const pqk = (await h.post<{ processQueryKey: string }>(PATHS.privateSend, chat)).body.processQueryKey;
    await expectError(
      h,
      PATHS.privateQuery,
      { processQueryKey: pqk, maxResults: 201 },
      "invalidParameter.pageSize.invalid",
    );
    await expectError(
      h,
      PATHS.privateQuery,
      { processQueryKey: pqk, maxResults: 0 },
      "invalidParameter.pageSize.invalid",
    );
    await expectError(h, PATHS.privateQuery, { robotCode: ROBOT }, "invalidParameter.processQueryKey.missing");
    await expectError(h, PATHS.privateQuery, { processQueryKey: "bm9wZQ==" }, "invalid.processQueryKey");
    await expectError(
      h,
      PATHS.privateQuery,
      { processQueryKey: pqk, robotCode: "nobot" },
      "invalidParameter.robotCode.notExsit",
    );
    await expectError(
      h,
      PATHS.privateQuery,
      { processQueryKey: pqk, openConversationId: "x" },
      "invalid.openConversationId",
    );
    await expectError(
      h,
      PATHS.privateQuery,
      { processQueryKey: pqk, openConversationId: "cidOther==" },
      "invalid.processQueryKey",
    );
    expect((await h.post(PATHS.privateQuery, { processQueryKey: pqk, maxResults: 200 })).status).toBe(200);
  });

  it("does not answer for batchSend keys (they belong to readStatus)", async () => {
    const h = await boot();
    const r = await h.post<{ processQueryKey: string }>(PATHS.batchSend, { ...msg, userIds: ["u1"] });
    await expectError(h, PATHS.privateQuery, { processQueryKey: r.body.processQueryKey }, "invalid.processQueryKey");
  });
});
