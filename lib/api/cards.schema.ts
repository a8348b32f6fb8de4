import { z } from "zod";
import { sendCardSchema } from "@/lib/cards/send.schema";
import { apiAudienceSchema } from "./v1.schema";

/** POST /api/v1/cards/{templateId}/messages: the card send form's own fields, in the API's names. */
export const cardSendBodySchema = z
  .object({
    // A copy: the form's schemas are shared instances (zod/mini, see lib/cards/send.schema.ts), and
    // metadata registered on one would describe every place it is used.
    values: sendCardSchema.shape.values.clone().register(z.globalRegistry, {
      description:
        "The template's public variables: name -> text, encoded by the variable's type (numbers, booleans and JSON as text).",
    }),
    privateValues: z
      .optional(z.record(z.string(), sendCardSchema.shape.privateDefaults))
      .meta({ description: "Per-recipient private variables: userId -> (name -> text). At most 500 recipients." }),
    privateDefaults: z
      .optional(sendCardSchema.shape.privateDefaults)
      .meta({ description: "Private variables for every recipient without their own entry." }),
    lastMessage: z
      .optional(sendCardSchema.shape.lastMessageI18n)
      .meta({ description: "The conversation-list preview text per locale (zh_CN, en_US …)." }),
    robotCode: z
      .optional(sendCardSchema.shape.robotCode)
      .meta({ description: "Robot to send with; defaults to the first configured robot." }),
    audience: apiAudienceSchema,
  })
  .strict()
  .meta({ title: "SendCardRequest" });
