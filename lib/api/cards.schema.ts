import { z } from "zod";
import { sendCardSchema } from "@/lib/cards/send.schema";
import { apiAudienceSchema } from "./v1.schema";

/** POST /api/v1/cards/{templateId}/messages: the card send form's own fields, in the API's names. */
export const cardSendBodySchema = z
  .object({
    values: sendCardSchema.shape.values.meta({ description: "The template's public variables: name -> text, encoded by the variable's type (numbers, booleans and JSON as text)." }),
    privateValues: z
      .record(z.string(), sendCardSchema.shape.privateDefaults)
      .optional()
      .meta({ description: "Per-recipient private variables: userId -> (name -> text). At most 500 recipients." }),
    privateDefaults: sendCardSchema.shape.privateDefaults.optional().meta({ description: "Private variables for every recipient without their own entry." }),
    lastMessage: sendCardSchema.shape.lastMessageI18n.optional().meta({ description: "The conversation-list preview text per locale (zh_CN, en_US …)." }),
    robotCode: sendCardSchema.shape.robotCode.optional().meta({ description: "Robot to send with; defaults to the first configured robot." }),
    audience: apiAudienceSchema,
  })
  .strict()
  .meta({ title: "SendCardRequest" });
