import { afterEach, describe, expect, it, vi } from "vitest";
import { clientIp, normalizeEmail, trustedProxies } from "./client-ip";

const forwarded = (value: string) => new Headers({ "x-forwarded-for": value });
const proxies = trustedProxies(["10.0.0.5", "10.1.0.0/16", "::1", "2001:db8:ffff::/48"]);

describe("clientIp without TRUSTED_PROXIES", () => {
  const none = trustedProxies([]);

  it("believes no forwarded header, because Next.js passes on whatever a client sent", () => {
    expect(clientIp(forwarded("203.0.113.7"), none)).toBeNull();
    expect(clientIp(forwarded("::ffff:127.0.0.1"), none)).toBeNull();
    expect(clientIp(new Headers({ "x-real-ip": "203.0.113.7" }), none)).toBeNull();
  });

  it("is what the server gets when the environment names no proxy", () => {
    // vitest runs without TRUSTED_PROXIES, so the default matcher is the empty one.
    expect(clientIp(forwarded("203.0.113.7"))).toBeNull();
  });
});

describe("clientIp behind trusted proxies", () => {
  it("takes the address the last proxy received the request from", () => {
    expect(clientIp(forwarded("203.0.113.7"), proxies)).toBe("203.0.113.7");
    expect(clientIp(forwarded("203.0.113.7, 10.1.4.4"), proxies)).toBe("203.0.113.7");
    expect(clientIp(forwarded("203.0.113.7,10.0.0.5 , 10.1.9.9"), proxies)).toBe("203.0.113.7");
    expect(clientIp(forwarded("2001:db8::1, ::1"), proxies)).toBe("2001:db8::1");
  });

  it("never reaches what a client wrote left of the address a proxy appended", () => {
    // The client sent "X-Forwarded-For: 198.51.100.1, 10.0.0.5" to lock out someone else or to
    // dodge its own limit; the proxy appended the real peer, 203.0.113.7.
    expect(clientIp(forwarded("198.51.100.1, 10.0.0.5, 203.0.113.7, 10.1.0.2"), proxies)).toBe("203.0.113.7");
  });

  it("answers the leftmost entry when every hop is a trusted proxy (a request from the proxy itself)", () => {
    expect(clientIp(forwarded("10.1.2.3, 10.0.0.5"), proxies)).toBe("10.1.2.3");
    expect(clientIp(forwarded("::1"), proxies)).toBe("::1");
  });

  it("unwraps IPv4-mapped IPv6, in the header and against the ranges", () => {
    expect(clientIp(forwarded("::ffff:203.0.113.7, ::ffff:10.1.0.2"), proxies)).toBe("203.0.113.7");
    expect(trustedProxies(["10.0.0.0/8"]).includes("::ffff:10.9.9.9")).toBe(true);
  });

  it("matches CIDR ranges of both families and nothing outside them", () => {
    expect(proxies.includes("10.1.255.255")).toBe(true);
    expect(proxies.includes("10.2.0.1")).toBe(false);
    expect(proxies.includes("10.0.0.6")).toBe(false);
    expect(proxies.includes("2001:db8:ffff:1::9")).toBe(true);
    expect(proxies.includes("2001:db8:fffe::9")).toBe(false);
    expect(proxies.includes("not an ip")).toBe(false);
  });

  it("gives up on anything that is not an address, rather than store it", () => {
    expect(clientIp(forwarded("<script>"), proxies)).toBeNull();
    expect(clientIp(forwarded("203.0.113.7, unknown"), proxies)).toBeNull();
    expect(clientIp(forwarded("203.0.113.7:5050"), proxies)).toBeNull();
    expect(clientIp(forwarded(" , "), proxies)).toBeNull();
    expect(clientIp(new Headers(), proxies)).toBeNull();
    expect(clientIp(null, proxies)).toBeNull();
  });

  it("ignores X-Real-IP, which any client can send", () => {
    expect(clientIp(new Headers({ "x-real-ip": "203.0.113.7" }), proxies)).toBeNull();
  });
});

describe("TRUSTED_PROXIES", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it("is read from the environment once", async () => {
    vi.stubEnv("TRUSTED_PROXIES", " 10.0.0.5 , 10.1.0.0/16,::1");
    vi.resetModules();
    const fresh = await import("./client-ip");
    expect(fresh.configuredTrustedProxies().entries).toEqual(["10.0.0.5", "10.1.0.0/16", "::1"]);
    expect(fresh.clientIp(forwarded("198.51.100.1, 203.0.113.7, 10.1.0.9"))).toBe("203.0.113.7");
  });

  it("stops the start with one sentence when an entry is neither an IP nor a range", async () => {
    vi.stubEnv("TRUSTED_PROXIES", "10.0.0.5,proxy.internal");
    vi.resetModules();
    await expect(import("@/lib/env")).rejects.toThrow(
      "Environment variable TRUSTED_PROXIES is invalid: must be comma-separated IP addresses or CIDR ranges, such as 10.0.0.5,10.1.0.0/16.",
    );
  });
});

describe("normalizeEmail", () => {
  it("trims and lowercases", () => {
    expect(normalizeEmail("  Ada@Example.COM ")).toBe("ada@example.com");
    expect(normalizeEmail(42)).toBe("");
  });
});
