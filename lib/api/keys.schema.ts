import { z } from "zod";
import { apiScopes } from "@/lib/db/api-schema";
import { issueMessage } from "@/lib/messages/validation-messages";

/** Shared by the Settings form (zodResolver), the admin actions and `npm run create-api-key`. */
export const createApiKeySchema = z.object({
  name: z.string().trim().min(1, issueMessage("validation.required")).max(60, issueMessage("validation.tooLong", { max: 60 })),
  scopes: z.array(z.enum(apiScopes)).min(1, issueMessage("validation.required")),
  /** ISO time with offset; absent or null never expires. Must lie in the future (checked on create). */
  expiresAt: z.iso.datetime({ offset: true, error: issueMessage("validation.futureTime") }).nullish(),
});

export type CreateApiKeyInput = z.infer<typeof createApiKeySchema>;

export const apiKeyIdSchema = z.object({ id: z.uuid() });
