"use server";

import { getLocale } from "next-intl/server";
import { actionClientFor } from "@/lib/actions/safe-action";
import { testConnection } from "@/lib/connection/test-connection";
import { getRuntime } from "@/lib/server/runtime";

// Sender and up: it spends a DingTalk call, which viewers have no reason to.
export const testConnectionAction = actionClientFor("sender").action(async () => {
  const [{ dingtalk }, locale] = await Promise.all([getRuntime(), getLocale()]);
  return testConnection(dingtalk, locale);
});
