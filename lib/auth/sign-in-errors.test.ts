import { afterEach, describe, expect, it, vi } from "vitest";
import { requestOrigin, safeReturnPath } from "./sign-in-errors";

const origin = "http://127.0.0.1:3160";
const back = (value: unknown) => safeReturnPath(value, origin);

describe("safeReturnPath", () => {
  it("keeps a path on the console, with its query and fragment", () => {
    expect(back("/messages")).toBe("/messages");
    expect(back("/messages/0b7d3f8e-4c1a-4e55-9a0d-2f6f1c9b8e21?tab=readers#chart")).toBe(
      "/messages/0b7d3f8e-4c1a-4e55-9a0d-2f6f1c9b8e21?tab=readers#chart",
    );
    expect(back("/audit?actor=a%40b.c&from=2030-01-01")).toBe("/audit?actor=a%40b.c&from=2030-01-01");
    expect(back("/cards/../messages")).toBe("/messages");
  });

  it("turns an absolute URL on the console's own origin into its path", () => {
    expect(back("http://127.0.0.1:3160/messages?status=sent#top")).toBe("/messages?status=sent#top");
    expect(back("HTTP://127.0.0.1:3160/compose")).toBe("/compose");
    // Another port, scheme or host is another origin.
    expect(back("http://127.0.0.1:3999/messages")).toBe("/");
    expect(back("https://127.0.0.1:3160/messages")).toBe("/");
  });

  it("sends tab and newline tricks home: browsers drop them, leaving //host", () => {
    expect(back("/\t/127.0.0.1:3999/phish")).toBe("/");
    expect(back("/\n/evil.example/phish")).toBe("/");
    expect(back("/\r\n/evil.example")).toBe("/");
    expect(back("\t//evil.example")).toBe("/");
    expect(back("  //evil.example")).toBe("/");
    expect(back("/\t\\evil.example")).toBe("/");
  });

  it("sends protocol-relative and backslash forms home", () => {
    expect(back("//evil.example/phish")).toBe("/");
    expect(back("///evil.example")).toBe("/");
    expect(back("/\\evil.example")).toBe("/");
    expect(back("\\\\evil.example")).toBe("/");
    expect(back("\\/evil.example")).toBe("/");
    // Dot segments that resolve to "//host" on this origin would still leave it in a Location header.
    expect(back("/.//evil.example/phish")).toBe("/");
    expect(back("/x/..//evil.example")).toBe("/");
  });

  it("keeps percent-encoded slashes as a path here, never a host", () => {
    // The query string has already been decoded once; what is still encoded stays a path segment.
    expect(back("/%2F/evil.example")).toBe("/%2F/evil.example");
    expect(back("/%5C/evil.example")).toBe("/%5C/evil.example");
    expect(back("/%09/evil.example")).toBe("/%09/evil.example");
    // Decoded once more, the phish link of issue 16 is one of the forms above.
    expect(back(decodeURIComponent("%2F%09%2F127.0.0.1%3A3999%2Fphish"))).toBe("/");
  });

  it("sends other schemes and other hosts home", () => {
    expect(back("javascript:alert(document.cookie)")).toBe("/");
    expect(back("JaVaScRiPt:alert(1)")).toBe("/");
    expect(back("data:text/html,<script>alert(1)</script>")).toBe("/");
    expect(back("https://evil.example/")).toBe("/");
    expect(back("https:evil.example")).toBe("/");
    expect(back("http://127.0.0.1:3160@evil.example/")).toBe("/");
  });

  it("never returns to the sign-in or setup page or the API, and ignores what is not a string", () => {
    expect(back("/login?next=/messages")).toBe("/");
    expect(back("/setup")).toBe("/");
    expect(back("/api/v1/messages")).toBe("/");
    expect(back("http://127.0.0.1:3160/login")).toBe("/");
    expect(back(["/messages", "/audit"])).toBe("/");
    expect(back(undefined)).toBe("/");
    expect(back("")).toBe("/");
  });

  it("accepts only relative paths when the origin is unknown", () => {
    expect(safeReturnPath("/messages?x=1")).toBe("/messages?x=1");
    expect(safeReturnPath("http://127.0.0.1:3160/messages")).toBe("/");
    expect(safeReturnPath("/\t/127.0.0.1:3999/phish")).toBe("/");
  });
});

describe("requestOrigin", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it("is the host the request was sent to, https when the proxy says so", () => {
    expect(requestOrigin(new Headers({ host: "127.0.0.1:3160" }))).toBe("http://127.0.0.1:3160");
    expect(requestOrigin(new Headers({ "x-forwarded-host": "dingcast.example", "x-forwarded-proto": "https" }))).toBe(
      "https://dingcast.example",
    );
    expect(safeReturnPath("/x", requestOrigin(new Headers()))).toBe("/x");
  });

  it("is APP_URL's origin when it is set", async () => {
    vi.stubEnv("APP_URL", "https://dingcast.example/console");
    vi.resetModules();
    const fresh = await import("./sign-in-errors");
    const resolved = fresh.requestOrigin(new Headers({ host: "10.0.0.9:3000" }));
    expect(resolved).toBe("https://dingcast.example");
    expect(fresh.safeReturnPath("https://dingcast.example/audit", resolved)).toBe("/audit");
  });
});
