import { entry } from "./catalog-helpers";
import type { CatalogEntry, ErrorCatalog } from "./catalog-types";

/** A missing cardTemplateId: both card APIs answer it, each with its own code. */
export const CARD_TEMPLATE_ID_MISSING: CatalogEntry = entry(
  400,
  "card",
  "never",
  [
    "Card template ID missing",
    "The request had no cardTemplateId.",
    "Select a card template; its ID is shown in the card platform of the developer console.",
  ],
  ["卡片模板 ID 为空", "请求缺少 cardTemplateId。", "请选择卡片模板，模板 ID 可在开发者后台的卡片平台查看。"],
);

/**
 * Errors of the legacy interactive card API, whose error table is in Chinese only:
 * https://open.dingtalk.com/document/development/send-dingtalk-interactive-cards-to-person-to-person-chat-sessions
 */
export const CARD_ERRORS: ErrorCatalog = {
  "param.empty": entry(
    400,
    "card",
    "never",
    [
      "Card request is empty",
      "DingTalk received the card request without its required parameters.",
      "Check that the card template, outTrackId, recipients and card data are all filled in.",
    ],
    [
      "卡片请求参数为空",
      "钉钉收到的卡片请求缺少必需参数。",
      "请检查卡片模板、outTrackId、接收人和卡片数据是否都已填写。",
    ],
  ),
  "callbackUrl.empty": entry(
    400,
    "card",
    "never",
    [
      "Card callback URL not registered",
      "The card uses callbackRouteKey, but no callback URL is registered for that key.",
      "Register the callback URL for the route key (card callback registration API), or send without callbackRouteKey.",
    ],
    [
      "卡片回调地址为空",
      "卡片指定了 callbackRouteKey，但该路由 Key 没有注册回调地址。",
      "请先为该路由 Key 注册回调地址，或发送时不带 callbackRouteKey。",
    ],
  ),
  "param.invalid": entry(
    400,
    "card",
    "never",
    [
      "Invalid card parameter",
      "One of the card request's parameters is invalid (DingTalk does not say which).",
      "Check the template ID, outTrackId, userIdType and that every cardParamMap value is a string.",
    ],
    [
      "卡片参数无效",
      "卡片请求中有参数不合法（钉钉未指明是哪个）。",
      "请检查模板 ID、outTrackId、userIdType，以及 cardParamMap 的每个值是否都是字符串。",
    ],
  ),
  "permission.checkFailed": entry(
    400,
    "permission",
    "never",
    [
      "No permission to send cards",
      "The app failed DingTalk's permission check for sending interactive cards.",
      "Apply for the interactive card permissions in the developer console. New apps cannot use this legacy API; use createAndDeliver instead.",
    ],
    [
      "发送互动卡片权限校验失败",
      "应用未通过钉钉发送互动卡片的权限校验。",
      "请在开发者后台申请互动卡片相关权限。新应用已无法使用此旧接口，请改用“创建并投放卡片”接口。",
    ],
  ),
  "queryChatbot.wrong": entry(
    400,
    "card",
    "never",
    [
      "Robot lookup failed",
      "DingTalk could not look up the robot given by robotCode.",
      "Check the robotCode and that the robot is published in this organisation.",
    ],
    ["查询机器人失败", "钉钉无法根据 robotCode 查到机器人。", "请检查 robotCode，并确认机器人已在本组织发布。"],
  ),
  "cardInstance.wrong": entry(
    400,
    "card",
    "never",
    [
      "Card instance could not be created",
      "DingTalk failed to create the card from the template; most often the template has not been published.",
      "Publish the card template in the card platform of the developer console, then send again with a new outTrackId.",
    ],
    [
      "创建卡片实例失败",
      "钉钉无法根据模板创建卡片，最常见的原因是卡片模板尚未发布。",
      "请在开发者后台的卡片平台发布卡片模板，然后使用新的 outTrackId 重新发送。",
    ],
  ),
  "cidParse.wrong": entry(
    400,
    "conversation",
    "never",
    [
      "Chat ID could not be decoded",
      "DingTalk could not decode the one-on-one chat's openConversationId.",
      "Use the openConversationId exactly as DingTalk returned it.",
    ],
    [
      "单聊会话 ID 解码失败",
      "钉钉无法解析单聊会话的 openConversationId。",
      "请原样使用钉钉返回的 openConversationId。",
    ],
  ),
  "card.templateEmpty": CARD_TEMPLATE_ID_MISSING,
  "userInfo.convertError": entry(
    400,
    "recipient",
    "never",
    [
      "Recipient ID could not be decoded",
      "DingTalk could not convert a recipient's ID; userIdType may not match the IDs given (1 = userId, 2 = unionId).",
      "Make sure all recipients are of the kind selected by userIdType.",
    ],
    [
      "接收人 ID 解码错误",
      "钉钉无法转换某个接收人的 ID，可能是 userIdType 与传入的 ID 类型不符（1 为 userId，2 为 unionId）。",
      "请确认所有接收人 ID 与 userIdType 指定的类型一致。",
    ],
  ),
  "card.outTraceIdError": entry(
    400,
    "card",
    "never",
    [
      "Invalid outTrackId format",
      "The card's business identifier (outTrackId) has a format DingTalk rejects.",
      "Use letters, digits, “-” and “_” only; Dingcast generates such IDs itself.",
    ],
    [
      "outTrackId 格式非法",
      "卡片业务标识 outTrackId 的格式不被钉钉接受。",
      "请只使用字母、数字、“-”和“_”；Dingcast 会自动生成符合要求的 ID。",
    ],
  ),
  "card.outTraceIdEmpty": entry(
    400,
    "card",
    "never",
    [
      "outTrackId missing",
      "The card request had no outTrackId, the caller-chosen ID of the card instance.",
      "Provide a unique outTrackId for every card.",
    ],
    ["outTrackId 为空", "卡片请求缺少由调用方指定的卡片实例标识 outTrackId。", "请为每张卡片提供唯一的 outTrackId。"],
  ),
  "chatbot.notFound": entry(
    400,
    "robot",
    "never",
    [
      "Robot not found",
      "No robot exists for the robotCode given with the card.",
      "Check the robotCode in Settings > Robots.",
    ],
    ["机器人不存在", "卡片请求中的 robotCode 找不到对应的机器人。", "请检查“设置 > 机器人”中的 robotCode。"],
  ),
  "invalidParameter.cid.empty": entry(
    400,
    "conversation",
    "never",
    [
      "Chat ID missing",
      "The card request had no openConversationId for the one-on-one chat.",
      "Provide the openConversationId of the chat.",
    ],
    ["单聊会话 ID 为空", "卡片请求缺少单聊会话的 openConversationId。", "请提供该会话的 openConversationId。"],
  ),
  sendCardMessageFailed: entry(
    400,
    "server",
    "reads-only",
    [
      "Card could not be sent",
      "DingTalk reported that sending the card failed, without saying why.",
      "Check the template and recipients; the send is not repeated automatically. Resend manually with a new outTrackId.",
    ],
    [
      "发送卡片失败",
      "钉钉报告卡片发送失败，但没有说明原因。",
      "请检查模板和接收人；系统不会自动重发，请使用新的 outTrackId 手动重发。",
    ],
  ),
  duplicateKey: entry(
    400,
    "card",
    "never",
    [
      "Duplicate template variable",
      "The card template defines the same placeholder key twice.",
      "Rename the duplicate variable in the card template, publish it, and send with a new outTrackId.",
    ],
    [
      "卡片模板变量重复",
      "卡片模板中存在重复的占位符 Key。",
      "请在卡片模板中重命名重复的变量并发布，然后使用新的 outTrackId 发送。",
    ],
  ),
  getPictureFailed: entry(
    400,
    "card",
    "never",
    [
      "Card image could not be loaded",
      "DingTalk could not resolve an image used in the card (bad mediaId or unreachable URL).",
      "Upload the image to DingTalk and use its mediaId, or fix the image URL.",
    ],
    [
      "获取图片失败",
      "钉钉无法获取卡片中使用的图片（mediaId 错误或 URL 无法访问）。",
      "请把图片上传到钉钉并使用返回的 mediaId，或修正图片地址。",
    ],
  ),
  "org.notOwn.group": entry(
    400,
    "conversation",
    "never",
    [
      "Chat belongs to another organisation",
      "The one-on-one chat does not belong to this organisation.",
      "Use the credentials of the organisation that owns the chat.",
    ],
    ["单聊会话不属于当前企业", "该单聊会话不属于当前企业。", "请使用会话所属企业的应用凭证。"],
  ),
  "send.oa.timeout": entry(
    400,
    "server",
    "reads-only",
    [
      "Work notification timed out",
      "DingTalk timed out while sending the work notification for the card. It may still arrive.",
      "Do not resend immediately: check the read status first, then resend with a new outTrackId if needed.",
    ],
    [
      "发送工作通知超时",
      "钉钉发送卡片对应的工作通知时超时，通知仍可能送达。",
      "请不要立即重发：先查看已读状态，需要时再使用新的 outTrackId 重发。",
    ],
  ),
  "outTrackId.exceed.limit": entry(
    400,
    "card",
    "never",
    [
      "outTrackId too long",
      "The outTrackId exceeds DingTalk's length limit.",
      "Use a shorter outTrackId (a UUID fits).",
    ],
    ["outTrackId 长度超限", "outTrackId 超过了钉钉的长度限制。", "请使用更短的 outTrackId（UUID 即可）。"],
  ),
  systemBusy: entry(
    500,
    "server",
    "reads-only",
    [
      "DingTalk card service busy",
      "The card service reported an internal error while busy. The card may or may not have been sent.",
      "The send is marked “unknown”. Check the read status before resending with a new outTrackId.",
    ],
    [
      "卡片服务繁忙",
      "卡片服务繁忙并返回了系统异常，卡片可能已发送，也可能没有。",
      "该发送会被标记为“结果未知”。重发前请先查看已读状态，并使用新的 outTrackId。",
    ],
  ),
  systemError: entry(
    500,
    "server",
    "reads-only",
    [
      "DingTalk card service error",
      "The card service failed with an internal error. The card may or may not have been sent.",
      "The send is marked “unknown”. Check the read status before resending with a new outTrackId.",
    ],
    [
      "卡片服务系统错误",
      "卡片服务出现内部错误，卡片可能已发送，也可能没有。",
      "该发送会被标记为“结果未知”。重发前请先查看已读状态，并使用新的 outTrackId。",
    ],
  ),
};
