import { describe, expect, it } from "vitest";
import { DingTalkError } from "./errors/dingtalk-error";
import { ACCESS_TOKEN_HEADER, parseErrorBody, type ApiCallLedger } from "./http";
import { DINGTALK_PATHS } from "./paths";
import type { FakeServer } from "./testing/fake-server";
import { CaptureLogger, createTestClient, fakeServerPerTest, MemoryLedger, TEST_APP_KEY } from "./testing/fixtures";

const READ = DINGTALK_PATHS.otoReadStatus;
const SEND = DINGTALK_PATHS.privateChatSend;
const readRequest = { robotCode: "dingrobot", processQueryKey: "a+b/c=" };
const sendRequest = {
  robotCode: "dingrobot",
  openConversationId: "cid1==",
  coolAppCode: "COOLAPP-1",
  msgKey: "sampleText",
  msgParam: { content: "hi" },
};

let server: FakeServer;
fakeServerPerTest((started) => (server = started));

describe("HTTP core", () => {
  it("sends JSON with the token header, and GET parameters in the query string", async () => {
    server.route("POST", SEND, { json: { processQueryKey: "k1" } });
    server.route("GET", READ, { json: { sendStatus: "SUCCESS", messageReadInfoList: [] } });
    const { client } = createTestClient(server);

    await client.sendPrivateChatMessage(sendRequest);
    await client.getOtoReadStatus(readRequest);

    const [send] = server.requestsTo(SEND);
    expect(send?.headers[ACCESS_TOKEN_HEADER]).toBe("access-token-1");
    expect(send?.headers["content-type"]).toBe("application/json");
    expect(send?.json).toMatchObject({ msgParam: '{"content":"hi"}', coolAppCode: "COOLAPP-1" });
    const [read] = server.requestsTo(READ);
    expect(read?.query.get("processQueryKey")).toBe("a+b/c=");
    expect(read?.query.get("robotCode")).toBe("dingrobot");
    expect(read?.body).toBe("");
    // The token endpoint authenticates with its body, never with a token header.
    expect(server.requestsTo(DINGTALK_PATHS.accessToken)[0]?.headers[ACCESS_TOKEN_HEADER]).toBeUndefined();
  });

  it("keeps a base URL's path prefix (sandbox mounted under a path)", async () => {
    server.route("GET", `/sandbox${READ}`, { json: { sendStatus: "SUCCESS" } });
    server.route("POST", `/sandbox${DINGTALK_PATHS.accessToken}`, {
      json: { accessToken: "t-sandbox", expireIn: 7200 },
    });
    const { client } = createTestClient(server, { baseUrl: `${server.url}/sandbox/` });
    await expect(client.getOtoReadStatus(readRequest)).resolves.toMatchObject({ messageReadInfoList: [] });
  });

  it("fires the timeout and reports kind timeout", async () => {
    server.route("POST", SEND, { delayMs: 5_000, json: { processQueryKey: "late" } });
    const { client } = createTestClient(server);
    const error = await client.sendPrivateChatMessage(sendRequest, { timeoutMs: 150 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DingTalkError);
    expect(error).toMatchObject({ kind: "timeout", code: "client.timeout", endpoint: SEND });
  });

  it("rejects an answer that does not match the schema as invalid-response", async () => {
    server.route("POST", SEND, { json: { processQueryKey: 12345 } });
    const { client } = createTestClient(server);
    const error = await client.sendPrivateChatMessage(sendRequest).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: "invalid-response", code: "client.invalidResponse", httpStatus: 200 });
    expect((error as Error).message).toContain("processQueryKey");
    expect(server.count(SEND)).toBe(1);
  });

  it("rejects a 200 that is not JSON as invalid-response", async () => {
    server.route("GET", READ, { body: "<html>login</html>" });
    const { client } = createTestClient(server);
    await expect(client.getOtoReadStatus(readRequest)).rejects.toMatchObject({ kind: "invalid-response" });
  });

  it("maps DingTalk's error body, and tolerates an HTML 503", async () => {
    server.route("POST", SEND, [
      {
        status: 400,
        json: { code: "invalidParameter.robotCode.auth", message: "appkey does not match", requestid: "REQ-1" },
      },
      {
        status: 503,
        body: "<html><h1>503 Service Temporarily Unavailable</h1></html>",
        headers: { "x-acs-request-id": "HDR-9" },
      },
    ]);
    const { client } = createTestClient(server);

    await expect(client.sendPrivateChatMessage(sendRequest)).rejects.toMatchObject({
      kind: "api",
      httpStatus: 400,
      code: "invalidParameter.robotCode.auth",
      message: "appkey does not match",
      requestId: "REQ-1",
      endpoint: SEND,
    });
    const html = await client.sendPrivateChatMessage(sendRequest).catch((e: unknown) => e);
    expect(html).toMatchObject({ kind: "api", httpStatus: 503, code: "http.503", requestId: "HDR-9" });
    expect((html as Error).message).not.toContain("<html>");
  });

  it("parses legacy and odd error bodies", () => {
    expect(parseErrorBody(400, "", '{"errcode":40014,"errmsg":"不合法的access_token"}', null)).toEqual({
      code: "40014",
      message: "不合法的access_token",
      requestId: null,
    });
    expect(parseErrorBody(502, "Bad Gateway", "", null)).toMatchObject({
      code: "http.502",
      message: "HTTP 502 Bad Gateway (non-JSON body)",
    });
    expect(parseErrorBody(500, "", "[1,2]", "H")).toMatchObject({ code: "http.500", requestId: "H" });
  });

  it("records every attempt in the ledger, token calls and retries included", async () => {
    server.route("GET", READ, [
      { status: 429, json: { code: "system.busy", message: "busy", requestid: "R429" } },
      { json: { sendStatus: "SUCCESS", requestid: "ROK" } },
    ]);
    const ledger = new MemoryLedger();
    const { client } = createTestClient(server, { ledger });

    await client.getOtoReadStatus(readRequest);

    expect(
      ledger.entries.map(({ endpoint, method, httpStatus, code, requestId, attempt, appKey }) => ({
        endpoint,
        method,
        httpStatus,
        code,
        requestId,
        attempt,
        appKey,
      })),
    ).toEqual([
      {
        endpoint: DINGTALK_PATHS.accessToken,
        method: "POST",
        httpStatus: 200,
        code: null,
        requestId: null,
        attempt: 1,
        appKey: TEST_APP_KEY,
      },
      {
        endpoint: READ,
        method: "GET",
        httpStatus: 429,
        code: "system.busy",
        requestId: "R429",
        attempt: 1,
        appKey: TEST_APP_KEY,
      },
      {
        endpoint: READ,
        method: "GET",
        httpStatus: 200,
        code: null,
        requestId: "ROK",
        attempt: 2,
        appKey: TEST_APP_KEY,
      },
    ]);
    for (const entry of ledger.entries) {
      expect(entry.startedAt).toBeInstanceOf(Date);
      expect(entry.durationMs).toBeGreaterThanOrEqual(0);
    }
  });

  it("passes every attempt (token call and retries included) through the limiter, keyed by app and path", async () => {
    server.route("POST", SEND, [
      { status: 403, json: { code: "Forbidden.AccessDenied.QpsLimitForAppkeyAndApi", message: "qps" } },
      { json: { processQueryKey: "k" } },
    ]);
    const keys: string[] = [];
    const released: string[] = [];
    const penalized: string[] = [];
    const limiter = {
      acquire: async (key: string) => {
        keys.push(key);
        return () => void released.push(key);
      },
      penalize: (key: string) => void penalized.push(key),
    };
    const { client } = createTestClient(server, { limiter });
    await client.sendPrivateChatMessage(sendRequest);
    expect(keys).toEqual([
      `${TEST_APP_KEY}:${DINGTALK_PATHS.accessToken}`,
      `${TEST_APP_KEY}:${SEND}`,
      `${TEST_APP_KEY}:${SEND}`,
    ]);
    // Every slot is released when its answer arrives, and the QPS refusal loosens that key's pace.
    expect(released).toEqual(keys);
    expect(penalized).toEqual([`${TEST_APP_KEY}:${SEND}`]);
  });

  it("records timeouts with no status", async () => {
    server.route("POST", SEND, { delayMs: 5_000, json: {} });
    const ledger = new MemoryLedger();
    const { client } = createTestClient(server, { ledger });
    await client.sendPrivateChatMessage(sendRequest, { timeoutMs: 150 }).catch(() => undefined);
    expect(ledger.entries.at(-1)).toMatchObject({ endpoint: SEND, httpStatus: null, code: "client.timeout" });
  });

  it.each<[string, ApiCallLedger]>([
    [
      "throws",
      {
        record: () => {
          throw new Error("ledger down");
        },
      },
    ],
    ["rejects", { record: () => Promise.reject(new Error("ledger down")) }],
  ])("keeps working when the ledger %s, and logs it", async (_label, ledger) => {
    server.route("POST", SEND, { json: { processQueryKey: "k1" } });
    const logger = new CaptureLogger();
    const { client } = createTestClient(server, { ledger, logger });
    await expect(client.sendPrivateChatMessage(sendRequest)).resolves.toMatchObject({ processQueryKey: "k1" });
    await new Promise((resolve) => setImmediate(resolve));
    expect(logger.lines.some((line) => line.includes("ledger failed"))).toBe(true);
  });

  it("sends nothing when the caller aborts while waiting, and reports client.aborted mid-flight", async () => {
    server.route("POST", SEND, { delayMs: 5_000, json: { processQueryKey: "late" } });
    const { client } = createTestClient(server);
    await client.getAccessToken();

    await expect(
      client.sendPrivateChatMessage(sendRequest, { signal: AbortSignal.abort(new Error("stop")) }),
    ).rejects.toThrow("stop");
    expect(server.count(SEND)).toBe(0);

    const controller = new AbortController();
    const pending = client.sendPrivateChatMessage(sendRequest, { signal: controller.signal });
    while (server.count(SEND) === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    controller.abort();
    await expect(pending).rejects.toMatchObject({ kind: "network", code: "client.aborted" });
  });
});
