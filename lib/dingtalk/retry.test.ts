import { describe, expect, it } from "vitest";
import { DingTalkError } from "./errors/dingtalk-error";
import { DINGTALK_PATHS } from "./paths";
import { backoffDelay, DEFAULT_RETRY_OPTIONS, shouldRetry } from "./retry";
import type { FakeResponse, FakeServer } from "./testing/fake-server";
import { createTestClient, fakeServerPerTest } from "./testing/fixtures";

const SEND = DINGTALK_PATHS.otoBatchSend;
const READ = DINGTALK_PATHS.otoReadStatus;
const sendRequest = {
  robotCode: "dingrobot",
  userIds: ["u1", "u2"],
  msgKey: "sampleText",
  msgParam: { content: "hello" },
};
const readRequest = { robotCode: "dingrobot", processQueryKey: "pqk" };
const sendOk = { json: { processQueryKey: "pqk-1", invalidStaffIdList: [], flowControlledStaffIdList: [] } };
const readOk = { json: { sendStatus: "SUCCESS", messageReadInfoList: [] } };
const qps403 = {
  status: 403,
  json: { code: "Forbidden.AccessDenied.QpsLimitForAppkeyAndApi", message: "qps limit", requestid: "Q" },
};

let server: FakeServer;
fakeServerPerTest((started) => (server = started));

describe("reads", () => {
  it.each([
    ["429 system.busy", { status: 429, json: { code: "system.busy", message: "system busy" } }],
    ["500 system.error", { status: 500, json: { code: "system.error", message: "Unknown system error" } }],
    ["503 HTML page", { status: 503, body: "<html><body>Service Unavailable</body></html>" }],
    ["403 QPS limit", qps403],
  ])("are retried after %s", async (_label, failure) => {
    server.route("GET", READ, [failure, failure, readOk]);
    const { client, sleeps } = createTestClient(server);

    await expect(client.getOtoReadStatus(readRequest)).resolves.toMatchObject({ sendStatus: "SUCCESS" });
    expect(server.count(READ)).toBe(3);
    expect(sleeps).toHaveLength(2);
  });

  it("are retried after a timeout", async () => {
    // The first answer never comes in time; the retry's must arrive within the same timeout, so
    // the timeout is wide enough for a loaded machine.
    server.route("GET", READ, [{ delayMs: 60_000, ...readOk }, readOk]);
    const { client } = createTestClient(server);

    await expect(client.getOtoReadStatus(readRequest, { timeoutMs: 3_000 })).resolves.toMatchObject({
      sendStatus: "SUCCESS",
    });
    expect(server.count(READ)).toBe(2);
  });

  it("stop after maxAttempts and report how many were made", async () => {
    server.route("GET", READ, { status: 503, body: "<html>busy</html>" });
    const { client, sleeps } = createTestClient(server, { retry: { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 4 } });

    const error = await client.getOtoReadStatus(readRequest).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DingTalkError);
    expect(error).toMatchObject({ kind: "api", code: "http.503", httpStatus: 503, attempts: 3 });
    expect(server.count(READ)).toBe(3);
    expect(sleeps).toHaveLength(2);
  });

  it("are not retried after a validation error", async () => {
    server.route("GET", READ, {
      status: 400,
      json: { code: "invalid.processQueryKey", message: "Invalid processQueryKey." },
    });
    const { client } = createTestClient(server);
    await expect(client.getOtoReadStatus(readRequest)).rejects.toMatchObject({
      code: "invalid.processQueryKey",
      attempts: 1,
    });
    expect(server.count(READ)).toBe(1);
  });
});

