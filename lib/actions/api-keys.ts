"use server";

import { revalidatePath } from "next/cache";
import { actionClientFor } from "@/lib/actions/safe-action";
import { issueApiKey, withdrawApiKey } from "@/lib/api-keys/key-admin";
import { apiKeyIdSchema, createApiKeySchema } from "@/lib/api-keys/keys.schema";
import { auditActor } from "@/lib/runtime/session";
import { getRuntime } from "@/lib/runtime/runtime";

// Keys act for the whole organisation, so only administrators create or revoke them.
const adminAction = actionClientFor("admin");

// recordedBy "service": issueApiKey and withdrawApiKey (lib/api-keys/key-admin.ts) write these
// events themselves, because `npm run create-api-key` uses them too; the audit middleware writes
// only a role refusal, which the service never sees.

/** Returns the key in full exactly once; the page shows it and forgets it. */
export const createApiKeyAction = adminAction
  .metadata({ name: "apiKeys.create", audit: "apiKey.create", recordedBy: "service" })
  .inputSchema(createApiKeySchema)
  .action(async ({ parsedInput, ctx }) => {
    const { database } = await getRuntime();
    const { key, summary } = await issueApiKey(database.db, parsedInput, auditActor(ctx.session));
    revalidatePath("/settings");
    return { key, id: summary.id, prefix: summary.prefix };
  });

export const revokeApiKeyAction = adminAction
  .metadata({ name: "apiKeys.revoke", audit: "apiKey.revoke", recordedBy: "service" })
  .inputSchema(apiKeyIdSchema)
  .action(async ({ parsedInput, ctx }) => {
    const { database } = await getRuntime();
    const revoked = await withdrawApiKey(database.db, parsedInput.id, auditActor(ctx.session));
    revalidatePath("/settings");
    return { id: parsedInput.id, revoked: revoked !== null };
  });
