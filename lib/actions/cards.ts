"use server";

import { getTranslations } from "next-intl/server";
import { actionClientFor } from "@/lib/actions/safe-action";
import { recordAudit } from "@/lib/audit/audit";
import { auditActor } from "@/lib/auth/session";
import { CardSendRefused, sendCard } from "@/lib/cards/send";
import { sendCardSchema } from "@/lib/cards/send.schema";
import { CardImportError, deleteCardTemplate, duplicateCardTemplate, importCardTemplate, updateCardTemplate } from "@/lib/cards/store";
import { cardIdSchema, importCardSchema, updateCardSchema } from "@/lib/cards/templates.schema";
import { UserFacingError } from "@/lib/errors";
import { getRuntime } from "@/lib/server/runtime";

const senderAction = actionClientFor("sender");

export const importCardAction = senderAction.inputSchema(importCardSchema).action(async ({ parsedInput, ctx }) => {
  const { database } = await getRuntime();
  const actor = auditActor(ctx.session);
  try {
    const id = await importCardTemplate(database.db, parsedInput, ctx.session.user.id);
    await recordAudit(database.db, { actor, action: "card.import", target: { type: "cardTemplate", id }, outcome: "success", details: { name: parsedInput.name, cardTemplateId: parsedInput.cardTemplateId, api: parsedInput.api } });
    return { id };
  } catch (error) {
    if (!(error instanceof CardImportError)) throw error;
    await recordAudit(database.db, { actor, action: "card.import", outcome: "failure", details: { code: error.reason } });
    const t = await getTranslations("cards.import.errors");
    throw new UserFacingError(t(error.reason, { detail: error.detail ?? "" }), { field: "exportText", code: error.reason });
  }
});

export const updateCardAction = senderAction.inputSchema(updateCardSchema).action(async ({ parsedInput }) => {
  const { database } = await getRuntime();
  await updateCardTemplate(database.db, parsedInput);
  return { id: parsedInput.id };
});

export const duplicateCardAction = senderAction.inputSchema(cardIdSchema).action(async ({ parsedInput, ctx }) => {
  const { database } = await getRuntime();
  const t = await getTranslations("cards.gallery");
  const id = await duplicateCardTemplate(database.db, parsedInput.id, (name) => t("copyName", { name }), ctx.session.user.id);
  return { id };
});

export const deleteCardAction = senderAction.inputSchema(cardIdSchema).action(async ({ parsedInput }) => {
  const { database } = await getRuntime();
  await deleteCardTemplate(database.db, parsedInput.id);
  return { id: parsedInput.id };
});

/**
 * Plans the card as a message and hands it to the fan-out. Values the encoder refuses come back as
 * `fieldErrors` (form path -> {code, bytes, max}) for the form to show at each field.
 */
export const sendCardAction = senderAction.inputSchema(sendCardSchema).action(async ({ parsedInput, ctx }) => {
  const { database, boss, connection } = await getRuntime();
  const actor = auditActor(ctx.session);
  try {
    const planned = await sendCard({ db: database.db, boss, robotCodes: connection.robotCodes }, parsedInput, ctx.session.user.id);
    await recordAudit(database.db, {
      actor,
      action: "message.send",
      target: { type: "message", id: planned.id },
      outcome: "success",
      details: { card: true, templateId: parsedInput.templateId, cardTemplateId: planned.cardTemplateId, recipients: planned.recipientCount, calls: planned.chunkCount },
    });
    return { ok: true as const, messageId: planned.id, recipients: planned.recipientCount };
  } catch (error) {
    if (!(error instanceof CardSendRefused)) throw error;
    await recordAudit(database.db, { actor, action: "message.send", outcome: "failure", details: { card: true, code: error.reason } });
    if (error.reason === "values") return { ok: false as const, fieldErrors: error.fields };
    const t = await getTranslations("cards.errors");
    throw new UserFacingError(t(error.reason), { code: error.reason, field: error.reason === "robotCode" ? "robotCode" : undefined });
  }
});
