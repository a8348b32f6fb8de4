import { entry } from "./catalog-helpers";
import type { ErrorCatalog } from "./catalog-types";

/**
 * Gateway-level answers shared by every DingTalk API (credentials, throttling, quota, server
 * faults) and the client's own codes for calls that never got a DingTalk answer.
 * httpStatus 0 means "no HTTP answer".
 */
export const PLATFORM_ERRORS: ErrorCatalog = {
  "Forbidden.AccessDenied.QpsLimitForAppkeyAndApi": entry(
    403,
    "rate-limit",
    "safe",
    [
      "Per-app rate limit reached",
      "DingTalk limits every app to a fixed number of calls per second on each API (20 by default, 60 with the paid add-on). This call went over that limit and was refused before it was processed.",
      "Nothing to fix: Dingcast waits and retries automatically. If it happens often, lower the configured QPS for this app or buy the higher-QPS add-on.",
    ],
    [
      "触发应用接口 QPS 限流",
      "钉钉对每个应用调用每个接口的每秒次数有上限（默认 20 次，购买扩容后 60 次）。本次调用超过了上限，钉钉在处理前就拒绝了它。",
      "无需处理：Dingcast 会稍后自动重试。如果频繁出现，请调低该应用的 QPS 配置，或购买接口调用频次扩容。",
    ],
  ),
  "Forbidden.AccessDenied.QpsLimitForApi": entry(
    403,
    "rate-limit",
    "safe",
    [
      "DingTalk-wide rate limit reached",
      "All organisations together called this API faster than DingTalk allows, so DingTalk refused this call before processing it. It is not caused by your app alone.",
      "Nothing to fix: Dingcast retries after a short pause. Scheduled sends are best placed away from the top of the hour, when DingTalk is busiest.",
    ],
    [
      "触发接口全局 QPS 限流",
      "所有企业同时调用该接口的频率超过了钉钉的全局上限，本次调用在处理前被拒绝，并非只由你的应用引起。",
      "无需处理：Dingcast 会稍后自动重试。定时发送建议避开整点高峰，例如安排在整点过 10 分钟。",
    ],
  ),
  "Forbidden.AccessDenied.ApiCountLimitForOrg": entry(
    403,
    "quota",
    "never",
    [
      "Monthly API quota used up",
      "Standard-edition DingTalk organisations get a fixed number of API calls per month (5,000 at present) for all internal apps together. The quota is exhausted, so DingTalk refuses further calls until next month.",
      "Sends cannot continue this month on this organisation. Upgrade to DingTalk Professional/Exclusive or buy extra API quota through your DingTalk account manager; the quota meter on the overview page shows the usage.",
    ],
    [
      "本月接口调用次数已用完",
      "钉钉标准版组织内所有企业内部应用每月共享固定的接口调用次数（目前为 5000 次）。额度已用完，下个月之前钉钉会拒绝后续调用。",
      "本月无法继续通过该组织发送。请联系钉钉客户经理升级专业版/专属版或购买调用量扩容；概览页的调用量仪表会显示使用情况。",
    ],
  ),
  "Forbidden.AccessDenied.AccessTokenPermissionDenied": entry(
    403,
    "permission",
    "never",
    [
      "App lacks permission for this API",
      "The access token is valid, but the app has not been granted the permission this API needs (for bot messages: “qyapi_robot_sendmsg”; for cards: “Card.Instance.Write”).",
      "In the DingTalk developer console open the app, go to Permissions, apply for the missing permission and publish a new version of the app.",
    ],
    [
      "应用没有该接口的权限",
      "访问凭证有效，但应用未开通该接口所需的权限（机器人消息需要“企业内机器人发送消息权限”，卡片需要“互动卡片实例写权限”）。",
      "在钉钉开发者后台打开该应用的“权限管理”，申请缺少的权限，并发布新版本。",
    ],
  ),
  "system.busy": entry(
    429,
    "rate-limit",
    "safe",
    [
      "DingTalk is busy",
      "DingTalk asked the caller to slow down (system busy / request too frequent). The request was not processed.",
      "Nothing to fix: Dingcast backs off and retries. If it persists, reduce the configured QPS.",
    ],
    [
      "钉钉系统繁忙",
      "钉钉提示请求过于频繁、系统繁忙，本次请求未被处理。",
      "无需处理：Dingcast 会退避后自动重试。如果持续出现，请调低 QPS 配置。",
    ],
  ),
  InvalidAuthentication: entry(
    401,
    "credentials",
    "safe",
    [
      "Access token rejected",
      "DingTalk did not accept the access token sent with the call (expired, revoked, or issued for another app), so the call was not processed. DingTalk answers this with HTTP 401 or 400.",
      "Dingcast fetches a fresh token and retries once automatically. If the error remains, check that the app's Client ID and Client Secret in Settings are current.",
    ],
    [
      "访问凭证无效",
      "钉钉不接受本次调用携带的 access_token（已过期、被重置，或属于其他应用），请求未被处理。钉钉可能以 HTTP 401 或 400 返回此错误。",
      "Dingcast 会自动换取新凭证并重试一次。如仍失败，请在设置中确认应用的 Client ID 与 Client Secret 是最新的。",
    ],
  ),
  invalidClientIdOrSecret: entry(
    400,
    "credentials",
    "never",
    [
      "Wrong Client ID or Client Secret",
      "DingTalk refused to issue an access token: the Client ID (AppKey) and Client Secret (AppSecret) do not match, or the secret was reset in the developer console.",
      "Copy both values again from the developer console (app > Basic information > Credentials) into Settings and run “Test connection”. An app must have a published version before its credentials work.",
    ],
    [
      "Client ID 或 Client Secret 错误",
      "钉钉拒绝颁发访问凭证：Client ID（原 AppKey）与 Client Secret（原 AppSecret）不匹配，或密钥已在开发者后台重置。",
      "请从开发者后台（应用 > 基础信息 > 凭证与基础信息）重新复制这两个值到设置页，并点击“测试连接”。应用需先发布版本，凭证才会生效。",
    ],
  ),
  "AuthenticationFailed.MissingParameter": entry(
    400,
    "credentials",
    "never",
    [
      "Access token header missing",
      "DingTalk received the call without the x-acs-dingtalk-access-token header (DingTalk says “missing parameter: x-acs-dingtalk-access-token”), so it was not processed.",
      "Dingcast always sends the header; if this appears, a proxy between this server and DingTalk strips custom headers. Let it pass x-acs-* headers.",
    ],
    [
      "缺少访问凭证请求头",
      "钉钉收到的请求没有 x-acs-dingtalk-access-token 请求头（“缺少参数：x-acs-dingtalk-access-token”），请求未被处理。",
      "Dingcast 总会携带该请求头；出现此错误说明本服务器与钉钉之间的代理丢弃了自定义请求头，请让代理放行 x-acs-* 请求头。",
    ],
  ),
  "InvalidAction.NotFound": entry(
    404,
    "transport",
    "never",
    [
      "API not found",
      "DingTalk's gateway does not know this path and method (“Specified api is not found”).",
      "Check the DingTalk base URL in Settings: it must point at the API root (https://api.dingtalk.com, or the sandbox URL), to which Dingcast appends paths such as /v1.0/robot/oToMessages/batchSend.",
    ],
    [
      "接口不存在",
      "钉钉网关找不到该路径与方法对应的接口（“Specified api is not found”）。",
      "请检查设置中的钉钉接口地址：必须指向接口根地址（https://api.dingtalk.com 或沙箱地址），Dingcast 会在其后拼接 /v1.0/robot/oToMessages/batchSend 等路径。",
    ],
  ),
  "system.error": entry(
    500,
    "server",
    "reads-only",
    [
      "DingTalk internal error",
      "DingTalk failed with an unknown internal error. For a send, DingTalk may or may not have delivered the message before failing.",
      "Reads are retried automatically. A send that ended like this is marked “unknown”: check the read status before resending, so nobody gets the message twice.",
    ],
    [
      "钉钉系统内部错误",
      "钉钉内部出现未知错误。如果是发送请求，消息可能已经送达，也可能没有。",
      "查询类请求会自动重试。发送请求会被标记为“结果未知”：请先查看已读状态再决定是否重发，避免重复打扰。",
    ],
  ),
  "client.timeout": entry(
    0,
    "transport",
    "reads-only",
    [
      "No answer from DingTalk in time",
      "The request left Dingcast but no answer came back before the timeout. DingTalk may have processed it.",
      "Reads are retried. A send is marked “unknown” rather than resent; check the read status, then resend it manually if needed. Frequent timeouts point to network problems between this server and api.dingtalk.com.",
    ],
    [
      "钉钉响应超时",
      "请求已从 Dingcast 发出，但在超时前没有收到应答，钉钉可能已经处理了该请求。",
      "查询会自动重试；发送会被标记为“结果未知”而不会自动重发，请查看已读状态后再按需手动重发。频繁超时通常说明本服务器到 api.dingtalk.com 的网络有问题。",
    ],
  ),
  "client.network": entry(
    0,
    "transport",
    "reads-only",
    [
      "Could not reach DingTalk",
      "The connection to DingTalk failed (DNS, TLS, refused or reset connection). If the connection broke after the request was sent, DingTalk may have processed it.",
      "Check that this server can reach the configured DingTalk base URL (proxy, firewall, DNS). Sends that broke mid-way are marked “unknown”.",
    ],
    [
      "无法连接钉钉",
      "与钉钉的连接失败（DNS、TLS、连接被拒绝或被重置）。如果连接在请求发出后才中断，钉钉可能已经处理了请求。",
      "请确认本服务器能访问配置的钉钉接口地址（代理、防火墙、DNS）。中途断开的发送会被标记为“结果未知”。",
    ],
  ),
  "client.aborted": entry(
    0,
    "transport",
    "never",
    [
      "Call cancelled",
      "Dingcast cancelled the call itself (the job was stopped or the server is shutting down). If the request had already left, DingTalk may have processed it.",
      "No action needed; a cancelled send is marked “unknown” and can be checked and resent by an admin.",
    ],
    [
      "调用已取消",
      "Dingcast 主动取消了这次调用（任务被停止或服务正在关闭）。如果请求已经发出，钉钉可能已处理。",
      "无需处理；被取消的发送会标记为“结果未知”，管理员可核实后重发。",
    ],
  ),
  "client.invalidResponse": entry(
    0,
    "transport",
    "never",
    [
      "Unexpected answer from DingTalk",
      "DingTalk (or a proxy in between) answered with data that does not have the documented shape, so Dingcast could not read the result.",
      "Check that the DingTalk base URL in Settings points at api.dingtalk.com (or the sandbox) and not at a proxy or login page. Report the request id if it keeps happening.",
    ],
    [
      "钉钉返回了无法识别的应答",
      "钉钉（或中间代理）返回的数据与文档描述的格式不一致，Dingcast 无法读取结果。",
      "请确认设置中的钉钉接口地址指向 api.dingtalk.com（或沙箱），而不是代理或登录页。若反复出现，请附上 request id 反馈。",
    ],
  ),
};
