import { describe, expect, it } from "vitest";
import { apiContentSecurityPolicy, createNonce, pageContentSecurityPolicy } from "./csp";

describe("content security policy", () => {
  it("allows scripts only with the nonce in production and forbids framing", () => {
    const policy = pageContentSecurityPolicy({ nonce: "abc", dev: false, https: false });
    expect(policy).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic'");
    expect(policy).not.toContain("unsafe-eval");
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toContain("upgrade-insecure-requests");
  });

  it("relaxes only what next dev needs, and upgrades requests only over https", () => {
    expect(pageContentSecurityPolicy({ nonce: "n", dev: true, https: false })).toContain("'unsafe-eval'");
    expect(pageContentSecurityPolicy({ nonce: "n", dev: false, https: true })).toContain("upgrade-insecure-requests");
  });

  it("locks API responses down entirely", () => {
    expect(apiContentSecurityPolicy).toContain("default-src 'none'");
    expect(apiContentSecurityPolicy).toContain("frame-ancestors 'none'");
  });

  it("makes a different nonce every time", () => {
    expect(createNonce()).not.toBe(createNonce());
    expect(createNonce()).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});
