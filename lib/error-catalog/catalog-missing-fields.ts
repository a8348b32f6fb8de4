import { entry } from "./catalog-helpers";
import type { CatalogEntry, ErrorCatalog } from "./catalog-types";

/**
 * The `miss.param.*` / `invalid.param.*` codes in the error tables of
 * https://open.dingtalk.com/document/development/the-robot-sends-ordinary-messages-in-a-person-to-person-conversation and
 * https://open.dingtalk.com/document/development/chatbots-send-one-on-one-chat-messages-in-batches.
 * DingTalk converts msgParam
 * into an internal message model (text, link, markdown, actionCard …) and names the model field it
 * could not fill. Each row says which msgKey and msgParam field that corresponds to, because the
 * admin edits msgParam fields, not DingTalk's model.
 */
interface MissingField {
  /** What is missing, in the admin's terms. */
  en: string;
  zh: string;
  /** The msgKey(s) whose msgParam must carry it, and the fields that msgKey requires. */
  msgKeys: string;
  fields: string;
  /** Media messages take a mediaId from DingTalk's upload API, a common mistake worth naming. */
  media?: boolean;
}

const WHOLE_BODY_EN = "the message body";
const WHOLE_BODY_ZH = "消息主体";

const MISSING: Record<string, MissingField> = {
  "miss.param.text": { en: WHOLE_BODY_EN, zh: WHOLE_BODY_ZH, msgKeys: "sampleText", fields: "content" },
  "miss.param.contentOfText": {
    en: "the text “content”",
    zh: "文本“content”",
    msgKeys: "sampleText",
    fields: "content",
  },
  "miss.param.link": {
    en: WHOLE_BODY_EN,
    zh: WHOLE_BODY_ZH,
    msgKeys: "sampleLink",
    fields: "text, title, picUrl, messageUrl",
  },
  "miss.param.textOfLink": {
    en: "the link “text”",
    zh: "链接“text”",
    msgKeys: "sampleLink",
    fields: "text, title, picUrl, messageUrl",
  },
  "miss.param.titleOfLink": {
    en: "the link “title”",
    zh: "链接“title”",
    msgKeys: "sampleLink",
    fields: "text, title, picUrl, messageUrl",
  },
  "miss.param.messageUrlOfLink": {
    en: "the link “messageUrl”",
    zh: "链接“messageUrl”",
    msgKeys: "sampleLink",
    fields: "text, title, picUrl, messageUrl",
  },
  "miss.param.markdown": { en: WHOLE_BODY_EN, zh: WHOLE_BODY_ZH, msgKeys: "sampleMarkdown", fields: "title, text" },
  "miss.param.markdownTotitle": {
    en: "the Markdown “title”",
    zh: "Markdown“title”",
    msgKeys: "sampleMarkdown",
    fields: "title, text",
  },
  "miss.param.markdownTotext": {
    en: "the Markdown “text”",
    zh: "Markdown“text”",
    msgKeys: "sampleMarkdown",
    fields: "title, text",
  },
  "miss.param.actionCard": {
    en: WHOLE_BODY_EN,
    zh: WHOLE_BODY_ZH,
    msgKeys: "sampleActionCard…6",
    fields: "title, text and the button fields",
  },
  "miss.param.actionCardTotitle": {
    en: "the action card “title”",
    zh: "卡片“title”",
    msgKeys: "sampleActionCard…6",
    fields: "title, text and the button fields",
  },
  "miss.param.actionCardTotext": {
    en: "the action card “text”",
    zh: "卡片“text”",
    msgKeys: "sampleActionCard…6",
    fields: "title, text and the button fields",
  },
  "miss.param.actionCardTosingleTitle": {
    en: "the button title “singleTitle”",
    zh: "按钮标题“singleTitle”",
    msgKeys: "sampleActionCard",
    fields: "title, text, singleTitle, singleURL",
  },
  "miss.param.actionCardTosingleUrl": {
    en: "the button link “singleURL”",
    zh: "按钮链接“singleURL”",
    msgKeys: "sampleActionCard",
    fields: "title, text, singleTitle, singleURL",
  },
  "miss.param.actionCardTobtns": {
    en: "the buttons",
    zh: "按钮",
    msgKeys: "sampleActionCard2…6",
    fields: "actionTitleN/actionURLN (buttonTitleN/buttonUrlN for sampleActionCard6)",
  },
  "miss.param.actionCardTobtnsTotitle": {
    en: "a button title",
    zh: "某个按钮的标题",
    msgKeys: "sampleActionCard2…6",
    fields: "actionTitleN (buttonTitleN for sampleActionCard6)",
  },
  "miss.param.actionCardTobtnsToactionUrl": {
    en: "a button link",
    zh: "某个按钮的链接",
    msgKeys: "sampleActionCard2…6",
    fields: "actionURLN (buttonUrlN for sampleActionCard6)",
  },
  "miss.param.feedCard": {
    en: WHOLE_BODY_EN,
    zh: WHOLE_BODY_ZH,
    msgKeys: "feedCard (group webhook type)",
    fields: "links[title, messageURL, picURL]",
  },
  "miss.param.feedCardTolinks": {
    en: "the feed card links",
    zh: "FeedCard 链接列表",
    msgKeys: "feedCard (group webhook type)",
    fields: "links[title, messageURL, picURL]",
  },
  "miss.param.feedCardTolinksTotitle": {
    en: "a feed card link title",
    zh: "FeedCard 链接标题",
    msgKeys: "feedCard (group webhook type)",
    fields: "links[title, messageURL, picURL]",
  },
  "miss.param.feedCardTolinksTomessageUrl": {
    en: "a feed card link URL",
    zh: "FeedCard 链接地址",
    msgKeys: "feedCard (group webhook type)",
    fields: "links[title, messageURL, picURL]",
  },
  "miss.param.feedCardTolinksTopicUrl": {
    en: "a feed card picture URL",
    zh: "FeedCard 图片地址",
    msgKeys: "feedCard (group webhook type)",
    fields: "links[title, messageURL, picURL]",
  },
  "miss.param.photo": { en: WHOLE_BODY_EN, zh: WHOLE_BODY_ZH, msgKeys: "sampleImageMsg", fields: "photoURL" },
  "miss.param.photoTophotoUrl": {
    en: "the image “photoURL”",
    zh: "图片“photoURL”",
    msgKeys: "sampleImageMsg",
    fields: "photoURL",
  },
  "miss.param.image": { en: WHOLE_BODY_EN, zh: WHOLE_BODY_ZH, msgKeys: "image (group webhook type)", fields: "picURL" },
  "miss.param.imageTopicUrl": {
    en: "the image “picURL”",
    zh: "图片“picURL”",
    msgKeys: "image (group webhook type)",
    fields: "picURL",
  },
  "miss.param.beautifulCard": {
    en: WHOLE_BODY_EN,
    zh: WHOLE_BODY_ZH,
    msgKeys: "beautifulCard (legacy type)",
    fields: "image, title, actionUrl, introduction",
  },
  "miss.param.beautifulCardToimage": {
    en: "the card image",
    zh: "卡片图片",
    msgKeys: "beautifulCard (legacy type)",
    fields: "image, title, actionUrl, introduction",
  },
  "miss.param.beautifulCardTotitle": {
    en: "the card title",
    zh: "卡片标题",
    msgKeys: "beautifulCard (legacy type)",
    fields: "image, title, actionUrl, introduction",
  },
  "miss.param.beautifulCardToactionUrl": {
    en: "the card link",
    zh: "卡片链接",
    msgKeys: "beautifulCard (legacy type)",
    fields: "image, title, actionUrl, introduction",
  },
  "miss.param.beautifulCardTointroduction": {
    en: "the card introduction",
    zh: "卡片简介",
    msgKeys: "beautifulCard (legacy type)",
    fields: "image, title, actionUrl, introduction",
  },
  "miss.param.file": {
    en: "the file",
    zh: "文件信息",
    msgKeys: "sampleFile",
    fields: "mediaId, fileName, fileType",
    media: true,
  },
  "miss.param.video": {
    en: "the video “videoMediaId”",
    zh: "视频“videoMediaId”",
    msgKeys: "sampleVideo",
    fields: "duration, videoMediaId, videoType, picMediaId",
    media: true,
  },
  "miss.param.audio": {
    en: "the audio",
    zh: "语音信息",
    msgKeys: "sampleAudio",
    fields: "mediaId, duration",
    media: true,
  },
};

