import type { ReadCurve } from "./read-curve";

/** Which API family a message came from; decides which read/recall endpoints accept its key. */
export type MessageKind = "oto" | "privateChat" | "card";

interface CardContent {
  cardTemplateId: string;
  outTrackId: string;
  cardParamMap: Record<string, string>;
  /** Only entries for users who have private data; shared by every message of one request. */
  privateData: Record<string, Record<string, string>>;
}

/**
 * One send = one record, whatever the recipient count: the per-recipient fields (pqk, content,
 * robot, time) are identical, so a delivery is just (user -> message seq). That keeps 100,000
 * deliveries to a few MB.
 */
export interface MessageRecord {
  seq: number;
  pqk: string;
  kind: MessageKind;
  /** The DingTalk API path that created it. */
  api: string;
  robotCode: string;
  createdAt: number;
  recipients: string[];
  contentId: number;
  msgKey?: string;
  msgParam?: string;
  card?: CardContent;
  openConversationId?: string;
  /** Seed and read curve in force at send time, so a later config change does not rewrite history. */
  seed: number;
  curve: ReadCurve;
  processingMs: number;
  recalledAt?: number;
}

export interface Conversation {
  openConversationId: string;
  coolAppCode?: string;
  memberIds: string[];
}

export type NewMessage = Omit<MessageRecord, "seq" | "contentId"> & { contentKey: string };

export class Store {
  readonly messages = new Map<string, MessageRecord>();
  readonly bySeq: MessageRecord[] = [];
  /** userId -> seqs of messages delivered to them, in delivery order. */
  readonly userDeliveries = new Map<string, number[]>();
  readonly conversations = new Map<string, Conversation>();
  /** outTrackId -> template it was first used with (cards are cached per outTrackId). */
  readonly outTracks = new Map<string, { cardTemplateId: string; api: string }>();
  private readonly contentIds = new Map<string, number>();
  totalDeliveries = 0;

  addMessage(m: NewMessage): MessageRecord {
    const { contentKey, ...rest } = m;
    const record: MessageRecord = { ...rest, seq: this.bySeq.length, contentId: this.internContent(contentKey) };
    this.bySeq.push(record);
    this.messages.set(record.pqk, record);
    for (const userId of record.recipients) {
      let list = this.userDeliveries.get(userId);
      if (!list) {
        list = [];
        this.userDeliveries.set(userId, list);
      }
      list.push(record.seq);
    }
    this.totalDeliveries += record.recipients.length;
    return record;
  }

  /** Same content (msgKey+msgParam, or template+data) gets the same id, to spot re-sends. */
  private internContent(key: string): number {
    let id = this.contentIds.get(key);
    if (id === undefined) {
      id = this.contentIds.size;
      this.contentIds.set(key, id);
    }
    return id;
  }
}
