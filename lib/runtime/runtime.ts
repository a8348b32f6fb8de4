import "server-only";
import type PgBoss from "pg-boss";
import { openDatabase, type DatabaseHandle } from "@/lib/db/client";
import { migrateDatabase } from "@/lib/db/migrate";
import { configuredAppUrl, configuredAuthSecret, env } from "@/lib/env";
import { createAuth, type DingcastAuth } from "@/lib/auth/auth";
import { loadInstanceSecrets } from "@/lib/auth/instance-secrets";
import type { ConnectionInfo } from "@/lib/connection/connection-info";
import { startBoss } from "@/lib/jobs/boss";
import { fanoutJob, resumeMessages, sweepJob, type MessageJobContext } from "@/lib/messages/jobs";
import { registerJobs } from "@/lib/jobs/registry";
import { pollJob, startPollTicker, tickJob, type ReceiptJobContext } from "@/lib/receipts/jobs";
import { messageHooks } from "./hooks";
import { pruneLedgerJob } from "@/lib/ledger/prune-job";
import { pruneIdempotencyJob } from "@/lib/api-keys/idempotency-retention";
import { BufferedLedger } from "@/lib/ledger/ledger";
import { logger } from "@/lib/logger";
import type { RunningSandbox } from "@/lib/sandbox/server";
import { startConnectionManager, type ConnectionManager } from "@/lib/runtime/connection-manager";
import type { DingTalkClient } from "@/lib/runtime/dingtalk";
import { bootstrapAdmin } from "@/lib/users/users";

/** One context for every job: each domain's jobs take the part they declare. */
type RuntimeJobContext = MessageJobContext & ReceiptJobContext;

export interface Runtime {
  database: DatabaseHandle;
  boss: PgBoss;
  /** One object for the life of the process; it follows credentials saved in Settings. */
  readonly dingtalk: DingTalkClient;
  ledger: BufferedLedger;
  /** The connection as it is now (environment, Settings or sandbox); re-read it per request. */
  readonly connection: ConnectionInfo;
  readonly sandbox: RunningSandbox | null;
  /** Saves, clears and reloads the DingTalk credentials without a restart. */
  connections: ConnectionManager;
  /** better-auth, on this runtime's database. */
  auth: DingcastAuth;
  jobContext: RuntimeJobContext;
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
    throw new Error(
      "Environment variables DINGTALK_APP_KEY and DINGTALK_APP_SECRET must be set together (or both left empty for sandbox mode).",
    );
  }
  // Secrets first: a missing one on a shared database must stop the start before anything opens.
  const secrets = await loadInstanceSecrets({
    dataDir: env.DATA_DIR,
    authSecret: configuredAuthSecret(),
    encryptionKey: env.ENCRYPTION_KEY,
    requireExplicit: Boolean(env.DATABASE_URL),
    warn: (message) => logger.warn(message),
  });
  const database = await openDatabase({ url: env.DATABASE_URL, dataDir: env.DATA_DIR });
  await migrateDatabase(database);

  const auth = createAuth({
    db: database.db,
    secret: secrets.authSecret,
    baseURL: configuredAppUrl(),
    sessionTtlHours: env.SESSION_TTL_HOURS,
    logger,
  });
  await bootstrapAdmin({ auth, db: database.db }, { email: env.ADMIN_EMAIL, password: env.ADMIN_PASSWORD }, logger);

  const ledger = new BufferedLedger(database.db, logger);
  const connections = await startConnectionManager({
    database,
    ledger,
    logger,
    encryptionKey: secrets.encryptionKey,
    settings: {
      appKey: env.DINGTALK_APP_KEY,
      appSecret: env.DINGTALK_APP_SECRET,
      robotCodes: env.DINGTALK_ROBOT_CODES,
      apiBase: env.DINGTALK_API_BASE,
      qps: env.DINGTALK_QPS,
      monthlyQuota: env.DINGTALK_MONTHLY_QUOTA,
      timeoutMs: env.DINGTALK_TIMEOUT_MS,
      sandboxPort: env.SANDBOX_PORT,
      sandboxSeed: env.SANDBOX_SEED,
    },
  });
  const dingtalk = connections.client;

  const runWorkers = options.runWorkers ?? env.RUN_WORKERS;
  const boss = await startBoss({ handle: database, logger, supervise: runWorkers });
  const shutdownController = new AbortController();
  const jobContext: RuntimeJobContext = {
    database,
    logger,
    boss,
    dingtalk,
    shutdownSignal: shutdownController.signal,
    ...messageHooks(database.db, dingtalk),
  };
  await registerJobs(
    boss,
    [pruneLedgerJob, pruneIdempotencyJob, fanoutJob(), sweepJob(), pollJob(), tickJob()],
    jobContext,
    { work: runWorkers },
  );
  if (runWorkers) {
    // On the embedded database this process is the only worker there can be, so every claim
    // still open belongs to a process that died; on PostgreSQL only expired leases are.
    await resumeMessages(jobContext, { everything: database.kind === "pglite" });
    shutdownController.signal.addEventListener("abort", startPollTicker(jobContext), { once: true });
  }

  const connection = connections.info;
  logger.info(
    {
      mode: connection.mode,
      source: connection.source,
      apiBase: connection.apiBase,
      database: database.kind,
      workers: runWorkers,
    },
    "Dingcast runtime ready",
  );

  let stopping: Promise<void> | null = null;
  const shutdown = () => {
    stopping ??= (async () => {
      shutdownController.abort();
      await boss
        .stop({ graceful: true, wait: true, timeout: 10_000 })
        .catch((error: unknown) => logger.warn({ err: error }, "pg-boss stop failed"));
      await ledger.flush();
      await connections.close();
      await database.close();
    })();
    return stopping;
  };
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.once(signal, () => {
      void shutdown().finally(() => process.exit(0));
    });
  }

  return {
    database,
    boss,
    dingtalk,
    ledger,
    get connection() {
      return connections.info;
    },
    get sandbox() {
      return connections.sandbox;
    },
    connections,
    auth,
    jobContext,
    shutdown,
  };
}
