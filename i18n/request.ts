import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { isLocale, localeCookieName, negotiateLocale, type Locale } from "@/lib/i18n/locale";

// No locale in the URL: a cookie set by the language switch wins, then the browser's Accept-Language.
export default getRequestConfig(async () => {
  const chosen = (await cookies()).get(localeCookieName)?.value;
  const locale: Locale = isLocale(chosen) ? chosen : negotiateLocale((await headers()).get("accept-language"));
  const messages = (await import(`../messages/${locale}.json`)).default;
  return { locale, messages, timeZone: "Asia/Shanghai" };
});
