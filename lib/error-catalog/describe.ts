/**
 * Turns an error code into sentences for people. No `server-only`: the browser shows stored
 * per-recipient failure codes with the same texts.
 */
import { getCatalogEntry } from "./catalog";
import type { CatalogLocale, ErrorCategory, LocalizedErrorText, RetryPolicy } from "./catalog-types";

export interface DingTalkErrorDescription extends LocalizedErrorText {
  code: string;
  /** False when the code is not in the catalog and the texts are the generic fallback. */
  known: boolean;
  locale: CatalogLocale;
  retry: RetryPolicy;
  category: ErrorCategory | "unknown";
}

/** Accepts the app's locale spellings ("zh", "zh-CN", "zh_CN", "zh-Hans") and falls back to English. */
function normalizeLocale(locale: string | undefined): CatalogLocale {
  return locale && /^zh\b|^zh[-_]/i.test(locale) ? "zh-CN" : "en";
}

const HTTP_CODE = /^http\.(\d{3})$/;

function fallbackText(code: string, locale: CatalogLocale): LocalizedErrorText {
  const http = HTTP_CODE.exec(code);
  if (http) {
    const status = Number(http[1]);
    const serverSide = status >= 500;
    if (locale === "zh-CN") {
      return {
        title: `钉钉返回 HTTP ${status}（无错误码）`,
        explanation: serverSide
          ? "应答中没有钉钉错误码，通常是钉钉前端网关或中间代理出错（IP 被限流时钉钉也会返回 HTML 页面）。如果是发送请求，消息可能已被处理。"
          : "应答中没有钉钉错误码，通常说明接口地址或代理配置有误。",
        action: serverSide
          ? "查询会自动重试；发送会标记为“结果未知”，重发前请先查看已读状态。"
          : `请检查设置中的钉钉接口地址以及代理配置（错误码：${code}）。`,
      };
    }
    return {
      title: `DingTalk answered HTTP ${status} without an error code`,
      explanation: serverSide
        ? "The answer carried no DingTalk error code, which usually means a gateway or proxy in front of DingTalk failed (DingTalk also answers with an HTML page when this server's IP is throttled). For a send, DingTalk may have processed it."
        : "The answer carried no DingTalk error code, which usually means the base URL or a proxy is misconfigured.",
      action: serverSide
        ? "Reads are retried automatically; sends are marked “unknown”: check the read status before resending."
        : `Check the DingTalk base URL in Settings and any proxy in between (code: ${code}).`,
    };
  }
  if (locale === "zh-CN") {
    return {
      title: "钉钉返回了未收录的错误",
      explanation: `钉钉以错误码“${code}”拒绝了请求，Dingcast 暂未收录该错误码的说明。`,
      action: `请在钉钉开放平台的“全局错误码”文档中查询“${code}”，并在接口调用记录中根据 request id 排查。`,
    };
  }
  return {
    title: "Unrecognised DingTalk error",
    explanation: `DingTalk refused the request with code “${code}”, which Dingcast has no explanation for yet.`,
    action: `Look up “${code}” in DingTalk's global error code documentation and use the request id in the API-call log to investigate.`,
  };
}

export function describeDingTalkError(code: string, locale?: string): DingTalkErrorDescription {
  const resolved = normalizeLocale(locale);
  const known = getCatalogEntry(code);
  if (known) {
    const texts = resolved === "zh-CN" ? known.zhCN : known.en;
    return { ...texts, code, known: true, locale: resolved, retry: known.retry, category: known.category };
  }
  return { ...fallbackText(code, resolved), code, known: false, locale: resolved, retry: "never", category: "unknown" };
}
