"use server";

import { getLocale } from "next-intl/server";
import { actionClient } from "@/lib/actions/safe-action";
import { testConnection } from "@/lib/connection/test-connection";
import { getRuntime } from "@/lib/server/runtime";

export const testConnectionAction = actionClient.action(async () => {
  const [{ dingtalk }, locale] = await Promise.all([getRuntime(), getLocale()]);
  return testConnection(dingtalk, locale);
});
