"use server";

import { getTranslations } from "next-intl/server";
import { actionClientFor } from "@/lib/actions/safe-action";
import { recordAudit, type AuditAction } from "@/lib/audit/audit";
import { auditActor, type AppSession } from "@/lib/auth/session";
import { createBroadcast } from "@/lib/broadcasts/create";
import { clearDraft, deleteTemplate, saveDraft, saveTemplate } from "@/lib/broadcasts/drafts";
import { saveDraftSchema, saveTemplateSchema, templateIdSchema } from "@/lib/broadcasts/drafts.schema";
import { cancelScheduled, MessageActionError, recallMessage, resendFailed } from "@/lib/broadcasts/manage";
import { messageIdSchema, sendMessageSchema } from "@/lib/broadcasts/send.schema";
import { UserFacingError } from "@/lib/errors";
import { getRuntime } from "@/lib/server/runtime";

const senderAction = actionClientFor("sender");

/**
 * Runs a message action and writes its audit event either way. A MessageActionError (a refusal
 * the person can act on) becomes a sentence in their language.
 */
async function audited<T>(session: AppSession, action: AuditAction, messageId: string | null, work: () => Promise<T>, details?: (result: T) => Record<string, unknown>): Promise<T> {
  const { database } = await getRuntime();
  const base = { actor: auditActor(session), action, target: messageId ? { type: "message", id: messageId } : null };
  try {
    const result = await work();
    await recordAudit(database.db, { ...base, outcome: "success", details: details?.(result) });
    return result;
  } catch (error) {
    const code = error instanceof MessageActionError ? error.reason : error instanceof UserFacingError ? (error.code ?? error.field ?? "invalid") : "error";
    await recordAudit(database.db, { ...base, outcome: "failure", details: { code } });
    if (error instanceof MessageActionError) {
      const t = await getTranslations("messageActions.errors");
      throw new UserFacingError(t(error.reason), { code: error.reason });
    }
    throw error;
  }
}

export const sendMessageAction = senderAction.inputSchema(sendMessageSchema).action(async ({ parsedInput, ctx }) => {
  const { database, boss, connection } = await getRuntime();
  const action: AuditAction = parsedInput.remindOf ? "message.remind" : parsedInput.scheduledAt ? "message.schedule" : "message.send";
  const planned = await audited(
    ctx.session,
    action,
    parsedInput.remindOf ?? null,
    () => createBroadcast({ db: database.db, boss, robotCodes: connection.robotCodes }, parsedInput, { id: ctx.session.user.id, email: ctx.session.user.email }),
    (result) => ({ messageId: result.id, msgKey: parsedInput.message.msgKey, recipients: result.recipientCount, calls: result.chunkCount, scheduledAt: parsedInput.scheduledAt ?? null }),
  );
  await clearDraft(database.db, ctx.session.user.id);
  return planned;
});

export const cancelMessageAction = senderAction.inputSchema(messageIdSchema).action(async ({ parsedInput, ctx }) => {
  const { database } = await getRuntime();
  await audited(ctx.session, "message.cancel", parsedInput.messageId, () => cancelScheduled(database.db, parsedInput.messageId));
  return { messageId: parsedInput.messageId };
});

export const resendMessageAction = senderAction.inputSchema(messageIdSchema).action(async ({ parsedInput, ctx }) => {
  const { database, boss } = await getRuntime();
  const recipients = await audited(ctx.session, "message.resend", parsedInput.messageId, () => resendFailed({ db: database.db, boss }, parsedInput.messageId), (count) => ({ recipients: count }));
  return { recipients };
});

export const recallMessageAction = senderAction.inputSchema(messageIdSchema).action(async ({ parsedInput, ctx }) => {
  const { database, dingtalk } = await getRuntime();
  return audited(ctx.session, "message.recall", parsedInput.messageId, () => recallMessage({ db: database.db, client: dingtalk }, parsedInput.messageId), (result) => ({
    recalled: result.recalled,
    failed: result.failed.length,
  }));
});

export const saveDraftAction = senderAction.inputSchema(saveDraftSchema).action(async ({ parsedInput, ctx }) => {
  const { database } = await getRuntime();
  const savedAt = await saveDraft(database.db, ctx.session.user.id, parsedInput.payload);
  return { savedAt: savedAt.toISOString() };
});

export const saveTemplateAction = senderAction.inputSchema(saveTemplateSchema).action(async ({ parsedInput, ctx }) => {
  const { database } = await getRuntime();
  const id = await saveTemplate(database.db, parsedInput.name, parsedInput.message, ctx.session.user.id);
  return { id };
});

export const deleteTemplateAction = senderAction.inputSchema(templateIdSchema).action(async ({ parsedInput }) => {
  const { database } = await getRuntime();
  await deleteTemplate(database.db, parsedInput.templateId);
  return { templateId: parsedInput.templateId };
});
