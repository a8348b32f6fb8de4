import { describe, expect, it } from "vitest";
import { clientIp, normalizeEmail } from "./client-ip";

describe("clientIp", () => {
  it("takes the first forwarded address and unwraps IPv4-mapped IPv6", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": "::ffff:127.0.0.1, 10.0.0.1" }))).toBe("127.0.0.1");
    expect(clientIp(new Headers({ "x-forwarded-for": "2001:db8::1" }))).toBe("2001:db8::1");
    expect(clientIp(new Headers({ "x-real-ip": "10.1.2.3" }))).toBe("10.1.2.3");
  });

  it("ignores anything that is not an address", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": "<script>" }))).toBeNull();
    expect(clientIp(new Headers())).toBeNull();
    expect(clientIp(null)).toBeNull();
  });

  it("normalises emails", () => {
    expect(normalizeEmail("  Ada@Example.COM ")).toBe("ada@example.com");
    expect(normalizeEmail(42)).toBe("");
  });
});
