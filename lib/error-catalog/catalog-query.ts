import { entry } from "./catalog-helpers";
import type { ErrorCatalog } from "./catalog-types";

/**
 * Errors of the read-status and recall APIs, from the error tables of
 * https://open.dingtalk.com/document/development/the-robot-sends-ordinary-messages-in-a-person-to-person-conversation and
 * https://open.dingtalk.com/document/development/query-the-read-list-of-robot-messages-in-person-to-person-conversations
 * (English and Chinese).
 */
export const QUERY_ERRORS: ErrorCatalog = {
  "invalidParameter.processQueryKey.missing": entry(
    400,
    "query",
    "never",
    [
      "Message key missing",
      "The request had no processQueryKey, the ID DingTalk returned when the message was sent.",
      "This points to a message whose send never returned a key (failed or unknown); its read status cannot be queried.",
    ],
    [
      "缺少消息 ID",
      "请求缺少 processQueryKey，即发送消息时钉钉返回的消息 ID。",
      "说明该消息发送时没有拿到 ID（发送失败或结果未知），无法查询其已读状态。",
    ],
  ),
  "invalid.processQueryKey": entry(
    400,
    "query",
    "never",
    [
      "Invalid message key",
      "DingTalk does not recognise the processQueryKey, or it belongs to another robot or chat.",
      "Query with the same robotCode (and chat) the message was sent with.",
    ],
    [
      "消息 ID 无效",
      "钉钉不认识该 processQueryKey，或它属于其他机器人或会话。",
      "请使用发送时的 robotCode（以及会话）进行查询。",
    ],
  ),
  "processQueryKey.expireTime": entry(
    400,
    "query",
    "never",
    [
      "Read data not ready or expired",
      "DingTalk has not yet produced read data for this message, or the message is older than the query window (read status and recall work for 24 hours after sending).",
      "If the message was just sent, Dingcast polls again later. After 24 hours the last known read status is final.",
    ],
    [
      "已读数据未生成或已过期",
      "钉钉尚未生成该消息的已读数据，或消息已超出可查询期限（发送后 24 小时内可查询已读和撤回）。",
      "刚发送的消息，Dingcast 会稍后再次查询；超过 24 小时后，最后一次获取的已读状态即为最终结果。",
    ],
  ),
  "invalidParameter.cursor.invalid": entry(
    400,
    "query",
    "never",
    [
      "Invalid page token",
      "The nextToken is not one DingTalk issued for this query (page tokens are opaque and tied to the message).",
      "Restart the read-list query from the first page.",
    ],
    [
      "分页凭证无效",
      "nextToken 不是钉钉为本次查询下发的分页凭证（分页凭证不透明，且与消息绑定）。",
      "请从第一页重新查询已读列表。",
    ],
  ),
  "invalidParameter.pageSize.invalid": entry(
    400,
    "query",
    "never",
    [
      "Page size too large",
      "maxResults exceeds DingTalk's upper limit of 200 per page.",
      "Query with maxResults of 200 or fewer.",
    ],
    ["每页数量超限", "maxResults 超过了钉钉每页 200 条的上限。", "请把 maxResults 设为 200 或更小。"],
  ),
};
