import { z } from "zod";
import { composeMessageSchema } from "@/lib/messages/compose.schema";
import { issueMessage } from "@/lib/messages/validation-messages";

/**
 * A draft is whatever the form holds, however incomplete: it is saved to lose nothing, not
 * validated. Only its size is bounded (a pasted list of 100,000 userIds is about 1.5 MB).
 */
export const saveDraftSchema = z.object({
  payload: z.record(z.string(), z.unknown()).refine((value) => JSON.stringify(value).length <= 4_000_000, "validation.invalid"),
});

export const saveTemplateSchema = z.object({
  name: z.string().trim().min(1, issueMessage("validation.templateName")).max(60, issueMessage("validation.templateName")),
  message: composeMessageSchema,
});

export const templateIdSchema = z.object({ templateId: z.uuid() });
