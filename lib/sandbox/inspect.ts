import { readTime, sendStatus } from "./routes/shared";
import type { SimulatorState } from "./state";
import type { MessageRecord } from "./store";

export interface InspectQuery {
  userId?: string;
  since?: number;
  /** Full mode: at most this many users' deliveries and requests (default 1000). */
  limit: number;
  perUser: boolean;
}

const DUPLICATE_SAMPLE = 20;

function deliveryView(m: MessageRecord, userId: string, now: number): Record<string, unknown> {
  const t = readTime(m, userId, now);
  return {
    processQueryKey: m.pqk,
    api: m.api,
    robotCode: m.robotCode,
    at: m.createdAt,
    sendStatus: sendStatus(m, now),
    ...(m.msgKey !== undefined ? { msgKey: m.msgKey, msgParam: m.msgParam } : {}),
    ...(m.card
      ? {
          cardTemplateId: m.card.cardTemplateId,
          outTrackId: m.card.outTrackId,
          cardParamMap: m.card.cardParamMap,
          ...(m.card.privateData[userId] ? { privateData: m.card.privateData[userId] } : {}),
        }
      : {}),
    ...(m.openConversationId !== undefined ? { openConversationId: m.openConversationId } : {}),
    readStatus: t === null ? "UNREAD" : "READ",
    ...(t === null ? {} : { readTimestamp: t }),
  };
}

function userMessages(sim: SimulatorState, userId: string, since: number | undefined): MessageRecord[] {
  const seqs = sim.store.userDeliveries.get(userId) ?? [];
  const list = seqs.map((s) => sim.store.bySeq[s] as MessageRecord);
  return since === undefined ? list : list.filter((m) => m.createdAt >= since);
}

/** Everything received and delivered; bounded by `limit` so it never turns into megabytes by accident. */
export function inspectFull(sim: SimulatorState, q: InspectQuery): Record<string, unknown> {
  const now = sim.now();
  const users = q.userId !== undefined ? [q.userId] : [...sim.store.userDeliveries.keys()];
  const deliveries: Record<string, unknown[]> = {};
  // The limit counts users that match (`since`), so earlier traffic cannot crowd them out.
  let listed = 0;
  let truncated = false;
  for (const userId of users) {
    const list = userMessages(sim, userId, q.since);
    if (list.length === 0 && q.userId === undefined) continue;
    if (listed >= q.limit) {
      truncated = true;
      break;
    }
    deliveries[userId] = list.map((m) => deliveryView(m, userId, now));
    listed += 1;
  }
  return {
    requests: sim.log.entries(q.since, q.limit),
    requestsKept: "bodies are kept for the most recent requests only; see requestStats for all",
    requestStats: sim.log.stats(),
    totalDeliveries: sim.store.totalDeliveries,
    deliveries,
    truncatedUsers: truncated,
  };
}

/**
 * Counts only, for tests that send to tens of thousands of users. A duplicate is a user who got
 * the same content (same msgKey+msgParam, or same card template+data; a repeated
 * processQueryKey implies the same content) more than once.
 */
export function inspectSummary(sim: SimulatorState, q: InspectQuery): Record<string, unknown> {
  let totalDeliveries = 0;
  let maxPerUser = 0;
  let dupUsers = 0;
  let extraDeliveries = 0;
  const histogram: Record<string, number> = {};
  const perUser: Record<string, number> = {};
  const sample: unknown[] = [];
  for (const userId of q.userId !== undefined ? [q.userId] : sim.store.userDeliveries.keys()) {
    const list = userMessages(sim, userId, q.since);
    if (list.length === 0) continue;
    totalDeliveries += list.length;
    maxPerUser = Math.max(maxPerUser, list.length);
    histogram[list.length] = (histogram[list.length] ?? 0) + 1;
    if (q.perUser) perUser[userId] = list.length;
    const distinct = new Set(list.map((m) => m.contentId)).size;
    if (distinct < list.length) {
      dupUsers++;
      extraDeliveries += list.length - distinct;
      if (sample.length < DUPLICATE_SAMPLE) {
        sample.push({
          userId,
          deliveries: list.length,
          distinctContents: distinct,
          processQueryKeys: list.slice(0, 10).map((m) => m.pqk),
        });
      }
    }
  }
  const since = q.since;
  const messages = since === undefined ? sim.store.bySeq : sim.store.bySeq.filter((m) => m.createdAt >= since);
  const stats = sim.log.stats();
  return {
    totalDeliveries,
    distinctUsers: Object.values(histogram).reduce((a, b) => a + b, 0),
    messages: messages.length,
    recalledMessages: messages.filter((m) => m.recalledAt !== undefined).length,
    perUserCounts: histogram,
    maxPerUser,
    ...(q.perUser ? { perUser } : {}),
    duplicates: { users: dupUsers, extraDeliveries, sample },
    totalRequests: stats.total,
    callsByPath: stats.callsByPath,
    statusCounts: stats.statusCounts,
    codeCounts: stats.codeCounts,
    statusByPath: stats.statusByPath,
  };
}
