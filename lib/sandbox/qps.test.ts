import { describe, expect, it } from "vitest";
import {
  PATHS,
  ROBOT,
  sandboxPerTest,
  textMessage,
  type BatchSendBody,
  type ErrorBody,
  type Harness,
} from "./testing/harness";

const boot = sandboxPerTest();

const msg = textMessage("hi");
const QPS = "Forbidden.AccessDenied.QpsLimitForAppkeyAndApi";

const burst = (x: Harness, n: number, fn: (i: number) => Promise<{ status: number; body: ErrorBody }>) =>
  Promise.all(Array.from({ length: n }, (_, i) => fn(i)));

describe("QPS limit per app and API path", () => {
  it("25 concurrent calls at qps 20: exactly 5 get DingTalk's 403, and they are not processed", async () => {
    const h = await boot({ qps: 20 });
    const results = await burst(h, 25, (i) =>
      (h as Harness).post<ErrorBody & BatchSendBody>(PATHS.batchSend, { ...msg, userIds: [`u${i}`] }),
    );
    const refused = results.filter((r) => r.status === 403);
    expect(refused).toHaveLength(5);
    for (const r of refused) expect(r.body.code).toBe(QPS);
    expect(results.filter((r) => r.status === 200)).toHaveLength(20);
    const s = await h.summary();
    expect(s.totalDeliveries).toBe(20);
    expect(s.codeCounts[QPS]).toBe(5);
  });

  it("separate paths have separate windows", async () => {
    const h = await boot({ qps: 20 });
    const pqk = (await h.post<BatchSendBody>(PATHS.batchSend, { ...msg, userIds: ["u0"] })).body.processQueryKey;
    const [sends, reads] = await Promise.all([
      burst(h, 19, (i) => (h as Harness).post<ErrorBody>(PATHS.batchSend, { ...msg, userIds: [`u${i}`] })),
      burst(h, 20, () =>
        (h as Harness).get<ErrorBody>(
          `${PATHS.readStatus}?robotCode=${ROBOT}&processQueryKey=${encodeURIComponent(pqk)}`,
        ),
      ),
    ]);
    expect(sends.every((r) => r.status === 200)).toBe(true);
    expect(reads.every((r) => r.status === 200)).toBe(true);
  });

  it("the window slides: capacity returns one second after the calls, not at a second boundary", async () => {
    const h = await boot({ qps: 5 });
    const first = await burst(h, 5, () => (h as Harness).post<ErrorBody>(PATHS.batchSend, { ...msg, userIds: ["u"] }));
    expect(first.every((r) => r.status === 200)).toBe(true);
    await new Promise((r) => setTimeout(r, 300));
    expect((await h.post<ErrorBody>(PATHS.batchSend, { ...msg, userIds: ["u"] })).status).toBe(403);
    await new Promise((r) => setTimeout(r, 800));
    expect((await h.post<ErrorBody>(PATHS.batchSend, { ...msg, userIds: ["u"] })).status).toBe(200);
  });

  it("qpsByPath overrides one path; the token endpoint has its own window", async () => {
    const h = await boot({ qps: 20, qpsByPath: { [PATHS.batchSend]: 3 } });
    const sends = await burst(h, 5, () => (h as Harness).post<ErrorBody>(PATHS.batchSend, { ...msg, userIds: ["u"] }));
    expect(sends.filter((r) => r.status === 403)).toHaveLength(2);
    const tokens = await burst(h, 5, () =>
      (h as Harness).post<ErrorBody>(
        PATHS.token,
        { appKey: "sandbox-app-key", appSecret: "sandbox-app-secret" },
        { token: null },
      ),
    );
    expect(tokens.every((r) => r.status === 200)).toBe(true);
  });

  it("the limit can be changed at runtime", async () => {
    const h = await boot({ qps: 20 });
    await h.configure({ qps: 2 });
    const r = await burst(h, 4, () => (h as Harness).post<ErrorBody>(PATHS.batchSend, { ...msg, userIds: ["u"] }));
    expect(r.filter((x) => x.status === 403)).toHaveLength(2);
  });
});
