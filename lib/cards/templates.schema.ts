import * as z from "zod/mini";
import { cardApis } from "@/lib/core/card-apis";
import { plainText } from "@/lib/core/text.schema";

/** The shared text check; its `validation.controlCharacter` message is translated by the card forms too. */
const plain = () => plainText();

/**
 * Import and edit forms of card templates, shared by the browser (zodResolver) and the actions.
 * Messages are next-intl keys under `cards` (messages/cards.*.json).
 */
/** Builder exports run to ~200 KB (table-h5.json is 182 KB); 2 MB leaves room without inviting abuse. */
const MAX_EXPORT_CHARS = 2_000_000;

const settings = {
  name: z
    .string()
    .check(plain(), z.trim(), z.minLength(1, "cards.field.required"), z.maxLength(100, "cards.field.nameTooLong")),
  // The builder's template ids look like `xxxxxxxx-xxxx-...schema`; DingTalk documents no format.
  cardTemplateId: z
    .string()
    .check(
      plain(),
      z.trim(),
      z.minLength(1, "cards.field.required"),
      z.maxLength(128, "cards.field.templateIdTooLong"),
      z.regex(/^\S+$/, "cards.field.templateIdSpaces"),
    ),
  api: z.enum(cardApis),
  callbackRouteKey: z.string().check(plain(), z.trim(), z.maxLength(128, "cards.field.routeKeyTooLong")),
  supportForward: z.boolean(),
};

export const importCardSchema = z.object({
  ...settings,
  exportText: z
    .string()
    .check(
      z.minLength(1, "cards.field.exportRequired"),
      z.maxLength(MAX_EXPORT_CHARS, "cards.field.exportTooLarge"),
      plain(),
    ),
});
export type ImportCardInput = z.infer<typeof importCardSchema>;

export const updateCardSchema = z.object({ id: z.string().check(z.minLength(1)), ...settings });
export type UpdateCardInput = z.infer<typeof updateCardSchema>;

export const cardIdSchema = z.object({ id: z.string().check(z.minLength(1)) });
