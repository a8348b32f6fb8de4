import "server-only";
import { maskSecret, type ConnectionInfo } from "@/lib/connection/connection-info";
import {
  clearSavedCredentials,
  loadSavedCredentials,
  resolveCredentials,
  saveCredentials,
  type SavedCredentials,
} from "@/lib/connection/credentials";
import type { DatabaseHandle } from "@/lib/db/client";
import type { BufferedLedger } from "@/lib/ledger/ledger";
import type { Logger } from "@/lib/logger";
import { startSandbox, type RunningSandbox } from "@/lib/sandbox/server";
import { createDingTalkClient, type DingTalkClient } from "@/lib/runtime/dingtalk";
import { createSwitchable } from "@/lib/runtime/switchable";

const LIVE_API_BASE = "https://api.dingtalk.com";
// The simulator's built-in app; only ever used in sandbox mode.
const SANDBOX_APP_KEY = "sandbox-app-key";
const SANDBOX_APP_SECRET = "sandbox-app-secret";
const SANDBOX_ROBOT_CODES = ["dingsandboxrobot"];

export interface ConnectionSettings {
  appKey?: string;
  appSecret?: string;
  robotCodes?: string[];
  apiBase?: string;
  qps: number;
  monthlyQuota: number;
  timeoutMs: number;
  sandboxPort: number;
  sandboxSeed: number;
}

/**
 * Owns the DingTalk connection: which credentials apply (environment, then Settings, else the
 * sandbox), the client built from them, and the built-in simulator when it is needed.
 * `client` is one stable object for the life of the process; `reload()` swaps what it talks to.
 */
export interface ConnectionManager {
  readonly client: DingTalkClient;
  readonly info: ConnectionInfo;
  readonly sandbox: RunningSandbox | null;
  /** Seals and saves credentials from Settings, then switches to them. */
  save(input: { appKey: string; appSecret?: string; robotCodes: string[] }): Promise<ConnectionInfo>;
  /** Forgets the saved credentials (back to the environment's, or to sandbox mode). */
  clear(): Promise<ConnectionInfo>;
  reload(): Promise<ConnectionInfo>;
  close(): Promise<void>;
}

export interface ConnectionManagerOptions {
  database: DatabaseHandle;
  ledger: BufferedLedger;
  logger: Logger;
  encryptionKey: Buffer;
  settings: ConnectionSettings;
}

export async function startConnectionManager(options: ConnectionManagerOptions): Promise<ConnectionManager> {
  const { database, ledger, logger, encryptionKey, settings } = options;
  let sandbox: RunningSandbox | null = null;
  let info: ConnectionInfo;

  async function readSaved(): Promise<SavedCredentials | null> {
    try {
      return await loadSavedCredentials(database.db, encryptionKey);
    } catch (error) {
      // A changed ENCRYPTION_KEY must not stop the console; the admin can save the credentials again.
      logger.warn(
        { reason: error instanceof Error ? error.message : "unreadable" },
        "ignoring the DingTalk credentials saved in Settings",
      );
      return null;
    }
  }

  async function build(): Promise<{ client: DingTalkClient; info: ConnectionInfo }> {
    const resolved = resolveCredentials(
      { appKey: settings.appKey, appSecret: settings.appSecret, robotCodes: settings.robotCodes },
      await readSaved(),
    );
    const sandboxMode = resolved.source === "sandbox";
    // An explicit DINGTALK_API_BASE in sandbox mode points at a simulator run separately
    // (`npm run sandbox`), which tests use to inspect what was sent and to survive app restarts.
    if (sandboxMode && !settings.apiBase && !sandbox) {
      sandbox = await startSandbox({
        port: settings.sandboxPort,
        seed: settings.sandboxSeed,
        robotCodes: settings.robotCodes ?? SANDBOX_ROBOT_CODES,
      });
    }
    const apiBase = sandboxMode
      ? (settings.apiBase ?? sandbox?.url ?? LIVE_API_BASE)
      : (settings.apiBase ?? LIVE_API_BASE);
    const appKey = resolved.appKey ?? SANDBOX_APP_KEY;
    const appSecret = resolved.appSecret ?? SANDBOX_APP_SECRET;
    const client = createDingTalkClient({
      apiBase,
      appKey,
      appSecret,
      qps: settings.qps,
      timeoutMs: settings.timeoutMs,
      ledger,
      logger,
    });
    return {
      client,
      info: {
        mode: sandboxMode ? "sandbox" : "live",
        source: resolved.source,
        apiBase,
        appKeyMasked: sandboxMode ? null : maskSecret(appKey),
        appSecretConfigured: !sandboxMode,
        appSecretMasked: sandboxMode ? null : maskSecret(appSecret),
        robotCodes: resolved.robotCodes ?? (sandboxMode ? SANDBOX_ROBOT_CODES : []),
        qps: settings.qps,
        monthlyQuota: settings.monthlyQuota,
      },
    };
  }

  const first = await build();
  info = first.info;
  const switchable = createSwitchable(first.client);

  async function reload(): Promise<ConnectionInfo> {
    const next = await build();
    switchable.switchTo(next.client);
    info = next.info;
    logger.info({ mode: info.mode, source: info.source, apiBase: info.apiBase }, "DingTalk connection reloaded");
    return info;
  }

  return {
    client: switchable.proxy,
    get info() {
      return info;
    },
    get sandbox() {
      return sandbox;
    },
    async save(input) {
      await saveCredentials(database.db, encryptionKey, input);
      return reload();
    },
    async clear() {
      await clearSavedCredentials(database.db);
      return reload();
    },
    reload,
    async close() {
      await sandbox?.close();
    },
  };
}
