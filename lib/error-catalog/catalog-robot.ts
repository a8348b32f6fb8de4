import { entry } from "./catalog-helpers";
import type { ErrorCatalog } from "./catalog-types";

/**
 * Errors about the robot itself and whether this app may use it, from the error tables of
 * https://open.dingtalk.com/document/development/the-robot-sends-ordinary-messages-in-a-person-to-person-conversation,
 * https://open.dingtalk.com/document/development/query-the-read-list-of-robot-messages-in-person-to-person-conversations and
 * https://open.dingtalk.com/document/development/chatbots-send-one-on-one-chat-messages-in-batches.
 */
export const ROBOT_ERRORS: ErrorCatalog = {
  "invalidParameter.robotCode.empty": entry(
    400,
    "robot",
    "never",
    [
      "Robot code is empty",
      "The request reached DingTalk without a robotCode, or with one DingTalk cannot resolve to a robot.",
      "Pick a robot in Settings > Robots. The robotCode is shown on the robot's page in the developer console (for an internal app's own robot it equals the app's Client ID).",
    ],
    [
      "机器人编码为空",
      "请求中没有 robotCode，或钉钉无法根据它找到机器人。",
      "请在“设置 > 机器人”中选择机器人。robotCode 可在开发者后台的机器人页面查看（企业内部应用自带的机器人，其 robotCode 与应用的 Client ID 相同）。",
    ],
  ),
  "invalidParameter.robotCode.auth": entry(
    400,
    "robot",
    "never",
    [
      "Robot belongs to another app",
      "The app whose credentials made this call does not own this robot (DingTalk: the appkey/suiteKey does not match the robotCode), or the robot may only be used through its cool app.",
      "Send with the robot of this app, or configure the credentials of the app that owns the robot. Cool-app robots must be used with the cool app they are bound to.",
    ],
    [
      "机器人不属于当前应用",
      "发起调用的应用并不拥有这个机器人（appkey/suiteKey 与 robotCode 不匹配），或该机器人只能通过其绑定的酷应用使用。",
      "请改用本应用下的机器人，或在设置中填写拥有该机器人的应用凭证。酷应用机器人必须配合其绑定的酷应用使用。",
    ],
  ),
  "invalidParameter.robotCode.coolApp": entry(
    400,
    "robot",
    "never",
    [
      "Cool app does not match the robot",
      "For one-on-one chat messages DingTalk checks the coolAppCode: it is invalid, bound to a different robot, or the cool app is not installed in any one-on-one chat.",
      "Use the coolAppCode of the direct-message cool app bound to this robot, and make sure the cool app is installed in the recipients' one-on-one chats.",
    ],
    [
      "酷应用与机器人不匹配",
      "人与人单聊消息会校验 coolAppCode：它无效、绑定的是其他机器人，或该酷应用尚未安装到任何单聊会话。",
      "请使用与该机器人绑定的单聊酷应用的 coolAppCode，并确认酷应用已安装到接收人的单聊会话中。",
    ],
  ),
  "invalidParameter.robotCode.notExsit": entry(
    400,
    "robot",
    "never",
    [
      "Robot does not exist",
      "No robot with this robotCode exists in the organisation (it was deleted, never published, or the code is mistyped).",
      "Check the robotCode in Settings > Robots against the developer console and make sure the robot is published in this organisation.",
    ],
    [
      "机器人不存在",
      "组织内不存在该 robotCode 对应的机器人（已删除、未发布或编码填写错误）。",
      "请对照开发者后台检查“设置 > 机器人”中的 robotCode，并确认机器人已在本组织发布。",
    ],
  ),
  "invalidParameter.robotCode.missing": entry(
    400,
    "robot",
    "never",
    [
      "Robot code missing",
      "The request did not include robotCode, which this API requires.",
      "Choose a robot for the message; if this came from an automated job, the robot configured for it was removed.",
    ],
    [
      "缺少机器人编码",
      "请求缺少该接口必填的 robotCode。",
      "请为消息选择机器人；如果来自自动任务，说明它配置的机器人已被删除。",
    ],
  ),
  "invalidParameter.robotCode.invalid": entry(
    400,
    "robot",
    "never",
    [
      "Invalid robot code",
      "DingTalk could not parse the robotCode.",
      "Copy the robotCode again from the developer console; it usually starts with “ding”.",
    ],
    ["机器人编码无效", "钉钉无法识别该 robotCode。", "请从开发者后台重新复制 robotCode，它通常以“ding”开头。"],
  ),
  "bot.stopped": entry(
    400,
    "robot",
    "never",
    [
      "Robot is disabled",
      "The robot has been disabled (stopped) in the organisation, so it cannot send.",
      "Ask an organisation admin to re-enable the robot in the DingTalk admin console, or send with another robot.",
    ],
    [
      "机器人已停用",
      "该机器人已在组织内被停用，无法发送消息。",
      "请组织管理员在钉钉管理后台重新启用该机器人，或改用其他机器人发送。",
    ],
  ),
  "template.not.existed": entry(
    400,
    "robot",
    "never",
    [
      "Robot template not found",
      "The robot's underlying template does not exist; usually the robotCode points at a deleted or wrong robot.",
      "Verify the robotCode; if it is right, recreate or republish the robot in the developer console.",
    ],
    [
      "机器人模板不存在",
      "机器人对应的模板不存在，通常是 robotCode 指向了已删除或错误的机器人。",
      "请核对 robotCode；如果无误，请在开发者后台重新创建或发布机器人。",
    ],
  ),
  "template.stopped": entry(
    400,
    "robot",
    "never",
    [
      "Robot template disabled",
      "The robot's template has been disabled, so the robot cannot send.",
      "Check the robot's status in the developer console and enable it again.",
    ],
    ["机器人模板已停用", "机器人对应的模板已被停用，无法发送。", "请在开发者后台检查机器人状态并重新启用。"],
  ),
  "chatbotId.notAllow.sendOTO": entry(
    400,
    "robot",
    "never",
    [
      "Robot may not start direct messages",
      "The robot is not allowed to send one-on-one (direct) messages on its own initiative: its direct-message capability is switched off or the robot is not enabled.",
      "In the developer console open the robot, enable it and turn on its direct messages (message receiving / single-chat) setting, then publish the app again.",
    ],
    [
      "机器人不允许主动发送单聊消息",
      "该机器人未被允许主动给用户发单聊消息：其单聊能力未开启，或机器人未启用。",
      "请在开发者后台打开该机器人，启用机器人并开启单聊（消息接收）相关配置，然后重新发布应用。",
    ],
  ),
  "robot.oto.notExist": entry(
    400,
    "robot",
    "never",
    [
      "No direct-message chat with the robot",
      "DingTalk found no valid robot direct-message chat for this recipient, typically because the robot is not visible to the user (outside the app's visible range).",
      "Add the recipients to the app's visible range in the developer console, then send again.",
    ],
    [
      "不存在有效的机器人单聊会话",
      "钉钉没有找到该接收人与机器人之间的有效单聊会话，通常是因为用户不在应用的可见范围内。",
      "请在开发者后台把接收人加入应用的可见范围后再发送。",
    ],
  ),
  "send.forbidden": entry(
    400,
    "robot",
    "never",
    [
      "Robot is barred from sending",
      "DingTalk has forbidden this robot from sending messages (for example after abuse reports or by an organisation admin).",
      "Contact the organisation admin or DingTalk support to find out why the robot was restricted; use another robot meanwhile.",
    ],
    [
      "机器人被禁止发送消息",
      "钉钉禁止了该机器人发送消息（例如被举报或被组织管理员限制）。",
      "请联系组织管理员或钉钉客服了解受限原因，期间可改用其他机器人。",
    ],
  ),
  "bot.forbidden.sendMessage": entry(
    400,
    "robot",
    "never",
    [
      "Robot is muted",
      "The robot's account has been muted and cannot post messages.",
      "Ask the organisation or group admin to lift the mute, or send with another robot.",
    ],
    ["机器人已被禁言", "该机器人账号已被禁言，无法发送消息。", "请组织或群管理员解除禁言，或改用其他机器人。"],
  ),
  "resource.not.found": entry(
    400,
    "robot",
    "never",
    [
      "Robot or resource not found",
      "DingTalk could not find the resource the call refers to; most often the robot does not exist in this organisation.",
      "Check the robotCode and that the robot is installed in this organisation.",
    ],
    [
      "资源不存在",
      "钉钉找不到本次调用涉及的资源，最常见的是该机器人在本组织中不存在。",
      "请检查 robotCode，并确认机器人已安装到本组织。",
    ],
  ),
  "resource.unavailable": entry(
    400,
    "robot",
    "never",
    [
      "Robot or cool app unavailable",
      "The resource exists but cannot be used right now: the robot may be disabled or the cool app is not installed in the chat.",
      "Enable the robot and install the cool app in the chat, then send again.",
    ],
    [
      "资源不可用",
      "资源存在但当前不可用：机器人可能已停用，或酷应用未安装到该会话。",
      "请启用机器人并把酷应用安装到会话中后再发送。",
    ],
  ),
  unauthorized: entry(
    400,
    "permission",
    "never",
    [
      "Not authorised",
      "The app is not authorised for this operation on this robot or chat.",
      "Check the app's permissions (“qyapi_robot_sendmsg” for bot messages) in the developer console and that the robot belongs to this app.",
    ],
    [
      "未授权",
      "应用无权对该机器人或会话执行此操作。",
      "请在开发者后台检查应用权限（机器人消息需“企业内机器人发送消息权限”），并确认机器人属于本应用。",
    ],
  ),
  "auth.error": entry(
    400,
    "permission",
    "never",
    [
      "Insufficient permissions",
      "DingTalk refused the operation because the app lacks the required permission.",
      "Apply for the missing permission in the developer console and publish a new app version.",
    ],
    ["权限不足", "应用缺少所需权限，钉钉拒绝了该操作。", "请在开发者后台申请缺少的权限并发布新版本。"],
  ),
  "ip.not.match": entry(
    400,
    "permission",
    "never",
    [
      "Server IP not allowed",
      "The robot only accepts calls from whitelisted IP addresses and this server's outbound IP is not on the list.",
      "Add this server's public outbound IP to the app's/robot's IP whitelist in the developer console.",
    ],
    [
      "服务器 IP 不在白名单",
      "该机器人只接受白名单 IP 的调用，本服务器的出口 IP 不在名单中。",
      "请在开发者后台把本服务器的公网出口 IP 加入应用/机器人的 IP 白名单。",
    ],
  ),
  "keywords.not.match": entry(
    400,
    "permission",
    "never",
    [
      "Message lacks the robot's keyword",
      "The robot is protected by custom keywords and the message does not contain any of them.",
      "Include one of the robot's configured keywords in the message, or change the robot's security settings.",
    ],
    [
      "消息未包含机器人关键词",
      "机器人设置了自定义关键词，而消息中不包含任何一个关键词。",
      "请在消息中加入机器人配置的关键词，或调整机器人的安全设置。",
    ],
  ),
  "sign.not.match": entry(
    400,
    "permission",
    "never",
    [
      "Signature mismatch",
      "The robot is protected by a signing secret and the request signature does not match.",
      "Check the robot's signing secret and the server clock; the signature includes a timestamp.",
    ],
    [
      "签名不匹配",
      "机器人启用了加签，但请求签名校验失败。",
      "请检查机器人的加签密钥以及服务器时间（签名包含时间戳）。",
    ],
  ),
};
