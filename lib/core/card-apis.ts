/**
 * Which DingTalk API delivers a template's cards: the interactive-card send of one-on-one chats
 * (`POST /v1.0/im/privateChat/interactiveCards/send`), or its successor
 * (`POST /v1.0/card/instances/createAndDeliver`).
 */
export const cardApis = ["interactiveCards", "createAndDeliver"] as const;
export type CardApi = (typeof cardApis)[number];
