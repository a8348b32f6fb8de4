import "server-only";

/**
 * Every DingTalk path this client calls, in one place so the simulator, the ledger's quota meter
 * and the rate limiter keys all agree on the exact spelling (DingTalk mixes `oToMessages` and
 * `otoMessages` between sibling APIs; copying the wrong one yields a 404).
 */
export const DINGTALK_PATHS = {
  accessToken: "/v1.0/oauth2/accessToken",
  corpAccessToken: "/v1.0/oauth2/corpAccessToken",
  privateChatSend: "/v1.0/robot/privateChatMessages/send",
  privateChatQuery: "/v1.0/robot/privateChatMessages/query",
  privateChatBatchRecall: "/v1.0/robot/privateChatMessages/batchRecall",
  otoBatchSend: "/v1.0/robot/oToMessages/batchSend",
  otoReadStatus: "/v1.0/robot/oToMessages/readStatus",
  otoBatchRecall: "/v1.0/robot/otoMessages/batchRecall",
  privateChatInteractiveCardSend: "/v1.0/im/privateChat/interactiveCards/send",
  cardCreateAndDeliver: "/v1.0/card/instances/createAndDeliver",
} as const;

export type DingTalkPath = (typeof DINGTALK_PATHS)[keyof typeof DINGTALK_PATHS];

/**
 * "read": repeating the call cannot change anything at DingTalk, so an ambiguous failure
 * (timeout, 5xx) may be retried. "send": DingTalk may already have acted on a request whose
 * answer we never saw, so only answers proving it was refused are retried. Recalls are counted as
 * sends: a recall that may have happened must be shown as such, not silently repeated.
 */
export type CallKind = "read" | "send";

export interface EndpointSpec {
  readonly method: "GET" | "POST";
  readonly path: DingTalkPath;
  readonly kind: CallKind;
  /** False only for the token endpoints, which authenticate with the body instead. */
  readonly authenticated: boolean;
}

export const ENDPOINTS = {
  accessToken: { method: "POST", path: DINGTALK_PATHS.accessToken, kind: "read", authenticated: false },
  corpAccessToken: { method: "POST", path: DINGTALK_PATHS.corpAccessToken, kind: "read", authenticated: false },
  privateChatSend: { method: "POST", path: DINGTALK_PATHS.privateChatSend, kind: "send", authenticated: true },
  privateChatQuery: { method: "POST", path: DINGTALK_PATHS.privateChatQuery, kind: "read", authenticated: true },
  privateChatBatchRecall: { method: "POST", path: DINGTALK_PATHS.privateChatBatchRecall, kind: "send", authenticated: true },
  otoBatchSend: { method: "POST", path: DINGTALK_PATHS.otoBatchSend, kind: "send", authenticated: true },
  otoReadStatus: { method: "GET", path: DINGTALK_PATHS.otoReadStatus, kind: "read", authenticated: true },
  otoBatchRecall: { method: "POST", path: DINGTALK_PATHS.otoBatchRecall, kind: "send", authenticated: true },
  privateChatInteractiveCardSend: {
    method: "POST",
    path: DINGTALK_PATHS.privateChatInteractiveCardSend,
    kind: "send",
    authenticated: true,
  },
  cardCreateAndDeliver: { method: "POST", path: DINGTALK_PATHS.cardCreateAndDeliver, kind: "send", authenticated: true },
} as const satisfies Record<string, EndpointSpec>;

/** batchSend accepts at most 20 userIds per call (seed 002); larger lists must be chunked by the caller. */
export const BATCH_SEND_MAX_USER_IDS = 20;
/** batchRecall accepts at most 20 processQueryKeys per call. */
export const BATCH_RECALL_MAX_KEYS = 20;
/** privateChatMessages/query: maxResults above 200 is answered with invalidParameter.pageSize.invalid (seed 001). */
export const PRIVATE_CHAT_QUERY_MAX_RESULTS = 200;
