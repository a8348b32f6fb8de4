import { asc } from "drizzle-orm";
import { redirect } from "next/navigation";
import { createSafeActionClient } from "next-safe-action";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { UserFacingError, type ActionServerError } from "@/lib/core/errors";
import { auditEvents } from "@/lib/db/auth-schema";
import type { DatabaseHandle } from "@/lib/db/client";
import type { AppSession } from "@/lib/runtime/session";
import { engines } from "@/tests/support/engines";
import { actionEnding, actionMetadataSchema, auditMiddleware, recordActionAudit } from "./audit-middleware";

/**
 * The audit middleware in a real next-safe-action chain shaped like lib/actions/safe-action.ts
 * (session, audit, role check), writing to PGlite. Only getSession and the translations are
 * stood in for: the session is fixed and errors are shaped like handleServerError shapes them.
 */
const alice: AppSession = {
  user: { id: "u-alice", email: "alice@example.com", name: "Alice", role: "sender" },
  sessionId: "s-alice",
  expiresAt: new Date(Date.now() + 3_600_000),
  ip: "10.0.0.7",
};

describe("the audit middleware", () => {
  let handle: DatabaseHandle;
  let cleanup: () => Promise<void>;
  let session: AppSession;
  let failWrites = false;
  const logged: { fields: object; message: string }[] = [];

  beforeAll(async () => {
    const engine = engines[0];
    if (!engine) throw new Error("no engine");
    ({ handle, cleanup } = await engine.open());
  });
  afterAll(() => cleanup());
  beforeEach(async () => {
    await handle.db.delete(auditEvents);
    session = alice;
    failWrites = false;
    logged.length = 0;
  });

  const events = () =>
    handle.db
      .select({
        actorId: auditEvents.actorId,
        actorEmail: auditEvents.actorEmail,
        ip: auditEvents.ip,
        action: auditEvents.action,
        targetType: auditEvents.targetType,
        targetId: auditEvents.targetId,
        outcome: auditEvents.outcome,
        details: auditEvents.details,
      })
      .from(auditEvents)
      .orderBy(asc(auditEvents.id));

  const client = () =>
    createSafeActionClient<"flattened", ActionServerError, typeof actionMetadataSchema>({
      defaultValidationErrorsShape: "flattened",
      defineMetadataSchema: () => actionMetadataSchema,
      handleServerError: (error) =>
        error instanceof UserFacingError
          ? { message: error.message, field: error.field, fields: error.fields, code: error.code }
          : { message: "unexpected", requestId: "req-1" },
    })
      .use(async ({ next }) => next({ ctx: { session } }))
      .use(
        auditMiddleware({
          db: async () => {
            if (failWrites) throw new Error("database gone");
            return handle.db;
          },
          actor: (current) => ({ id: current.user.id, email: current.user.email, ip: current.ip }),
          logger: { error: (fields, message) => logged.push({ fields, message }) },
        }),
      )
      .use(async ({ next, ctx }) => {
        if (ctx.session.user.role === "viewer") throw new UserFacingError("forbidden", { code: "FORBIDDEN" });
        return next();
      });

  const deleteCard = () =>
    client()
      .metadata({ name: "cards.delete", audit: "card.delete" })
      .inputSchema(z.object({ id: z.string().min(1) }))
      .action(async ({ parsedInput, ctx }) => {
        ctx.audit.set({ target: { type: "cardTemplate", id: parsedInput.id }, details: { before: true } });
        if (parsedInput.id === "missing") throw new UserFacingError("not found", { code: "notFound" });
        if (parsedInput.id === "bug") throw new Error("a bug");
        ctx.audit.set({ details: { after: true } });
        return { id: parsedInput.id };
      });

  it("writes one success event with the actor, the target and the details the action set", async () => {
    const result = await deleteCard()({ id: "c1" });
    expect(result).toEqual({ data: { id: "c1" } });
    expect(await events()).toEqual([
      {
        actorId: "u-alice",
        actorEmail: "alice@example.com",
        ip: "10.0.0.7",
        action: "card.delete",
        targetType: "cardTemplate",
        targetId: "c1",
        outcome: "success",
        details: { before: true, after: true },
      },
    ]);
  });

  it("writes a refusal as a failure with its code and what was set before it, and still reports it", async () => {
    const result = await deleteCard()({ id: "missing" });
    expect(result.serverError).toMatchObject({ code: "notFound", message: "not found" });
    expect(await events()).toMatchObject([
      { action: "card.delete", targetId: "missing", outcome: "failure", details: { before: true, code: "notFound" } },
    ]);
  });

  it("writes an unexpected error as a failure with the request id it was logged under", async () => {
    const result = await deleteCard()({ id: "bug" });
    expect(result.serverError).toEqual({ message: "unexpected", requestId: "req-1" });
    expect(await events()).toMatchObject([
      { outcome: "failure", details: { before: true, code: "unexpected", requestId: "req-1" } },
    ]);
  });

  it("writes a role refusal as denied under the metadata's action, before any work", async () => {
    session = { ...alice, user: { ...alice.user, id: "u-vic", email: "vic@example.com", role: "viewer" } };
    const result = await deleteCard()({ id: "c1" });
    expect(result.serverError?.code).toBe("FORBIDDEN");
    expect(await events()).toEqual([
      expect.objectContaining({
        actorId: "u-vic",
        action: "card.delete",
        targetId: null,
        outcome: "denied",
        details: { code: "FORBIDDEN" },
      }),
    ]);
  });

  it("writes nothing for input the schema refused", async () => {
    const result = await deleteCard()({ id: "" });
    expect(result.validationErrors).toBeDefined();
    expect(await events()).toEqual([]);
  });

  it("lets the action name the event's action from its input", async () => {
    const setDisabled = client()
      .metadata({ name: "users.setDisabled", audit: "user.disable" })
      .inputSchema(z.object({ disabled: z.boolean() }))
      .action(async ({ parsedInput, ctx }) => {
        ctx.audit.set({ action: parsedInput.disabled ? "user.disable" : "user.enable" });
        return parsedInput;
      });
    await setDisabled({ disabled: false });
    await setDisabled({ disabled: true });
    expect((await events()).map((event) => event.action)).toEqual(["user.enable", "user.disable"]);
  });

  it("counts a redirect as the end of a successful run (sign-out)", async () => {
    const signOut = client()
      .metadata({ name: "auth.signOut", audit: "auth.signOut" })
      .action(async () => {
        redirect("/login");
      });
    await expect(signOut()).rejects.toMatchObject({ digest: expect.stringContaining("NEXT_REDIRECT") });
    expect(await events()).toMatchObject([{ action: "auth.signOut", outcome: "success", details: null }]);
  });

  it("writes nothing for audit: false, and for recordedBy: service only the denial", async () => {
    const readOnly = client()
      .metadata({ name: "connection.test", audit: false })
      .action(async () => ({ ok: true }));
    const byService = client()
      .metadata({ name: "apiKeys.revoke", audit: "apiKey.revoke", recordedBy: "service" })
      .action(async () => {
        throw new UserFacingError("gone", { code: "notFound" });
      });
    expect((await readOnly()).data).toEqual({ ok: true });
    await byService();
    expect(await events()).toEqual([]);
    session = { ...alice, user: { ...alice.user, role: "viewer" } };
    await readOnly();
    await byService();
    expect(await events()).toMatchObject([{ action: "apiKey.revoke", outcome: "denied" }]);
  });

  it("logs a failed audit write and leaves the action's answer alone", async () => {
    failWrites = true;
    expect(await deleteCard()({ id: "c1" })).toEqual({ data: { id: "c1" } });
    expect(logged).toEqual([
      { fields: expect.objectContaining({ action: "cards.delete" }), message: "audit event not written" },
    ]);
  });

  it("refuses metadata that breaks the convention", () => {
    expect(actionMetadataSchema.safeParse({ name: "cards.delete", audit: "card.delete" }).success).toBe(true);
    expect(actionMetadataSchema.safeParse({ name: "delete", audit: "card.delete" }).success).toBe(false);
    expect(actionMetadataSchema.safeParse({ name: "cards.delete", audit: "card.nuke" }).success).toBe(false);
    expect(actionMetadataSchema.safeParse({ name: "cards.delete" }).success).toBe(false);
    expect(actionMetadataSchema.safeParse({ name: "x.y", audit: false, recordedBy: "service" }).success).toBe(false);
  });

  it("maps every ending to one outcome when called as a plain function", async () => {
    const run = (ending: Parameters<typeof recordActionAudit>[1]["ending"]) =>
      recordActionAudit(handle.db, {
        metadata: { name: "messages.recall", audit: "message.recall" },
        actor: { id: "u-alice", email: "alice@example.com" },
        note: { target: { type: "message", id: "m1" } },
        ending,
      });
    expect(await run(actionEnding({ success: true }))).toBe("success");
    expect(await run(actionEnding({ success: false, navigationKind: "redirect" }))).toBe("success");
    expect(await run(actionEnding({ success: false, navigationKind: "notFound" }))).toBe("failure");
    expect(await run(actionEnding({ success: false, navigationKind: "forbidden" }))).toBe("denied");
    expect(await run(actionEnding({ success: false, serverError: { message: "x", field: "robotCode" } }))).toBe(
      "failure",
    );
    expect(await run(actionEnding({ success: false, validationErrors: {} }))).toBeNull();
    expect((await events()).map((event) => [event.outcome, event.details])).toEqual([
      ["success", null],
      ["success", null],
      ["failure", { code: "notFound" }],
      ["denied", { code: "forbidden" }],
      ["failure", { code: "robotCode" }],
    ]);
  });
});
