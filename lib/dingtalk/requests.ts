import "server-only";

/**
 * Request shapes of the typed client methods. Field names are DingTalk's:
 * https://open.dingtalk.com/document/development/the-robot-sends-ordinary-messages-in-a-person-to-person-conversation,
 * https://open.dingtalk.com/document/development/query-the-read-list-of-robot-messages-in-person-to-person-conversations,
 * https://open.dingtalk.com/document/development/chatbots-send-one-on-one-chat-messages-in-batches,
 * https://open.dingtalk.com/document/development/send-dingtalk-interactive-cards-to-person-to-person-chat-sessions.
 */

/** A msgParam object is JSON-encoded by the client; a string is sent as is. */
export type MsgParam = string | Readonly<Record<string, string>>;

export interface SendPrivateChatMessageRequest {
  robotCode: string;
  openConversationId: string;
  coolAppCode: string;
  msgKey: string;
  msgParam: MsgParam;
}

export interface QueryPrivateChatReadsRequest {
  processQueryKey: string;
  openConversationId?: string;
  robotCode?: string;
  /** At most 200. */
  maxResults?: number;
  nextToken?: string;
}

export interface BatchSendOtoRequest {
  robotCode: string;
  /** At most 20: the caller chunks larger lists. */
  userIds: readonly string[];
  msgKey: string;
  msgParam: MsgParam;
}

/** cardParamMap values are strings: numbers and booleans as strings, objects and arrays as JSON. */
type CardParamMap = Readonly<Record<string, string>>;

export interface SendInteractiveCardRequest {
  cardTemplateId: string;
  openConversationId?: string;
  receiverUserIdList?: readonly string[];
  outTrackId: string;
  robotCode?: string;
  callbackRouteKey?: string;
  cardData: { cardParamMap: CardParamMap };
  privateData?: Readonly<Record<string, { cardParamMap: CardParamMap }>>;
  /** 1 = userId (default), 2 = unionId. */
  userIdType?: 1 | 2;
  atOpenIds?: Readonly<Record<string, string>>;
  cardOptions?: { supportForward?: boolean };
  pullStrategy?: boolean;
}

export interface GetOtoReadStatusRequest {
  robotCode: string;
  processQueryKey: string;
}

export interface BatchRecallOtoRequest {
  robotCode: string;
  processQueryKeys: readonly string[];
}

export interface BatchRecallPrivateChatRequest {
  openConversationId: string;
  robotCode: string;
  processQueryKeys: readonly string[];
}

/** Keys: ZH_CN, ZH_TW, EN_US, JA_JP, VI_VN, TH_TH. */
type LastMessageI18n = Readonly<Record<string, string>>;

interface CardOpenSpaceModel {
  supportForward?: boolean;
  lastMessageI18n?: LastMessageI18n;
  searchSupport?: { searchIcon?: string; searchTypeName?: string; searchDesc?: string };
  notification?: { alertContent?: string; notificationOff?: boolean };
}

export interface CreateAndDeliverCardRequest {
  cardTemplateId: string;
  /** Caller-chosen and unique per card: DingTalk caches template and data per outTrackId. */
  outTrackId: string;
  cardData: { cardParamMap: CardParamMap };
  privateData?: Readonly<Record<string, { cardParamMap: CardParamMap }>>;
  /** e.g. `dtv1.card//IM_ROBOT.user1;IM_ROBOT.user2`; see buildOpenSpaceId. */
  openSpaceId: string;
  /** Creator of the card. */
  userId?: string;
  /** 1 = userId (default), 2 = unionId. */
  userIdType?: 1 | 2;
  callbackType?: "STREAM" | "HTTP";
  callbackRouteKey?: string;
  imRobotOpenSpaceModel?: CardOpenSpaceModel;
  imRobotOpenDeliverModel?: { spaceType: "IM_ROBOT"; robotCode?: string; extension?: Readonly<Record<string, string>> };
  imGroupOpenSpaceModel?: CardOpenSpaceModel;
  imGroupOpenDeliverModel?: {
    robotCode: string;
    atUserIds?: Readonly<Record<string, string>>;
    recipients?: readonly string[];
    extension?: Readonly<Record<string, string>>;
  };
  imSingleOpenSpaceModel?: CardOpenSpaceModel;
  imSingleOpenDeliverModel?: {
    atUserIds?: Readonly<Record<string, string>>;
    extension?: Readonly<Record<string, string>>;
  };
  cardAtUserIds?: readonly string[];
}

export type OpenSpaceType = "IM_ROBOT" | "IM_GROUP" | "IM_SINGLE" | "ONE_BOX";

/** `dtv1.card//IM_ROBOT.user1;IM_ROBOT.user2`: the fixed prefix, then `TYPE.id` pairs joined by ";". */
export function buildOpenSpaceId(spaces: readonly { type: OpenSpaceType; id: string }[]): string {
  if (spaces.length === 0) throw new Error("buildOpenSpaceId needs at least one space");
  return `dtv1.card//${spaces.map((space) => `${space.type}.${space.id}`).join(";")}`;
}

/** The open space ID for robot direct messages to these users. */
export function imRobotOpenSpaceId(userIds: readonly string[]): string {
  return buildOpenSpaceId(userIds.map((id) => ({ type: "IM_ROBOT", id })));
}
