import "server-only";
import { createMiddleware, type NavigationKind } from "next-safe-action";
import { z } from "zod";
import { recordAudit, type AuditActor, type AuditTarget } from "@/lib/audit/audit";
import { auditActions, type AuditAction } from "@/lib/core/audit-actions";
import type { AuditOutcome } from "@/lib/core/audit-outcomes";
import type { ActionServerError } from "@/lib/core/errors";
import type { AppSession } from "@/lib/runtime/session";

/**
 * The audit trail of the server actions, driven by each action's metadata.
 *
 * Every action declares `.metadata({ name, audit })`: `name` ("cards.delete") identifies it in
 * logs, `audit` is the AuditAction its run writes, or `false` for an action that changes nothing
 * (with a comment saying why). The middleware on the authed client writes exactly one event per
 * run after the action ends: success, failure (a refusal, with its `code`) or denied (the role
 * check said no). `recordedBy: "service"` marks an action whose service writes its own event (it
 * is shared with a command line, or it is public and has no session): the middleware then writes
 * only the denial, which the service never sees.
 *
 * The action adds its target and details through `ctx.audit.set(...)`: what it sets before the
 * work shows on the failure event too; what it sets after shows only on success.
 */
const actionName = z
  .string()
  .regex(/^[a-z][A-Za-z]*\.[a-z][A-Za-z]*$/, "an action name is <file>.<verb>, e.g. cards.delete");

export const actionMetadataSchema = z.union([
  z.strictObject({ name: actionName, audit: z.literal(false) }),
  z.strictObject({
    name: actionName,
    audit: z.enum(auditActions),
    recordedBy: z.literal("service").optional(),
  }),
]);

export type ActionMetadata = z.infer<typeof actionMetadataSchema>;

/** What an action tells the middleware about its event. */
export interface AuditNote {
  /** Replaces the metadata's action when the input decides it (remind vs. send, enable vs. disable). */
  action?: AuditAction;
  target?: AuditTarget | null;
  /** Small JSON facts (counts, names, codes); merged over earlier calls. Never a secret. */
  details?: Record<string, unknown>;
}

/** `ctx.audit` in every action built from the authed client. */
export interface AuditScope {
  /** Adds to this run's event: `action` and `target` replace what was set, `details` merge. */
  set(note: AuditNote): void;
}

function auditScope(): { scope: AuditScope; note(): AuditNote } {
  let current: AuditNote = {};
  return {
    scope: {
      set(note) {
        current = {
          action: note.action ?? current.action,
          target: note.target !== undefined ? note.target : current.target,
          details: note.details ? { ...current.details, ...note.details } : current.details,
        };
      },
    },
    note: () => current,
  };
}

/** How a run ended, read from what `next()` returned (next-safe-action has already shaped errors). */
export type ActionEnding =
  | { kind: "done" }
  /** The input schema refused the input: nothing was tried, nothing is written. */
  | { kind: "invalid" }
  | { kind: "error"; error: ActionServerError }
  | { kind: "navigation"; navigation: NavigationKind };

export function actionEnding(result: {
  success: boolean;
  serverError?: ActionServerError;
  validationErrors?: unknown;
  navigationKind?: NavigationKind;
}): ActionEnding {
  if (result.serverError !== undefined) return { kind: "error", error: result.serverError };
  if (result.validationErrors !== undefined) return { kind: "invalid" };
  if (result.navigationKind !== undefined) return { kind: "navigation", navigation: result.navigationKind };
  if (result.success) return { kind: "done" };
  // A middleware that returned without calling next(): nothing ran, but nothing says why either.
  return { kind: "error", error: { message: "", code: "unexpected" } };
}

/** The role check's refusal (lib/actions/safe-action.ts). */
const FORBIDDEN = "FORBIDDEN";

function outcomeOf(ending: Exclude<ActionEnding, { kind: "invalid" }>): {
  outcome: AuditOutcome;
  failure?: Record<string, unknown>;
} {
  switch (ending.kind) {
    case "done":
      return { outcome: "success" };
    case "navigation":
      // redirect() is how sign-out and the like finish; forbidden()/unauthorized() are refusals.
      if (ending.navigation === "redirect") return { outcome: "success" };
      if (ending.navigation === "forbidden" || ending.navigation === "unauthorized")
        return { outcome: "denied", failure: { code: ending.navigation } };
      return { outcome: "failure", failure: { code: ending.navigation } };
    case "error": {
      const { error } = ending;
      if (error.code === FORBIDDEN) return { outcome: "denied", failure: { code: FORBIDDEN } };
      // A UserFacingError carries a code (or at least a field); anything else was logged under requestId.
      const code = error.code ?? error.field ?? (error.requestId ? "unexpected" : "invalid");
      return { outcome: "failure", failure: error.requestId ? { code, requestId: error.requestId } : { code } };
    }
  }
}

type AuditWriter = Parameters<typeof recordAudit>[0];

/**
 * Writes the event for one run of an action, or nothing: for `audit: false`, for input the schema
 * refused, and for `recordedBy: "service"` unless the run was denied. Returns the outcome written.
 */
export async function recordActionAudit(
  db: AuditWriter,
  run: { metadata: ActionMetadata; actor: AuditActor; note: AuditNote; ending: ActionEnding },
): Promise<AuditOutcome | null> {
  const { metadata, note, ending } = run;
  if (metadata.audit === false || ending.kind === "invalid") return null;
  const { outcome, failure } = outcomeOf(ending);
  if (metadata.recordedBy === "service" && outcome !== "denied") return null;
  // A denied run never started its work, so nothing it might have noted belongs in the event.
  const details = outcome === "denied" ? failure : failure ? { ...note.details, ...failure } : note.details;
  await recordAudit(db, {
    actor: run.actor,
    action: note.action ?? metadata.audit,
    target: note.target ?? null,
    outcome,
    details,
  });
  return outcome;
}

interface AuditMiddlewareDeps {
  db: () => Promise<AuditWriter>;
  actor: (session: AppSession) => AuditActor;
  logger: { error(fields: object, message: string): void };
}

/**
 * The middleware itself, for a client whose ctx has the session. It runs the rest of the chain
 * (the role check and the action) and then writes the event. A failed audit write is logged, not
 * reported: the change has happened, and telling the person it failed would invite a second send.
 */
export function auditMiddleware(deps: AuditMiddlewareDeps) {
  return createMiddleware<{
    ctx: { session: AppSession };
    metadata: ActionMetadata;
    serverError: ActionServerError;
  }>().define(async ({ ctx, metadata, next }) => {
    const { scope, note } = auditScope();
    const result = await next({ ctx: { audit: scope } });
    if (metadata.audit === false) return result;
    try {
      await recordActionAudit(await deps.db(), {
        metadata,
        actor: deps.actor(ctx.session),
        note: note(),
        ending: actionEnding(result),
      });
    } catch (err) {
      deps.logger.error({ action: metadata.name, err }, "audit event not written");
    }
    return result;
  });
}
