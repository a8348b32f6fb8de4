import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents, loginAttempts, session } from "@/lib/db/auth-schema";
import type { DatabaseHandle } from "@/lib/db/client";
import { setDisabled, setupFirstAdmin } from "@/lib/users/users";
import { signIn, signInOutcome, silentLogger, testAuth } from "@/tests/support/auth-harness";
import { withFreshEngine } from "@/tests/support/engine-scope";
import { engines } from "@/tests/support/engines";
import { createAuth, type DingcastAuth } from "./auth";
import { trustedProxies } from "./client-ip";
import type { ThrottlePolicy } from "./throttle";

/**
 * The harness signs in with `X-Forwarded-For: <ip>`, as a reverse proxy at 10.255.0.1 would send
 * it; with that proxy trusted, the entry is the client's address (lib/auth/client-ip.ts).
 */
function authBehindProxy(db: DatabaseHandle["db"], throttle?: ThrottlePolicy, proxies = ["10.255.0.1"]) {
  return createAuth({
    db,
    secret: "test-secret-test-secret-test-secret-0123",
    sessionTtlHours: 12,
    logger: silentLogger,
    throttle,
    trustedProxies: trustedProxies(proxies),
  });
}

describe.each(engines)("accounts on $name", (engine) => {
  let handle: DatabaseHandle;
  let cleanup: () => Promise<void>;
  let auth: DingcastAuth;
  let adminId: string;

  beforeAll(async () => {
    ({ handle, cleanup } = await engine.open());
    auth = authBehindProxy(handle.db, { windowMs: 60_000, maxPerAccount: 3, maxPerIp: 6 });
    const admin = await setupFirstAdmin(
      { auth, db: handle.db },
      { email: "admin@example.com", name: "Admin", password: "correct horse battery" },
      "10.0.0.1",
    );
    adminId = admin.id;
  });
  afterAll(() => cleanup());

  it("signs in with the right password and reads the session back with its role", async () => {
    const cookie = await signIn(auth, "Admin@Example.com", "correct horse battery");
    const current = await auth.api.getSession({ headers: new Headers({ cookie }) });
    expect(current?.user).toMatchObject({ id: adminId, email: "admin@example.com", role: "admin", disabled: false });
    const events = await handle.db.select().from(auditEvents).where(eq(auditEvents.action, "auth.signIn"));
    expect(events.at(-1)).toMatchObject({ actorId: adminId, outcome: "success", ip: "10.0.0.1" });
  });

  it("refuses a wrong password, counts it and audits it without the password", async () => {
    expect(await signInOutcome(auth, "admin@example.com", "wrong password 1", "10.0.0.2")).toBe(
      "INVALID_EMAIL_OR_PASSWORD",
    );
    const attempts = await handle.db.select().from(loginAttempts);
    expect(attempts.map((row) => row.email)).toContain("admin@example.com");
    const [failed] = await handle.db.select().from(auditEvents).where(eq(auditEvents.action, "auth.signInFailed"));
    expect(failed).toMatchObject({
      actorEmail: "admin@example.com",
      outcome: "failure",
      details: { reason: "INVALID_EMAIL_OR_PASSWORD" },
    });
    expect(JSON.stringify(failed)).not.toContain("wrong password");
  });

  it("locks an account after repeated failures, even for the right password, then a success clears it", async () => {
    await handle.db.delete(loginAttempts);
    for (let i = 0; i < 3; i += 1)
      expect(await signInOutcome(auth, "admin@example.com", `nope-${i}-xxxxxx`, `10.1.0.${i}`)).toBe(
        "INVALID_EMAIL_OR_PASSWORD",
      );
    expect(await signInOutcome(auth, "admin@example.com", "correct horse battery", "10.1.0.9")).toBe(
      "THROTTLED_ACCOUNT",
    );
    const denied = await handle.db.select().from(auditEvents).where(eq(auditEvents.outcome, "denied"));
    expect(denied.at(-1)?.details).toMatchObject({ reason: "THROTTLED_ACCOUNT" });
    // Refused attempts are not counted, so the lock ends when the window passes; simulate that.
    await handle.db.update(loginAttempts).set({ createdAt: new Date(Date.now() - 120_000) });
    expect(await signInOutcome(auth, "admin@example.com", "correct horse battery", "10.1.0.9")).toBe("ok");
    expect(
      await handle.db.select().from(loginAttempts).where(eq(loginAttempts.email, "admin@example.com")),
    ).toHaveLength(0);
  });

  it("locks an IP that fails across many accounts", async () => {
    await handle.db.delete(loginAttempts);
    for (let i = 0; i < 6; i += 1) await signInOutcome(auth, `nobody${i}@example.com`, "whatever-password", "10.9.9.9");
    expect(await signInOutcome(auth, "admin@example.com", "correct horse battery", "10.9.9.9")).toBe("THROTTLED_IP");
    expect(await signInOutcome(auth, "admin@example.com", "correct horse battery", "10.9.9.10")).toBe("ok");
  });

  it("counts the address the proxy appended, not one the client wrote in front of it", async () => {
    await handle.db.delete(loginAttempts);
    // An attacker at 203.0.113.7 sends X-Forwarded-For: 10.7.7.7 to lock out the office at 10.7.7.7.
    for (let i = 0; i < 6; i += 1)
      await signInOutcome(auth, `nobody${i}@example.com`, "whatever-password", "10.7.7.7, 203.0.113.7");
    expect(await signInOutcome(auth, "admin@example.com", "correct horse battery", "10.7.7.7")).toBe("ok");
    expect(await signInOutcome(auth, "admin@example.com", "correct horse battery", "203.0.113.7")).toBe("THROTTLED_IP");
    const failed = await handle.db.select().from(auditEvents).where(eq(auditEvents.action, "auth.signInFailed"));
    expect(failed.at(-1)).toMatchObject({ ip: "203.0.113.7" });
  });

  it("ends sessions when they expire", async () => {
    const cookie = await signIn(auth, "admin@example.com", "correct horse battery", "10.2.0.1");
    const current = await auth.api.getSession({ headers: new Headers({ cookie }) });
    expect(current?.session.expiresAt.getTime()).toBeGreaterThan(Date.now() + 11 * 3_600_000);
    await handle.db
      .update(session)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(session.id, current?.session.id ?? ""));
    expect(await auth.api.getSession({ headers: new Headers({ cookie }) })).toBeNull();
  });

  it("refuses sign-in to a disabled account and ends its sessions", async () => {
    const deps = { auth, db: handle.db };
    const context = await auth.$context;
    const hash = await context.password.hash("viewer password");
    const viewer = await context.internalAdapter.createUser(
      { email: "viewer@example.com", name: "V", emailVerified: true, role: "viewer", disabled: false },
      { method: "admin" },
    );
    await context.internalAdapter.linkAccount({
      userId: viewer.id,
      providerId: "credential",
      accountId: viewer.id,
      password: hash,
    });
    const cookie = await signIn(auth, "viewer@example.com", "viewer password", "10.3.0.1");
    await setDisabled(deps, { userId: viewer.id, disabled: true }, { id: adminId, email: "admin@example.com" });
    expect(await auth.api.getSession({ headers: new Headers({ cookie }) })).toBeNull();
    expect(await signInOutcome(auth, "viewer@example.com", "viewer password", "10.3.0.2")).toBe("ACCOUNT_DISABLED");
  });

  it("has no public sign-up", async () => {
    await expect(
      auth.api.signUpEmail({ body: { email: "intruder@example.com", password: "password123", name: "x" } }),
    ).rejects.toThrow();
  });
});

