import { Writable } from "node:stream";
import pino from "pino";
import { describe, expect, it } from "vitest";
import { DingTalkError } from "./errors/dingtalk-error";
import { DINGTALK_PATHS } from "./paths";
import { createSafeLogger, redactText, redactValue, REDACTED, SecretRegistry } from "./redact";
import type { FakeServer } from "./testing/fake-server";
import { CaptureLogger, createTestClient, fakeServerPerTest, routeToken, TEST_APP_SECRET } from "./testing/fixtures";

describe("redact", () => {
  it("removes registered secrets and secret-shaped text", () => {
    const secrets = new SecretRegistry();
    secrets.add("my-registered-token-value");
    const text = [
      "token my-registered-token-value rejected",
      "x-acs-dingtalk-access-token: abc.def-123",
      '{"accessToken":"zzz-111","appSecret":"qqq"}',
      "?access_token=tok123&x=1",
      "old token 0123456789abcdef0123456789abcdef here",
    ].join(" | ");
    const out = redactText(text, secrets);
    for (const leaked of [
      "my-registered-token-value",
      "abc.def-123",
      "zzz-111",
      "qqq",
      "tok123",
      "0123456789abcdef0123456789abcdef",
    ]) {
      expect(out).not.toContain(leaked);
    }
    expect(out).toContain(REDACTED);
    expect(out).toContain("&x=1");
  });

  it("blanks secret keys at any depth and scrubs errors and strings", () => {
    const secrets = new SecretRegistry();
    secrets.add("tok-in-a-string");
    const circular: Record<string, unknown> = { appSecret: "s1" };
    circular.self = circular;
    const value = redactValue(
      {
        headers: { "x-acs-dingtalk-access-token": "t1", accept: "application/json" },
        body: { appKey: "k", appSecret: "s2", suiteSecret: "s3", nested: [{ accessToken: "t2" }] },
        note: "sent tok-in-a-string",
        err: new Error("echo tok-in-a-string"),
        circular,
        nextToken: "page-2",
      },
      secrets,
    );
    const json = JSON.stringify(value);
    for (const leaked of ["t1", "s2", "s3", "t2", "tok-in-a-string", "s1"]) expect(json).not.toContain(`"${leaked}"`);
    expect(json).not.toContain("tok-in-a-string");
    expect(json).toContain("application/json");
    expect(json).toContain("page-2");
    expect(json).toContain("[Circular]");
  });

  it("keeps the registry bounded", () => {
    const secrets = new SecretRegistry(3);
    for (const s of ["aaaa1", "aaaa2", "aaaa3", "aaaa4"]) secrets.add(s);
    expect(secrets.values()).toHaveLength(3);
    expect(secrets.values()).not.toContain("aaaa1");
  });
});

describe("secrets never leak through the client", () => {
  let server: FakeServer;
  fakeServerPerTest((started) => (server = started), { token: false });

  const sendRequest = { robotCode: "dingrobot", userIds: ["u1"], msgKey: "sampleText", msgParam: { content: "hi" } };

  it("scrubs a token DingTalk echoes back from the error message, stack and every log line", async () => {
    const token = "LEAKY-token-value-7f3a";
    routeToken(server, () => ({ json: { accessToken: token, expireIn: 7200 } }));
    server.route("POST", DINGTALK_PATHS.otoBatchSend, (request) => ({
      status: 400,
      json: {
        code: "invalidParameter.robotCode.auth",
        message: `token ${String(request.headers["x-acs-dingtalk-access-token"])} may not use this robot`,
        requestid: "R",
      },
    }));
    const logger = new CaptureLogger();
    const { client } = createTestClient(server, { logger });

    const error = await client.batchSendOto(sendRequest).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(DingTalkError);
    const dt = error as DingTalkError;
    expect(dt.message).toContain(REDACTED);
    expect(dt.stack?.startsWith("DingTalkError: ")).toBe(true);
    for (const text of [dt.message, dt.stack ?? "", String(dt), JSON.stringify(dt), ...logger.lines]) {
      expect(text).not.toContain(token);
      expect(text).not.toContain(TEST_APP_SECRET);
    }
    expect(logger.lines.length).toBeGreaterThan(0);
  });

  it("keeps both the rejected and the fresh token out of logs on a token refresh, with a real pino logger", async () => {
    let issued = 0;
    routeToken(server, () => ({ json: { accessToken: `rotating-token-${++issued}-secret`, expireIn: 7200 } }));
    server.route("POST", DINGTALK_PATHS.otoBatchSend, [
      { status: 401, json: { code: "InvalidAuthentication", message: "不合法的access_token rotating-token-1-secret" } },
      { json: { processQueryKey: "pqk" } },
    ]);
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk: Buffer, _encoding, callback) {
        lines.push(chunk.toString());
        callback();
      },
    });
    const { client } = createTestClient(server, { logger: pino({ level: "debug" }, stream) });

    await client.batchSendOto(sendRequest);
    await new Promise((resolve) => setImmediate(resolve));

    expect(lines.length).toBeGreaterThan(2);
    const all = lines.join("\n");
    expect(all).toContain("refreshing it and retrying once");
    for (const secret of ["rotating-token-1-secret", "rotating-token-2-secret", TEST_APP_SECRET])
      expect(all).not.toContain(secret);
  });

  it("scrubs a caller's own log objects too", () => {
    const secrets = new SecretRegistry();
    secrets.add("caller-token-123");
    const capture = new CaptureLogger();
    const safe = createSafeLogger(capture, secrets);
    safe.error(
      {
        request: { headers: { "x-acs-dingtalk-access-token": "caller-token-123" } },
        err: new Error("failed with caller-token-123"),
      },
      "call caller-token-123 failed",
    );
    expect(capture.lines.join("\n")).not.toContain("caller-token-123");
  });

  it("never puts the app secret into token-endpoint errors", async () => {
    routeToken(server, (request) => ({
      status: 400,
      json: { code: "invalidClientIdOrSecret", message: `bad secret ${JSON.stringify(request.json)}` },
    }));
    const logger = new CaptureLogger();
    const { client } = createTestClient(server, { logger });
    const error = (await client.getAccessToken().catch((e: unknown) => e)) as DingTalkError;
    expect(error.code).toBe("invalidClientIdOrSecret");
    for (const text of [error.message, error.stack ?? "", ...logger.lines]) expect(text).not.toContain(TEST_APP_SECRET);
  });
});