function missingFieldEntry(f: MissingField): CatalogEntry {
  return entry(
    400,
    "message",
    "never",
    [
      `Message is missing ${f.en}`,
      `DingTalk could not build the message because msgParam lacks ${f.en}. For ${f.msgKeys} msgParam must contain: ${f.fields}. This also happens when msgParam was written for a different msgKey.`,
      `Fill in the missing field in the composer (or in msgParam) and send again.${f.media ? " Media fields take the mediaId returned by DingTalk's media upload, not a URL." : ""}`,
    ],
    [
      `消息缺少${f.zh}`,
      `钉钉无法组装消息，因为 msgParam 中缺少${f.zh}。${f.msgKeys} 的 msgParam 必须包含：${f.fields}。msgParam 与所选 msgKey 不对应时也会出现此错误。`,
      `请在编辑器（或 msgParam）中补全缺失字段后重新发送。${f.media ? "媒体类字段需填写钉钉媒体上传返回的 mediaId，而不是 URL。" : ""}`,
    ],
  );
}

export const MISSING_FIELD_ERRORS: ErrorCatalog = {
  ...Object.fromEntries(Object.entries(MISSING).map(([code, f]) => [code, missingFieldEntry(f)])),
  "invalid.param.actionCardTobtnOrientation": entry(
    400,
    "message",
    "never",
    [
      "Invalid button orientation",
      'The action card\'s btnOrientation value is not accepted; DingTalk expects "0" (vertical) or "1" (horizontal).',
      "Set the button layout to vertical or horizontal and send again.",
    ],
    [
      "按钮排列方式无效",
      '卡片的 btnOrientation 取值不被接受，钉钉要求 "0"（竖排）或 "1"（横排）。',
      "请把按钮排列设为竖排或横排后重新发送。",
    ],
  ),
  "invalid.param.actionCardTocanForward": entry(
    400,
    "message",
    "never",
    [
      "Invalid forwarding flag",
      "The action card's canForward value is not accepted.",
      "Set whether the card may be forwarded to a plain true/false and send again.",
    ],
    ["转发设置无效", "卡片的 canForward 取值不被接受。", "请把“允许转发”设置为 true/false 后重新发送。"],
  ),
};
