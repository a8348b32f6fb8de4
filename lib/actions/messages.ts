"use server";

import { getTranslations } from "next-intl/server";
import { actionClientFor } from "@/lib/actions/safe-action";
import type { AuditAction } from "@/lib/core/audit-actions";
import { createMessage } from "@/lib/messages/create";
import { clearDraft, deleteTemplate, saveDraft, saveTemplate } from "@/lib/messages/drafts";
import { saveDraftSchema, saveTemplateSchema, templateIdSchema } from "@/lib/messages/drafts.schema";
import { cancelScheduled, MessageActionError, recallMessage, resendFailed } from "@/lib/messages/manage";
import { messageIdSchema, sendMessageSchema } from "@/lib/messages/send.schema";
import { UserFacingError } from "@/lib/core/errors";
import { getRuntime } from "@/lib/runtime/runtime";

const senderAction = actionClientFor("sender");

/** A MessageActionError (a refusal the person can act on) becomes a sentence in their language. */
async function translated<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof MessageActionError)) throw error;
    const t = await getTranslations("messageActions.errors");
    throw new UserFacingError(t(error.reason), { code: error.reason });
  }
}

const messageTarget = (id: string) => ({ type: "message", id });

export const sendMessageAction = senderAction
  .metadata({ name: "messages.send", audit: "message.send" })
  .inputSchema(sendMessageSchema)
  .action(async ({ parsedInput, ctx }) => {
    const { database, boss, connection } = await getRuntime();
    const action: AuditAction = parsedInput.remindOf
      ? "message.remind"
      : parsedInput.scheduledAt
        ? "message.schedule"
        : "message.send";
    ctx.audit.set({ action, target: parsedInput.remindOf ? messageTarget(parsedInput.remindOf) : null });
    const planned = await createMessage({ db: database.db, boss, robotCodes: connection.robotCodes }, parsedInput, {
      id: ctx.session.user.id,
      email: ctx.session.user.email,
    });
    ctx.audit.set({
      details: {
        messageId: planned.id,
        msgKey: parsedInput.message.msgKey,
        recipients: planned.recipientCount,
        calls: planned.chunkCount,
        scheduledAt: parsedInput.scheduledAt ?? null,
      },
    });
    await clearDraft(database.db, ctx.session.user.id);
    return planned;
  });

export const cancelMessageAction = senderAction
  .metadata({ name: "messages.cancel", audit: "message.cancel" })
  .inputSchema(messageIdSchema)
  .action(async ({ parsedInput, ctx }) => {
    ctx.audit.set({ target: messageTarget(parsedInput.messageId) });
    const { database } = await getRuntime();
    await translated(() => cancelScheduled(database.db, parsedInput.messageId));
    return { messageId: parsedInput.messageId };
  });

export const resendMessageAction = senderAction
  .metadata({ name: "messages.resend", audit: "message.resend" })
  .inputSchema(messageIdSchema)
  .action(async ({ parsedInput, ctx }) => {
    ctx.audit.set({ target: messageTarget(parsedInput.messageId) });
    const { database, boss } = await getRuntime();
    const recipients = await translated(() => resendFailed({ db: database.db, boss }, parsedInput.messageId));
    ctx.audit.set({ details: { recipients } });
    return { recipients };
  });

export const recallMessageAction = senderAction
  .metadata({ name: "messages.recall", audit: "message.recall" })
  .inputSchema(messageIdSchema)
  .action(async ({ parsedInput, ctx }) => {
    ctx.audit.set({ target: messageTarget(parsedInput.messageId) });
    const { database, dingtalk } = await getRuntime();
    const result = await translated(() => recallMessage({ db: database.db, client: dingtalk }, parsedInput.messageId));
    ctx.audit.set({ details: { recalled: result.recalled, failed: result.failed.length } });
    return result;
  });

export const saveDraftAction = senderAction
  .metadata({
    name: "messages.saveDraft",
    // The compose form autosaves the person's own scratch copy every few seconds; it reaches no
    // one and is replaced by the next keystroke. What is sent from it is audited as message.*.
    audit: false,
  })
  .inputSchema(saveDraftSchema)
  .action(async ({ parsedInput, ctx }) => {
    const { database } = await getRuntime();
    const savedAt = await saveDraft(database.db, ctx.session.user.id, parsedInput.payload);
    return { savedAt: savedAt.toISOString() };
  });

export const saveTemplateAction = senderAction
  .metadata({ name: "messages.saveTemplate", audit: "template.save" })
  .inputSchema(saveTemplateSchema)
  .action(async ({ parsedInput, ctx }) => {
    ctx.audit.set({ details: { name: parsedInput.name, msgKey: parsedInput.message.msgKey } });
    const { database } = await getRuntime();
    const id = await saveTemplate(database.db, parsedInput.name, parsedInput.message, ctx.session.user.id);
    ctx.audit.set({ target: { type: "messageTemplate", id } });
    return { id };
  });

export const deleteTemplateAction = senderAction
  .metadata({ name: "messages.deleteTemplate", audit: "template.delete" })
  .inputSchema(templateIdSchema)
  .action(async ({ parsedInput, ctx }) => {
    ctx.audit.set({ target: { type: "messageTemplate", id: parsedInput.templateId } });
    const { database } = await getRuntime();
    await deleteTemplate(database.db, parsedInput.templateId);
    return { templateId: parsedInput.templateId };
  });
