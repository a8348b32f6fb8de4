import { LIMITS, defineMessageType, textField } from "../field-schemas";

/** Plain text: DingTalk shows the content as typed, without any formatting. */
export const sampleText = defineMessageType("sampleText", "text", {
  content: textField("textarea", LIMITS.body, {
    labelKey: "compose.fields.content",
    placeholderKey: "compose.fields.contentPlaceholder",
    missParamCode: "miss.param.contentOfText",
  }),
});
