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
  cardCreateAndDeliver: "/v1.0/card/instances/create-and-deliver",
} as const;

type DingTalkPath = (typeof DINGTALK_PATHS)[keyof typeof DINGTALK_PATHS];

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

/** A token endpoint: a read that authenticates with its body. */
function tokenEndpoint(path: DingTalkPath): EndpointSpec {
  return { method: "POST", path, kind: "read", authenticated: false };
}

/** An API call that carries the access token. */
function apiEndpoint(method: EndpointSpec["method"], path: DingTalkPath, kind: CallKind): EndpointSpec {
  return { method, path, kind, authenticated: true };
}

export const ENDPOINTS = {
  accessToken: tokenEndpoint(DINGTALK_PATHS.accessToken),
  corpAccessToken: tokenEndpoint(DINGTALK_PATHS.corpAccessToken),
  privateChatSend: apiEndpoint("POST", DINGTALK_PATHS.privateChatSend, "send"),
  privateChatQuery: apiEndpoint("POST", DINGTALK_PATHS.privateChatQuery, "read"),
  privateChatBatchRecall: apiEndpoint("POST", DINGTALK_PATHS.privateChatBatchRecall, "send"),
  otoBatchSend: apiEndpoint("POST", DINGTALK_PATHS.otoBatchSend, "send"),
  otoReadStatus: apiEndpoint("GET", DINGTALK_PATHS.otoReadStatus, "read"),
  otoBatchRecall: apiEndpoint("POST", DINGTALK_PATHS.otoBatchRecall, "send"),
  privateChatInteractiveCardSend: apiEndpoint("POST", DINGTALK_PATHS.privateChatInteractiveCardSend, "send"),
  cardCreateAndDeliver: apiEndpoint("POST", DINGTALK_PATHS.cardCreateAndDeliver, "send"),
} satisfies Record<string, EndpointSpec>;

/**
 * batchSend accepts at most 20 userIds per call
 * (https://open.dingtalk.com/document/development/chatbots-send-one-on-one-chat-messages-in-batches);
 * larger lists must be chunked by the caller.
 */
export const BATCH_SEND_MAX_USER_IDS = 20;
/** batchRecall accepts at most 20 processQueryKeys per call. */
export const BATCH_RECALL_MAX_KEYS = 20;
/**
 * privateChatMessages/query: maxResults above 200 is answered with invalidParameter.pageSize.invalid
 * (https://open.dingtalk.com/document/development/query-the-read-list-of-robot-messages-in-person-to-person-conversations).
 */
export const PRIVATE_CHAT_QUERY_MAX_RESULTS = 200;
