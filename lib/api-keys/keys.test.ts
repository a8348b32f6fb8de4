import { describe, expect, it } from "vitest";
import { engineForSuite } from "@/tests/support/engine-scope";
import { engines } from "@/tests/support/engines";
import { issueApiKey, withdrawApiKey } from "./key-admin";
import {
  bearerToken,
  createApiKey,
  generateApiKey,
  hashApiKey,
  hasScope,
  listApiKeys,
  looksLikeApiKey,
  revokeApiKey,
  touchApiKey,
  verifyApiKey,
} from "./keys";

describe("API key format and hashing", () => {
  it("generates dck_ keys of 32 random bytes, a 12-character prefix and a SHA-256 hash", () => {
    const a = generateApiKey();
    const b = generateApiKey();
    expect(a.key).toMatch(/^dck_[A-Za-z0-9_-]{43}$/);
    expect(a.key).not.toBe(b.key);
    expect(a.prefix).toBe(a.key.slice(0, 12));
    expect(a.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(a.hash).toBe(hashApiKey(a.key));
    expect(a.hash).not.toContain(a.key.slice(4));
    expect(looksLikeApiKey(a.key)).toBe(true);
    expect(looksLikeApiKey(`${a.key}x`)).toBe(false);
  });

  it("reads the bearer token and nothing else from Authorization", () => {
    expect(bearerToken("Bearer dck_abc")).toBe("dck_abc");
    expect(bearerToken("bearer   dck_abc  ")).toBe("dck_abc");
    expect(bearerToken("Basic dck_abc")).toBeNull();
    expect(bearerToken("Bearer a b")).toBeNull();
    expect(bearerToken(null)).toBeNull();
  });

  it("checks scopes", () => {
    expect(hasScope({ scopes: ["send"] }, "send")).toBe(true);
    expect(hasScope({ scopes: ["send"] }, "read")).toBe(false);
    expect(hasScope({ scopes: ["read", "send"] }, "read")).toBe(true);
  });
});

describe.each(engines)("API keys on $name", (engine) => {
  const handle = engineForSuite(engine);

  it("stores only the hash, verifies the key, and refuses unknown, revoked and expired keys", async () => {
    const db = handle().db;
    const now = new Date("2030-01-01T00:00:00Z");
    const { key, summary } = await createApiKey(
      db,
      { name: "HR", scopes: ["send", "read", "send"], expiresAt: new Date("2030-02-01T00:00:00Z"), createdBy: "u1" },
      now,
    );
    expect(summary.scopes).toEqual(["send", "read"]);
    expect(JSON.stringify(await listApiKeys(db))).not.toContain(key);
    const stored = await handle().executeSql("select hash, prefix from api_key where id = $1", [summary.id]);
    expect(stored.rows[0]).toEqual({ hash: hashApiKey(key), prefix: key.slice(0, 12) });

    expect(await verifyApiKey(db, key, now)).toMatchObject({ ok: true, key: { id: summary.id, name: "HR" } });
    expect(await verifyApiKey(db, null, now)).toEqual({ ok: false, reason: "missing" });
    expect(await verifyApiKey(db, "not-a-key", now)).toEqual({ ok: false, reason: "malformed" });
    expect(await verifyApiKey(db, generateApiKey().key, now)).toEqual({ ok: false, reason: "unknown" });
    expect(await verifyApiKey(db, key, new Date("2030-02-01T00:00:00Z"))).toMatchObject({
      ok: false,
      reason: "expired",
    });

    await touchApiKey(db, summary.id, now);
    expect((await listApiKeys(db))[0]?.lastUsedAt).toBe(now.toISOString());

    const revoked = await revokeApiKey(db, summary.id, now);
    expect(revoked?.revokedAt).toBe(now.toISOString());
    expect((await revokeApiKey(db, summary.id, new Date("2030-01-05T00:00:00Z")))?.revokedAt).toBe(now.toISOString());
    expect(await verifyApiKey(db, key, now)).toMatchObject({ ok: false, reason: "revoked" });
    expect(await revokeApiKey(db, "00000000-0000-4000-8000-000000000000")).toBeNull();
  });

  it("audits creating and revoking with the prefix, never the key, and refuses an expiry in the past", async () => {
    const db = handle().db;
    const now = new Date("2030-03-01T00:00:00Z");
    const actor = { id: "admin-1", email: "admin@example.com" };
    await expect(
      issueApiKey(db, { name: "Late", scopes: ["read"], expiresAt: "2030-02-01T00:00:00Z" }, actor, now),
    ).rejects.toMatchObject({ field: "expiresAt" });
    const { key, summary } = await issueApiKey(db, { name: "Audited", scopes: ["read"], expiresAt: null }, actor, now);
    expect(summary.createdBy).toBe("admin-1");
    await withdrawApiKey(db, summary.id, actor, now);
    const events = await handle().executeSql(
      "select action, actor_id, target_id, details from audit_event where target_id = $1 order by id",
      [summary.id],
    );
    expect(events.rows).toEqual([
      {
        action: "apiKey.create",
        actor_id: "admin-1",
        target_id: summary.id,
        details: { name: "Audited", prefix: summary.prefix, scopes: ["read"], expiresAt: null },
      },
      {
        action: "apiKey.revoke",
        actor_id: "admin-1",
        target_id: summary.id,
        details: { name: "Audited", prefix: summary.prefix },
      },
    ]);
    expect(JSON.stringify(events.rows)).not.toContain(key);
  });
});
