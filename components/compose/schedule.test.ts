import { describe, expect, it } from "vitest";
import { isoToLocalInputValue, offsetOf, parseLocalDateTime, toOffsetIso } from "./schedule";

describe("schedule conversions", () => {
  it("sends a local wall-clock time as ISO with the browser's offset", () => {
    const date = parseLocalDateTime("2026-11-22T09:30");
    expect(date).not.toBeNull();
    const iso = toOffsetIso(date as Date);
    expect(iso).toMatch(/^2026-11-22T09:30:00[+-]\d{2}:\d{2}$/);
    expect(iso.endsWith(offsetOf(date as Date))).toBe(true);
    expect(new Date(iso).getTime()).toBe((date as Date).getTime());
    expect(isoToLocalInputValue(iso)).toBe("2026-11-22T09:30");
  });

  it("refuses what a datetime-local input never holds", () => {
    expect(parseLocalDateTime("")).toBeNull();
    expect(parseLocalDateTime("tomorrow")).toBeNull();
    expect(isoToLocalInputValue(42)).toBe("");
  });
});
