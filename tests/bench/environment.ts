import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pino from "pino";
import { startSimulatorProcess } from "./simulator";
import { openDatabase, type Database, type DatabaseHandle } from "@/lib/db/client";
import { migrateDatabase } from "@/lib/db/migrate";
import { DingTalkClient } from "@/lib/dingtalk/client";
import { DEFAULT_MAX_WINDOW_MS, DEFAULT_PENALTY_MS, SlidingWindowRateLimiter } from "@/lib/dingtalk/rate-limiter";
import { DEFAULT_RETRY_OPTIONS } from "@/lib/dingtalk/retry";
import { env } from "@/lib/env";
import { BufferedLedger } from "@/lib/ledger/ledger";

const appKey = "sandbox-app-key";

/**
 * What a benchmark measures on: the simulator as its own process, the embedded database in a fresh
 * temporary folder, and the client built with the same arguments as createDingTalkClient in
 * lib/runtime/dingtalk.ts (limiter with its default window, ledger, DINGTALK_TIMEOUT_MS), with the
 * window its limiter applies readable.
 */
export interface BenchEnvironment {
  sandboxUrl: string;
  handle: DatabaseHandle;
  db: Database;
  logger: pino.Logger;
  ledger: BufferedLedger;
  client: DingTalkClient;
  /** The window the limiter applies to calls of `apiPath` now. */
  windowFor(apiPath: string): number;
  /** The client's settings the figures were measured with, the window as it is for `apiPath` now. */
  clientSettings(apiPath: string): Record<string, unknown>;
}

interface BenchOptions {
  /** The simulator's port. */
  port: string;
  /** The client's QPS, which is the simulator's limit too unless `simulatorEnv` sets another. */
  qps: number;
  /** Environment of the simulator process (SANDBOX_*). */
  simulatorEnv: Record<string, string>;
  /** Prefix of the temporary data folder. */
  dataDirPrefix: string;
}

/** Runs `bench` in a fresh environment and takes it down after; a failure exits with status 1. */
export function runBench(options: BenchOptions, bench: (environment: BenchEnvironment) => Promise<void>): void {
  withBenchEnvironment(options, bench).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}

async function withBenchEnvironment(
  options: BenchOptions,
  bench: (environment: BenchEnvironment) => Promise<void>,
): Promise<void> {
  const { qps } = options;
  const simulator = await startSimulatorProcess(options.port, { SANDBOX_QPS: String(qps), ...options.simulatorEnv });
  const dataDir = mkdtempSync(path.join(tmpdir(), options.dataDirPrefix));
  const handle = await openDatabase({ dataDir });
  try {
    await migrateDatabase(handle);
    const sandboxUrl = `http://127.0.0.1:${options.port}`;
    const logger = pino({ level: "silent" });
    const limiter = new SlidingWindowRateLimiter({ qps });
    const ledger = new BufferedLedger(handle.db, logger);
    const client = new DingTalkClient({
      baseUrl: sandboxUrl,
      credentials: { type: "internal", appKey, appSecret: "sandbox-app-secret" },
      limiter,
      ledger,
      logger: logger.child({ module: "dingtalk" }),
      timeoutMs: env.DINGTALK_TIMEOUT_MS,
    });
    const windowFor = (apiPath: string) => limiter.windowFor(`${appKey}:${apiPath}`);
    await bench({
      sandboxUrl,
      handle,
      db: handle.db,
      logger,
      ledger,
      client,
      windowFor,
      clientSettings: (apiPath) => ({
        qps,
        windowMs: windowFor(apiPath),
        penaltyMs: DEFAULT_PENALTY_MS,
        maxWindowMs: DEFAULT_MAX_WINDOW_MS,
        timeoutMs: env.DINGTALK_TIMEOUT_MS,
        retry: DEFAULT_RETRY_OPTIONS,
      }),
    });
  } finally {
    await handle.close();
    simulator.kill();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
