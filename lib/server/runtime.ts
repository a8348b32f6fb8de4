import "server-only";
import type PgBoss from "pg-boss";
import { openDatabase, type DatabaseHandle } from "@/lib/db/client";
import { migrateDatabase } from "@/lib/db/migrate";
import { env, isSandboxMode } from "@/lib/env";
import { maskSecret, type ConnectionInfo } from "@/lib/connection/connection-info";
import { startBoss } from "@/lib/jobs/boss";
import { fanoutJob, resumeBroadcasts, sweepJob } from "@/lib/broadcasts/jobs";
import { registerJobs, type JobContext } from "@/lib/jobs/registry";
import { pruneLedgerJob } from "@/lib/ledger/prune-job";
import { BufferedLedger } from "@/lib/ledger/ledger";
import { logger } from "@/lib/logger";
import { startSandbox, type RunningSandbox } from "@/lib/sandbox/server";
import { createDingTalkClient, type DingTalkClient } from "@/lib/server/dingtalk";

export const LIVE_API_BASE = "https://api.dingtalk.com";
// The simulator's built-in app; only ever used in sandbox mode.
const SANDBOX_APP_KEY = "sandbox-app-key";
const SANDBOX_APP_SECRET = "sandbox-app-secret";
const SANDBOX_ROBOT_CODES = ["dingsandboxrobot"];

export interface Runtime {
  database: DatabaseHandle;
  boss: PgBoss;
  dingtalk: DingTalkClient;
  ledger: BufferedLedger;
  connection: ConnectionInfo;
  sandbox: RunningSandbox | null;
  jobContext: JobContext;
  /** Resolves when the runtime has released the database. */
  shutdown(): Promise<void>;
}

export interface RuntimeOptions {
  /** false for a web-only instance that leaves the jobs to `npm run worker`. */
  runWorkers?: boolean;
}

// Dev reloads re-evaluate modules; a second PGlite on the same directory would corrupt it.
const globalForRuntime = globalThis as typeof globalThis & { __dingcastRuntime?: Promise<Runtime> };

export function getRuntime(options: RuntimeOptions = {}): Promise<Runtime> {
  globalForRuntime.__dingcastRuntime ??= createRuntime(options).catch((error: unknown) => {
    globalForRuntime.__dingcastRuntime = undefined;
    throw error;
  });
  return globalForRuntime.__dingcastRuntime;
}

async function createRuntime(options: RuntimeOptions): Promise<Runtime> {
  if (Boolean(env.DINGTALK_APP_KEY) !== Boolean(env.DINGTALK_APP_SECRET)) {
    throw new Error("Environment variables DINGTALK_APP_KEY and DINGTALK_APP_SECRET must be set together (or both left empty for sandbox mode).");
  }
  const sandboxMode = isSandboxMode();
  const database = await openDatabase({ url: env.DATABASE_URL, dataDir: env.DATA_DIR });
  await migrateDatabase(database);

  // An explicit DINGTALK_API_BASE in sandbox mode points at a simulator run separately
  // (`npm run sandbox`), which tests use to inspect what was sent and to survive app restarts.
  const sandbox = sandboxMode && !env.DINGTALK_API_BASE ? await startSandbox({ port: env.SANDBOX_PORT, seed: env.SANDBOX_SEED, robotCodes: env.DINGTALK_ROBOT_CODES ?? SANDBOX_ROBOT_CODES }) : null;
  const apiBase = sandbox?.url ?? env.DINGTALK_API_BASE ?? LIVE_API_BASE;
  const appKey = env.DINGTALK_APP_KEY ?? SANDBOX_APP_KEY;
  const appSecret = env.DINGTALK_APP_SECRET ?? SANDBOX_APP_SECRET;

  const ledger = new BufferedLedger(database.db, logger);
  const dingtalk = createDingTalkClient({ apiBase, appKey, appSecret, qps: env.DINGTALK_QPS, timeoutMs: env.DINGTALK_TIMEOUT_MS, ledger, logger });

  const runWorkers = options.runWorkers ?? env.RUN_WORKERS;
  const boss = await startBoss({ handle: database, logger, supervise: runWorkers });
  const shutdownController = new AbortController();
  const jobContext: JobContext = { database, logger, boss, dingtalk, shutdownSignal: shutdownController.signal };
  await registerJobs(boss, [pruneLedgerJob, fanoutJob(), sweepJob()], jobContext, { work: runWorkers });
  if (runWorkers) {
    // On the embedded database this process is the only worker there can be, so every claim
    // still open belongs to a process that died; on PostgreSQL only expired leases are.
    await resumeBroadcasts(jobContext, { everything: database.kind === "pglite" });
  }

  const connection: ConnectionInfo = {
    mode: sandboxMode ? "sandbox" : "live",
    apiBase,
    appKeyMasked: sandboxMode ? null : maskSecret(appKey),
    appSecretConfigured: !sandboxMode,
    robotCodes: env.DINGTALK_ROBOT_CODES ?? (sandboxMode ? SANDBOX_ROBOT_CODES : []),
    qps: env.DINGTALK_QPS,
    monthlyQuota: env.DINGTALK_MONTHLY_QUOTA,
  };
  logger.info({ mode: connection.mode, apiBase, database: database.kind, workers: runWorkers }, "Dingcast runtime ready");

  let stopping: Promise<void> | null = null;
  const shutdown = () => {
    stopping ??= (async () => {
      shutdownController.abort();
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 }).catch((error: unknown) => logger.warn({ err: error }, "pg-boss stop failed"));
      await ledger.flush();
      await sandbox?.close();
      await database.close();
    })();
    return stopping;
  };
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.once(signal, () => {
      void shutdown().finally(() => process.exit(0));
    });
  }

  return { database, boss, dingtalk, ledger, connection, sandbox, jobContext, shutdown };
}
