"use server";

import { getTranslations } from "next-intl/server";
import { actionClientFor } from "@/lib/actions/safe-action";
import { CardSendRefused, sendCard } from "@/lib/cards/send";
import { sendCardSchema } from "@/lib/cards/send.schema";
import { fieldErrorMessage } from "@/lib/cards/form.model";
import {
  CardImportError,
  deleteCardTemplate,
  duplicateCardTemplate,
  importCardTemplate,
  updateCardTemplate,
} from "@/lib/cards/store";
import { cardIdSchema, importCardSchema, updateCardSchema } from "@/lib/cards/templates.schema";
import { UserFacingError } from "@/lib/core/errors";
import { getRuntime } from "@/lib/runtime/runtime";

const senderAction = actionClientFor("sender");

const cardTarget = (id: string) => ({ type: "cardTemplate", id });

export const importCardAction = senderAction
  .metadata({ name: "cards.import", audit: "card.import" })
  .inputSchema(importCardSchema)
  .action(async ({ parsedInput, ctx }) => {
    ctx.audit.set({
      details: { name: parsedInput.name, cardTemplateId: parsedInput.cardTemplateId, api: parsedInput.api },
    });
    const { database } = await getRuntime();
    try {
      const id = await importCardTemplate(database.db, parsedInput, ctx.session.user.id);
      ctx.audit.set({ target: cardTarget(id) });
      return { id };
    } catch (error) {
      if (!(error instanceof CardImportError)) throw error;
      const t = await getTranslations("cards.import.errors");
      throw new UserFacingError(t(error.reason, { detail: error.detail ?? "" }), {
        field: "exportText",
        code: error.reason,
      });
    }
  });

export const updateCardAction = senderAction
  .metadata({ name: "cards.update", audit: "card.update" })
  .inputSchema(updateCardSchema)
  .action(async ({ parsedInput, ctx }) => {
    ctx.audit.set({
      target: cardTarget(parsedInput.id),
      details: { name: parsedInput.name, cardTemplateId: parsedInput.cardTemplateId, api: parsedInput.api },
    });
    const { database } = await getRuntime();
    await updateCardTemplate(database.db, parsedInput);
    return { id: parsedInput.id };
  });

export const duplicateCardAction = senderAction
  .metadata({ name: "cards.duplicate", audit: "card.duplicate" })
  .inputSchema(cardIdSchema)
  .action(async ({ parsedInput, ctx }) => {
    // The target is the new copy; the details say what it was copied from.
    ctx.audit.set({ details: { from: parsedInput.id } });
    const { database } = await getRuntime();
    const t = await getTranslations("cards.gallery");
    const id = await duplicateCardTemplate(
      database.db,
      parsedInput.id,
      (name) => t("copyName", { name }),
      ctx.session.user.id,
    );
    ctx.audit.set({ target: cardTarget(id) });
    return { id };
  });

export const deleteCardAction = senderAction
  .metadata({ name: "cards.delete", audit: "card.delete" })
  .inputSchema(cardIdSchema)
  .action(async ({ parsedInput, ctx }) => {
    ctx.audit.set({ target: cardTarget(parsedInput.id) });
    const { database } = await getRuntime();
    await deleteCardTemplate(database.db, parsedInput.id);
    return { id: parsedInput.id };
  });

/**
 * Plans the card as a message and hands it to the fan-out. Values the encoder refuses fail the
 * action like any refusal: a UserFacingError whose `fields` map each form path to its message
 * (`result.serverError.fields`), for the form to show at each field.
 */
export const sendCardAction = senderAction
  .metadata({ name: "cards.send", audit: "message.send" })
  .inputSchema(sendCardSchema)
  .action(async ({ parsedInput, ctx }) => {
    ctx.audit.set({ details: { card: true, templateId: parsedInput.templateId } });
    const { database, boss, connection } = await getRuntime();
    try {
      const planned = await sendCard(
        { db: database.db, boss, robotCodes: connection.robotCodes },
        parsedInput,
        ctx.session.user.id,
      );
      ctx.audit.set({
        target: { type: "message", id: planned.id },
        details: {
          cardTemplateId: planned.cardTemplateId,
          recipients: planned.recipientCount,
          calls: planned.chunkCount,
        },
      });
      return { messageId: planned.id, recipients: planned.recipientCount };
    } catch (error) {
      if (!(error instanceof CardSendRefused)) throw error;
      const t = await getTranslations("cards.errors");
      throw new UserFacingError(t(error.reason), {
        code: error.reason,
        field: error.reason === "robotCode" ? "robotCode" : undefined,
        fields:
          error.reason === "values"
            ? Object.fromEntries(Object.entries(error.fields).map(([path, issue]) => [path, fieldErrorMessage(issue)]))
            : undefined,
      });
    }
  });
