import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import appEn from "@/i18n/messages/en.json";
import { msgParamSchemaFor } from "./param-schemas";
import {
  decodeIssueMessage,
  issueMessage,
  translateIssue,
  validationKeys,
  type Translate,
} from "./validation-messages";

/** The real English messages, so a key the code can produce but nobody translated fails here. */
const messages = { validation: appEn.validation };

describe("validation messages", () => {
  it("round-trips keys and params through the message string", () => {
    expect(issueMessage("validation.required")).toBe("validation.required");
    const message = issueMessage("validation.tooLong", { max: 100 });
    expect(message).toBe('validation.tooLong|{"max":100}');
    expect(decodeIssueMessage(message)).toEqual({ key: "validation.tooLong", params: { max: 100 } });
  });

  it("turns anything that is not ours into validation.invalid", () => {
    for (const message of [undefined, null, "", "Invalid input: expected string", "validation.nope", "toString"]) {
      expect(decodeIssueMessage(message).key).toBe("validation.invalid");
    }
    expect(decodeIssueMessage("validation.tooLong|{broken").params).toEqual({});
    expect(decodeIssueMessage('validation.tooLong|{"max":{"x":1},"n":"2"}').params).toEqual({ n: "2" });
  });

  it("translates zod issues, react-hook-form errors and server strings with next-intl's own translator", () => {
    const t = createTranslator({ locale: "en", messages });
    const result = msgParamSchemaFor("sampleMarkdown").safeParse({ title: "x".repeat(101), text: "" });
    const issues = result.success ? [] : result.error.issues;
    expect(issues.map((issue) => translateIssue(issue, t))).toEqual(["At most 100 characters.", "Required."]);
    expect(translateIssue({ message: issueMessage("validation.oneOf", { options: "pdf, doc" }) }, t)).toBe(
      "Choose one of: pdf, doc.",
    );
    expect(translateIssue("validation.url", t)).toBe(messages.validation.url);
    expect(translateIssue(undefined, t)).toBe(messages.validation.invalid);
    const unknown = z.string().safeParse(1);
    expect(translateIssue(unknown.success ? undefined : unknown.error.issues[0], t)).toBe(messages.validation.invalid);
  });

  it("has a message for every key it can produce", () => {
    const t: Translate = (key) => key;
    for (const key of validationKeys) {
      expect(Object.keys(messages.validation)).toContain(key.replace("validation.", ""));
      expect(translateIssue(key, t)).toBe(key);
    }
  });
});
