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

  // Each of these would leave the console (or land on a page that must not be a return target).
  const sentHome: Record<string, unknown[]> = {
    // Browsers drop tabs and newlines, leaving //host.
    "tab and newline tricks": [
      "/\t/127.0.0.1:3999/phish",
      "/\n/evil.example/phish",
      "/\r\n/evil.example",
      "\t//evil.example",
      "  //evil.example",
      "/\t\\evil.example",
    ],
    "protocol-relative and backslash forms": [
      "//evil.example/phish",
      "///evil.example",
      "/\\evil.example",
      "\\\\evil.example",
      "\\/evil.example",
    ],
    // Dot segments that resolve to "//host" on this origin would still leave it in a Location header.
    "dot segments that resolve to //host": ["/.//evil.example/phish", "/x/..//evil.example"],
    "other schemes and other hosts": [
      "javascript:alert(document.cookie)",
      "JaVaScRiPt:alert(1)",
      "data:text/html,<script>alert(1)</script>",
      "https://evil.example/",
      "https:evil.example",
      "http://127.0.0.1:3160@evil.example/",
    ],
    "the sign-in and setup pages and the API": [
      "/login?next=/messages",
      "/setup",
      "/api/v1/messages",
      "http://127.0.0.1:3160/login",
    ],
    "what is not a non-empty string": [["/messages", "/audit"], undefined, ""],
  };

  it.each(Object.entries(sentHome))("sends %s home", (_kind, values) => {
    for (const value of values) expect(back(value), JSON.stringify(value)).toBe("/");
  });

  it("keeps percent-encoded slashes as a path here, never a host", () => {
    // The query string has already been decoded once; what is still encoded stays a path segment.
    expect(back("/%2F/evil.example")).toBe("/%2F/evil.example");
    expect(back("/%5C/evil.example")).toBe("/%5C/evil.example");
    expect(back("/%09/evil.example")).toBe("/%09/evil.example");
    // Decoded once more, the phish link of issue 16 is one of the forms above.
    expect(back(decodeURIComponent("%2F%09%2F127.0.0.1%3A3999%2Fphish"))).toBe("/");
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
