import { messageHooks } from "@/lib/runtime/hooks";
import pino from "pino";
import { robotSender } from "@/lib/messages/senders";
import type { FanoutDeps, FanoutOptions } from "@/lib/messages/fanout";
import { openDatabase, type DatabaseHandle } from "@/lib/db/client";
import { migrateDatabase } from "@/lib/db/migrate";
import { DingTalkClient } from "@/lib/dingtalk/client";
import { SlidingWindowRateLimiter } from "@/lib/dingtalk/rate-limiter";
import { startSandbox, type RunningSandbox } from "@/lib/sandbox/server";
import type { SandboxOptions } from "@/lib/sandbox/options";

export interface FanoutHarness {
  handle: DatabaseHandle;
  sandbox: RunningSandbox;
  client: DingTalkClient;
  deps: FanoutDeps;
  configure(options: Record<string, unknown>): Promise<void>;
  summary(): Promise<SandboxSummary>;
  close(): Promise<void>;
}

interface SandboxSummary {
  totalDeliveries: number;
  distinctUsers: number;
  duplicates: { users: number; extraDeliveries: number };
  callsByPath: Record<string, number>;
  perUser?: Record<string, number>;
}

/** The real fan-out, the real client and the simulator over real HTTP, on an in-memory database. */
export async function createFanoutHarness(
  options: { sandbox?: SandboxOptions; qps?: number; fanout?: Partial<FanoutOptions> } = {},
): Promise<FanoutHarness> {
  const handle = await openDatabase({ dataDir: "unused", inMemory: true });
  await migrateDatabase(handle);
  const sandbox = await startSandbox({ port: 0, qps: options.qps ?? 200, ...options.sandbox });
  const client = new DingTalkClient({
    baseUrl: sandbox.url,
    credentials: { type: "internal", appKey: "sandbox-app-key", appSecret: "sandbox-app-secret" },
    limiter: new SlidingWindowRateLimiter({ qps: options.qps ?? 200 }),
    retry: { baseDelayMs: 5, maxDelayMs: 40 },
    // No simulated call is slow: a call that takes long here is a loaded machine (the simulator,
    // PGlite and the fan-out share one event loop), and timing it out would make an "unknown"
    // the test did not ask for.
    timeoutMs: 60_000,
  });
  const logger = pino({ level: "silent" });
  // The runtime's own hooks (lib/runtime/hooks.ts): a finished send starts read tracking.
  const hooks = messageHooks(handle.db, client);
  const deps: FanoutDeps = {
    db: handle.db,
    logger,
    senderFor: (message) => robotSender(client, message),
    onSendFinished: hooks.onSendFinished,
    options: { maxIdleMs: 50, replanBaseMs: 20, ...options.fanout },
  };
  return {
    handle,
    sandbox,
    client,
    deps,
    async configure(config) {
      const response = await fetch(`${sandbox.url}/__sandbox/config`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(config),
      });
      if (!response.ok) throw new Error(`sandbox config refused: ${await response.text()}`);
    },
    async summary() {
      const response = await fetch(`${sandbox.url}/__sandbox/inspect?summary=1&perUser=1`);
      return (await response.json()) as SandboxSummary;
    },
    async close() {
      await sandbox.close();
      await handle.close();
    },
  };
}
