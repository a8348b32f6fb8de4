import type { MessageStatus } from "../message-states";

/** A row of the overview's recent messages (lib/overview/activity.ts builds it). */
export interface RecentMessage {
  id: string;
  title: string;
  status: MessageStatus;
  createdAt: string;
  delivered: number;
  readers: number;
  audienceType: "users" | "conversation";
}

/** Deliveries and first reads of one China-time day (YYYY-MM-DD). */
export interface DailyActivity {
  day: string;
  delivered: number;
  reads: number;
}

/** DingTalk calls made this quota month against the monthly quota (lib/ledger/usage.ts). */
export interface MonthlyUsage {
  used: number;
  quota: number;
  since: Date;
}

/** What every record of one DingTalk call says about it: the client's report and the ledger row. */
export interface ApiCallFacts {
  endpoint: string;
  method: string;
  startedAt: Date;
  durationMs: number;
  httpStatus: number | null;
  code: string | null;
}

/** One DingTalk call in the ledger, as the overview lists it (lib/ledger/recent.ts). */
export interface RecentApiCall extends ApiCallFacts {
  id: number;
}
