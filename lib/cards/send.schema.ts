import * as z from "zod/mini";
import { plainText } from "@/lib/core/text.schema";
import { audienceSchema } from "@/lib/messages/send.schema";
import { issueMessage } from "@/lib/message-types/validation-messages";

/**
 * The card send form: the action's inputSchema, and (extended per template by cardFormSchema in
 * ./form.schema.ts) the browser form's zodResolver. Values are the form's texts per variable; the
 * server encodes them again against the stored template, never trusting the browser's encoding.
 */
const MAX_TEXT = 64_000;
const texts = z.record(
  z.string().check(plainText(), z.maxLength(200, issueMessage("validation.tooLong", { max: 200 }))),
  z.string().check(plainText(), z.maxLength(MAX_TEXT, issueMessage("validation.tooLong", { max: MAX_TEXT }))),
);
const shortText = (max: number) =>
  z.string().check(plainText(), z.maxLength(max, issueMessage("validation.tooLong", { max })));

const LAST_MESSAGE_LOCALES = ["zh_CN", "en_US", "zh_TW", "zh_HK", "ja_JP"] as const;

const privateRowSchema = z.object({
  userId: z
    .string()
    .check(
      plainText(),
      z.trim(),
      z.minLength(1, "cards.field.userIdRequired"),
      z.maxLength(100, "cards.field.userIdTooLong"),
    ),
  values: texts,
});

export const sendCardSchema = z.object({
  templateId: z.string().check(plainText(), z.minLength(1)),
  values: texts,
  /** Private values for every recipient without a row of their own. */
  privateDefaults: texts,
  privateRows: z.array(privateRowSchema).check(z.maxLength(500)),
  lastMessageI18n: z.partialRecord(z.enum(LAST_MESSAGE_LOCALES), shortText(200)),
  robotCode: z.string().check(plainText(), z.trim(), z.minLength(1, "validation.robotCode")),
  audience: audienceSchema,
  /** 1 = userId (default), 2 = unionId. */
  userIdType: z.union([z.literal(1), z.literal(2)]),
  pullStrategy: z.boolean(),
  /**
   * userId -> openId pairs to @mention (atOpenIds of
   * https://open.dingtalk.com/document/development/send-dingtalk-interactive-cards-to-person-to-person-chat-sessions);
   * rarely used.
   */
  atOpenIds: z.record(shortText(100), shortText(100)),
});

export type SendCardInput = z.infer<typeof sendCardSchema>;
