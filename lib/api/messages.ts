import "server-only";
import { recordAudit, type AuditAction } from "@/lib/audit/audit";
import { createMessage } from "@/lib/messages/create";
import { MessageActionError, recallMessage, reminderRefusal } from "@/lib/messages/manage";
import { getMessageDetail, listRecipients } from "@/lib/messages/queries";
import { sendMessageSchema, type SendMessageInput } from "@/lib/messages/send.schema";
import { UserFacingError } from "@/lib/core/errors";
import { buildReminder } from "@/lib/receipts/remind";
import { apiActor, apiKeyDetails, type ApiCaller, type ApiDeps } from "./context";
import { apiT, englishIssue, fieldErrors, messageActionT } from "./english";
import { json, problem, type ApiResult } from "./problem";
import {
  messageIdParamSchema,
  recipientsQuerySchema,
  sendBodyKeys,
  sendBodySchema,
  type MessageStatusBody,
  type RecipientsPageBody,
} from "./v1.schema";

/**
 * The automation API's message endpoints, as functions of plain values so they run in tests
 * without Next.js. Each returns an ApiResult; app/api/v1 turns it into a Response.
 */

function invalid(errors: Record<string, string[]>): ApiResult {
  return problem("validation", apiT("invalidRequest"), { errors });
}

/** The request body -> the send action's own input, or the field errors to answer with. */
function toSendInput(
  body: unknown,
  robotCodes: readonly string[],
): { ok: true; input: SendMessageInput } | { ok: false; result: ApiResult } {
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    return { ok: false, result: invalid({ body: [apiT("wrongType", { expected: "object" })] }) };
  }
  const unknownKeys = Object.keys(body).filter((key) => !sendBodyKeys.has(key));
  const parsed = sendBodySchema.safeParse(body, { reportInput: true });
  if (!parsed.success || unknownKeys.length > 0) {
    // Null prototype (as fieldErrors' own): an unknown key named "__proto__" stays a plain key.
    const errors: Record<string, string[]> = parsed.success ? Object.create(null) : fieldErrors(parsed.error.issues);
    for (const key of unknownKeys) errors[key] = [apiT("unknownField")];
    return { ok: false, result: invalid(errors) };
  }
  const { msgKey, msgParam, robotCode, audience, sendAt } = parsed.data;
  const candidate = {
    message: { msgKey, msgParam },
    robotCode: robotCode ?? robotCodes[0] ?? "",
    audience:
      "userIds" in audience
        ? { type: "users" as const, userIds: audience.userIds }
        : { type: "conversation" as const, ...audience },
    scheduledAt: sendAt ?? null,
    remindOf: null,
  };
  // The console action's schema has the last word, so the two can never accept different things.
  const checked = sendMessageSchema.safeParse(candidate);
  if (!checked.success) {
    const errors = fieldErrors(checked.error.issues.map((issue) => ({ ...issue, path: apiPath(issue.path) })));
    return { ok: false, result: invalid(errors) };
  }
  return { ok: true, input: checked.data };
}

/** sendMessageSchema's paths in the API's names: message.msgParam.x -> msgParam.x, scheduledAt -> sendAt. */
function apiPath(path: readonly PropertyKey[]): PropertyKey[] {
  const [first, ...rest] = path;
  if (first === "message") return rest;
  if (first === "scheduledAt") return ["sendAt", ...rest];
  if (first === "audience" && rest[0] === "type") return ["audience"];
  return [...path];
}

/** A refusal from createMessage (robot not configured, time in the past) as a field error. */
function serviceRefusal(error: unknown): ApiResult | null {
  if (!(error instanceof UserFacingError)) return null;
  const field = error.field === "scheduledAt" ? "sendAt" : (error.field ?? "body");
  return invalid({ [field]: [englishIssue(error.message)] });
}

async function audited(
  deps: ApiDeps,
  caller: ApiCaller,
  action: AuditAction,
  targetId: string | null,
  details: Record<string, unknown>,
  outcome: "success" | "failure",
): Promise<void> {
  await recordAudit(deps.db, {
    actor: apiActor(caller),
    action,
    target: targetId ? { type: "message", id: targetId } : null,
    outcome,
    details: { ...apiKeyDetails(caller), ...details },
  });
}

/** Plans the send exactly as the console's send action does and answers 202 with the new id. */
async function sendPlanned(deps: ApiDeps, caller: ApiCaller, input: SendMessageInput): Promise<ApiResult> {
  const action: AuditAction = input.remindOf
    ? "message.remind"
    : input.scheduledAt
      ? "message.schedule"
      : "message.send";
  try {
    const planned = await createMessage(
      { db: deps.db, boss: deps.boss, robotCodes: deps.robotCodes, now: deps.now },
      input,
      { id: null, email: apiActor(caller).email },
    );
    await audited(
      deps,
      caller,
      action,
      input.remindOf ?? planned.id,
      {
        messageId: planned.id,
        msgKey: input.message.msgKey,
        recipients: planned.recipientCount,
        calls: planned.chunkCount,
        scheduledAt: input.scheduledAt ?? null,
      },
      "success",
    );
    return {
      ...json(202, { id: planned.id, status: planned.status }, { location: `/api/v1/messages/${planned.id}` }),
      audited: true,
    };
  } catch (error) {
    const refusal = serviceRefusal(error);
    if (!refusal) throw error;
    await audited(
      deps,
      caller,
      action,
      input.remindOf ?? null,
      { code: error instanceof UserFacingError ? (error.field ?? "invalid") : "invalid" },
      "failure",
    );
    return { ...refusal, audited: true };
  }
}

