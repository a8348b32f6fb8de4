import { z } from "zod";
import { cardApis } from "@/lib/core/card-apis";

/**
 * What a card send stores in `message.card`: everything the card sender needs to rebuild each
 * DingTalk call, already encoded (string -> string), so what the message page shows is what was sent.
 */
const paramMap = z.record(z.string(), z.string());

const cardPayloadSchema = z.object({
  cardTemplateId: z.string().min(1),
  templateRowId: z.string(),
  templateName: z.string(),
  api: z.enum(cardApis),
  cardParamMap: paramMap,
  /** Private values for every recipient without a row of their own (users audiences only). */
  privateDefaults: paramMap.nullable(),
  /** userId -> that user's private values. */
  privateData: z.record(z.string(), paramMap),
  /** Conversation-list summary per DingTalk locale (zh_CN, en_US, ...). */
  lastMessageI18n: z.record(z.string(), z.string()),
  callbackRouteKey: z.string().nullable(),
  supportForward: z.boolean(),
  userIdType: z.union([z.literal(1), z.literal(2)]),
  pullStrategy: z.boolean(),
  atOpenIds: z.record(z.string(), z.string()),
});

export type CardPayload = z.infer<typeof cardPayloadSchema>;

/** The stored JSON back to a payload; a row written by another version fails loudly here, not at DingTalk. */
export function readCardPayload(card: unknown): CardPayload {
  return cardPayloadSchema.parse(card);
}

export type PrivateDataRequest = Record<string, { cardParamMap: Record<string, string> }>;

/**
 * privateData for one call: each receiver's own row over the defaults. Only the call's receivers are
 * listed, so a 100,000-person send never puts more than one chunk's worth into a request.
 */
export function privateDataFor(
  payload: CardPayload,
  userIds: readonly string[] | null,
): PrivateDataRequest | undefined {
  const out: PrivateDataRequest = {};
  const users = userIds ?? Object.keys(payload.privateData);
  for (const userId of users) {
    const map = { ...(userIds ? payload.privateDefaults : null), ...payload.privateData[userId] };
    if (Object.keys(map).length > 0) out[userId] = { cardParamMap: map };
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/**
 * The key of the conversation-list summary inside cardParamMap, as named by
 * https://open.dingtalk.com/document/development/send-dingtalk-interactive-cards-to-person-to-person-chat-sessions.
 */
const LAST_MESSAGE_KEY = "sys_lastMessageI18n";

const LOCALE_ORDER = ["zh_CN", "zh_TW", "zh_HK", "ja_JP", "en_US"];

/** That page's locale order; the stored jsonb has its keys re-sorted, so the order is restored here. */
function orderedLocales(i18n: Readonly<Record<string, string>>): Record<string, string> {
  const rank = (key: string) => (LOCALE_ORDER.includes(key) ? LOCALE_ORDER.indexOf(key) : LOCALE_ORDER.length);
  return Object.fromEntries(Object.entries(i18n).sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b)));
}

/** interactiveCards/send carries the summary as a JSON string in cardParamMap (that page's example). */
export function legacyCardParamMap(payload: CardPayload): Record<string, string> {
  if (Object.keys(payload.lastMessageI18n).length === 0) return payload.cardParamMap;
  return { ...payload.cardParamMap, [LAST_MESSAGE_KEY]: JSON.stringify(orderedLocales(payload.lastMessageI18n)) };
}

/** createAndDeliver's lastMessageI18n takes upper-case locale keys (ZH_CN, EN_US, ...). */
export function upperLocaleKeys(i18n: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(orderedLocales(i18n)).map(([key, value]) => [key.toUpperCase(), value]));
}

/**
 * outTrackId: DingTalk caches a card per outTrackId, so every call needs a new one. It is derived
 * from the message and the chunk row rather than random: the client's own retries of one call
 * (a 5xx, a timeout) reuse it, so createAndDeliver answers `param.cardAlreadyExist` instead of
 * delivering twice; a re-planned or resent chunk is a new row and gets a new id.
 */
export function outTrackIdFor(messageId: string, chunkId: number): string {
  return `dc-${messageId}-${chunkId}`;
}
