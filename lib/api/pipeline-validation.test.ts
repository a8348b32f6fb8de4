import { describe, expect, it } from "vitest";
import { handleApiRequest } from "./pipeline";
import { apiSuite, post, sendEndpoint, text } from "./testing/api-harness";

/** What the pipeline answers a send it refuses: field paths in English, bad JSON, 413, 415. */
const suite = apiSuite();

describe("sending: refused requests", () => {
  it("validates like the compose form and reports English sentences per API field path", async () => {
    const cases: [unknown, Record<string, string[]>][] = [
      [{ msgKey: "sampleText", msgParam: {}, audience: { userIds: ["a"] } }, { "msgParam.content": ["Required."] }],
      [{ msgKey: "sampleNope", msgParam: {}, audience: { userIds: ["a"] } }, { msgKey: ["Choose a message type."] }],
      [
        { ...text(["good", "bad id"]) },
        {
          "audience.userIds.1": [
            "“bad id” is not a DingTalk userId: use letters, digits and - _ . @ only, at most 64 characters.",
          ],
        },
      ],
      [{ ...text([]) }, { "audience.userIds": ["Add at least one recipient."] }],
      [
        {
          msgKey: "sampleText",
          msgParam: { content: "x" },
          audience: { openConversationId: "nope", coolAppCode: "c" },
        },
        { "audience.openConversationId": ["An openConversationId starts with “cid”."] },
      ],
      [{ ...text(["a"]), sendat: "tomorrow" }, { sendat: ["This field is not part of the request."] }],
      [{ ...text(["a"]), robotCode: "someone-elses" }, { robotCode: ["Choose one of the configured robots."] }],
      [{ ...text(["a"]), sendAt: "2020-01-01T00:00:00Z" }, { sendAt: ["Choose a time in the future."] }],
      [
        { ...text(["a"]), sendAt: "next week" },
        { sendAt: ["Enter the time as ISO 8601 with an offset, for example 2026-05-01T09:30:00+08:00."] },
      ],
      [["not", "an", "object"], { body: ["Expected object."] }],
      [
        text(["a"], "before\u0000after"),
        {
          "msgParam.content": ["This text contains an invisible control character (U+0000) at position 7; remove it."],
        },
      ],
      [text(["\uD800"]), { "audience.userIds.0": [expect.stringContaining("(U+D800) at position 1")] }],
      [{ ...text(["a"]), __proto__x: 1 }, { __proto__x: ["This field is not part of the request."] }],
      [
        { msgKey: "sampleText", msgParam: { content: "hi" }, audience: { userIds: [1001, 1002, 1003, 1004] } },
        {
          "audience.userIds.0": ["Expected string."],
          "audience.userIds.1": ["Expected string."],
          "audience.userIds.2": ["Expected string."],
          "audience.userIds.3": ["Expected string."],
        },
      ],
      [
        { ...text(["a"]), msgParam: { content: "hi", title: "extra" } },
        { "msgParam.title": ["This field is not part of the request."] },
      ],
    ];
    for (const [body, errors] of cases) {
      const result = await handleApiRequest(
        suite.services,
        sendEndpoint,
        post("/api/v1/messages", suite.fullKey, body),
        {},
      );
      expect(result.status, JSON.stringify(body)).toBe(400);
      expect(result.body, JSON.stringify(body)).toMatchObject({
        type: "/api-docs#problem-validation",
        title: "Validation failed",
        status: 400,
        errors,
      });
    }
    expect(
      (await handleApiRequest(suite.services, sendEndpoint, post("/api/v1/messages", suite.fullKey, "{not json"), {}))
        .status,
    ).toBe(400);
    const form = new Request("http://dingcast.test/api/v1/messages", {
      method: "POST",
      headers: { authorization: `Bearer ${suite.fullKey}`, "content-type": "text/plain" },
      body: "hi",
    });
    expect((await handleApiRequest(suite.services, sendEndpoint, form, {})).status).toBe(415);
    const protoBody = `{"msgKey":"sampleText","msgParam":{"content":"hi"},"audience":{"userIds":["a"]},"__proto__":{"x":1}}`;
    const proto = await handleApiRequest(
      suite.services,
      sendEndpoint,
      post("/api/v1/messages", suite.fullKey, protoBody),
      {},
    );
    expect(proto.status).toBe(400);
    expect(JSON.stringify(proto.body)).toContain('"errors":{"__proto__":["This field is not part of the request."]}');
  });

  it("answers 413 problem+json for a body over 8 MiB, by Content-Length or while a chunked body streams", async () => {
    const big = post("/api/v1/messages", suite.fullKey, "{}", { "content-length": String(20 * 1024 * 1024) });
    const declared = await handleApiRequest(suite.services, sendEndpoint, big, {});
    expect(declared.status).toBe(413);
    expect(declared.body).toMatchObject({ type: "/api-docs#problem-payload-too-large", status: 413 });
    expect(big.bodyUsed).toBe(false);
    const chunk = new Uint8Array(1024 * 1024).fill(0x20);
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ >= 20) controller.close();
        else controller.enqueue(chunk);
      },
    });
    const chunked = new Request("http://dingcast.test/api/v1/messages", {
      method: "POST",
      headers: { authorization: `Bearer ${suite.fullKey}`, "content-type": "application/json" },
      body: stream,
      duplex: "half",
    } as RequestInit);
    const streamed = await handleApiRequest(suite.services, sendEndpoint, chunked, {});
    expect(streamed.status).toBe(413);
    expect(streamed.body).toMatchObject({
      detail: "The body is larger than 8,388,608 bytes; send fewer recipients or shorter texts per request.",
    });
    expect(sent).toBeLessThan(12);
  });
});
