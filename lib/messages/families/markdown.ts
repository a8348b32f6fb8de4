import { LIMITS, defineMessageType, textField } from "../field-schemas";

/** Markdown: the title only names the message in the chat list and notifications; the body is rendered. */
export const sampleMarkdown = defineMessageType("sampleMarkdown", "markdown", {
  title: textField("text", LIMITS.title, {
    labelKey: "compose.fields.title",
    placeholderKey: "compose.fields.titlePlaceholder",
    helpKey: "compose.fields.listTitleHelp",
    missParamCode: "miss.param.markdownTotitle",
  }),
  text: textField("markdown", LIMITS.body, {
    labelKey: "compose.fields.markdownText",
    placeholderKey: "compose.fields.markdownPlaceholder",
    helpKey: "compose.fields.markdownHelp",
    missParamCode: "miss.param.markdownTotext",
  }),
});
