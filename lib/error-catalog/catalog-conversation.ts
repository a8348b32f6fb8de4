import { entry } from "./catalog-helpers";
import type { ErrorCatalog } from "./catalog-types";

/**
 * Errors about chats, sessions and recipients, from the error tables of
 * https://open.dingtalk.com/document/development/the-robot-sends-ordinary-messages-in-a-person-to-person-conversation,
 * https://open.dingtalk.com/document/development/query-the-read-list-of-robot-messages-in-person-to-person-conversations
 * (English and Chinese) and
 * https://open.dingtalk.com/document/development/chatbots-send-one-on-one-chat-messages-in-batches.
 */
export const CONVERSATION_ERRORS: ErrorCatalog = {
  "miss.openConversationId": entry(
    400,
    "conversation",
    "never",
    [
      "Chat ID missing",
      "The request did not include openConversationId, which identifies the one-on-one chat.",
      "Provide the openConversationId of the chat (obtained when the direct-message cool app was installed in it).",
    ],
    [
      "缺少会话 ID",
      "请求缺少用来标识单聊会话的 openConversationId。",
      "请提供该会话的 openConversationId（在单聊酷应用安装到会话时获得）。",
    ],
  ),
  "invalid.openConversationId": entry(
    400,
    "conversation",
    "never",
    [
      "Invalid chat ID",
      "DingTalk could not decode the openConversationId, or it belongs to another organisation.",
      "Use the openConversationId exactly as DingTalk returned it (it usually starts with “cid”).",
    ],
    [
      "会话 ID 无效",
      "钉钉无法解析该 openConversationId，或它属于其他组织。",
      "请原样使用钉钉返回的 openConversationId（通常以“cid”开头）。",
    ],
  ),
  "openConversationId.notExisted": entry(
    400,
    "conversation",
    "never",
    [
      "Chat ID is empty",
      "The openConversationId was empty or the chat no longer exists.",
      "Pass the openConversationId of an existing one-on-one chat.",
    ],
    ["会话 ID 为空", "openConversationId 为空，或该会话已不存在。", "请传入仍然存在的单聊会话的 openConversationId。"],
  ),
  "group.disbanded": entry(
    400,
    "conversation",
    "never",
    [
      "Chat was disbanded",
      "The target chat has been disbanded, so nothing can be posted to it.",
      "Remove this chat from the recipients.",
    ],
    ["会话已解散", "目标会话已被解散，无法再发送消息。", "请把该会话从接收对象中移除。"],
  ),
  "session.notExisted": entry(
    400,
    "conversation",
    "never",
    [
      "Session not found",
      "The session the robot would reply in does not exist.",
      "Send proactively with robotCode and recipients instead of a session, or re-open the chat.",
    ],
    ["会话不存在", "机器人要回复的会话不存在。", "请改用 robotCode 加接收人的方式主动发送，或重新打开会话。"],
  ),
  "session.expired": entry(
    400,
    "conversation",
    "never",
    [
      "Session expired",
      "The session the robot would reply in has expired.",
      "Send proactively with robotCode and recipients instead of the expired session.",
    ],
    ["会话已过期", "机器人要回复的会话已经过期。", "请改用 robotCode 加接收人的方式主动发送。"],
  ),
  "conversation.org.notMatch": entry(
    400,
    "conversation",
    "never",
    [
      "Chat belongs to another organisation",
      "The chat's organisation does not match the organisation of the access token.",
      "Use credentials of an app in the organisation that owns the chat.",
    ],
    ["会话不属于当前组织", "会话所在组织与访问凭证所属组织不一致。", "请使用会话所在组织内应用的凭证。"],
  ),
  "conversation.org.dismatch": entry(
    400,
    "conversation",
    "never",
    [
      "Chat belongs to another organisation",
      "The chat does not belong to the organisation of the app making the call.",
      "Query with the app of the organisation that owns the chat.",
    ],
    ["会话不属于当前企业", "该会话不属于发起调用的应用所在企业。", "请使用会话所属企业的应用进行查询。"],
  ),
  "invalidParameter.userIds.empty": entry(
    400,
    "recipient",
    "never",
    [
      "No recipients",
      "The userIds list was empty.",
      "Add at least one recipient; Dingcast skips empty chunks, so this points to a recipient list that was emptied after planning.",
    ],
    [
      "接收人为空",
      "userIds 列表为空。",
      "请至少添加一位接收人；Dingcast 不会发送空分片，出现此错误说明接收人列表在规划后被清空。",
    ],
  ),
  "invalidParameter.userIds.overMax": entry(
    400,
    "recipient",
    "never",
    [
      "Too many recipients in one call",
      "One call carried more userIds than DingTalk accepts (batchSend takes at most 20).",
      "Split the recipients into chunks of at most 20; Dingcast does this automatically.",
    ],
    [
      "单次接收人数超限",
      "一次调用携带的 userId 超过钉钉上限（批量发送最多 20 个）。",
      "请把接收人拆分为每批不超过 20 人；Dingcast 会自动拆分。",
    ],
  ),
  "invalidParameter.userId.empty": entry(
    400,
    "recipient",
    "never",
    [
      "Recipient user ID missing",
      "A recipient's staffId/userId was empty.",
      "Remove blank entries from the recipient list and check the import file's userId column.",
    ],
    [
      "接收人 userId 为空",
      "某个接收人的 staffId/userId 为空。",
      "请删除接收人列表中的空白项，并检查导入文件的 userId 列。",
    ],
  ),
  "staffId.notExisted": entry(
    400,
    "recipient",
    "never",
    [
      "User does not exist",
      "A userId does not exist in this organisation (left the company, or an ID from another organisation).",
      "Check the userId in the DingTalk address book; remove people who have left.",
    ],
    [
      "用户不存在",
      "某个 userId 在本组织中不存在（已离职，或是其他组织的 ID）。",
      "请在钉钉通讯录中核对 userId，并移除已离职人员。",
    ],
  ),
  "illegal.receivers": entry(
    400,
    "recipient",
    "never",
    [
      "Invalid recipient list",
      "The recipient list is malformed or contains IDs DingTalk cannot use.",
      "Check the recipients' userIds; they must be userIds of this organisation, not mobile numbers or unionIds.",
    ],
    [
      "接收人列表不合法",
      "接收人列表格式错误，或包含钉钉无法识别的 ID。",
      "请检查接收人 userId，必须是本组织的 userId，而不是手机号或 unionId。",
    ],
  ),
  "receivers.exceed": entry(
    400,
    "recipient",
    "never",
    [
      "Recipient limit exceeded",
      "The recipient list is longer than DingTalk allows for this call.",
      "Send to fewer people per call; Dingcast chunks batch sends into 20 recipients.",
    ],
    [
      "接收人数量超出限制",
      "接收人列表超过了该接口允许的数量。",
      "请减少单次调用的接收人；Dingcast 会把批量发送按 20 人分片。",
    ],
  ),
  "illegal.excludes": entry(
    400,
    "recipient",
    "never",
    ["Invalid exclusion list", "The list of people to exclude is malformed.", "Check the excluded userIds."],
    ["排除列表不合法", "需要排除的人员列表格式错误。", "请检查被排除人员的 userId。"],
  ),
  "only.groupAdmin.canAtAll": entry(
    400,
    "recipient",
    "never",
    [
      "Only the group owner can @Everyone",
      "Mentioning everyone is reserved for the group owner or admins.",
      "Remove @Everyone from the message, or mention specific people.",
    ],
    ["只有群主可以 @所有人", "@所有人 仅限群主或群管理员使用。", "请去掉消息中的 @所有人，或改为 @具体人员。"],
  ),
};
