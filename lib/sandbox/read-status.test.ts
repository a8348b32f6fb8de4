import { describe, expect, it } from "vitest";
import {
  PATHS,
  ROBOT,
  manualClock,
  sandboxPerTest,
  textMessage,
  users,
  type BatchSendBody,
  type ErrorBody,
  type Harness,
  type QueryBody,
  type ReadStatusBody,
  type RecallBody,
} from "./testing/harness";

const boot = sandboxPerTest();

const msg = textMessage("hi");
const chat = { ...msg, openConversationId: "cidRead==", coolAppCode: "COOLAPP-1" };

async function batch(x: Harness, ids: string[]): Promise<string> {
  const r = await x.post<BatchSendBody>(PATHS.batchSend, { ...msg, userIds: ids });
  expect(r.status).toBe(200);
  return r.body.processQueryKey;
}

const readStatus = (x: Harness, pqk: string, robotCode = ROBOT) =>
  x.get<ReadStatusBody & ErrorBody>(
    `${PATHS.readStatus}?robotCode=${encodeURIComponent(robotCode)}&processQueryKey=${encodeURIComponent(pqk)}`,
  );

const readers = (b: ReadStatusBody) =>
  b.messageReadInfoList.filter((i) => i.readStatus === "READ").map((i) => i.userId);

describe("read curve (injected clock)", () => {
  it("nobody has read at send time; readers only grow; about readShare read eventually", async () => {
    const clock = manualClock();
    const h = await boot({ now: clock.now, readShare: 0.5, readMeanMs: 60_000, readMinMs: 1000, qps: 10_000 });
    const pqks: string[] = [];
    for (let i = 0; i < 10; i++) pqks.push(await batch(h, users(20, `m${i}-`)));
    const at = async () =>
      (await Promise.all(pqks.map((p) => readStatus(h as Harness, p)))).flatMap((r) => readers(r.body));
    expect(await at()).toEqual([]);
    clock.advance(30_000);
    const early = await at();
    clock.advance(10 * 3_600_000);
    await h.fetchToken(); // the 2 h token has expired meanwhile
    const late = await at();
    for (const u of early) expect(late).toContain(u);
    expect(late.length).toBeGreaterThan(early.length);
    expect(late.length / 200).toBeGreaterThan(0.4);
    expect(late.length / 200).toBeLessThan(0.6);
  });

  it("reports names, READ with a readTimestamp between send and now, UNREAD without one", async () => {
    const clock = manualClock();
    const h = await boot({ now: clock.now, readShare: 0.5, readMeanMs: 1000 });
    const sentAt = clock.now();
    const pqk = await batch(h, users(20));
    clock.advance(3_600_000);
    const r = await readStatus(h, pqk);
    expect(r.status).toBe(200);
    expect(r.body.sendStatus).toBe("SUCCESS");
    expect(r.body.messageReadInfoList.map((i) => i.userId)).toEqual(users(20));
    for (const i of r.body.messageReadInfoList) {
      expect(i.name).toMatch(/^\p{Script=Han}{2,3}$/u);
      if (i.readStatus === "READ") {
        expect(i.readTimestamp).toBeGreaterThanOrEqual(sentAt);
        expect(i.readTimestamp).toBeLessThanOrEqual(clock.now());
      } else {
        expect(i.readStatus).toBe("UNREAD");
        expect(i.readTimestamp).toBeUndefined();
      }
    }
  });

  it("readShare 0 means nobody reads, readShare 1 means everybody does", async () => {
    const clock = manualClock();
    const h = await boot({ now: clock.now, readShare: 0, readMeanMs: 10 });
    const none = await batch(h, users(20));
    await h.configure({ readShare: 1 });
    const all = await batch(h, users(20));
    clock.advance(3_600_000);
    expect(readers((await readStatus(h, none)).body)).toEqual([]);
    expect(readers((await readStatus(h, all)).body)).toEqual(users(20));
  });

  it("readStatus validates robotCode and processQueryKey", async () => {
    const h = await boot();
    const pqk = await batch(h, ["u1"]);
    expect((await h.get<ErrorBody>(`${PATHS.readStatus}?processQueryKey=${encodeURIComponent(pqk)}`)).body.code).toBe(
      "invalidParameter.robotCode.missing",
    );
    expect((await readStatus(h, pqk, "nobot")).body.code).toBe("invalidParameter.robotCode.notExsit");
    expect((await h.get<ErrorBody>(`${PATHS.readStatus}?robotCode=${ROBOT}`)).body.code).toBe(
      "invalidParameter.processQueryKey.missing",
    );
    const unknown = await readStatus(h, "bm90LWEta2V5");
    expect([unknown.status, unknown.body.code]).toEqual([400, "invalid.processQueryKey"]);
  });
});

