import * as z from "zod/mini";
import { recipientStates } from "@/lib/core/message-states";

/** The recipient table's query string (app/api/messages/[id]/recipients). */
export const recipientsQuerySchema = z.object({
  state: z.optional(z.enum(recipientStates)),
  read: z.optional(z.enum(["read", "unread"])),
  q: z.optional(z.string().check(z.trim(), z.maxLength(64))),
  cursor: z.optional(z.string().check(z.maxLength(64))),
  limit: z._default(z.coerce.number().check(z.refine(Number.isInteger), z.minimum(1), z.maximum(500)), 50),
});
