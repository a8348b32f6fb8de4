import "server-only";
import { DingTalkClient } from "@/lib/dingtalk/client";
import { SlidingWindowRateLimiter } from "@/lib/dingtalk/rate-limiter";
import type { BufferedLedger } from "@/lib/ledger/ledger";
import type { Logger } from "@/lib/logger";

export type { DingTalkClient };

export interface CreateDingTalkClientOptions {
  apiBase: string;
  appKey: string;
  appSecret: string;
  qps: number;
  timeoutMs: number;
  ledger: BufferedLedger;
  logger: Logger;
}

/** Wires the app's configuration into the DingTalk client, which itself knows nothing of the app. */
export function createDingTalkClient(options: CreateDingTalkClientOptions): DingTalkClient {
  return new DingTalkClient({
    baseUrl: options.apiBase,
    credentials: { type: "internal", appKey: options.appKey, appSecret: options.appSecret },
    // One limiter per process and app; every worker in this process shares it.
    limiter: new SlidingWindowRateLimiter({ qps: options.qps }),
    ledger: options.ledger,
    logger: options.logger.child({ module: "dingtalk" }),
    timeoutMs: options.timeoutMs,
  });
}
