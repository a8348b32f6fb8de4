import { describe, expect, it } from "vitest";
import { USERS_PER_CHUNK } from "@/lib/messages/plan";
import { durationParts, estimateSend, USERS_PER_CALL } from "./estimate";

const limits = { qps: 20, monthlyQuota: 5000, usedThisMonth: 0 };

describe("estimateSend", () => {
  it("uses the planner's chunk size", () => {
    expect(USERS_PER_CALL).toBe(USERS_PER_CHUNK);
  });

  it("takes one batchSend call per 20 users", () => {
    expect(estimateSend({ type: "users", count: 1000 }, limits)).toEqual({
      recipients: 1000,
      calls: 50,
      seconds: 2.5,
      quotaShare: 0.01,
      exceedsQuota: false,
    });
    expect(estimateSend({ type: "users", count: 21 }, limits).calls).toBe(2);
    expect(estimateSend({ type: "users", count: 100_000 }, limits).calls).toBe(5000);
  });

  it("takes one call for a coolapp chat", () => {
    expect(estimateSend({ type: "conversation" }, limits)).toMatchObject({ recipients: 1, calls: 1 });
  });

  it("flags a send that passes the monthly quota", () => {
    expect(estimateSend({ type: "users", count: 100_000 }, { ...limits, usedThisMonth: 0 }).exceedsQuota).toBe(false);
    expect(estimateSend({ type: "users", count: 100_000 }, { ...limits, usedThisMonth: 1 }).exceedsQuota).toBe(true);
  });
});

describe("durationParts", () => {
  it("keeps one decimal under a minute and whole units above", () => {
    expect(durationParts(0.05)).toEqual({ unit: "lessThanSecond" });
    expect(durationParts(2.5)).toEqual({ unit: "seconds", seconds: 2.5 });
    expect(durationParts(250)).toEqual({ unit: "minutes", minutes: 4, seconds: 10 });
    expect(durationParts(7384)).toEqual({ unit: "hours", hours: 2, minutes: 3 });
  });
});
