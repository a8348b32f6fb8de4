import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DingTalkClient } from "@/lib/dingtalk/client";
import { SlidingWindowRateLimiter } from "@/lib/dingtalk/rate-limiter";
import { startSandbox, type RunningSandbox } from "@/lib/sandbox/server";
import { testConnection } from "./test-connection";

describe("testConnection against the simulator over HTTP", () => {
  let sandbox: RunningSandbox;
  let client: DingTalkClient;

  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0 });
    client = new DingTalkClient({
      baseUrl: sandbox.url,
      credentials: { type: "internal", appKey: "sandbox-app-key", appSecret: "sandbox-app-secret" },
      limiter: new SlidingWindowRateLimiter(),
      retry: { baseDelayMs: 1, maxDelayMs: 2 },
    });
  });
  afterAll(() => sandbox.close());

  it("reports success with a fresh token", async () => {
    const result = await testConnection(client, "en");
    expect(result.ok).toBe(true);
  });

  it("explains a refused app key in the reader's language, even with a cached token", async () => {
    await client.getAccessToken();
    await fetch(`${sandbox.url}/__sandbox/config`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ refuseAppKey: true }),
    });

    const en = await testConnection(client, "en");
    expect(en).toMatchObject({ ok: false, code: "invalidClientIdOrSecret" });
    if (en.ok) throw new Error("unreachable");
    expect(en.explanation.length).toBeGreaterThan(20);
    expect(en.action.length).toBeGreaterThan(10);
    expect(JSON.stringify(en)).not.toContain("sandbox-app-secret");

    const zh = await testConnection(client, "zh-CN");
    if (zh.ok) throw new Error("expected a failure");
    expect(zh.title).toMatch(/[\u4e00-\u9fff]/);
  });
});
