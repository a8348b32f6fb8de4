import { describe, expect, it } from "vitest";
import { PATHS, ROBOT, sandboxPerTest, type BatchSendBody, type ErrorBody } from "./testing/harness";

const boot = sandboxPerTest();

const msg = { robotCode: ROBOT, msgKey: "sampleText", msgParam: JSON.stringify({ content: "hi" }), userIds: ["u1"] };

describe("fault injection", () => {
  it("http5xx at 1.0: every call is 500 system.error or a bare 503, and nothing is processed", async () => {
    const h = await boot({ qps: 1000 });
    await h.configure({ faults: { http5xx: 1 } });
    const statuses = new Set<number>();
    for (let i = 0; i < 20; i++) {
      const r = await h.post<ErrorBody | undefined>(PATHS.batchSend, msg);
      statuses.add(r.status);
      if (r.status === 500) expect(r.body?.code).toBe("system.error");
      else {
        expect(r.status).toBe(503);
        expect(r.body).toBeUndefined();
      }
    }
    expect([...statuses].sort()).toEqual([500, 503]);
    const s = await h.summary();
    expect(s.totalDeliveries).toBe(0);
    expect(s.messages).toBe(0);
  });

  it("http503Share 0 gives only JSON 500s", async () => {
    const h = await boot({ faults: { http5xx: 1, http503Share: 0 } }, false);
    const r = await h.post<ErrorBody>(
      PATHS.token,
      { appKey: "sandbox-app-key", appSecret: "sandbox-app-secret" },
      { token: null },
    );
    expect([r.status, r.body.code]).toEqual([500, "system.error"]);
    expect(r.body.requestid).toBe(r.requestId);
  });

  it("qpsLimit at 1.0: every call is DingTalk's 403 QPS error, not processed", async () => {
    const h = await boot();
    await h.configure({ faults: { qpsLimit: 1 } });
    const r = await h.post<ErrorBody>(PATHS.batchSend, msg);
    expect([r.status, r.body.code]).toEqual([403, "Forbidden.AccessDenied.QpsLimitForAppkeyAndApi"]);
    expect((await h.summary()).totalDeliveries).toBe(0);
  });

  it("slow at 1.0: the call is processed, only the answer is late (outcome unknown to a client that times out)", async () => {
    const h = await boot();
    await h.configure({ faults: { slow: 1, slowMs: 400 } });
    const started = Date.now();
    await expect(
      fetch(h.url + PATHS.batchSend, {
        method: "POST",
        headers: { "content-type": "application/json", "x-acs-dingtalk-access-token": h.token },
        body: JSON.stringify(msg),
        signal: AbortSignal.timeout(100),
      }),
    ).rejects.toThrow();
    expect((await h.summary()).totalDeliveries).toBe(1);
    const late = await h.post<BatchSendBody>(PATHS.batchSend, msg);
    expect(late.status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(400);
    const log = await h.inspect();
    expect(log.requests.filter((r) => r.fault === "slow")).toHaveLength(2);
  });

  it("faults are off again after resetting them, and control calls are never faulted", async () => {
    const h = await boot();
    await h.configure({ faults: { http5xx: 1, qpsLimit: 1 } });
    expect((await h.summary()).totalRequests).toBe(1);
    await h.configure({ faults: { http5xx: 0, qpsLimit: 0 } });
    expect((await h.post(PATHS.batchSend, msg)).status).toBe(200);
  });

  it("rejects out-of-range fault rates", async () => {
    const h = await boot();
    const r = await h.configure({ faults: { http5xx: 1.5 } });
    expect(r.status).toBe(400);
  });
});
