import { z } from "zod";
import { recipientStates } from "./states";

export const recipientsQuerySchema = z.object({
  state: z.enum(recipientStates).optional(),
  read: z.enum(["read", "unread"]).optional(),
  q: z.string().trim().max(64).optional(),
  cursor: z.string().max(64).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});
