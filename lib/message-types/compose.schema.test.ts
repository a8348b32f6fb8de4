import { describe, expect, expectTypeOf, it } from "vitest";
import { encodeMsgParam, msgKeys } from "./catalog";
import { composeMessageSchema, type ComposeMessage } from "./compose.schema";
import { validExamples } from "./testing/examples";
import { decodeIssueMessage } from "./validation-messages";

describe("composeMessageSchema", () => {
  it("accepts every msgKey with its example", () => {
    for (const msgKey of msgKeys) {
      const result = composeMessageSchema.safeParse({ msgKey, msgParam: validExamples[msgKey] });
      expect(result.success, msgKey).toBe(true);
    }
  });

  it("checks msgParam against the chosen msgKey's fields", () => {
    const result = composeMessageSchema.safeParse({ msgKey: "sampleMarkdown", msgParam: validExamples.sampleText });
    expect(result.success).toBe(false);
    const paths = result.success ? [] : result.error.issues.map((i) => i.path.join("."));
    expect(paths).toEqual(["msgParam.title", "msgParam.text", "msgParam"]);
  });

  it("reports an unknown or missing msgKey on the msgKey path", () => {
    for (const input of [{ msgKey: "feedCard", msgParam: {} }, { msgParam: {} }, null]) {
      const result = composeMessageSchema.safeParse(input);
      expect(result.success).toBe(false);
      const issue = result.success ? undefined : result.error.issues[0];
      expect(decodeIssueMessage(issue?.message).key).toBe("validation.msgKey");
    }
  });

  it("narrows msgParam by msgKey and feeds encodeMsgParam", () => {
    const parsed = composeMessageSchema.parse({
      msgKey: "sampleActionCard6",
      msgParam: validExamples.sampleActionCard6,
    });
    if (parsed.msgKey === "sampleActionCard6") {
      expectTypeOf(parsed.msgParam.buttonUrl2).toEqualTypeOf<string>();
    }
    expectTypeOf<Extract<ComposeMessage, { msgKey: "sampleLink" }>["msgParam"]["picUrl"]>().toEqualTypeOf<
      string | undefined
    >();
    expect(JSON.parse(encodeMsgParam(parsed.msgKey, parsed.msgParam))).toEqual(validExamples.sampleActionCard6);
  });
});
