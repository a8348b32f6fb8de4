import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DingcastAuth } from "@/lib/auth/auth";
import { auditEvents } from "@/lib/db/auth-schema";
import type { DatabaseHandle } from "@/lib/db/client";
import { signIn, signInOutcome, silentLogger, testAuth } from "@/tests/support/auth-harness";
import { engines } from "@/tests/support/engines";
import {
  bootstrapAdmin,
  changeRole,
  countUsers,
  createUser,
  listUsers,
  resetPassword,
  setDisabled,
  setupFirstAdmin,
  UserManagementError,
  type UserDeps,
} from "./users";

const reason = async (work: Promise<unknown>) => {
  try {
    await work;
    return "ok";
  } catch (error) {
    return error instanceof UserManagementError ? error.reason : String(error);
  }
};

describe.each(engines)("user management on $name", (engine) => {
  let handle: DatabaseHandle;
  let cleanup: () => Promise<void>;
  let auth: DingcastAuth;
  let deps: UserDeps;
  let admin: { id: string; email: string };

  beforeAll(async () => {
    ({ handle, cleanup } = await engine.open());
    auth = testAuth(handle.db);
    deps = { auth, db: handle.db };
  });
  afterAll(() => cleanup());

  it("bootstraps the admin from the environment once, and requires both variables", async () => {
    await bootstrapAdmin(deps, { email: "Root@Example.com", password: "bootstrap-pass" }, silentLogger);
    await bootstrapAdmin(deps, { email: "root@example.com", password: "a different one" }, silentLogger);
    const users = await listUsers(handle.db);
    expect(users).toHaveLength(1);
    expect(users[0]).toMatchObject({ email: "root@example.com", role: "admin", disabled: false });
    // The first password stays: a restart must not undo a password changed in the console.
    expect(await signInOutcome(auth, "root@example.com", "bootstrap-pass")).toBe("ok");
    await expect(bootstrapAdmin(deps, { email: "x@example.com" }, silentLogger)).rejects.toThrow(
      "Environment variables ADMIN_EMAIL and ADMIN_PASSWORD must be set together",
    );
    admin = { id: users[0]?.id ?? "", email: "root@example.com" };
  });

  it("closes first-run setup once any account exists", async () => {
    expect(
      await reason(setupFirstAdmin(deps, { email: "late@example.com", name: "Late", password: "password-123" }, null)),
    ).toBe("setupDone");
    expect(await countUsers(handle.db)).toBe(1);
  });

  it("creates users with a role and refuses a duplicate email, leaving their audit to the action", async () => {
    const sender = await createUser(deps, {
      email: "sender@example.com",
      name: "Sam",
      password: "sender-pass",
      role: "sender",
    });
    expect(sender).toMatchObject({ role: "sender", disabled: false });
    expect(await signInOutcome(auth, "sender@example.com", "sender-pass")).toBe("ok");
    expect(
      await reason(
        createUser(deps, { email: "sender@example.com", name: "Again", password: "sender-pass", role: "viewer" }),
      ),
    ).toBe("emailTaken");
    // Only the ADMIN_EMAIL bootstrap records its own event: an admin's change is written once, by
    // the audit middleware of lib/actions (lib/actions/audit-middleware.test.ts).
    const events = await handle.db.select().from(auditEvents).where(eq(auditEvents.action, "user.create"));
    expect(events.map((event) => [event.outcome, event.actorId, event.details])).toEqual([
      ["success", null, { email: "root@example.com", role: "admin", source: "ADMIN_EMAIL" }],
    ]);
  });

  it("changes roles but never the actor's own, and keeps one active admin", async () => {
    const [sender] = (await listUsers(handle.db)).filter((u) => u.role === "sender");
    const updated = await changeRole(deps, { userId: sender?.id ?? "", role: "admin" }, admin);
    expect(updated).toMatchObject({ role: "admin", previousRole: "sender" });
    expect(await reason(changeRole(deps, { userId: admin.id, role: "viewer" }, admin))).toBe("self");
    // The promoted admin demotes the bootstrap admin; then nobody can remove the last one.
    const other = { id: updated.id, email: updated.email };
    await changeRole(deps, { userId: admin.id, role: "viewer" }, other);
    expect(await reason(setDisabled(deps, { userId: updated.id, disabled: true }, admin))).toBe("lastAdmin");
    await changeRole(deps, { userId: admin.id, role: "admin" }, other);
  });

  it("resets a password and signs the person out everywhere", async () => {
    const [sender] = (await listUsers(handle.db)).filter((u) => u.email === "sender@example.com");
    const cookie = await signIn(auth, "sender@example.com", "sender-pass");
    const target = await resetPassword(deps, { userId: sender?.id ?? "", password: "brand-new-pass" }, admin);
    expect(target.email).toBe("sender@example.com");
    expect(await auth.api.getSession({ headers: new Headers({ cookie }) })).toBeNull();
    expect(await signInOutcome(auth, "sender@example.com", "sender-pass")).toBe("INVALID_EMAIL_OR_PASSWORD");
    expect(await signInOutcome(auth, "sender@example.com", "brand-new-pass")).toBe("ok");
  });

  it("lifts the account's sign-in lock when an admin resets the password", async () => {
    const locked = await createUser(deps, {
      email: "Locked@Example.com",
      name: "Lo",
      password: "locked-pass",
      role: "viewer",
    });
    for (let i = 0; i < 5; i += 1)
      expect(await signInOutcome(auth, "locked@example.com", `guess-${i}-password`)).toBe("INVALID_EMAIL_OR_PASSWORD");
    expect(await signInOutcome(auth, "locked@example.com", "locked-pass")).toBe("THROTTLED_ACCOUNT");
    await resetPassword(deps, { userId: locked.id, password: "unlocked-pass" }, admin);
    expect(await signInOutcome(auth, "locked@example.com", "unlocked-pass")).toBe("ok");
  });

  it("disables and re-enables an account", async () => {
    const viewer = await createUser(deps, {
      email: "viewer@example.com",
      name: "Vi",
      password: "viewer-pass",
      role: "viewer",
    });
    await setDisabled(deps, { userId: viewer.id, disabled: true }, admin);
    expect(await signInOutcome(auth, "viewer@example.com", "viewer-pass")).toBe("ACCOUNT_DISABLED");
    await setDisabled(deps, { userId: viewer.id, disabled: false }, admin);
    expect(await signInOutcome(auth, "viewer@example.com", "viewer-pass")).toBe("ok");
    expect(await reason(setDisabled(deps, { userId: admin.id, disabled: true }, admin))).toBe("self");
    expect(await reason(setDisabled(deps, { userId: "missing", disabled: true }, admin))).toBe("notFound");
    const written = await handle.db.select({ action: auditEvents.action }).from(auditEvents);
    // Sign-ins are audited by better-auth's guard; no user.* event came from the services.
    expect(written.map((event) => event.action).filter((action) => action.startsWith("user."))).toEqual([
      "user.create",
    ]);
  });
});

describe("first-run setup", () => {
  it("creates exactly one admin when two setups race", async () => {
    const engine = engines[0];
    if (!engine) throw new Error("no engine");
    const { handle, cleanup } = await engine.open();
    try {
      const deps = { auth: testAuth(handle.db), db: handle.db };
      const results = await Promise.allSettled([
        setupFirstAdmin(deps, { email: "a@example.com", name: "A", password: "password-a" }, null),
        setupFirstAdmin(deps, { email: "b@example.com", name: "B", password: "password-b" }, null),
      ]);
      expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
      expect(await countUsers(handle.db)).toBe(1);
      expect((await listUsers(handle.db))[0]?.role).toBe("admin");
    } finally {
      await cleanup();
    }
  });
});
