import { z } from "zod";
import {
  conversationAudienceSchema,
  robotCodeSchema,
  sendTimeSchema,
  usersAudienceSchema,
} from "@/lib/messages/send.schema";
import { messageStatuses, recipientStates } from "@/lib/core/message-states";
import { composeMessageSchema } from "@/lib/message-types/compose.schema";

/*
 * The automation API's request and response shapes. The message and the audience are the compose
 * form's own schemas (composeMessageSchema, the audience variants of send.schema.ts), so the API accepts and
 * refuses exactly what the console does; the OpenAPI document (openapi.ts) is generated from these.
 */

/** The API names the audience by its fields instead of a `type` tag. */
// The variants are zod/mini (shared with the browser); classic objects built from their fields carry
// the OpenAPI metadata.
const withoutType = <Shape extends { type: unknown }>({ type: _type, ...rest }: Shape) => rest;
const apiUsersAudienceSchema = z
  .strictObject(withoutType(usersAudienceSchema.shape))
  .meta({ title: "UsersAudience", description: "Bot direct messages to these DingTalk userIds (1 to 100,000)." });
const apiConversationAudienceSchema = z.strictObject(withoutType(conversationAudienceSchema.shape)).meta({
  title: "ConversationAudience",
  description: "One message in a group conversation, through the cool app installed in it.",
});
export const apiAudienceSchema = z.union([apiUsersAudienceSchema, apiConversationAudienceSchema]);

const sendOptionsSchema = z
  .object({
    robotCode: z
      .optional(robotCodeSchema)
      .meta({ description: "Robot to send with; defaults to the first configured robot." }),
    audience: apiAudienceSchema,
    sendAt: z
      .optional(sendTimeSchema)
      .meta({ description: "Schedule for this time (ISO 8601 with offset, at most 30 days ahead); omit to send now." }),
  })
  .meta({ title: "SendOptions" });

/** POST /api/v1/messages: one of the msgKey variants plus where and when to send it. */
export const sendBodySchema = z.intersection(composeMessageSchema, sendOptionsSchema).meta({
  title: "SendMessageRequest",
  description:
    "A bot message (msgKey and its msgParam, exactly as in the compose form), its audience, and optionally a robot and a send time.",
});

export const sendBodyKeys: ReadonlySet<string> = new Set(["msgKey", "msgParam", "robotCode", "audience", "sendAt"]);

export const acceptedSchema = z.object({ id: z.uuid(), status: z.enum(messageStatuses) }).meta({
  title: "Accepted",
  description: "The message was planned; sending happens in the background. Poll GET /api/v1/messages/{id}.",
});

export const messageStatusSchema = z
  .object({
    id: z.uuid(),
    status: z.enum(messageStatuses),
    recipients: z.int().min(0),
    pending: z.int().min(0).meta({ description: "Not yet sent to DingTalk." }),
    sent: z.int().min(0),
    invalid: z.int().min(0).meta({ description: "DingTalk does not know these userIds." }),
    throttled: z.int().min(0).meta({ description: "Flow-controlled by DingTalk and waiting for a retry." }),
    failed: z.int().min(0),
    unknown: z
      .int()
      .min(0)
      .meta({ description: "The call's outcome is unknown (timeout); never resent automatically." }),
    read: z.int().min(0),
    readRate: z
      .number()
      .min(0)
      .max(1)
      .nullable()
      .meta({ description: "read / sent, or null before anything was sent." }),
  })
  .meta({ title: "MessageStatus" });

const recipientFilters = ["read", "unread", ...recipientStates.filter((state) => state !== "pending")] as const;

export const recipientsQuerySchema = z.object({
  state: z
    .enum(recipientFilters)
    .optional()
    .meta({ description: "read and unread are among the sent recipients; the others are delivery states." }),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  cursor: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,120}$/)
    .optional()
    .meta({ description: "nextCursor of the previous page." }),
});

const recipientSchema = z
  .object({
    userId: z.string(),
    state: z.enum(recipientStates),
    readAt: z.iso
      .datetime({ offset: true })
      .nullable()
      .meta({ description: "When Dingcast first saw the read; null while unread." }),
  })
  .meta({ title: "Recipient" });

export const recipientsPageSchema = z
  .object({
    items: z.array(recipientSchema),
    nextCursor: z.string().nullable().meta({ description: "Pass as cursor for the next page; null on the last page." }),
  })
  .meta({ title: "RecipientPage" });

export const recallResultSchema = z
  .object({
    id: z.uuid(),
    status: z.enum(messageStatuses),
    recalled: z.int().min(0).meta({ description: "DingTalk calls recalled." }),
    failed: z.array(z.object({ processQueryKey: z.string(), reason: z.string() })),
  })
  .meta({ title: "RecallResult" });

export const messageIdParamSchema = z.uuid();

export type MessageStatusBody = z.infer<typeof messageStatusSchema>;
export type RecipientsPageBody = z.infer<typeof recipientsPageSchema>;
