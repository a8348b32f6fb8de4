import { describe, expect, it } from "vitest";
import { APP, PATHS, manualClock, sandboxPerTest, type ErrorBody, type Harness } from "./testing/harness";

const boot = sandboxPerTest();

const send = (x: Harness, token?: string | null) =>
  x.post<ErrorBody>(PATHS.batchSend, { ...x.text("hi"), userIds: ["u1"] }, { token });

describe("access token endpoint", () => {
  it("issues an opaque token with expireIn 7200 and a request id", async () => {
    const h = await boot({}, false);
    const r = await h.post<{ accessToken: string; expireIn: number }>(PATHS.token, APP, { token: null });
    expect(r.status).toBe(200);
    expect(r.body.expireIn).toBe(7200);
    expect(r.body.accessToken).toMatch(/^[0-9a-f]{32}$/);
    expect(r.requestId).toMatch(/^[0-9A-F-]{36}$/);
  });

  it("rejects a wrong appSecret with DingTalk's 400 invalidClientIdOrSecret", async () => {
    const h = await boot({}, false);
    const r = await h.post<ErrorBody>(PATHS.token, { ...APP, appSecret: "nope" }, { token: null });
    expect(r.status).toBe(400);
    expect(r.body).toMatchObject({ code: "invalidClientIdOrSecret", message: "无效的clientId或者clientSecret" });
    expect(r.body.requestid).toBe(r.requestId);
  });

  it("rejects a wrong appKey and a missing secret the same way", async () => {
    const h = await boot({}, false);
    expect((await h.post<ErrorBody>(PATHS.token, { ...APP, appKey: "other" }, { token: null })).body.code).toBe(
      "invalidClientIdOrSecret",
    );
    expect((await h.post<ErrorBody>(PATHS.token, { appKey: APP.appKey }, { token: null })).body.code).toBe(
      "invalidClientIdOrSecret",
    );
  });

  it("accepts configured credentials", async () => {
    const h = await boot({ appKey: "k2", appSecret: "s2" }, false);
    expect((await h.post(PATHS.token, { appKey: "k2", appSecret: "s2" }, { token: null })).status).toBe(200);
    expect((await h.post(PATHS.token, APP, { token: null })).status).toBe(400);
  });

  it("refuseAppKey makes the token endpoint reject the configured key", async () => {
    const h = await boot({}, false);
    await h.configure({ refuseAppKey: true });
    expect((await h.post<ErrorBody>(PATHS.token, APP, { token: null })).body.code).toBe("invalidClientIdOrSecret");
    await h.configure({ refuseAppKey: false });
    expect((await h.post(PATHS.token, APP, { token: null })).status).toBe(200);
  });

  it("returns the same token while it is valid, renewing it", async () => {
    const clock = manualClock();
    const h = await boot({ now: clock.now, tokenTtlSeconds: 100 });
    const first = h.token;
    clock.advance(90_000);
    expect(await h.fetchToken()).toBe(first);
    clock.advance(90_000); // 180 s after issue, 90 s after renewal: still valid
    expect((await send(h)).status).toBe(200);
  });

  it("never logs the app secret", async () => {
    const h = await boot();
    const log = await h.inspect();
    expect(JSON.stringify(log)).not.toContain(APP.appSecret);
    expect(JSON.stringify(log)).not.toContain(h.token);
  });
});

describe("authentication on API calls", () => {
  it("a missing token header is DingTalk's 400 AuthenticationFailed.MissingParameter", async () => {
    const h = await boot();
    const r = await send(h, null);
    expect(r.status).toBe(400);
    expect(r.body.code).toBe("AuthenticationFailed.MissingParameter");
  });

  it("an unknown token is 400 InvalidAuthentication", async () => {
    const h = await boot();
    const r = await send(h, "deadbeef");
    expect(r.status).toBe(400);
    expect(r.body).toMatchObject({ code: "InvalidAuthentication", message: "不合法的access_token" });
  });

  it("an expired token is InvalidAuthentication, and a new token works", async () => {
    const clock = manualClock();
    const h = await boot({ now: clock.now, tokenTtlSeconds: 60 });
    const old = h.token;
    clock.advance(61_000);
    expect((await send(h)).body.code).toBe("InvalidAuthentication");
    const fresh = await h.fetchToken();
    expect(fresh).not.toBe(old);
    expect((await send(h)).status).toBe(200);
  });

  it("expireTokens expires every current token at once (refresh mid-send)", async () => {
    const h = await boot();
    const old = h.token;
    expect((await send(h)).status).toBe(200);
    await h.configure({ expireTokens: true });
    expect((await send(h)).body.code).toBe("InvalidAuthentication");
    expect(await h.fetchToken()).not.toBe(old);
    expect((await send(h)).status).toBe(200);
  });

  it("a token-refused call is not processed", async () => {
    const h = await boot();
    await send(h, "bogus");
    expect((await h.summary()).totalDeliveries).toBe(0);
  });
});
