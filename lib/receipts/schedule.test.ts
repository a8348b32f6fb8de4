import { describe, expect, it } from "vitest";
import { nextPollDelayMs } from "./schedule";

describe("nextPollDelayMs", () => {
  it("polls small messages briskly at first and backs off with age", () => {
    expect(nextPollDelayMs(60_000, 3)).toBe(30_000);
    expect(nextPollDelayMs(30 * 60_000, 3)).toBe(120_000);
    expect(nextPollDelayMs(3 * 3_600_000, 3)).toBe(900_000);
    expect(nextPollDelayMs(20 * 3_600_000, 3)).toBe(3_600_000);
  });

  it("spaces polls of big messages by their cost: a 1,000-call poll waits at least 1,000 s", () => {
    expect(nextPollDelayMs(60_000, 1_000)).toBe(1_000_000);
  });
});