describe("sends", () => {
  /** One batchSend whose first answer is `failure` (a retry would get sendOk): the error it ended in. */
  async function sendErrorAfter(failure: FakeResponse, options?: { timeoutMs: number }): Promise<unknown> {
    server.route("POST", SEND, [failure, sendOk]);
    const { client } = createTestClient(server);
    return client.batchSendOto(sendRequest, options).catch((e: unknown) => e);
  }

  it("are NOT retried on 500 system.error: DingTalk may have delivered", async () => {
    const error = await sendErrorAfter({
      status: 500,
      json: { code: "system.error", message: "Unknown system error" },
    });
    expect(error).toMatchObject({ kind: "api", code: "system.error", httpStatus: 500 });
    expect((error as DingTalkError).outcomeUnknown).toBe(true);
    expect(server.count(SEND)).toBe(1);
  });

  it("are NOT retried on a timeout, which surfaces as kind timeout", async () => {
    const error = await sendErrorAfter({ delayMs: 2_000, ...sendOk }, { timeoutMs: 200 });
    expect(error).toBeInstanceOf(DingTalkError);
    expect(error).toMatchObject({ kind: "timeout", code: "client.timeout", httpStatus: null });
    expect((error as DingTalkError).outcomeUnknown).toBe(true);
    expect(server.count(SEND)).toBe(1);
  });

  it("are NOT retried when the connection drops after the request left", async () => {
    server.route("POST", SEND, [{ destroy: true }, sendOk]);
    const { client } = createTestClient(server);
    await expect(client.batchSendOto(sendRequest)).rejects.toMatchObject({ kind: "network", code: "client.network" });
    expect(server.count(SEND)).toBe(1);
  });

  it("are NOT retried on unknown.send.result", async () => {
    const error = await sendErrorAfter({
      status: 400,
      json: { code: "unknown.send.result", message: "Unknown send result." },
    });
    expect((error as DingTalkError).outcomeUnknown).toBe(true);
    expect(server.count(SEND)).toBe(1);
  });

  it.each([
    ["403 QPS limit", qps403],
    ["429 system.busy", { status: 429, json: { code: "system.busy", message: "busy" } }],
    ["400 send.too.fast", { status: 400, json: { code: "send.too.fast", message: "Rate limit error." } }],
    ["400 too.many.people", { status: 400, json: { code: "too.many.people", message: "Rate limited" } }],
  ])("ARE retried after %s, which proves DingTalk refused them", async (_label, failure) => {
    server.route("POST", SEND, [failure, sendOk]);
    const { client } = createTestClient(server);
    await expect(client.batchSendOto(sendRequest)).resolves.toMatchObject({ processQueryKey: "pqk-1" });
    expect(server.count(SEND)).toBe(2);
  });

  it("are not retried on a 5xx whose code would be safe on a 4xx (card API's 500 system.busy)", async () => {
    server.route("POST", DINGTALK_PATHS.cardCreateAndDeliver, {
      status: 500,
      json: { code: "system.busy", message: "系统繁忙" },
    });
    const { client } = createTestClient(server);
    await expect(
      client.createAndDeliverCard({
        cardTemplateId: "t",
        outTrackId: "o",
        cardData: { cardParamMap: {} },
        openSpaceId: "dtv1.card//IM_ROBOT.u1",
      }),
    ).rejects.toMatchObject({ code: "system.busy", httpStatus: 500 });
    expect(server.count(DINGTALK_PATHS.cardCreateAndDeliver)).toBe(1);
  });
});

describe("backoff", () => {
  it("grows exponentially with jitter and stays within bounds", () => {
    const options = { ...DEFAULT_RETRY_OPTIONS, baseDelayMs: 100, maxDelayMs: 1_000 };
    expect(backoffDelay(1, options, () => 0)).toBe(50);
    expect(backoffDelay(1, options, () => 1)).toBe(100);
    expect(backoffDelay(3, options, () => 0)).toBe(200);
    expect(backoffDelay(3, options, () => 1)).toBe(400);
    expect(backoffDelay(10, options, () => 1)).toBe(1_000);
    expect(backoffDelay(10, options, () => 0)).toBe(500);
  });

  it("randomizes the delays the client actually sleeps", async () => {
    server.route("GET", READ, { status: 429, json: { code: "system.busy", message: "busy" } });
    const randoms = [0, 1, 0.5];
    const { client, sleeps } = createTestClient(server, {
      retry: { maxAttempts: 4, baseDelayMs: 100, maxDelayMs: 10_000 },
      random: () => randoms.shift() ?? 0,
    });
    await expect(client.getOtoReadStatus(readRequest)).rejects.toMatchObject({ code: "system.busy", attempts: 4 });
    // Steps 100, 200, 400: half fixed, half scaled by the injected random numbers 0, 1, 0.5.
    expect(sleeps).toEqual([50, 200, 300]);
  });

  it("honours Retry-After when it asks for longer than the backoff", async () => {
    server.route("GET", READ, [
      { status: 429, json: { code: "system.busy", message: "busy" }, headers: { "retry-after": "1" } },
      readOk,
    ]);
    const { client, sleeps } = createTestClient(server, {
      retry: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 5_000 },
    });
    await client.getOtoReadStatus(readRequest);
    expect(sleeps).toEqual([1_000]);
  });

  it("classifies errors by call kind", () => {
    const err = (init: Partial<ConstructorParameters<typeof DingTalkError>[0]>) =>
      new DingTalkError({
        kind: "api",
        code: "x",
        message: "m",
        httpStatus: 400,
        requestId: null,
        endpoint: "/p",
        ...init,
      });
    expect(shouldRetry(err({ kind: "timeout", code: "client.timeout", httpStatus: null }), "read")).toBe(true);
    expect(shouldRetry(err({ kind: "timeout", code: "client.timeout", httpStatus: null }), "send")).toBe(false);
    expect(shouldRetry(err({ kind: "network", code: "client.aborted", httpStatus: null }), "read")).toBe(false);
    expect(
      shouldRetry(err({ kind: "invalid-response", code: "client.invalidResponse", httpStatus: 200 }), "read"),
    ).toBe(false);
    expect(shouldRetry(err({ code: "systemBusy", httpStatus: 500 }), "read")).toBe(true);
    expect(shouldRetry(err({ code: "systemBusy", httpStatus: 500 }), "send")).toBe(false);
  });
});
