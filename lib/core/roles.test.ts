import { describe, expect, it } from "vitest";
import { hasRole, isRole } from "./roles";

describe("roles", () => {
  it("rank viewer < sender < admin", () => {
    expect(hasRole("admin", "admin")).toBe(true);
    expect(hasRole("admin", "viewer")).toBe(true);
    expect(hasRole("sender", "sender")).toBe(true);
    expect(hasRole("sender", "admin")).toBe(false);
    expect(hasRole("viewer", "sender")).toBe(false);
    expect(hasRole("viewer", "viewer")).toBe(true);
  });

  it("treat anything unknown as no role at all", () => {
    expect(hasRole("root", "viewer")).toBe(false);
    expect(hasRole(undefined, "viewer")).toBe(false);
    expect(isRole("sender")).toBe(true);
    expect(isRole("Admin")).toBe(false);
  });
});
