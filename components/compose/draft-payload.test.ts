import { describe, expect, it } from "vitest";
import { fillMsgParam, initialComposeState, toDraftPayload } from "./draft-payload";
import { toLocalInputValue } from "./schedule";

const robots = ["robotA"];

describe("draft payload", () => {
  it("round-trips the form and the audience text", () => {
    const start = initialComposeState(null, undefined, robots);
    const values = {
      ...start.values,
      message: { msgKey: "sampleMarkdown" as const, msgParam: { title: "Hi", text: "**x**" } },
      schedule: { mode: "schedule" as const, at: toLocalInputValue(new Date(Date.now() + 3_600_000)) },
    };
    const payload = JSON.parse(JSON.stringify(toDraftPayload(values, { text: "a\nb", fileName: "ids.csv" }))) as Record<
      string,
      unknown
    >;
    const back = initialComposeState(payload, undefined, robots);
    expect(back.values).toEqual(values);
    expect(back.audience).toEqual({ text: "a\nb", fileName: "ids.csv" });
    expect(back.restored).toBe(true);
  });

  it("preselects the only robot and drops one no longer configured", () => {
    expect(initialComposeState(null, undefined, robots).values.robotCode).toBe("robotA");
    expect(initialComposeState({ robotCode: "gone" }, undefined, ["r1", "r2"]).values.robotCode).toBe("");
  });

  it("survives a malformed draft", () => {
    const state = initialComposeState(
      { msgKey: "nope", msgParam: 3, audienceText: 5, scheduledAt: "yesterday" },
      undefined,
      robots,
    );
    expect(state.values.message).toEqual({ msgKey: "sampleText", msgParam: { content: "" } });
    expect(state.values.schedule).toEqual({ mode: "now", at: "" });
    expect(state.audience.text).toBe("");
  });

  it("lets a prefill win over the draft", () => {
    const state = initialComposeState(
      { msgKey: "sampleText", msgParam: { content: "draft" }, audienceText: "x" },
      {
        message: { msgKey: "sampleText", msgParam: { content: "remind" } },
        audience: { type: "users", userIds: ["u1", "u2"] },
      },
      robots,
    );
    expect(state.values.message.msgParam.content).toBe("remind");
    expect(state.audience.text).toBe("u1\nu2");
    expect(state.restored).toBe(false);
  });

  it("keeps the fields two message types share when switching", () => {
    expect(fillMsgParam("sampleActionCard6", { title: "T", text: "B", singleTitle: "x" })).toEqual({
      title: "T",
      text: "B",
      buttonTitle1: "",
      buttonUrl1: "",
      buttonTitle2: "",
      buttonUrl2: "",
    });
  });
});
