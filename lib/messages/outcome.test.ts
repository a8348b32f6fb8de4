import { describe, expect, it } from "vitest";
import { DingTalkError } from "@/lib/dingtalk/errors/dingtalk-error";
import { classifyError, replanDelayMs } from "./outcome";

const apiError = (code: string, httpStatus: number) =>
  new DingTalkError({
    kind: "api",
    code,
    message: code,
    httpStatus,
    requestId: "r",
    endpoint: "/v1.0/robot/oToMessages/batchSend",
  });

describe("classifyError", () => {
  it("re-plans answers that prove DingTalk did not take the call", () => {
    expect(classifyError(apiError("Forbidden.AccessDenied.QpsLimitForAppkeyAndApi", 403)).kind).toBe("replan");
    expect(classifyError(apiError("send.too.fast", 400)).kind).toBe("replan");
    expect(classifyError(apiError("too.many.people", 400)).kind).toBe("replan");
  });

  it("never resends when the send may have been delivered", () => {
    expect(classifyError(apiError("system.error", 500))).toEqual({ kind: "unknown", code: "system.error" });
    expect(
      classifyError(
        new DingTalkError({
          kind: "timeout",
          code: "client.timeout",
          message: "t",
          httpStatus: null,
          requestId: null,
          endpoint: "/x",
        }),
      ).kind,
    ).toBe("unknown");
  });

  it("fails validation and permission errors with DingTalk's code", () => {
    expect(classifyError(apiError("invalidParameter.robotCode.notExsit", 400))).toEqual({
      kind: "failed",
      code: "invalidParameter.robotCode.notExsit",
    });
    expect(classifyError(new Error("boom"))).toEqual({ kind: "failed", code: "dingcast.internal" });
  });
});

describe("replanDelayMs", () => {
  it("doubles per generation, jittered between half and all of the ceiling, and caps", () => {
    expect(replanDelayMs(0, () => 0)).toBe(500);
    expect(replanDelayMs(0, () => 1)).toBe(1000);
    expect(replanDelayMs(3, () => 1)).toBe(8000);
    expect(replanDelayMs(20, () => 1)).toBe(60_000);
  });
});
