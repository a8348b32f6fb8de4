import * as z from "zod/mini";
import { apiScopes } from "@/lib/core/api-scopes";
import { plainText } from "@/lib/core/text.schema";
import { issueMessage } from "@/lib/message-types/validation-messages";

/** Shared by the Settings form (zodResolver), the admin actions and `npm run create-api-key`. */
export const createApiKeySchema = z.object({
  name: z
    .string()
    .check(
      plainText(),
      z.trim(),
      z.minLength(1, issueMessage("validation.required")),
      z.maxLength(60, issueMessage("validation.tooLong", { max: 60 })),
    ),
  scopes: z.array(z.enum(apiScopes)).check(z.minLength(1, issueMessage("validation.required"))),
  /** ISO time with offset; absent or null never expires. Must lie in the future (checked on create). */
  expiresAt: z.nullish(z.iso.datetime({ offset: true, error: issueMessage("validation.futureTime") })),
});

export type CreateApiKeyInput = z.infer<typeof createApiKeySchema>;

/** The Settings form holds a calendar date; the action takes an instant (the end of that day). */
export const createApiKeyFormSchema = z.extend(z.omit(createApiKeySchema, { expiresAt: true }), {
  expiresOn: z.string(),
});
export type CreateApiKeyFormValues = z.infer<typeof createApiKeyFormSchema>;

export const apiKeyIdSchema = z.object({ id: z.uuid() });
