import {
  FILE_TYPES,
  LIMITS,
  VIDEO_TYPES,
  defineMessageType,
  mediaIdField,
  positiveIntegerField,
  selectField,
  textField,
} from "../field-schemas";

/*
 * Voice, file and video messages point at media already uploaded to DingTalk (media IDs, never
 * URLs). The error table of
 * https://open.dingtalk.com/document/development/the-robot-sends-ordinary-messages-in-a-person-to-person-conversation
 * has one code per type (miss.param.audio / file / video) whichever field is absent.
 */

const MEDIA_ID_LABELS = {
  placeholderKey: "compose.fields.mediaIdPlaceholder",
  helpKey: "compose.fields.mediaIdHelp",
} as const;

export const sampleAudio = defineMessageType("sampleAudio", "media", {
  mediaId: mediaIdField({
    labelKey: "compose.fields.audioMediaId",
    ...MEDIA_ID_LABELS,
    missParamCode: "miss.param.audio",
  }),
  // Milliseconds: DingTalk's voice message counts duration in ms (unlike video, in seconds).
  duration: positiveIntegerField({
    labelKey: "compose.fields.audioDuration",
    helpKey: "compose.fields.audioDurationHelp",
    missParamCode: "miss.param.audio",
  }),
});

export const sampleFile = defineMessageType("sampleFile", "media", {
  mediaId: mediaIdField({
    labelKey: "compose.fields.fileMediaId",
    ...MEDIA_ID_LABELS,
    missParamCode: "miss.param.file",
  }),
  fileName: textField("text", LIMITS.fileName, {
    labelKey: "compose.fields.fileName",
    placeholderKey: "compose.fields.fileNamePlaceholder",
    missParamCode: "miss.param.file",
  }),
  fileType: selectField(FILE_TYPES, { labelKey: "compose.fields.fileType", missParamCode: "miss.param.file" }),
});

export const sampleVideo = defineMessageType("sampleVideo", "media", {
  // Seconds (not ms as for voice), per DingTalk's sampleVideo definition.
  duration: positiveIntegerField({
    labelKey: "compose.fields.videoDuration",
    helpKey: "compose.fields.videoDurationHelp",
    missParamCode: "miss.param.video",
  }),
  videoMediaId: mediaIdField({
    labelKey: "compose.fields.videoMediaId",
    ...MEDIA_ID_LABELS,
    missParamCode: "miss.param.video",
  }),
  videoType: selectField(VIDEO_TYPES, { labelKey: "compose.fields.videoType", missParamCode: "miss.param.video" }),
  picMediaId: mediaIdField({
    labelKey: "compose.fields.picMediaId",
    ...MEDIA_ID_LABELS,
    missParamCode: "miss.param.video",
  }),
});
