import { describe, expect, it } from "vitest";
import { readJsonBody } from "./body";

const post = (body: BodyInit, headers: Record<string, string> = {}) =>
  new Request("http://localhost/api/v1/messages", {
    method: "POST",
    body,
    headers: { "content-type": "application/json", ...headers },
    duplex: "half",
  } as RequestInit);

function chunked(chunks: number, size: number): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent++ >= chunks) return controller.close();
      controller.enqueue(new Uint8Array(size).fill(0x20));
    },
  });
}

describe("readJsonBody", () => {
  it("reads a JSON body", async () => {
    expect(await readJsonBody(post('{"a":1}'))).toEqual({ ok: true, value: { a: 1 } });
  });

  it("refuses a declared Content-Length above the cap before reading", async () => {
    const request = post("{}", { "content-length": "20971520" });
    expect(await readJsonBody(request, 1024)).toEqual({ ok: false, reason: "tooLarge" });
    expect(request.bodyUsed).toBe(false);
  });

  it("stops a chunked body at the cap", async () => {
    expect(await readJsonBody(post(chunked(100, 1024)), 10 * 1024)).toEqual({ ok: false, reason: "tooLarge" });
  });

  it("refuses malformed JSON and invalid UTF-8", async () => {
    expect(await readJsonBody(post("{"))).toEqual({ ok: false, reason: "badJson" });
    expect(await readJsonBody(post(new Uint8Array([0x7b, 0xff, 0x7d])))).toEqual({ ok: false, reason: "badJson" });
  });

  it("names the path of a control character or lone surrogate anywhere in the body", async () => {
    expect(await readJsonBody(post('{"msgParam":{"content":"before\\u0000after"}}'))).toEqual({
      ok: false,
      reason: "unsafeText",
      at: { code: "U+0000", position: 7, path: ["msgParam", "content"] },
    });
    const surrogate = await readJsonBody(post('{"audience":{"userIds":["\\uD800"]}}'));
    expect(surrogate.ok === false && surrogate.reason === "unsafeText" && surrogate.at.path).toEqual([
      "audience",
      "userIds",
      0,
    ]);
  });
});
