import { describe, expect, it, vi } from "vitest";

describe("DingTalkError across module copies", () => {
  it("is recognised by instanceof even when the class was loaded twice (Next.js instrumentation vs routes)", async () => {
    const first = await import("./dingtalk-error");
    vi.resetModules();
    const second = await import("./dingtalk-error");
    expect(first.DingTalkError).not.toBe(second.DingTalkError);

    const error = new first.DingTalkError({
      kind: "api",
      code: "invalidClientIdOrSecret",
      message: "bad",
      httpStatus: 400,
      requestId: "r",
      endpoint: "/v1.0/oauth2/accessToken",
    });
    expect(error instanceof second.DingTalkError).toBe(true);
    expect(new Error("plain") instanceof second.DingTalkError).toBe(false);
    expect({ code: "x" } instanceof second.DingTalkError).toBe(false);
  });
});
