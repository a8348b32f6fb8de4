import * as z from "zod/mini";
import { plainText } from "@/lib/core/text.schema";
import { composeMessageSchema } from "@/lib/message-types/compose.schema";
import { issueMessage } from "@/lib/message-types/validation-messages";
import { MAX_RECIPIENTS, USER_ID_PATTERN } from "./audience.model";

const userIdSchema = z.string().check(
  z.regex(USER_ID_PATTERN, {
    error: (issue) => issueMessage("validation.userId", { value: String(issue.input).slice(0, 40) }),
  }),
);

export const usersAudienceSchema = z.object({
  type: z.literal("users"),
  userIds: z
    .array(userIdSchema)
    .check(
      z.minLength(1, issueMessage("validation.noRecipients")),
      z.maxLength(MAX_RECIPIENTS, issueMessage("validation.tooManyRecipients", { max: MAX_RECIPIENTS })),
    ),
});

export const conversationAudienceSchema = z.object({
  type: z.literal("conversation"),
  openConversationId: z
    .string()
    .check(plainText(), z.trim(), z.regex(/^cid\S{1,200}$/, issueMessage("validation.conversationId"))),
  coolAppCode: z
    .string()
    .check(
      plainText(),
      z.trim(),
      z.minLength(1, issueMessage("validation.required")),
      z.maxLength(100, issueMessage("validation.tooLong", { max: 100 })),
    ),
});

export const audienceSchema = z.discriminatedUnion("type", [usersAudienceSchema, conversationAudienceSchema]);

export const robotCodeSchema = z
  .string()
  .check(plainText(), z.trim(), z.minLength(1, issueMessage("validation.robotCode")));

/**
 * ISO time with offset. A malformed time ("tomorrow", no offset, null) is told the format; whether
 * it lies in the future is checked at send time ("Choose a time in the future.").
 */
export const sendTimeSchema = z.iso.datetime({ offset: true, error: issueMessage("validation.timeFormat") });

/**
 * What the send action, the schedule action and the public API accept. The message part is the
 * compose form's own schema; the audience arrives parsed (the browser splits pasted ids).
 */
export const sendMessageSchema = z.object({
  message: composeMessageSchema,
  robotCode: robotCodeSchema,
  audience: audienceSchema,
  /** Absent or null sends now. */
  scheduledAt: z.nullish(sendTimeSchema),
  /** Set when this message reminds the non-readers of another one. */
  remindOf: z.nullish(z.uuid()),
});

export type SendMessageInput = z.output<typeof sendMessageSchema>;

export const messageIdSchema = z.object({ messageId: z.uuid() });
