import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { allowHeader, isOtherMethod, otherMethods } from "./method-not-allowed";

const root = path.resolve(import.meta.dirname, "../..");
const METHODS = ["GET", "HEAD", "OPTIONS", "POST", "PUT", "DELETE", "PATCH"];

function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) return routeFiles(full);
    return entry === "route.ts" ? [full] : [];
  });
}

describe("otherMethods", () => {
  it("answers every other method with 405 problem+json and the Allow header", async () => {
    const handlers = otherMethods("POST");
    expect(Object.keys(handlers).sort()).toEqual(["DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "PUT"]);
    const response = handlers.GET(new Request("http://dingcast.test/api/v1/messages"));
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("OPTIONS, POST");
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(await response.json()).toEqual({
      type: "/api-docs#problem-method-not-allowed",
      title: "Method not allowed",
      status: 405,
      detail: "GET is not served here; this path takes OPTIONS, POST.",
    });
    const options = handlers.OPTIONS(new Request("http://dingcast.test/api/v1/messages", { method: "OPTIONS" }));
    expect(options.status).toBe(204);
    expect(options.headers.get("allow")).toBe("OPTIONS, POST");
  });

  it("leaves HEAD to Next.js where there is a GET, and lists it", () => {
    const handlers = otherMethods("GET");
    expect(Object.keys(handlers).sort()).toEqual(["DELETE", "OPTIONS", "PATCH", "POST", "PUT"]);
    expect(allowHeader(["GET"])).toBe("GET, HEAD, OPTIONS");
    expect(allowHeader(["PATCH", "GET", "POST"])).toBe("GET, HEAD, OPTIONS, POST, PATCH");
    expect(handlers.DELETE(new Request("http://dingcast.test/x", { method: "DELETE" })).headers.get("allow")).toBe(
      "GET, HEAD, OPTIONS",
    );
  });
});

describe("every /api/v1 route", () => {
  const files = routeFiles(path.join(root, "app/api/v1"));

  it("exists (so the checks below are not vacuous)", () => {
    expect(files.length).toBeGreaterThanOrEqual(7);
  });

  it.each(files.map((file) => [path.relative(root, file), file]))(
    "%s answers each method it does not serve with 405 and an Allow of those it serves",
    async (_name, file) => {
      const route = (await import(file)) as Record<string, unknown>;
      const served = METHODS.filter((method) => typeof route[method] === "function" && !isOtherMethod(route[method]));
      expect(served.length, "serves at least one method").toBeGreaterThan(0);
      const expectedAllow = allowHeader(served as Parameters<typeof allowHeader>[0]);
      for (const method of METHODS) {
        if (served.includes(method)) continue;
        // Next.js serves HEAD from GET by itself; anything else left unexported would be an empty 405.
        if (method === "HEAD" && served.includes("GET")) {
          expect(route.HEAD, "HEAD is left to Next.js").toBeUndefined();
          continue;
        }
        const handler = route[method];
        expect(isOtherMethod(handler), `${method} comes from otherMethods`).toBe(true);
        const response = (handler as (request: Request) => Response)(
          new Request("http://dingcast.test/api/v1/x", { method }),
        );
        expect(response.headers.get("allow"), method).toBe(expectedAllow);
        if (method === "OPTIONS") {
          expect(response.status).toBe(204);
        } else {
          expect(response.status, method).toBe(405);
          expect(response.headers.get("content-type")).toBe("application/problem+json");
        }
      }
    },
  );
});
