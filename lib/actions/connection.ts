"use server";

import { getLocale } from "next-intl/server";
import { actionClientFor } from "@/lib/actions/safe-action";
import { testConnection } from "@/lib/connection/test-connection";
import { getRuntime } from "@/lib/runtime/runtime";

// Sender and up: it spends a DingTalk call, which viewers have no reason to.
export const testConnectionAction = actionClientFor("sender")
  .metadata({
    name: "connection.test",
    // Asks DingTalk for a fresh access token and reports the answer. No setting, message or
    // account changes (the cached token is replaced by an equally valid one), so nothing to audit.
    audit: false,
  })
  .action(async () => {
    const [{ dingtalk }, locale] = await Promise.all([getRuntime(), getLocale()]);
    return testConnection(dingtalk, locale);
  });
