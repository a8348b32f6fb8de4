import { fail } from "../errors";
import { readAt } from "../read-curve";
import type { SimulatorState } from "../state";
import type { MessageKind, MessageRecord, NewMessage } from "../store";
import type { JsonObject } from "../validation/common";

export type SendStatus = "SUCCESS" | "RECALLED" | "PROCESSING";

/** Recall accepts at most 20 keys per call, like batchSend's 20 users. */
const MAX_RECALL_KEYS = 20;

/** The fields every new message takes from the simulator's state at send time. */
function messageBase(
  sim: SimulatorState,
  now: number,
): Pick<NewMessage, "createdAt" | "seed" | "curve" | "processingMs"> {
  const o = sim.options;
  return {
    createdAt: now,
    seed: o.seed,
    curve: { readShare: o.readShare, readMeanMs: o.readMeanMs, readMinMs: o.readMinMs },
    processingMs: o.processingMs,
  };
}

/** What a route decides about a message it stores; the simulator's state supplies the rest. */
type MessageFields = Omit<NewMessage, "pqk" | keyof ReturnType<typeof messageBase>>;

/** Stores a message sent at `now` under a new processQueryKey. */
export function addMessage(sim: SimulatorState, now: number, message: MessageFields): MessageRecord {
  return sim.store.addMessage({ ...messageBase(sim, now), pqk: sim.newProcessQueryKey(), ...message });
}

/** The content key of a robot message: the same msgKey and msgParam count as a re-send. */
export function msgContentKey(msgKey: string, msgParam: string): string {
  return `msg\u0000${msgKey}\u0000${msgParam}`;
}

function isExpired(sim: SimulatorState, m: MessageRecord, now: number): boolean {
  return now - m.createdAt > sim.options.processQueryKeyTtlMs;
}

/** A live message of one of `kinds`, or DingTalk's error for an unknown / expired key. */
export function lookupMessage(
  sim: SimulatorState,
  pqk: string,
  kinds: readonly MessageKind[],
  now: number,
): MessageRecord {
  const m = sim.store.messages.get(pqk);
  if (!m || !kinds.includes(m.kind)) fail("invalid.processQueryKey");
  if (isExpired(sim, m, now)) fail("processQueryKey.expireTime");
  return m;
}

export function sendStatus(m: MessageRecord, now: number): SendStatus {
  if (m.recalledAt !== undefined) return "RECALLED";
  return now < m.createdAt + m.processingMs ? "PROCESSING" : "SUCCESS";
}

/** When `userId` read `m`, as seen at `now`; reads stop at a recall (nobody reads a recalled message). */
export function readTime(m: MessageRecord, userId: string, now: number): number | null {
  if (now < m.createdAt + m.processingMs) return null;
  const horizon = m.recalledAt !== undefined ? Math.min(now, m.recalledAt) : now;
  return readAt(m.seed, m.pqk, userId, m.createdAt, m.curve, horizon);
}

/**
 * The request's robotCode, which must name a robot of the app. The robot APIs call an unknown one
 * `invalidParameter.robotCode.notExsit` (sic); what they call a missing one differs per API.
 */
export function requireRobot(
  sim: SimulatorState,
  body: JsonObject,
  missingCode: string,
  unknownCode = "invalidParameter.robotCode.notExsit",
): string {
  const v = body.robotCode;
  if (v === undefined || v === null || v === "") fail(missingCode);
  if (typeof v !== "string" || !sim.isKnownRobot(v)) fail(unknownCode);
  return v;
}

/** processQueryKeys for the recall APIs: 1..20 non-empty strings. */
export function recallKeyList(body: JsonObject): string[] {
  const keys = body.processQueryKeys;
  if (keys === undefined || keys === null || (Array.isArray(keys) && keys.length === 0)) {
    fail("invalidParameter.processQueryKey.missing");
  }
  if (!Array.isArray(keys) || !keys.every((k) => typeof k === "string" && k !== "")) {
    fail("invalidParameter.param.invalid", "processQueryKeys must be an array of strings");
  }
  if (keys.length > MAX_RECALL_KEYS)
    fail("invalidParameter.param.invalid", `at most ${MAX_RECALL_KEYS} processQueryKeys per call`);
  return keys as string[];
}

/**
 * Recall each key independently; a bad key never fails the call, it lands in failedResult with the
 * error code DingTalk would give for it. Recalling twice succeeds (idempotent), keeping the first time.
 */
export function recallAll(
  sim: SimulatorState,
  keys: string[],
  now: number,
  belongs: (m: MessageRecord) => boolean,
): { successResult: string[]; failedResult: Record<string, string> } {
  const successResult: string[] = [];
  const failedResult: Record<string, string> = {};
  for (const key of keys) {
    const m = sim.store.messages.get(key);
    if (!m || !belongs(m)) failedResult[key] = "invalid.processQueryKey";
    else if (isExpired(sim, m, now)) failedResult[key] = "processQueryKey.expireTime";
    else {
      if (m.recalledAt === undefined) m.recalledAt = now;
      successResult.push(key);
    }
  }
  return { successResult, failedResult };
}

export function unique(list: readonly string[]): string[] {
  return [...new Set(list)];
}
