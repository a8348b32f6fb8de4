import type { ResolvedOptions } from "./options";
import type { SimulatedQpsLimit } from "./qps";
import type { RequestLog } from "./request-log";
import type { Conversation, Store } from "./store";

/**
 * What the routes, the control endpoints and the inspection see of the simulator. The Simulator
 * class implements it and imports them; they import only this, so the knot has a bottom.
 */
export interface SimulatorState {
  readonly options: ResolvedOptions;
  readonly now: () => number;
  readonly store: Store;
  readonly log: RequestLog;
  readonly limiter: SimulatedQpsLimit;
  readonly cursorSecret: Buffer;
  refuseAppKey: boolean;
  batchSendCounter: number;
  configure(patch: unknown): void;
  reset(opts?: { keepConfig?: boolean; keepTokens?: boolean }): void;
  isUnknownUser(userId: string): boolean;
  isKnownRobot(robotCode: string): boolean;
  coolAppAccepted(code: string, conversation: Conversation): boolean;
  newProcessQueryKey(): string;
  conversation(openConversationId: string): Conversation | undefined;
  registerConversation(c: {
    openConversationId: string;
    coolAppCode?: string;
    memberIds?: string[];
    memberCount?: number;
  }): Conversation;
  issueToken(appKey: string): { accessToken: string; expireIn: number };
}

export interface SimRequest {
  method: string;
  url: string;
  headers: Record<string, string | string[] | undefined>;
  body: string | undefined;
}

export interface SimResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
  /** The answer is held back this long (slow fault); the work is already done. */
  delayMs: number;
}
