import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { CREDENTIALS_SETTING_KEY } from "@/lib/connection/credentials";
import { openDatabase, type DatabaseHandle } from "@/lib/db/client";
import { migrateDatabase } from "@/lib/db/migrate";
import { settings } from "@/lib/db/schema";
import { BufferedLedger } from "@/lib/ledger/ledger";
import { startSandbox, type RunningSandbox } from "@/lib/sandbox/server";
import { silentLogger } from "@/tests/support/auth-harness";
import { startConnectionManager, type ConnectionManagerOptions, type ConnectionSettings } from "./connection-manager";

const LIVE = { appKey: "dingliveappkey0042", appSecret: "live-app-secret-do-not-show" };

describe("connection manager", () => {
  let handle: DatabaseHandle;
  let simulator: RunningSandbox;
  let ledger: BufferedLedger;
  const encryptionKey = randomBytes(32);
  let base: ConnectionSettings;

  beforeAll(async () => {
    handle = await openDatabase({ dataDir: "unused", inMemory: true });
    await migrateDatabase(handle);
    // A simulator that plays the live app: only LIVE's credentials get a token.
    simulator = await startSandbox({ port: 0, ...LIVE });
    ledger = new BufferedLedger(handle.db, silentLogger);
    base = { apiBase: simulator.url, qps: 20, monthlyQuota: 5000, timeoutMs: 5000, sandboxPort: 0, sandboxSeed: 1 };
  });
  afterAll(async () => {
    await ledger.flush();
    await simulator.close();
    await handle.close();
  });

  /** A manager on the shared database, ledger and key, with `base` settings unless overridden. */
  const start = (overrides: Partial<ConnectionManagerOptions> = {}) =>
    startConnectionManager({
      database: handle,
      ledger,
      logger: silentLogger,
      encryptionKey,
      settings: base,
      ...overrides,
    });

  it("switches the same client from sandbox to saved credentials and back, without a restart", async () => {
    const manager = await start();
    const client = manager.client;
    expect(manager.info).toMatchObject({
      mode: "sandbox",
      source: "sandbox",
      appKeyMasked: null,
      appSecretConfigured: false,
      robotCodes: ["dingsandboxrobot"],
    });
    await expect(client.verifyCredentials()).rejects.toThrow();

    const info = await manager.save({ ...LIVE, robotCodes: ["robot-a", "robot-b"] });
    expect(info).toMatchObject({
      mode: "live",
      source: "settings",
      apiBase: simulator.url,
      appKeyMasked: "••••0042",
      appSecretMasked: "••••show",
      robotCodes: ["robot-a", "robot-b"],
    });
    // The reference taken before saving now talks with the saved credentials.
    await expect(client.verifyCredentials()).resolves.toBeUndefined();
    expect(client.appKey).toBe(LIVE.appKey);

    // Saved sealed: neither the key nor the secret is readable in the row.
    const [row] = await handle.db.select().from(settings).where(eq(settings.key, CREDENTIALS_SETTING_KEY));
    expect(JSON.stringify(row?.value)).not.toContain(LIVE.appSecret);
    expect(JSON.stringify(row?.value)).not.toContain(LIVE.appKey);

    // A later save may leave the secret out: the saved one is kept.
    await manager.save({ appKey: LIVE.appKey, robotCodes: ["robot-c"] });
    await expect(client.verifyCredentials()).resolves.toBeUndefined();
    expect(manager.info.robotCodes).toEqual(["robot-c"]);

    // A restart finds them again.
    const restarted = await start();
    expect(restarted.info).toMatchObject({ mode: "live", source: "settings" });

    expect(await manager.clear()).toMatchObject({ mode: "sandbox", source: "sandbox" });
    expect(client.appKey).toBe("sandbox-app-key");
  });

  it("lets the environment win over saved credentials", async () => {
    const manager = await start();
    await manager.save({ appKey: "saved-key-1234", appSecret: "saved-secret-5678", robotCodes: [] });
    const fromEnv = await start({ settings: { ...base, ...LIVE, robotCodes: ["env-robot"] } });
    expect(fromEnv.info).toMatchObject({
      mode: "live",
      source: "environment",
      appKeyMasked: "••••0042",
      robotCodes: ["env-robot"],
    });
    await manager.clear();
  });

  it("ignores saved credentials it cannot decrypt instead of failing to start", async () => {
    const manager = await start();
    await manager.save({ ...LIVE, robotCodes: [] });
    const otherKey = await start({ encryptionKey: randomBytes(32) });
    expect(otherKey.info).toMatchObject({ mode: "sandbox", source: "sandbox" });
    await manager.clear();
  });

  it("starts the built-in simulator only when sandbox mode needs it", async () => {
    const manager = await start({ settings: { ...base, apiBase: undefined } });
    expect(manager.sandbox).not.toBeNull();
    expect(manager.info.apiBase).toBe(manager.sandbox?.url);
    await expect(manager.client.verifyCredentials()).resolves.toBeUndefined();
    await manager.close();
  });
});