export async function sendMessage(deps: ApiDeps, caller: ApiCaller, body: unknown): Promise<ApiResult> {
  const parsed = toSendInput(body, deps.robotCodes);
  if (!parsed.ok) return parsed.result;
  return sendPlanned(deps, caller, parsed.input);
}

function notFound(): ApiResult {
  return problem("not-found", apiT("messageNotFound"));
}

export async function getMessageStatus(deps: ApiDeps, id: string): Promise<ApiResult> {
  if (!messageIdParamSchema.safeParse(id).success) return notFound();
  const detail = await getMessageDetail(deps.db, id);
  if (!detail) return notFound();
  const body: MessageStatusBody = {
    id: detail.id,
    status: detail.status,
    recipients: detail.recipientCount,
    pending: detail.counts.pending,
    sent: detail.counts.sent,
    invalid: detail.counts.invalid,
    throttled: detail.counts.throttled,
    failed: detail.counts.failed,
    unknown: detail.counts.unknown,
    read: detail.reads.readers,
    readRate: detail.reads.rate,
  };
  return json(200, body);
}

/** Cursors are the last userId, base64url-encoded so clients treat them as opaque. */
const encodeCursor = (userId: string) => Buffer.from(userId, "utf8").toString("base64url");
const decodeCursor = (cursor: string) => Buffer.from(cursor, "base64url").toString("utf8");

export async function getMessageRecipients(
  deps: ApiDeps,
  id: string,
  searchParams: URLSearchParams,
): Promise<ApiResult> {
  if (!messageIdParamSchema.safeParse(id).success) return notFound();
  const query = recipientsQuerySchema.safeParse(Object.fromEntries(searchParams), { reportInput: true });
  if (!query.success) return problem("validation", apiT("invalidQuery"), { errors: fieldErrors(query.error.issues) });
  const detail = await getMessageDetail(deps.db, id);
  if (!detail) return notFound();
  const { state, limit, cursor } = query.data;
  const read = state === "read" || state === "unread" ? state : null;
  const delivery = state === "read" || state === "unread" ? null : (state ?? null);
  const page = await listRecipients(deps.db, id, {
    state: delivery,
    read,
    limit,
    cursor: cursor ? decodeCursor(cursor) : null,
  });
  const body: RecipientsPageBody = {
    items: page.items.map((item) => ({ userId: item.userId, state: item.state, readAt: item.readAt })),
    nextCursor: page.nextCursor ? encodeCursor(page.nextCursor) : null,
  };
  return json(200, body);
}

export async function recall(deps: ApiDeps, caller: ApiCaller, id: string): Promise<ApiResult> {
  if (!messageIdParamSchema.safeParse(id).success) return notFound();
  try {
    const result = await recallMessage(
      { db: deps.db, client: deps.dingtalk, now: deps.now ? () => (deps.now?.() ?? new Date()).getTime() : undefined },
      id,
    );
    await audited(
      deps,
      caller,
      "message.recall",
      id,
      { recalled: result.recalled, failed: result.failed.length },
      "success",
    );
    const detail = await getMessageDetail(deps.db, id);
    return {
      ...json(200, { id, status: detail?.status ?? "recalled", recalled: result.recalled, failed: result.failed }),
      audited: true,
    };
  } catch (error) {
    if (!(error instanceof MessageActionError)) throw error;
    await audited(deps, caller, "message.recall", id, { code: error.reason }, "failure");
    if (error.reason === "notFound") return { ...notFound(), audited: true };
    return { ...problem("conflict", messageActionT(error.reason)), audited: true };
  }
}

/** A follow-up with the same content to everyone it reached who has not read it (lib/receipts/remind.ts). */
export async function remind(deps: ApiDeps, caller: ApiCaller, id: string): Promise<ApiResult> {
  if (!messageIdParamSchema.safeParse(id).success) return notFound();
  const detail = await getMessageDetail(deps.db, id);
  if (!detail) return notFound();
  // Before the send has finished nobody can have read it: say so, rather than "everyone has read it".
  const refusal = reminderRefusal(detail.status);
  if (refusal) return problem("conflict", messageActionT(refusal));
  const draft = await buildReminder(deps.db, id);
  if (!draft) return problem("conflict", apiT("notRemindable"));
  if (draft.userIds.length === 0) return problem("conflict", apiT("nobodyToRemind"));
  const input = sendMessageSchema.safeParse({
    message: draft.message,
    robotCode: draft.robotCode,
    audience: { type: "users", userIds: draft.userIds },
    scheduledAt: null,
    remindOf: id,
  });
  if (!input.success) return problem("conflict", apiT("notRemindable"));
  return sendPlanned(deps, caller, input.data);
}
