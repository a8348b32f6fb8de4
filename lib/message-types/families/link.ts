import { LIMITS, defineMessageType, linkField, optionalImageField, textField } from "../field-schemas";

/**
 * A link card: title, a short description, an optional thumbnail, and the page it opens.
 * Field order follows DingTalk's documentation (text, title, picUrl, messageUrl).
 */
export const sampleLink = defineMessageType("sampleLink", "link", {
  text: textField("textarea", LIMITS.linkText, {
    labelKey: "compose.fields.linkText",
    placeholderKey: "compose.fields.linkTextPlaceholder",
    missParamCode: "miss.param.textOfLink",
  }),
  title: textField("text", LIMITS.title, {
    labelKey: "compose.fields.title",
    placeholderKey: "compose.fields.titlePlaceholder",
    missParamCode: "miss.param.titleOfLink",
  }),
  picUrl: optionalImageField({
    labelKey: "compose.fields.picUrl",
    placeholderKey: "compose.fields.urlPlaceholder",
    helpKey: "compose.fields.picUrlHelp",
  }),
  messageUrl: linkField({
    labelKey: "compose.fields.messageUrl",
    placeholderKey: "compose.fields.urlPlaceholder",
    helpKey: "compose.fields.linkUrlHelp",
    missParamCode: "miss.param.messageUrlOfLink",
  }),
});
