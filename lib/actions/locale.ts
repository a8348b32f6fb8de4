"use server";

import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { actionClient } from "@/lib/actions/safe-action";
import { localeCookieName } from "@/lib/i18n/locale";
import { setLocaleSchema } from "@/lib/i18n/locale.schema";

export const setLocaleAction = actionClient
  .metadata({
    name: "locale.set",
    // Sets a cookie in the visitor's own browser and nothing on the server; it also runs before
    // any session (the sign-in page), so there is no one to record.
    audit: false,
  })
  .inputSchema(setLocaleSchema)
  .action(async ({ parsedInput }) => {
    (await cookies()).set(localeCookieName, parsedInput.locale, {
      path: "/",
      sameSite: "lax",
      httpOnly: true,
      maxAge: 60 * 60 * 24 * 365,
    });
    revalidatePath("/", "layout");
    return { locale: parsedInput.locale };
  });
