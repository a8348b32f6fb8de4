import { describe, expect, it } from "vitest";
import { maskSecret } from "./connection-info";

describe("maskSecret", () => {
  it("shows only the last 4 characters of a real key", () => {
    expect(maskSecret("dingabcdefgh1234")).toBe("••••1234");
  });

  it("reveals less of a short value", () => {
    expect(maskSecret("abcd")).toBe("••••d");
    expect(maskSecret("abc")).toBe("••••");
  });

  it("says nothing about a missing value", () => {
    expect(maskSecret(undefined)).toBeNull();
    expect(maskSecret("")).toBeNull();
  });
});
