import { defineMessageType, imageField } from "../field-schemas";

/** A picture on its own. DingTalk accepts a public image URL or a media ID from its media upload. */
export const sampleImageMsg = defineMessageType("sampleImageMsg", "image", {
  photoURL: imageField({
    labelKey: "compose.fields.photoUrl",
    placeholderKey: "compose.fields.urlPlaceholder",
    helpKey: "compose.fields.imageHelp",
    missParamCode: "miss.param.photoTophotoUrl",
  }),
});
