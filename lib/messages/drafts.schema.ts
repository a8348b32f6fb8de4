import * as z from "zod/mini";
import { plainText } from "@/lib/core/text.schema";
import { composeMessageSchema } from "@/lib/message-types/compose.schema";
import { issueMessage } from "@/lib/message-types/validation-messages";

/**
 * A draft is whatever the form holds, however incomplete: it is saved to lose nothing, not
 * validated. Only its size is bounded (a pasted list of 100,000 userIds is about 1.5 MB).
 */
const MAX_DRAFT_CHARS = 4_000_000;

export const saveDraftSchema = z.object({
  payload: z
    .record(z.string(), z.unknown())
    .check(
      z.refine(
        (value) => JSON.stringify(value).length <= MAX_DRAFT_CHARS,
        issueMessage("validation.tooLong", { max: MAX_DRAFT_CHARS }),
      ),
    ),
});

export const saveTemplateSchema = z.object({
  name: z
    .string()
    .check(
      plainText(),
      z.trim(),
      z.minLength(1, issueMessage("validation.templateName")),
      z.maxLength(60, issueMessage("validation.templateName")),
    ),
  message: composeMessageSchema,
});

export const templateIdSchema = z.object({ templateId: z.uuid() });
