/**
 * DingTalk's error body is `{code, message, requestid}`; the simulator throws SandboxError from any
 * depth and the pipeline turns it into that body with the HTTP status DingTalk uses for the code.
 */
export class SandboxError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message?: string,
  ) {
    super(message ?? MESSAGES[code] ?? code);
    this.name = "SandboxError";
  }
}

/** Messages as DingTalk's pages cited below (or, for auth, live DingTalk answers) word them. */
const MESSAGES: Record<string, string> = {
  // Confirmed against public DingTalk material: a live probe of api.dingtalk.com and the
  // accessToken doc's error table both give HTTP 400 with exactly these codes and messages.
  invalidClientIdOrSecret: "无效的clientId或者clientSecret",
  InvalidAuthentication: "不合法的access_token",
  "AuthenticationFailed.MissingParameter": "缺少参数：x-acs-dingtalk-access-token",
  "Forbidden.AccessDenied.QpsLimitForAppkeyAndApi": "应用调用该接口的频率超过限制（QPS），请稍后重试",
  "InvalidAction.NotFound": "Specified api is not found, please check your url and method.",
  "system.error": "未知的系统错误",
  // robot messages: the error tables of
  // https://open.dingtalk.com/document/development/the-robot-sends-ordinary-messages-in-a-person-to-person-conversation and
  // https://open.dingtalk.com/document/development/chatbots-send-one-on-one-chat-messages-in-batches
  "invalidParameter.robotCode.empty": "The robotCode is empty.",
  "invalidParameter.robotCode.missing": "The robotCode is missing.",
  "invalidParameter.robotCode.notExsit": "The bot does not exist.",
  "invalidParameter.robotCode.coolApp": "The coolapp code is invalid.",
  "invalidParameter.userIds.empty": "The user userId list is empty.",
  "invalidParameter.userIds.overMax": "The user userId list exceeds the maximum limit.",
  "invalidParameter.userId.empty": "The staffId is missing.",
  "invalidParameter.msgKey.empty": "The msgKey is missing.",
  "invalidParameter.msgKey.invalid": "The msgKey is invalid.",
  "invalidParameter.msgParam.invalid": "The msgParam must be in JSON format.",
  "invalidParameter.msgParam.tooLong": "The message content is too long.",
  "invalidParameter.msgBody.invalid": "The body must be JSON.",
  "invalidParameter.param.invalid": "The parameter is invalid.",
  "invalidParameter.processQueryKey.missing": "The processQueryKey is missing.",
  "invalid.processQueryKey": "Invalid processQueryKey.",
  "processQueryKey.expireTime": "processQueryKey has not yet generated message query data or has expired.",
  "miss.openConversationId": "The openConversationId is missing.",
  "invalid.openConversationId": "Invalid openConversationId.",
  "invalidParameter.cursor.invalid": "Invalid nextToken.",
  "invalidParameter.pageSize.invalid": "Invalid maxResults: maxResults exceeds the upper limit of 200.",
  "miss.param.contentOfText": "The text->content attribute is required.",
  "miss.param.textOfLink": "The link->text attribute is required.",
  "miss.param.titleOfLink": "The link->title attribute is required.",
  "miss.param.messageUrlOfLink": "The link->messageUrl attribute is required.",
  "miss.param.markdownTotitle": "The markdown->title attribute is required.",
  "miss.param.markdownTotext": "The markdown->text attribute is required.",
  "miss.param.actionCardTotitle": "The actionCard->title attribute is required.",
  "miss.param.actionCardTotext": "The actionCard->text attribute is required.",
  "miss.param.actionCardTosingleTitle": "The actionCard->singleTitle attribute is required.",
  "miss.param.actionCardTosingleUrl": "The actionCard->singleURL attribute is required.",
  "miss.param.actionCardTobtnsTotitle": "The actionCard->btns->title attribute is required.",
  "miss.param.actionCardTobtnsToactionUrl": "The actionCard->btns->actionURL attribute is required.",
  "miss.param.photoTophotoUrl": "The photo->photoURL attribute is required.",
  "miss.param.audio": "Invalid message content. The audio attribute is required.",
  "miss.param.file": "Invalid message content. The file attribute is required.",
  "miss.param.video": "Invalid message content. The video->videoMediaId attribute is required.",
  // interactiveCards/send:
  // https://open.dingtalk.com/document/development/send-dingtalk-interactive-cards-to-person-to-person-chat-sessions
  "card.templateEmpty": "卡片模板ID为空",
  "card.outTraceIdEmpty": "业务标识outTrackId为空",
  "outTrackId.exceed.limit": "outTrackId长度超限",
  "invalidParameter.cid.empty": "单聊会话id为空",
  "cidParse.wrong": "单聊会话ID解码失败",
  "chatbot.notFound": "机器人不存在",
  "userInfo.convertError": "消息接收者UID解码错误",
  "param.invalid": "无效参数",
  // createAndDeliver (documented error table of /v1.0/card/instances/createAndDeliver)
  "param.cardTemplateIdEmpty": "卡片模板Id为空",
  "param.outTrackIdEmpty": "业务标识outTrackId为空",
  "param.openSpaceIdEmpty": "投放openSpaceId为空",
  "param.openSpaceIdInvalid": "openSpaceId不符合规范",
  "param.openDeliverModelEmpty": "场域投放模型为空",
  "param.openDeliverModelError": "场域投放模型格式错误",
  "param.cardPublicDataEmpty": "卡片公共数据为空",
  "param.cardAlreadyExist": "卡片已经存在",
};

export function fail(code: string, message?: string, status = 400): never {
  throw new SandboxError(status, code, message);
}
