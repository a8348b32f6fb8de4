import { describe, expect, it } from "vitest";
import { composeFormSchema, type ComposeFormValues } from "./compose-form.schema";
import { toLocalInputValue } from "./schedule";

const valid: ComposeFormValues = {
  message: { msgKey: "sampleText", msgParam: { content: "Hello" } },
  robotCode: "robot",
  audience: { type: "users", openConversationId: "", coolAppCode: "" },
  schedule: { mode: "now", at: "" },
};

function issues(values: ComposeFormValues): Record<string, string> {
  const result = composeFormSchema.safeParse(values);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), issue.message]));
}

describe("composeFormSchema", () => {
  it("accepts a complete form and outputs the shared message shape", () => {
    const result = composeFormSchema.parse({
      ...valid,
      message: { msgKey: "sampleText", msgParam: { content: "  Hi  " } },
    });
    expect(result.message).toEqual({ msgKey: "sampleText", msgParam: { content: "Hi" } });
  });

  it("reports message fields with the catalog's validation keys", () => {
    expect(
      issues({ ...valid, message: { msgKey: "sampleMarkdown", msgParam: { title: "", text: "x".repeat(5001) } } }),
    ).toEqual({
      "message.msgParam.title": "validation.required",
      "message.msgParam.text": 'validation.tooLong|{"max":5000}',
    });
  });

  it("checks the conversation only when it is the audience, even while the message is invalid", () => {
    const conversation = {
      ...valid,
      audience: { type: "conversation" as const, openConversationId: "abc", coolAppCode: " " },
    };
    expect(issues({ ...conversation, message: { msgKey: "sampleText", msgParam: { content: "" } } })).toEqual({
      "message.msgParam.content": "validation.required",
      "audience.openConversationId": "validation.conversationId",
      "audience.coolAppCode": "validation.required",
    });
    expect(issues({ ...valid, audience: { type: "users", openConversationId: "abc", coolAppCode: "" } })).toEqual({});
  });

  it("needs a future time within 30 days when scheduling", () => {
    const at = (ms: number) => toLocalInputValue(new Date(Date.now() + ms));
    const scheduled = (value: string) => issues({ ...valid, schedule: { mode: "schedule", at: value } });
    expect(scheduled("")).toEqual({ "schedule.at": "validation.futureTime" });
    expect(scheduled(at(-3_600_000))).toEqual({ "schedule.at": "validation.futureTime" });
    expect(scheduled(at(31 * 86_400_000))).toEqual({ "schedule.at": 'validation.scheduleTooFar|{"days":30}' });
    expect(scheduled(at(3_600_000))).toEqual({});
    expect(issues({ ...valid, schedule: { mode: "now", at: "garbage" } })).toEqual({});
  });

  it("requires a robot", () => {
    expect(issues({ ...valid, robotCode: " " })).toEqual({ robotCode: "validation.robotCode" });
  });
});
