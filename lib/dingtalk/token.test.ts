import { describe, expect, it } from "vitest";
import { DingTalkError } from "./errors/dingtalk-error";
import { ACCESS_TOKEN_HEADER } from "./http";
import { DINGTALK_PATHS } from "./paths";
import type { FakeServer } from "./testing/fake-server";
import {
  createTestClient,
  fakeServerPerTest,
  routeToken,
  TEST_APP_KEY,
  TEST_APP_SECRET,
  tokenIssuer,
} from "./testing/fixtures";
import { TokenCache } from "./token";

const QUERY = DINGTALK_PATHS.privateChatQuery;
const queryAnswer = { json: { sendStatus: "SUCCESS", readUserIds: [], hasMore: false } };
const queryRequest = { processQueryKey: "pqk-1", robotCode: "dingrobot" };

let server: FakeServer;
fakeServerPerTest((started) => (server = started), { token: false });

describe("token provider", () => {
  it("makes exactly one token request for 50 concurrent calls on a cold cache", async () => {
    // The slow token answer keeps all 50 calls waiting on the same refresh.
    routeToken(server, tokenIssuer({ delayMs: 50 }));
    server.route("POST", QUERY, queryAnswer);
    const { client } = createTestClient(server);

    await Promise.all(Array.from({ length: 50 }, () => client.queryPrivateChatReads(queryRequest)));

    expect(server.count(DINGTALK_PATHS.accessToken)).toBe(1);
    expect(server.count(QUERY)).toBe(50);
    expect(server.requestsTo(QUERY).every((r) => r.headers[ACCESS_TOKEN_HEADER] === "access-token-1")).toBe(true);
    expect(server.requestsTo(DINGTALK_PATHS.accessToken)[0]?.json).toEqual({
      appKey: TEST_APP_KEY,
      appSecret: TEST_APP_SECRET,
    });
  });

  it("reuses the cached token and refreshes it before it expires", async () => {
    routeToken(server, tokenIssuer({ expireIn: 7200 }));
    server.route("POST", QUERY, queryAnswer);
    let now = 1_000_000;
    const tokenCache = new TokenCache({ now: () => now });
    const { client } = createTestClient(server, { tokenCache });

    await client.queryPrivateChatReads(queryRequest);
    now += 7200_000 - 5 * 60_000 - 1; // just inside the 5-minute margin's edge
    await client.queryPrivateChatReads(queryRequest);
    expect(server.count(DINGTALK_PATHS.accessToken)).toBe(1);

    now += 2; // now within 5 minutes of expiry, still valid: refreshed anyway
    await client.queryPrivateChatReads(queryRequest);
    expect(server.count(DINGTALK_PATHS.accessToken)).toBe(2);
    expect(server.requestsTo(QUERY).map((r) => r.headers[ACCESS_TOKEN_HEADER])).toEqual([
      "access-token-1",
      "access-token-1",
      "access-token-2",
    ]);
  });

  it("caps the refresh margin at 10% of a short token lifetime", async () => {
    let now = 0;
    const cache = new TokenCache({ now: () => now });
    let fetches = 0;
    const fetchToken = async () => ({ accessToken: `t${++fetches}`, expireIn: 100 });
    await cache.get("k", fetchToken);
    now = 89_999;
    expect(await cache.get("k", fetchToken)).toBe("t1");
    now = 90_000;
    expect(await cache.get("k", fetchToken)).toBe("t2");
  });

  it("keeps using a still-valid token when a refresh fails", async () => {
    let now = 0;
    const cache = new TokenCache({ now: () => now });
    await cache.get("k", async () => ({ accessToken: "old", expireIn: 7200 }));
    now = 7200_000 - 60_000;
    expect(await cache.get("k", () => Promise.reject(new Error("down")))).toBe("old");
    now = 7200_000;
    await expect(cache.get("k", () => Promise.reject(new Error("down")))).rejects.toThrow("down");
  });

  it("refreshes once and retries once when DingTalk rejects the token", async () => {
    routeToken(server);
    server.route("POST", QUERY, (request) =>
      request.headers[ACCESS_TOKEN_HEADER] === "access-token-1"
        ? { status: 401, json: { code: "InvalidAuthentication", message: "不合法的access_token", requestid: "R1" } }
        : queryAnswer,
    );
    const { client, sleeps } = createTestClient(server);

    await expect(client.queryPrivateChatReads(queryRequest)).resolves.toMatchObject({ sendStatus: "SUCCESS" });
    expect(server.count(DINGTALK_PATHS.accessToken)).toBe(2);
    expect(server.count(QUERY)).toBe(2);
    expect(sleeps).toEqual([]);
  });

  it("retries a send after a token rejection (400 invalidParameter.token.invalid), but not a second time", async () => {
    routeToken(server);
    server.route("POST", DINGTALK_PATHS.otoBatchSend, {
      status: 400,
      json: { code: "invalidParameter.token.invalid", message: "Unauthorized token." },
    });
    const { client } = createTestClient(server);

    const error = await client
      .batchSendOto({ robotCode: "dingrobot", userIds: ["u1"], msgKey: "sampleText", msgParam: { content: "hi" } })
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(DingTalkError);
    expect(error).toMatchObject({ code: "invalidParameter.token.invalid", attempts: 2 });
    expect(server.count(DINGTALK_PATHS.otoBatchSend)).toBe(2);
    expect(server.count(DINGTALK_PATHS.accessToken)).toBe(2);
  });

  it("refreshes only once when many calls fail with the same stale token", async () => {
    routeToken(server, tokenIssuer({ delayMs: 20 }));
    server.route("POST", QUERY, (request) =>
      request.headers[ACCESS_TOKEN_HEADER] === "access-token-1"
        ? { status: 400, json: { code: "token.notExisted", message: "gone" } }
        : queryAnswer,
    );
    const { client } = createTestClient(server);

    await Promise.all(Array.from({ length: 20 }, () => client.queryPrivateChatReads(queryRequest)));

    expect(server.count(DINGTALK_PATHS.accessToken)).toBe(2);
    expect(server.count(QUERY)).toBe(40);
  });

  it("never treats a bad-credentials answer from the token endpoint as a stale token", async () => {
    routeToken(server, () => ({
      status: 400,
      json: { code: "invalidClientIdOrSecret", message: "无效的clientId或者clientSecret" },
    }));
    const { client } = createTestClient(server);

    await expect(client.getAccessToken()).rejects.toMatchObject({
      code: "invalidClientIdOrSecret",
      kind: "api",
      httpStatus: 400,
    });
    expect(server.count(DINGTALK_PATHS.accessToken)).toBe(1);
  });

  it("supports the third-party corpAccessToken flow with a suite ticket read at refresh time", async () => {
    server.route("POST", DINGTALK_PATHS.corpAccessToken, { json: { accessToken: "corp-token", expireIn: 7200 } });
    server.route("POST", QUERY, queryAnswer);
    const { client } = createTestClient(server, {
      credentials: {
        type: "third-party",
        suiteKey: "suite1",
        suiteSecret: "suite-secret-xyz",
        authCorpId: "dingcorp1",
        suiteTicket: () => "ticket-42",
      },
    });

    await client.queryPrivateChatReads(queryRequest);

    expect(client.appKey).toBe("suite1@dingcorp1");
    expect(server.requestsTo(DINGTALK_PATHS.corpAccessToken)[0]?.json).toEqual({
      suiteKey: "suite1",
      suiteSecret: "suite-secret-xyz",
      authCorpId: "dingcorp1",
      suiteTicket: "ticket-42",
    });
    expect(server.requestsTo(QUERY)[0]?.headers[ACCESS_TOKEN_HEADER]).toBe("corp-token");
  });
});
