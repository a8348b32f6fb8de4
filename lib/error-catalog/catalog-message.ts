import { entry } from "./catalog-helpers";
import type { ErrorCatalog } from "./catalog-types";

/**
 * Errors about the message body, its content, robot throttling and the send outcome, from the error
 * tables of
 * https://open.dingtalk.com/document/development/the-robot-sends-ordinary-messages-in-a-person-to-person-conversation and
 * https://open.dingtalk.com/document/development/chatbots-send-one-on-one-chat-messages-in-batches.
 */
export const MESSAGE_ERRORS: ErrorCatalog = {
  "invalidParameter.msgKey.empty": entry(
    400,
    "message",
    "never",
    [
      "Message type missing",
      "The request had no msgKey, so DingTalk does not know which message template to use.",
      "Choose a message type (sampleText, sampleMarkdown, sampleActionCard …) in the composer.",
    ],
    [
      "缺少消息类型",
      "请求缺少 msgKey，钉钉无法确定使用哪种消息模板。",
      "请在编辑器中选择消息类型（sampleText、sampleMarkdown、sampleActionCard 等）。",
    ],
  ),
  "invalidParameter.msgKey.invalid": entry(
    400,
    "message",
    "never",
    [
      "Unknown message type",
      "The msgKey is not one of DingTalk's robot message templates (names are case-sensitive, e.g. “sampleMarkdown”).",
      "Pick one of the supported message types in the composer.",
    ],
    [
      "消息类型无效",
      "msgKey 不是钉钉机器人支持的消息模板（区分大小写，例如“sampleMarkdown”）。",
      "请在编辑器中选择受支持的消息类型。",
    ],
  ),
  "invalidParameter.msgParam.invalid": entry(
    400,
    "message",
    "never",
    [
      "Message parameters are not valid JSON",
      "msgParam must be a JSON object encoded as a string, with every value a string (numbers too).",
      'Fix the message fields; if it came from an import or API integration, send msgParam as a JSON string such as {"content":"…"}.',
    ],
    [
      "消息参数不是合法 JSON",
      "msgParam 必须是 JSON 对象序列化后的字符串，所有取值都要是字符串（数字也一样）。",
      '请修正消息字段；如果来自导入或接口集成，请以 JSON 字符串形式传入 msgParam，例如 {"content":"…"}。',
    ],
  ),
  "invalidParameter.param.invalid": entry(
    400,
    "message",
    "never",
    [
      "Invalid parameter",
      "DingTalk found a parameter empty or malformed (it does not say which).",
      "Check that robot, recipients, message type and every required message field are filled in.",
    ],
    [
      "参数不合法",
      "钉钉发现某个参数为空或格式错误（未指明是哪个）。",
      "请检查机器人、接收人、消息类型以及消息的各个必填字段是否都已填写。",
    ],
  ),
  "invalidParameter.msg.unsupport": entry(
    400,
    "message",
    "never",
    [
      "Message type not supported here",
      "This message type cannot be sent through this API or to this kind of chat.",
      "Choose another message type, e.g. sampleMarkdown or sampleActionCard.",
    ],
    [
      "不支持该消息类型",
      "该消息类型不能通过此接口或在此类会话中发送。",
      "请改用其他消息类型，例如 sampleMarkdown 或 sampleActionCard。",
    ],
  ),
  "invalidParameter.msgParam.tooLong": entry(
    400,
    "message",
    "never",
    [
      "Message too long",
      "The message content exceeds DingTalk's size limit.",
      "Shorten the text, or move long content behind a link or an action card button.",
    ],
    ["消息内容过长", "消息内容超过了钉钉的长度限制。", "请精简文字，或把长内容放到链接或卡片按钮之后。"],
  ),
  "invalidParameter.msgBody.invalid": entry(
    400,
    "message",
    "never",
    [
      "Request body is not JSON",
      "DingTalk could not parse the request body as JSON.",
      "This is a client bug rather than a content problem; report it with the request id.",
    ],
    ["请求体不是 JSON", "钉钉无法把请求体解析为 JSON。", "这是客户端缺陷而非内容问题，请附上 request id 反馈。"],
  ),
  "sendMessage.model.notMatch": entry(
    400,
    "message",
    "never",
    [
      "No matching message model",
      "DingTalk could not map the msgKey and msgParam to a message model; the fields do not match the chosen type.",
      "Make sure msgParam holds exactly the fields of the chosen msgKey (see the message type's field list).",
    ],
    [
      "没有匹配的消息模型",
      "钉钉无法把 msgKey 与 msgParam 对应到消息模型，字段与所选类型不符。",
      "请确认 msgParam 中的字段与所选 msgKey 的字段完全对应。",
    ],
  ),
  "contain.unsafe.url": entry(
    400,
    "content-safety",
    "never",
    [
      "Unsafe link in the message",
      "DingTalk's content check flagged an external link as unsafe.",
      "Remove or replace the link (use HTTPS and a trusted domain), then send again.",
    ],
    [
      "消息包含不安全链接",
      "钉钉内容安全检测认为消息中的外部链接不安全。",
      "请删除或替换该链接（使用 HTTPS 和可信域名）后重新发送。",
    ],
  ),
  "contain.notAllowed.text": entry(
    400,
    "content-safety",
    "never",
    [
      "Text rejected by content check",
      "DingTalk's content check rejected wording in the message.",
      "Rephrase the text and send again.",
    ],
    ["文字未通过内容审核", "钉钉内容安全检测拒绝了消息中的部分文字。", "请修改措辞后重新发送。"],
  ),
  "contain.notAllowed.picture": entry(
    400,
    "content-safety",
    "never",
    [
      "Image rejected by content check",
      "DingTalk's content check rejected an image in the message.",
      "Replace the image and send again.",
    ],
    ["图片未通过内容审核", "钉钉内容安全检测拒绝了消息中的图片。", "请更换图片后重新发送。"],
  ),
  "contain.notAllowed.content": entry(
    400,
    "content-safety",
    "never",
    [
      "Content rejected by content check",
      "DingTalk's content check rejected the message.",
      "Review the text, links and images of the message and send again.",
    ],
    ["内容未通过内容审核", "钉钉内容安全检测拒绝了这条消息。", "请检查消息中的文字、链接和图片后重新发送。"],
  ),
  "send.byToken.tooFast": entry(
    400,
    "rate-limit",
    "safe",
    [
      "Sending too fast for this token",
      "DingTalk throttled sends made with this access token; the message was not sent.",
      "Nothing to fix: Dingcast waits and retries. Lower the send rate if it keeps happening.",
    ],
    [
      "使用该凭证发送过快",
      "钉钉对使用该访问凭证的发送进行了限流，消息未发送。",
      "无需处理：Dingcast 会等待后自动重试。如果持续出现，请降低发送速率。",
    ],
  ),
  "send.too.fast": entry(
    400,
    "rate-limit",
    "safe",
    [
      "Sending too fast",
      "The robot sent messages faster than DingTalk allows; this message was refused and not sent.",
      "Nothing to fix: Dingcast backs off and retries. Lower the robot's QPS setting if it keeps happening.",
    ],
    [
      "发送频率过快",
      "机器人发送频率超过了钉钉限制，本条消息被拒绝、未发送。",
      "无需处理：Dingcast 会退避后自动重试。如果持续出现，请调低该机器人的 QPS 设置。",
    ],
  ),
  "too.many.group": entry(
    400,
    "rate-limit",
    "safe",
    [
      "Too many chats in a short time",
      "DingTalk throttled the robot for sending to too many chats in a short time; the message was not sent.",
      "Nothing to fix: Dingcast retries later. Spread large sends over a longer period.",
    ],
    [
      "短时间内发送的会话过多",
      "机器人短时间内向过多会话发送消息，被钉钉限流，本条未发送。",
      "无需处理：Dingcast 会稍后重试。大批量发送建议拉长发送时间。",
    ],
  ),
  "too.many.people": entry(
    400,
    "rate-limit",
    "safe",
    [
      "Too many people in a short time",
      "DingTalk throttled the robot for messaging too many people in a short time; the message was not sent.",
      "Nothing to fix: Dingcast retries later. Spread large sends over a longer period.",
    ],
    [
      "短时间内发送的人数过多",
      "机器人短时间内给过多人员发送消息，被钉钉限流，本条未发送。",
      "无需处理：Dingcast 会稍后重试。大批量发送建议拉长发送时间。",
    ],
  ),
  "unknown.send.result": entry(
    400,
    "server",
    "reads-only",
    [
      "Send result unknown",
      "DingTalk could not tell whether the message was delivered. It may have reached some or all recipients.",
      "The chunk is marked “unknown”, not resent. Check its read status before resending it manually.",
    ],
    [
      "发送结果未知",
      "钉钉无法确认消息是否已送达，可能部分或全部接收人已经收到。",
      "该分片会被标记为“结果未知”且不会自动重发。请先查看已读状态，再决定是否手动重发。",
    ],
  ),
  "send.ding.exception": entry(
    500,
    "server",
    "reads-only",
    [
      "DING delivery failed",
      "An error occurred inside DingTalk while sending the DING (urgent) notification. The message itself may still have been delivered.",
      "Check the read status before resending; resend without DING if the urgent reminder is not essential.",
    ],
    [
      "DING 消息发送异常",
      "钉钉在发送 DING 提醒时出现内部异常，消息本身可能已经送达。",
      "重发前请先查看已读状态；如果不需要强提醒，可不带 DING 重发。",
    ],
  ),
  "invalidParameter.token.invalid": entry(
    400,
    "credentials",
    "safe",
    [
      "Access token not authorised",
      "DingTalk rejected the access token for this robot call, so nothing was sent.",
      "Dingcast refreshes the token and retries once automatically. If it persists, re-check the app credentials in Settings.",
    ],
    [
      "访问凭证未授权",
      "钉钉拒绝了本次机器人调用的访问凭证，消息未发送。",
      "Dingcast 会自动刷新凭证并重试一次。如仍失败，请在设置中重新核对应用凭证。",
    ],
  ),
  "token.notExisted": entry(
    400,
    "credentials",
    "safe",
    [
      "Access token does not exist",
      "DingTalk does not know the access token (expired or revoked), so nothing was processed.",
      "Dingcast refreshes the token and retries once automatically. If it persists, re-check the app credentials in Settings.",
    ],
    [
      "访问凭证不存在",
      "钉钉不认识该访问凭证（已过期或被吊销），请求未被处理。",
      "Dingcast 会自动刷新凭证并重试一次。如仍失败，请在设置中重新核对应用凭证。",
    ],
  ),
};