describe("processQueryKey expiry", () => {
  it("after the TTL, readStatus and query answer processQueryKey.expireTime", async () => {
    const clock = manualClock();
    const h = await boot({ now: clock.now, processQueryKeyTtlMs: 2000 });
    const oto = await batch(h, ["u1"]);
    const pc = (await h.post<{ processQueryKey: string }>(PATHS.privateSend, chat)).body.processQueryKey;
    clock.advance(1999);
    expect((await readStatus(h, oto)).status).toBe(200);
    clock.advance(2);
    const r1 = await readStatus(h, oto);
    expect([r1.status, r1.body.code]).toEqual([400, "processQueryKey.expireTime"]);
    const r2 = await h.post<ErrorBody>(PATHS.privateQuery, { processQueryKey: pc });
    expect([r2.status, r2.body.code]).toEqual([400, "processQueryKey.expireTime"]);
  });

  it("defaults to 24 hours", async () => {
    const clock = manualClock();
    const h = await boot({ now: clock.now });
    const pqk = await batch(h, ["u1"]);
    clock.advance(24 * 3_600_000);
    await h.fetchToken();
    expect((await readStatus(h, pqk)).status).toBe(200);
    clock.advance(1);
    expect((await readStatus(h, pqk)).body.code).toBe("processQueryKey.expireTime");
  });
});

describe("recall", () => {
  it("otoMessages/batchRecall recalls; readStatus shows RECALLED and reads stop", async () => {
    const clock = manualClock();
    const h = await boot({ now: clock.now, readShare: 1, readMeanMs: 600_000 });
    const pqk = await batch(h, users(20));
    clock.advance(60_000);
    const before = readers((await readStatus(h, pqk)).body);
    const r = await h.post<RecallBody>(PATHS.otoRecall, { robotCode: ROBOT, processQueryKeys: [pqk] });
    expect(r.body).toEqual({ successResult: [pqk], failedResult: {} });
    clock.advance(24 * 3_500_000);
    await h.fetchToken();
    const after = await readStatus(h, pqk);
    expect(after.body.sendStatus).toBe("RECALLED");
    expect(readers(after.body)).toEqual(before);
    expect((await h.inspect("?userId=user0")).deliveries.user0?.[0]?.sendStatus).toBe("RECALLED");
  });

  it("unknown, foreign and expired keys land in failedResult with a reason", async () => {
    const clock = manualClock();
    const h = await boot({ now: clock.now, processQueryKeyTtlMs: 1000 });
    const old = await batch(h, ["u1"]);
    clock.advance(5000);
    const fresh = await batch(h, ["u2"]);
    const pc = (await h.post<{ processQueryKey: string }>(PATHS.privateSend, chat)).body.processQueryKey;
    const r = await h.post<RecallBody>(PATHS.otoRecall, {
      robotCode: ROBOT,
      processQueryKeys: [fresh, old, "nope", pc],
    });
    expect(r.body.successResult).toEqual([fresh]);
    expect(r.body.failedResult).toEqual({
      [old]: "processQueryKey.expireTime",
      nope: "invalid.processQueryKey",
      [pc]: "invalid.processQueryKey",
    });
  });

  it("more than 20 keys -> invalidParameter.param.invalid; none -> processQueryKey.missing", async () => {
    const h = await boot();
    const keys = Array.from({ length: 21 }, (_, i) => `k${i}`);
    const r = await h.post<ErrorBody>(PATHS.otoRecall, { robotCode: ROBOT, processQueryKeys: keys });
    expect([r.status, r.body.code]).toEqual([400, "invalidParameter.param.invalid"]);
    const p = await h.post<ErrorBody>(PATHS.privateRecall, {
      robotCode: ROBOT,
      openConversationId: "cidRead==",
      processQueryKeys: keys,
    });
    expect([p.status, p.body.code]).toEqual([400, "invalidParameter.param.invalid"]);
    expect((await h.post<ErrorBody>(PATHS.otoRecall, { robotCode: ROBOT, processQueryKeys: [] })).body.code).toBe(
      "invalidParameter.processQueryKey.missing",
    );
  });

  it("privateChatMessages/batchRecall recalls private-chat messages; query shows RECALLED", async () => {
    const h = await boot();
    const pqk = (await h.post<{ processQueryKey: string }>(PATHS.privateSend, chat)).body.processQueryKey;
    const wrong = await h.post<RecallBody>(PATHS.privateRecall, {
      robotCode: ROBOT,
      openConversationId: "cidOther==",
      processQueryKeys: [pqk],
    });
    expect(wrong.body.failedResult[pqk]).toBe("invalid.processQueryKey");
    const missing = await h.post<ErrorBody>(PATHS.privateRecall, { robotCode: ROBOT, processQueryKeys: [pqk] });
    expect(missing.body.code).toBe("miss.openConversationId");
    const r = await h.post<RecallBody>(PATHS.privateRecall, {
      robotCode: ROBOT,
      openConversationId: "cidRead==",
      processQueryKeys: [pqk],
    });
    expect(r.body.successResult).toEqual([pqk]);
    const q = await h.post<QueryBody>(PATHS.privateQuery, { processQueryKey: pqk });
    expect(q.body.sendStatus).toBe("RECALLED");
    expect((await h.summary()).recalledMessages).toBe(1);
  });

  it("PROCESSING for processingMs after the send, then SUCCESS", async () => {
    const clock = manualClock();
    const h = await boot({ now: clock.now, processingMs: 5000, readShare: 1, readMeanMs: 0 });
    const pqk = await batch(h, ["u1"]);
    const during = await readStatus(h, pqk);
    expect(during.body.sendStatus).toBe("PROCESSING");
    expect(readers(during.body)).toEqual([]);
    clock.advance(5000);
    const after = await readStatus(h, pqk);
    expect(after.body.sendStatus).toBe("SUCCESS");
    expect(readers(after.body)).toEqual(["u1"]);
  });
});
