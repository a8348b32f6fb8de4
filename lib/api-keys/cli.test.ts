import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openDatabase } from "@/lib/db/client";
import { createScratchDatabase } from "@/tests/support/postgres";
import { parseCreateKeyArgs } from "./cli";
import { verifyApiKey } from "./keys";

const root = path.resolve(import.meta.dirname, "../..");

/** Runs the real script, as `npm run create-api-key` does, with only the database variables set. */
function runCli(args: string[], env: Record<string, string>) {
  const result = spawnSync(
    path.join(root, "node_modules/.bin/tsx"),
    ["--conditions=react-server", "scripts/create-api-key.ts", ...args],
    {
      cwd: root,
      encoding: "utf8",
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", NODE_ENV: "production", ...env },
      timeout: 60_000,
    },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("npm run create-api-key", () => {
  it("parses --name, --scopes and --expires, and refuses anything else", () => {
    expect(parseCreateKeyArgs(["--name", "Ops", "--scopes", "send, read"])).toEqual({
      ok: true,
      input: { name: "Ops", scopes: ["send", "read"], expiresAt: null },
    });
    expect(
      parseCreateKeyArgs(["--name", "Ops", "--scopes", "read", "--expires", "2031-01-01T00:00:00Z"]),
    ).toMatchObject({ ok: true, input: { expiresAt: "2031-01-01T00:00:00Z" } });
    expect(parseCreateKeyArgs(["--name", "Ops", "--scopes", "admin"])).toMatchObject({
      ok: false,
      error: expect.stringContaining("--scopes"),
    });
    expect(parseCreateKeyArgs(["--scopes", "read"])).toMatchObject({
      ok: false,
      error: expect.stringContaining("--name"),
    });
    expect(parseCreateKeyArgs(["--name", "x", "--scopes", "read", "--bogus"])).toMatchObject({ ok: false });
  });

  it("prints only the new key on the embedded database, which stores its hash and audits it", async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "dingcast-cli-"));
    try {
      const result = runCli(["--name", "Provisioned", "--scopes", "send,read"], { DATA_DIR: dataDir });
      expect(result.stderr).toBe("");
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(/^dck_[A-Za-z0-9_-]{43}\n$/);
      const key = result.stdout.trim();

      const refused = runCli(["--name", "x", "--scopes", "write"], { DATA_DIR: dataDir });
      expect(refused.status).toBe(2);
      expect(refused.stdout).toBe("");

      const handle = await openDatabase({ dataDir });
      try {
        expect(await verifyApiKey(handle.db, key)).toMatchObject({
          ok: true,
          key: { name: "Provisioned", scopes: ["send", "read"], createdBy: null },
        });
        const audit = await handle.executeSql("select action, actor_email, details from audit_event");
        expect(audit.rows).toEqual([
          {
            action: "apiKey.create",
            actor_email: "cli:create-api-key",
            details: expect.objectContaining({ prefix: key.slice(0, 12) }),
          },
        ]);
        expect(JSON.stringify(audit.rows)).not.toContain(key);
      } finally {
        await handle.close();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it("uses DATABASE_URL when set (PostgreSQL)", async () => {
    const scratch = await createScratchDatabase();
    try {
      const result = runCli(["--name", "On Postgres", "--scopes", "read"], {
        DATABASE_URL: scratch.url,
        DATA_DIR: "/nonexistent",
      });
      expect(result.stderr).toBe("");
      expect(result.stdout).toMatch(/^dck_[A-Za-z0-9_-]{43}\n$/);
      const handle = await openDatabase({ url: scratch.url, dataDir: "unused" });
      try {
        expect(await verifyApiKey(handle.db, result.stdout.trim())).toMatchObject({
          ok: true,
          key: { name: "On Postgres", scopes: ["read"] },
        });
      } finally {
        await handle.close();
      }
    } finally {
      await scratch.drop();
    }
  });
});
