import { z } from "zod";
import { cardApis } from "@/lib/db/card-schema";

/**
 * Import and edit forms of card templates, shared by the browser (zodResolver) and the actions.
 * Messages are next-intl keys under `cards` (messages/cards.*.json).
 */
/** Builder exports run to ~200 KB (table-h5.json is 182 KB); 2 MB leaves room without inviting abuse. */
export const MAX_EXPORT_CHARS = 2_000_000;

const settings = {
  name: z.string().trim().min(1, "cards.field.required").max(100, "cards.field.nameTooLong"),
  // The builder's template ids look like `xxxxxxxx-xxxx-...schema`; DingTalk documents no format.
  cardTemplateId: z.string().trim().min(1, "cards.field.required").max(128, "cards.field.templateIdTooLong").regex(/^\S+$/, "cards.field.templateIdSpaces"),
  api: z.enum(cardApis),
  callbackRouteKey: z.string().trim().max(128, "cards.field.routeKeyTooLong"),
  supportForward: z.boolean(),
};

export const importCardSchema = z.object({
  ...settings,
  exportText: z.string().min(1, "cards.field.exportRequired").max(MAX_EXPORT_CHARS, "cards.field.exportTooLarge"),
});
export type ImportCardInput = z.infer<typeof importCardSchema>;

export const updateCardSchema = z.object({ id: z.string().min(1), ...settings });
export type UpdateCardInput = z.infer<typeof updateCardSchema>;

export const cardIdSchema = z.object({ id: z.string().min(1) });
