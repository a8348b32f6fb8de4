"use server";

import { revalidatePath } from "next/cache";
import { actionClientFor } from "@/lib/actions/safe-action";
import { issueApiKey, withdrawApiKey } from "@/lib/api/key-admin";
import { apiKeyIdSchema, createApiKeySchema } from "@/lib/api/keys.schema";
import { auditActor } from "@/lib/auth/session";
import { getRuntime } from "@/lib/server/runtime";

// Keys act for the whole organisation, so only administrators create or revoke them.
const adminAction = actionClientFor("admin");

/** Returns the key in full exactly once; the page shows it and forgets it. */
export const createApiKeyAction = adminAction.inputSchema(createApiKeySchema).action(async ({ parsedInput, ctx }) => {
  const { database } = await getRuntime();
  const { key, summary } = await issueApiKey(database.db, parsedInput, auditActor(ctx.session));
  revalidatePath("/settings");
  return { key, id: summary.id, prefix: summary.prefix };
});

export const revokeApiKeyAction = adminAction.inputSchema(apiKeyIdSchema).action(async ({ parsedInput, ctx }) => {
  const { database } = await getRuntime();
  const revoked = await withdrawApiKey(database.db, parsedInput.id, auditActor(ctx.session));
  revalidatePath("/settings");
  return { id: parsedInput.id, revoked: revoked !== null };
});
