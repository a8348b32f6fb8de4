import { z } from "zod";
import { composeMessageSchema } from "@/lib/messages/compose.schema";
import { issueMessage } from "@/lib/messages/validation-messages";
import { MAX_RECIPIENTS, USER_ID_PATTERN } from "./audience";

/** How far ahead a send may be scheduled; DingTalk tokens and robots change over longer spans. */
export const MAX_SCHEDULE_DAYS = 30;

const userIdSchema = z.string().regex(USER_ID_PATTERN, { error: (issue) => issueMessage("validation.userId", { value: String(issue.input).slice(0, 40) }) });

export const audienceSchema = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("users"),
    userIds: z
      .array(userIdSchema)
      .min(1, issueMessage("validation.noRecipients"))
      .max(MAX_RECIPIENTS, issueMessage("validation.tooManyRecipients", { max: MAX_RECIPIENTS })),
  }),
  z.object({
    type: z.literal("conversation"),
    openConversationId: z.string().trim().regex(/^cid\S{1,200}$/, issueMessage("validation.conversationId")),
    coolAppCode: z.string().trim().min(1, issueMessage("validation.required")).max(100, issueMessage("validation.tooLong", { max: 100 })),
  }),
]);

export type AudienceInput = z.infer<typeof audienceSchema>;

/**
 * What the send action, the schedule action and the public API accept. The message part is the
 * compose form's own schema; the audience arrives parsed (the browser splits pasted ids).
 */
export const sendMessageSchema = z.object({
  message: composeMessageSchema,
  robotCode: z.string().trim().min(1, issueMessage("validation.robotCode")),
  audience: audienceSchema,
  /** ISO time with offset; absent or null sends now. Must lie in the future (checked at send time). */
  scheduledAt: z.iso.datetime({ offset: true, error: issueMessage("validation.futureTime") }).nullish(),
  /** Set when this message reminds the non-readers of another one. */
  remindOf: z.uuid().nullish(),
});

export type SendMessageInput = z.infer<typeof sendMessageSchema>;

export const messageIdSchema = z.object({ messageId: z.uuid() });