describe("without trusted proxies", () => {
  it("believes no X-Forwarded-For: no per-IP lock, no IP in the audit trail, the account limit still holds", async () => {
    await withFreshEngine(async (handle) => {
      const auth = authBehindProxy(handle.db, { windowMs: 60_000, maxPerAccount: 3, maxPerIp: 6 }, []);
      await setupFirstAdmin(
        { auth, db: handle.db },
        { email: "admin@example.com", name: "Admin", password: "correct horse battery" },
        null,
      );
      for (let i = 0; i < 8; i += 1)
        await signInOutcome(auth, `nobody${i}@example.com`, "whatever-password", "10.9.9.9");
      expect(await signInOutcome(auth, "admin@example.com", "correct horse battery", "10.9.9.9")).toBe("ok");
      const events = await handle.db.select().from(auditEvents);
      expect(events.filter((event) => event.action.startsWith("auth.sign")).map((event) => event.ip)).toEqual(
        Array(9).fill(null),
      );
      expect((await handle.db.select().from(session)).map((row) => row.ipAddress || null)).toEqual([null]);
      for (let i = 0; i < 3; i += 1) await signInOutcome(auth, "admin@example.com", `nope-${i}-xxxxxx`, `10.0.0.${i}`);
      expect(await signInOutcome(auth, "admin@example.com", "correct horse battery")).toBe("THROTTLED_ACCOUNT");
    });
  });
});

/** The admin's sign-in as a browser posts it to better-auth's endpoint. */
function signInByHttp(auth: DingcastAuth, base: string, headers: Record<string, string>, password: string) {
  return auth.handler(
    new Request(`${base}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify({ email: "admin@example.com", password }),
    }),
  );
}

describe("the HTTP sign-in endpoint", () => {
  it("accepts a browser request from the console's own origin and refuses a cross-site one", async () => {
    await withFreshEngine(async (handle) => {
      const auth = testAuth(handle.db);
      await setupFirstAdmin(
        { auth, db: handle.db },
        { email: "admin@example.com", name: "Admin", password: "correct horse battery" },
        null,
      );
      const post = (origin: string) =>
        signInByHttp(auth, "http://localhost:3000", { host: "127.0.0.1:3160", origin }, "correct horse battery");
      const same = await post("http://127.0.0.1:3160");
      expect(same.status).toBe(200);
      expect(same.headers.get("set-cookie")).toMatch(/^dingcast\.session_token=/);
      expect((await post("https://evil.example")).status).toBe(403);
    });
  });

  it("answers a locked account with 429 and Retry-After in seconds", async () => {
    await withFreshEngine(async (handle) => {
      const auth = testAuth(handle.db, { throttle: { windowMs: 60_000, maxPerAccount: 2, maxPerIp: 20 } });
      await setupFirstAdmin(
        { auth, db: handle.db },
        { email: "admin@example.com", name: "Admin", password: "correct horse battery" },
        null,
      );
      const post = (password: string) =>
        signInByHttp(auth, "http://127.0.0.1:3160", { origin: "http://127.0.0.1:3160" }, password);
      expect((await post("wrong password 1")).status).toBe(401);
      expect((await post("wrong password 2")).status).toBe(401);
      const locked = await post("correct horse battery");
      expect(locked.status).toBe(429);
      const retryAfter = Number(locked.headers.get("retry-after"));
      expect(Number.isInteger(retryAfter)).toBe(true);
      // What is left of the 60-second window, in whole seconds (not milliseconds).
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(60);
      expect(await locked.json()).toMatchObject({ code: "THROTTLED_ACCOUNT", retryAfterSeconds: retryAfter });
      expect(locked.headers.get("set-cookie")).toBeNull();
    });
  });
});
