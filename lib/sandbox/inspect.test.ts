import { describe, expect, it } from "vitest";
import {
  APP,
  PATHS,
  ROBOT,
  manualClock,
  sandboxPerTest,
  users,
  type BatchSendBody,
  type ErrorBody,
  type Harness,
  type ReadStatusBody,
} from "./testing/harness";

const boot = sandboxPerTest();

const msg = {
  robotCode: ROBOT,
  msgKey: "sampleMarkdown",
  msgParam: JSON.stringify({ title: "All hands", text: "**Friday** 10:00" }),
};

/** Sends `chunks` with `concurrency` calls in flight, like a fan-out worker. */
async function fanOut(x: Harness, chunks: string[][], concurrency = 25): Promise<BatchSendBody[]> {
  const out: BatchSendBody[] = new Array(chunks.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < chunks.length) {
        const i = next++;
        const r = await x.post<BatchSendBody>(PATHS.batchSend, { ...msg, userIds: chunks[i] });
        if (r.status !== 200) throw new Error(`chunk ${i}: ${r.status}`);
        out[i] = r.body;
      }
    }),
  );
  return out;
}

function chunk(list: string[], size = 20): string[][] {
  const out: string[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

describe("inspect summary", () => {
  it("counts 20,000 recipients compactly and finds users who got the same message twice", async () => {
    const h = await boot({ qps: 100_000 });
    const everyone = users(20_000, "emp");
    const chunks = chunk(everyone);
    await fanOut(h, chunks);
    // A buggy worker re-sends chunk 7 (same content, new processQueryKey).
    await fanOut(h, [chunks[7] as string[]]);

    const res = await fetch(`${h.url}/__sandbox/inspect?summary=1`);
    const raw = await res.text();
    expect(raw.length).toBeLessThan(20_000);
    const s = await h.summary();
    expect(s.totalDeliveries).toBe(20_020);
    expect(s.distinctUsers).toBe(20_000);
    expect(s.messages).toBe(1001);
    expect(s.perUserCounts).toEqual({ "1": 19_980, "2": 20 });
    expect(s.maxPerUser).toBe(2);
    expect(s.duplicates.users).toBe(20);
    expect(s.duplicates.extraDeliveries).toBe(20);
    expect(s.duplicates.sample.map((d) => d.userId).sort()).toEqual([...(chunks[7] as string[])].sort());
    expect(s.callsByPath[PATHS.batchSend]).toBe(1001);
    expect(s.callsByPath[PATHS.token]).toBe(1);
    expect(s.statusCounts).toEqual({ "200": 1002 });
  });

  it("keeps only the last requestLogLimit bodies but counts every request", async () => {
    const h = await boot({ requestLogLimit: 5, qps: 1000 });
    for (let i = 0; i < 12; i++) await h.post(PATHS.batchSend, { ...msg, userIds: [`u${i}`] });
    const full = await h.inspect();
    expect(full.requests).toHaveLength(5);
    expect((await h.summary()).totalRequests).toBe(13);
  });

  it("filters by userId and since, and counts status codes per path", async () => {
    const clock = manualClock();
    const h = await boot({ now: clock.now });
    await h.post(PATHS.batchSend, { ...msg, userIds: ["a", "b"] });
    clock.advance(10_000);
    const cut = clock.now();
    await h.post(PATHS.batchSend, { ...msg, userIds: ["a"] });
    await h.post(PATHS.batchSend, { ...msg, robotCode: "nobot", userIds: ["a"] });
    const a = await h.inspect("?userId=a");
    expect(Object.keys(a.deliveries)).toEqual(["a"]);
    expect(a.deliveries.a).toHaveLength(2);
    const since = await h.inspect(`?since=${cut}`);
    expect(Object.keys(since.deliveries)).toEqual(["a"]);
    expect(since.requests.map((r) => r.status)).toEqual([200, 400]);
    const s = await h.summary(`&since=${cut}`);
    expect(s.totalDeliveries).toBe(1);
    expect(s.statusCounts).toEqual({ "200": 3, "400": 1 });
    expect(s.codeCounts).toEqual({ "invalidParameter.robotCode.notExsit": 1 });
  });

  it("applies the user limit after the since filter, so earlier traffic cannot crowd recent users out", async () => {
    const clock = manualClock();
    const h = await boot({ now: clock.now });
    await h.post(PATHS.batchSend, { ...msg, userIds: ["early1", "early2", "early3"] });
    clock.advance(10_000);
    const cut = clock.now();
    await h.post(PATHS.batchSend, { ...msg, userIds: ["late1", "late2"] });
    const recent = await h.inspect(`?since=${cut}&limit=2`);
    expect(Object.keys(recent.deliveries).sort()).toEqual(["late1", "late2"]);
  });

  it("redacts the token header in the request log", async () => {
    const h = await boot();
    await h.post(PATHS.batchSend, { ...msg, userIds: ["a"] });
    const full = await h.inspect();
    const send = full.requests.find((r) => r.path === PATHS.batchSend);
    expect(send?.headers).toEqual({ "x-acs-dingtalk-access-token": "[redacted]" });
    expect(JSON.stringify(full)).not.toContain(h.token);
  });
});

describe("determinism", () => {
  async function run(seed: number): Promise<{ sends: BatchSendBody[]; reads: string[] }> {
    const clock = manualClock();
    const x = await boot({ seed, now: clock.now, flowControlRate: 0.3, readShare: 0.6, readMeanMs: 30_000, qps: 1000 });
    try {
      const sends: BatchSendBody[] = [];
      for (let i = 0; i < 10; i++) {
        sends.push(
          (await x.post<BatchSendBody>(PATHS.batchSend, { ...msg, userIds: [...users(19, `s${i}-`), "unknown-x"] }))
            .body,
        );
      }
      clock.advance(45_000);
      const reads: string[] = [];
      for (const s of sends) {
        const r = await x.get<ReadStatusBody>(
          `${PATHS.readStatus}?robotCode=${ROBOT}&processQueryKey=${encodeURIComponent(s.processQueryKey)}`,
        );
        reads.push(
          ...r.body.messageReadInfoList
            .filter((i) => i.readStatus === "READ")
            .map((i) => `${i.userId}@${i.readTimestamp}`),
        );
      }
      return { sends, reads };
    } finally {
      await x.close();
    }
  }

  it("the same seed gives the same keys, flow control and reads; another seed does not", async () => {
    const a = await run(42);
    const b = await run(42);
    const c = await run(43);
    expect(b).toEqual(a);
    expect(a.reads.length).toBeGreaterThan(0);
    expect(a.sends.some((s) => (s.flowControlledStaffIdList ?? []).length > 0)).toBe(true);
    expect(c.sends.map((s) => s.processQueryKey)).not.toEqual(a.sends.map((s) => s.processQueryKey));
    expect(c.sends.map((s) => s.flowControlledStaffIdList)).not.toEqual(
      a.sends.map((s) => s.flowControlledStaffIdList),
    );
  });

  it("fault draws repeat under a seed", async () => {
    const pattern = async () => {
      const x = await boot({ seed: 9, faults: { http5xx: 0.3 } }, false);
      try {
        const out: number[] = [];
        for (let i = 0; i < 30; i++) out.push((await x.post(PATHS.token, APP, { token: null })).status);
        return out;
      } finally {
        await x.close();
      }
    };
    const first = await pattern();
    expect(await pattern()).toEqual(first);
    expect(new Set(first).size).toBeGreaterThan(1);
  });
});

describe("control API and routing", () => {
  it("unknown DingTalk paths get a DingTalk-shaped 404", async () => {
    const h = await boot();
    const r = await h.post<ErrorBody>("/v1.0/robot/nope", {});
    expect(r.status).toBe(404);
    expect(r.body.code).toBe("InvalidAction.NotFound");
    expect(r.body.requestid).toBe(r.requestId);
    expect((await h.get<ErrorBody>(PATHS.batchSend)).status).toBe(404);
  });

  it("every response has a unique request id", async () => {
    const h = await boot();
    const ids = new Set<string | null>();
    for (let i = 0; i < 5; i++) ids.add((await h.post(PATHS.batchSend, { ...msg, userIds: ["a"] })).requestId);
    expect(ids.size).toBe(5);
  });

  it("health, config read-back and reset", async () => {
    const h = await boot();
    await h.post(PATHS.batchSend, { ...msg, userIds: ["a"] });
    expect((await h.get<{ ok: boolean; deliveries: number }>("/__sandbox/health", { token: null })).body).toMatchObject(
      { ok: true, deliveries: 1 },
    );
    await h.configure({ readShare: 0.1, robotCodes: ["r2"] });
    const cfg = await h.get<{ config: { readShare: number; robotCodes: string[]; appSecret: string } }>(
      "/__sandbox/config",
      { token: null },
    );
    expect(cfg.body.config).toMatchObject({ readShare: 0.1, robotCodes: ["r2"], appSecret: "[redacted]" });
    expect((await h.post<ErrorBody>(PATHS.batchSend, { ...msg, userIds: ["a"] })).body.code).toBe(
      "invalidParameter.robotCode.notExsit",
    );
    await h.post("/__sandbox/reset", {}, { token: null });
    const after = await h.get<{ deliveries: number }>("/__sandbox/health", { token: null });
    expect(after.body.deliveries).toBe(0);
    expect((await h.post<ErrorBody>(PATHS.batchSend, { ...msg, userIds: ["a"] })).body.code).toBe(
      "InvalidAuthentication",
    );
    await h.fetchToken();
    expect((await h.post(PATHS.batchSend, { ...msg, userIds: ["a"] })).status).toBe(200);
  });

  it("rejects invalid config with a 400", async () => {
    const h = await boot();
    expect((await h.configure({ qps: 0 })).status).toBe(400);
    expect((await h.configure({ unknownUserPattern: "(" })).status).toBe(400);
    expect((await h.configure({ readShare: "high" })).status).toBe(400);
  });
});
