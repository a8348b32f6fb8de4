"use server";

import { getTranslations } from "next-intl/server";
import { actionClient } from "@/lib/actions/safe-action";
import { createBroadcast } from "@/lib/broadcasts/create";
import { clearDraft, deleteTemplate, saveDraft, saveTemplate } from "@/lib/broadcasts/drafts";
import { saveDraftSchema, saveTemplateSchema, templateIdSchema } from "@/lib/broadcasts/drafts.schema";
import { cancelScheduled, MessageActionError, recallMessage, resendFailed } from "@/lib/broadcasts/manage";
import { messageIdSchema, sendMessageSchema } from "@/lib/broadcasts/send.schema";
import { UserFacingError } from "@/lib/errors";
import { getRuntime } from "@/lib/server/runtime";

// Until accounts exist every author shares one draft; the owner becomes the signed-in user.
const DRAFT_OWNER = "console";

/** MessageActionError carries a key; the person gets the sentence in their language. */
async function translated<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof MessageActionError) {
      const t = await getTranslations("messageActions.errors");
      throw new UserFacingError(t(error.reason), { code: error.reason });
    }
    throw error;
  }
}

export const sendMessageAction = actionClient.inputSchema(sendMessageSchema).action(async ({ parsedInput }) => {
  const { database, boss, connection } = await getRuntime();
  const planned = await createBroadcast({ db: database.db, boss, robotCodes: connection.robotCodes }, parsedInput, { id: null });
  await clearDraft(database.db, DRAFT_OWNER);
  return planned;
});

export const cancelMessageAction = actionClient.inputSchema(messageIdSchema).action(async ({ parsedInput }) => {
  const { database } = await getRuntime();
  await translated(() => cancelScheduled(database.db, parsedInput.messageId));
  return { messageId: parsedInput.messageId };
});

export const resendMessageAction = actionClient.inputSchema(messageIdSchema).action(async ({ parsedInput }) => {
  const { database, boss } = await getRuntime();
  const recipients = await translated(() => resendFailed({ db: database.db, boss }, parsedInput.messageId));
  return { recipients };
});

export const recallMessageAction = actionClient.inputSchema(messageIdSchema).action(async ({ parsedInput }) => {
  const { database, dingtalk } = await getRuntime();
  return translated(() => recallMessage({ db: database.db, client: dingtalk }, parsedInput.messageId));
});

export const saveDraftAction = actionClient.inputSchema(saveDraftSchema).action(async ({ parsedInput }) => {
  const { database } = await getRuntime();
  const savedAt = await saveDraft(database.db, DRAFT_OWNER, parsedInput.payload);
  return { savedAt: savedAt.toISOString() };
});

export const saveTemplateAction = actionClient.inputSchema(saveTemplateSchema).action(async ({ parsedInput }) => {
  const { database } = await getRuntime();
  const id = await saveTemplate(database.db, parsedInput.name, parsedInput.message, null);
  return { id };
});

export const deleteTemplateAction = actionClient.inputSchema(templateIdSchema).action(async ({ parsedInput }) => {
  const { database } = await getRuntime();
  await deleteTemplate(database.db, parsedInput.templateId);
  return { templateId: parsedInput.templateId };
});
