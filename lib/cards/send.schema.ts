import { z } from "zod";
import { audienceSchema } from "@/lib/broadcasts/send.schema";

/**
 * The card send form: the action's inputSchema, and (extended per template by cardFormSchema in
 * ./form.schema.ts) the browser form's zodResolver. Values are the form's texts per variable; the
 * server encodes them again against the stored template, never trusting the browser's encoding.
 */
const texts = z.record(z.string().max(200), z.string().max(64_000));

export const LAST_MESSAGE_LOCALES = ["zh_CN", "en_US", "zh_TW", "zh_HK", "ja_JP"] as const;

export const privateRowSchema = z.object({
  userId: z.string().trim().min(1, "cards.field.userIdRequired").max(100, "cards.field.userIdTooLong"),
  values: texts,
});

export const sendCardSchema = z.object({
  templateId: z.string().min(1),
  values: texts,
  /** Private values for every recipient without a row of their own. */
  privateDefaults: texts,
  privateRows: z.array(privateRowSchema).max(500),
  lastMessageI18n: z.partialRecord(z.enum(LAST_MESSAGE_LOCALES), z.string().max(200)),
  robotCode: z.string().trim().min(1, "validation.robotCode"),
  audience: audienceSchema,
  /** 1 = userId (default), 2 = unionId. */
  userIdType: z.union([z.literal(1), z.literal(2)]),
  pullStrategy: z.boolean(),
  /** userId -> openId pairs to @mention (seed 004 atOpenIds); rarely used. */
  atOpenIds: z.record(z.string().max(100), z.string().max(100)),
});

export type SendCardInput = z.infer<typeof sendCardSchema>;
