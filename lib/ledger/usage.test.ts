import { describe, expect, it } from "vitest";
import { startOfQuotaMonth } from "./usage";

describe("startOfQuotaMonth", () => {
  it("starts the month at midnight China time", () => {
    expect(startOfQuotaMonth(new Date("2026-11-22T02:00:00Z")).toISOString()).toBe("2026-10-31T16:00:00.000Z");
  });

  it("rolls over when it is already the 1st in China but still the last day in UTC", () => {
    expect(startOfQuotaMonth(new Date("2026-11-30T17:00:00Z")).toISOString()).toBe("2026-11-30T16:00:00.000Z");
  });
});
