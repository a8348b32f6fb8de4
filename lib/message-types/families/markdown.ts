import { LIMITS, defineMessageType, textField } from "../field-schemas";

/**
 * A chat-list title and a rendered markdown body: the whole markdown message, and the head of every
 * action card. Only the codes DingTalk answers for a missing field differ between the two.
 */
export function titledMarkdown(missParamCodes: { title: string; text: string }) {
  return {
    title: textField("text", LIMITS.title, {
      labelKey: "compose.fields.title",
      placeholderKey: "compose.fields.titlePlaceholder",
      helpKey: "compose.fields.listTitleHelp",
      missParamCode: missParamCodes.title,
    }),
    text: textField("markdown", LIMITS.body, {
      labelKey: "compose.fields.markdownText",
      placeholderKey: "compose.fields.markdownPlaceholder",
      helpKey: "compose.fields.markdownHelp",
      missParamCode: missParamCodes.text,
    }),
  };
}

/** Markdown: the title only names the message in the chat list and notifications; the body is rendered. */
export const sampleMarkdown = defineMessageType(
  "sampleMarkdown",
  "markdown",
  titledMarkdown({ title: "miss.param.markdownTotitle", text: "miss.param.markdownTotext" }),
);
