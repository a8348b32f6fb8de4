import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { fetchJson, ProblemError } from "./fetch-json";
import { PROBLEM_CONTENT_TYPE } from "./problem";

// A real HTTP server, so fetchJson reads real status lines, headers and bodies.
const answers: Record<string, { status: number; type: string; body: string }> = {
  "/ok": { status: 200, type: "application/json", body: JSON.stringify({ id: "m1", count: 3 }) },
  "/wrong-shape": { status: 200, type: "application/json", body: JSON.stringify({ id: "m1", count: "three" }) },
  "/problem": {
    status: 404,
    type: PROBLEM_CONTENT_TYPE,
    body: JSON.stringify({
      type: "/api-docs#problem-not-found",
      title: "Not found",
      status: 404,
      detail: "No message has this id.",
    }),
  },
  "/html-error": { status: 502, type: "text/html", body: "<html>Bad gateway</html>" },
};

let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    const answer = answers[request.url ?? ""] ?? { status: 500, type: "text/plain", body: "" };
    response.writeHead(answer.status, { "content-type": answer.type }).end(answer.body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const schema = z.object({ id: z.string(), count: z.number() });

describe("fetchJson", () => {
  it("returns the parsed answer when it has the schema's shape", async () => {
    await expect(fetchJson(`${base}/ok`, schema)).resolves.toEqual({ id: "m1", count: 3 });
  });

  it("takes the schema as a loader, so a page can fetch zod after it is interactive", async () => {
    await expect(fetchJson(`${base}/ok`, async () => schema)).resolves.toEqual({ id: "m1", count: 3 });
    await expect(fetchJson(`${base}/wrong-shape`, async () => schema)).rejects.toThrow(/count/);
  });

  it("refuses a 2xx answer of the wrong shape, naming the field", async () => {
    await expect(fetchJson(`${base}/wrong-shape`, schema)).rejects.toThrow(/count/);
  });

  it("throws the route's problem as a ProblemError whose message is its detail", async () => {
    const error = await fetchJson(`${base}/problem`, schema).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ProblemError);
    expect((error as ProblemError).problem).toMatchObject({ status: 404, title: "Not found" });
    expect((error as ProblemError).message).toBe("No message has this id.");
  });

  it("builds a problem from the status when the body is not one (a proxy's HTML page)", async () => {
    const error = await fetchJson(`${base}/html-error`, schema).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ProblemError);
    expect((error as ProblemError).problem).toMatchObject({ status: 502, detail: "HTTP 502" });
  });
});
